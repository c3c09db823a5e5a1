// The Bewerberkarte of a folder as PDF: only for the client who holds the folder's current link (shown to them once).
import { FachlicherFehler } from '../../domain/fehler.js';
import { linkTokenHash } from '../../domain/passwort-link.js';
import type { AppContext } from '../../platform/context.js';
import { bewerberkartePdf } from '../../platform/pdf/bewerberkarte.js';
import { eigeneMappe, mussOffenSein } from './eigene-mappe.js';

export const mappenLink = (publicUrl: string, token: string): string =>
  `${publicUrl.replace(/\/+$/, '')}/mappe/${token}`;

export async function karteErstellen(
  app: Pick<AppContext, 'db' | 'config'>,
  kundeId: number,
  mappeId: number,
  token: string,
  jetzt = new Date(),
): Promise<Uint8Array> {
  const mappe = await eigeneMappe(app.db, kundeId, mappeId, jetzt);
  mussOffenSein(mappe);
  const aktuell = await app.db('bewerbungsmappen').where({ id: mappe.id }).first('token_hash');
  if (aktuell?.token_hash !== linkTokenHash(token))
    throw new FachlicherFehler('nicht_gefunden', 'Dieser Link gehört nicht (mehr) zu der Mappe.');
  const kunde = await app.db('kunden').where({ id: kundeId }).first('vorname', 'nachname');
  return bewerberkartePdf({
    link: mappenLink(app.config.publicUrl, token),
    name: `${kunde.vorname} ${kunde.nachname}`,
    titel: mappe.titel,
    gueltigBis: mappe.gueltigBis,
  });
}
