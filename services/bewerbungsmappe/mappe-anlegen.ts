// Creates a client's Bewerbungsmappe with its share link; the token is returned once and only its hash is kept.
import { bewerbungsmappe } from '../../domain/bewerbungsmappe.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import { linkTokenHash, neuesLinkToken } from '../../domain/passwort-link.js';
import type { AppContext } from '../../platform/context.js';

const TAG_MS = 86_400_000;

export async function mappeAnlegen(
  app: Pick<AppContext, 'db'>,
  kundeId: number,
  eingabe: { titel: string; tage?: string },
  jetzt = new Date(),
): Promise<{ id: number; token: string }> {
  const titel = eingabe.titel.trim();
  const tage = eingabe.tage?.trim() ? Number(eingabe.tage) : bewerbungsmappe.gueltigTage;
  const fehler: Record<string, string> = {};
  if (!titel || titel.length > bewerbungsmappe.titelLaenge) fehler.titel = titel ? 'zu_lang' : 'fehlt';
  if (!Number.isInteger(tage) || tage < 1 || tage > bewerbungsmappe.hoechstensTage) fehler.tage = 'ungueltig';
  if (Object.keys(fehler).length > 0) throw new FachlicherFehler('ungueltige_eingabe', 'Eingabe prüfen', fehler);
  const token = neuesLinkToken();
  const [row] = await app
    .db('bewerbungsmappen')
    .insert({
      kunde_id: kundeId,
      titel,
      token_hash: linkTokenHash(token),
      erstellt_am: jetzt,
      gueltig_bis: new Date(jetzt.getTime() + tage * TAG_MS),
    })
    .returning('id');
  return { id: row.id as number, token };
}
