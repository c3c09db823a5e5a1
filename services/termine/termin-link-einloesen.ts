// Redeems a cancel/move link once, inside the caller's transaction: every link of that appointment is used up with it.
import type { Knex } from 'knex';
import { FachlicherFehler } from '../../domain/fehler.js';
import { linkTokenHash } from '../../domain/passwort-link.js';

/** The locked planned appointment; 404 (`nicht_gefunden`) when the link is used, expired or unknown. */
export async function terminLinkEinloesen(
  trx: Knex.Transaction,
  token: string,
): Promise<{ id: number; erinnerung_schluessel: string; anliegen_id: number; beginn: Date }> {
  const [link] = await trx('termin_links')
    .where({ token_hash: linkTokenHash(token) })
    .andWhere('gueltig_bis', '>', trx.fn.now())
    .del()
    .returning('termin_id');
  const termin = link
    ? await trx('termine')
        .where({ id: link.termin_id, status: 'geplant' })
        .forUpdate()
        .first('id', 'erinnerung_schluessel', 'anliegen_id', 'beginn')
    : undefined;
  if (!termin) throw new FachlicherFehler('nicht_gefunden', 'Der Link ist abgelaufen oder wurde schon benutzt.');
  await trx('termin_links').where({ termin_id: termin.id }).del();
  return { ...termin, beginn: new Date(termin.beginn) };
}
