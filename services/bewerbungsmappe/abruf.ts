// The folder behind a share link, if it still opens, after taking one call from its token bucket (429 when empty).
import type { Db } from '../../db/knex.js';
import { tokenZiehen } from '../../db/token-eimer.js';
import { bewerbungsmappe, mappenTokenMuster } from '../../domain/bewerbungsmappe.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import { linkTokenHash } from '../../domain/passwort-link.js';

/** Too many calls on one link; `wartenSekunden` until the next is allowed (for Retry-After). */
export class ZuVieleAbrufe extends FachlicherFehler {
  constructor(readonly wartenSekunden: number) {
    super('zu_viele_versuche', 'Zu viele Abrufe dieser Mappe; bitte später erneut versuchen.');
  }
}

/** undefined for an unknown, expired or revoked link (all look the same to a visitor). */
export async function mappeZumLink(
  db: Db,
  token: string,
  jetzt: Date,
): Promise<{ id: number; titel: string; gueltigBis: Date } | undefined> {
  if (!mappenTokenMuster.test(token)) return undefined;
  const row = await db('bewerbungsmappen')
    .where({ token_hash: linkTokenHash(token) })
    .whereNull('widerrufen_am')
    .andWhere('gueltig_bis', '>', jetzt)
    .first('id', 'titel', 'gueltig_bis');
  if (!row) return undefined;
  const { erlaubt, wartenSekunden } = await tokenZiehen(
    db,
    { tabelle: 'bewerbungsmappe_ratenlimit', spalte: 'mappe_id' },
    row.id,
    bewerbungsmappe.abrufe,
  );
  if (!erlaubt) throw new ZuVieleAbrufe(wartenSekunden);
  return { id: row.id, titel: row.titel, gueltigBis: new Date(row.gueltig_bis) };
}
