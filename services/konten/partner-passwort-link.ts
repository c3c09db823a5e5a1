// Partner users set their password through a single-use link: the invitation (7 days) or "Passwort vergessen" (30 minutes).
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/knex.js';
import { pruefeNeuesPasswort } from '../../domain/anmeldung.js';
import { linkTokenHash, type PasswortLinkAnfrage } from '../../domain/passwort-link.js';
import type { AppContext } from '../../platform/context.js';
import { hashPasswort } from '../../platform/passwort.js';
import { passwortLinkSenden } from '../../workflows/passwort-link-senden.js';
import { zugaengeBeenden } from './zugaenge-beenden.js';
import { partnerKennung } from '../anmeldung/partner-anmelden.js';
import type { LinkErgebnis } from './kunden-passwort-link.js';

/** Starts the mail workflow for any address; the activity alone decides whether an account gets a mail. */
export async function partnerLinkSenden(
  app: AppContext,
  email: string,
  zweck: 'einladung' | 'vergessen',
): Promise<void> {
  const anfrage = randomUUID();
  const input: PasswortLinkAnfrage = { partnerEmail: email.trim().toLowerCase(), zweck, anfrage };
  await app.temporal.client.workflow.start(passwortLinkSenden, {
    workflowId: `passwort-link-${anfrage}`,
    taskQueue: app.temporal.plan.taskQueues.io,
    args: [input],
  });
}

const offenerLink = (db: Db, token: string) =>
  db('partner_passwort_links as l')
    .join('partner_benutzer as b', 'b.id', 'l.partner_benutzer_id')
    .join('partner as p', 'p.id', 'b.partner_id')
    .where({ 'l.token_hash': linkTokenHash(token), 'b.aktiv': true, 'p.aktiv': true })
    .whereNull('l.benutzt_am')
    .andWhere('l.gueltig_bis', '>', db.fn.now());

export async function partnerLinkGueltig(db: Db, token: string): Promise<boolean> {
  if (token.length > 100) return false;
  return Boolean(await offenerLink(db, token).first('l.token_hash'));
}

/** Sets the password, spends every open link of the user, ends their sessions and lifts a lockout. */
export async function partnerLinkEinloesen(
  db: Db,
  token: string,
  neu: string,
  wiederholung: string,
): Promise<LinkErgebnis> {
  if (token.length > 100) return { ok: false, problem: 'link_ungueltig' };
  return db.transaction(async (trx) => {
    const link = await offenerLink(trx, token).forUpdate().first('b.id', 'b.email', 'b.passwort_hash');
    if (!link) return { ok: false, problem: 'link_ungueltig' };
    const problem = pruefeNeuesPasswort(neu, wiederholung, link.email, '');
    if (problem) return { ok: false, problem };
    await trx('partner_benutzer')
      .where({ id: link.id })
      .update({ passwort_hash: await hashPasswort(neu), updated_at: trx.fn.now() });
    await zugaengeBeenden(trx, { art: 'partner', id: link.id });
    await trx('anmeldeversuche')
      .where({ kennung: partnerKennung(link.email) })
      .delete();
    return { ok: true };
  });
}
