// Staff (Poststelle, Admin) upload a form for partners: a PDF with title and description.
import { erkenneDateityp } from '../../domain/dateityp.js';
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

export async function formularHochladen(app: AppContext, formular: NeuesFormular): Promise<{ id: number }> {
  const titel = formular.titel.trim();
  const beschreibung = formular.beschreibung?.trim() || null;
  const probleme: Record<string, string> = {};
  if (!titel || titel.length > 200) probleme.titel = 'fehlt';
  if (beschreibung && beschreibung.length > 1000) probleme.beschreibung = 'zu_lang';
  if (!formular.pdf || dateiGroesse(formular.pdf) === 0) probleme.datei = 'fehlt';
  else if (dateiGroesse(formular.pdf) > grenzen.bytesProDatei) probleme.datei = 'zu_gross';
  else if (erkenneDateityp(dateiKopf(formular.pdf)) !== 'pdf') probleme.datei = 'kein_pdf';
  if (Object.keys(probleme).length > 0)
    throw new FachlicherFehler(
      'ungueltige_eingabe',
      `Formular unvollständig: ${Object.keys(probleme).join(', ')}`,
      probleme,
    );
  const blob = await dateiSpeichern(app.blobs, formular.pdf!, 'formular');
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
