// Staff (Poststelle, Admin) upload a form for partners: a PDF with title and description.
import { z } from 'zod';
import { erkenneDateityp } from '../../domain/dateityp.js';
import { problemCodes, problemeAus } from '../../domain/eingabe.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import { grenzen } from '../../domain/grenzen.js';
import type { AppContext } from '../../platform/context.js';
import { dateiGroesse, dateiKopf, dateiSpeichern, type EingereichteDatei } from '../upload/datei.js';

export interface NeuesFormular {
  titel: string;
  beschreibung?: string;
  pdf: EingereichteDatei | undefined;
  angelegtVon: number;
}

/** What can be wrong: titel "fehlt" (or too long), beschreibung "zu_lang", datei "fehlt", "zu_gross", "kein_pdf". */
export type FormularProblem = 'fehlt' | 'zu_lang' | 'zu_gross' | 'kein_pdf';

const code = problemCodes<FormularProblem>();

function pdfProblem(pdf: EingereichteDatei | undefined): FormularProblem | undefined {
  if (!pdf || dateiGroesse(pdf) === 0) return 'fehlt';
  if (dateiGroesse(pdf) > grenzen.bytesProDatei) return 'zu_gross';
  if (erkenneDateityp(dateiKopf(pdf)) !== 'pdf') return 'kein_pdf';
  return undefined;
}

const formularSchema = z.object({
  titel: z.string().trim().min(1, code('fehlt')).max(200, code('fehlt')),
  beschreibung: z.string().trim().max(1000, code('zu_lang')).optional(),
  datei: z.custom<EingereichteDatei | undefined>().superRefine((pdf, ctx) => {
    const problem = pdfProblem(pdf);
    if (problem) ctx.addIssue({ code: z.ZodIssueCode.custom, ...code(problem) });
  }),
});

export async function formularHochladen(app: AppContext, formular: NeuesFormular): Promise<{ id: number }> {
  const geprueft = formularSchema.safeParse({ ...formular, datei: formular.pdf });
  if (!geprueft.success) {
    const probleme = problemeAus<FormularProblem>(geprueft.error);
    throw new FachlicherFehler(
      'ungueltige_eingabe',
      `Formular unvollständig: ${Object.keys(probleme).join(', ')}`,
      probleme,
    );
  }
  const { titel, datei } = geprueft.data;
  const beschreibung = geprueft.data.beschreibung || null;
  const blob = await dateiSpeichern(app.blobs, datei!, 'formular');
  try {
    const [{ id }] = await app
      .db('formulare')
      .insert({
        titel,
        beschreibung,
        blob_key: blob.key,
        sha256: blob.sha256,
        bytes: blob.bytes,
        angelegt_von: formular.angelegtVon,
      })
      .returning('id');
    return { id };
  } catch (error) {
    await app.blobs.delete(blob.key);
    throw error;
  }
}
