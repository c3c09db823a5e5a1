// A new upload for a folder: sent and filed like any document (dokumentEingang), noted for the folder until its PDF is filed.
import { bewerbungsmappe } from '../../domain/bewerbungsmappe.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { AppContext } from '../../platform/context.js';
import { dokumentEinreichen } from '../eingang/einreichen.js';
import type { EingereichteDatei } from '../upload/datei.js';
import { eigeneMappe, mussOffenSein } from './eigene-mappe.js';

export interface MappenUpload {
  dokumentart: string;
  /** The name employers see; the Dokumentart when left empty. */
  bezeichnung: string;
  dateien: EingereichteDatei[];
}

/** Problems: dokumentart "unbekannt", bezeichnung "zu_lang", dokument "zu_viele", and every file problem of Dokument senden. */
export async function dokumentHochladen(
  app: AppContext,
  kunde: { id: number; kundennummer: string },
  mappeId: number,
  upload: MappenUpload,
  jetzt = new Date(),
): Promise<{ eingangsnummer: string; name: string }> {
  mussOffenSein(await eigeneMappe(app.db, kunde.id, mappeId, jetzt));
  const bezeichnung = upload.bezeichnung.trim();
  if (bezeichnung.length > bewerbungsmappe.titelLaenge)
    throw new FachlicherFehler('ungueltige_eingabe', 'Bezeichnung zu lang', { bezeichnung: 'zu_lang' });
  if (!(bewerbungsmappe.dokumentarten as readonly string[]).includes(upload.dokumentart))
    throw new FachlicherFehler('ungueltige_eingabe', 'Dokumentart nicht für die Mappe', { dokumentart: 'unbekannt' });
  const belegt = await app
    .db('bewerbungsmappe_dokumente')
    .where({ mappe_id: mappeId })
    .count({ n: '*' })
    .unionAll((q) => q.from('bewerbungsmappe_vormerkungen').where({ mappe_id: mappeId }).count({ n: '*' }));
  if (belegt.reduce((summe, { n }) => summe + Number(n), 0) >= bewerbungsmappe.dokumente)
    throw new FachlicherFehler('ungueltige_eingabe', 'Die Mappe ist voll.', { dokument: 'zu_viele' });
  const name = bezeichnung || upload.dokumentart;
  const { eingangsnummer } = await dokumentEinreichen(app, {
    absender: { kanal: 'kunde' },
    kundennummer: kunde.kundennummer,
    dokumentart: upload.dokumentart,
    info: `Bewerbungsmappe: ${name}`,
    dateien: upload.dateien,
  });
  await app.db('bewerbungsmappe_vormerkungen').insert({ mappe_id: mappeId, eingangsnummer, name });
  return { eingangsnummer, name };
}
