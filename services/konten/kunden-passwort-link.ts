// "Passwort vergessen": request a link (same answer whether or not the account exists) and redeem it once.
import { fn } from 'objection';
import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/knex.js';
import { Kunde } from '../../db/models/kunde.js';
import { pruefeNeuesPasswort, type PasswortProblem } from '../../domain/anmeldung.js';
import { normalisiereKundennummer } from '../../domain/nummern.js';
import { linkTokenHash } from '../../domain/passwort-link.js';
import type { AppContext } from '../../platform/context.js';
import { hashPasswort } from '../../platform/passwort.js';
import { passwortLinkSenden } from '../../workflows/passwort-link-senden.js';
import { zugaengeBeenden } from './zugaenge-beenden.js';

/** Starts the mail workflow for any well-formed number; the activity alone decides whether an account gets a mail. */
export async function linkAnfordern(app: AppContext, eingabe: string): Promise<void> {
  const kundennummer = normalisiereKundennummer(eingabe);
  const anfrage = randomUUID();
  await app.temporal.client.workflow.start(passwortLinkSenden, {
    workflowId: `passwort-link-${anfrage}`,
    taskQueue: app.temporal.plan.taskQueues.io,
    args: [{ kundennummer, anfrage }],
  });
}

export async function linkGueltig(db: Db, token: string): Promise<boolean> {
  if (token.length > 100) return false;
  const link = await db('passwort_links')
    .where({ token_hash: linkTokenHash(token) })
    .whereNull('benutzt_am')
    .andWhere('gueltig_bis', '>', db.fn.now())
    .first('kunde_id');
  return Boolean(link);
}

export type LinkErgebnis = { ok: true } | { ok: false; problem: PasswortProblem | 'link_ungueltig' };

/** Sets the new password, spends every open link of the account, ends its sessions and lifts a lockout. */
export async function linkEinloesen(db: Db, token: string, neu: string, wiederholung: string): Promise<LinkErgebnis> {
  if (token.length > 100) return { ok: false, problem: 'link_ungueltig' };
  return db.transaction(async (trx) => {
    const link = await trx('passwort_links')
      .where({ token_hash: linkTokenHash(token) })
      .whereNull('benutzt_am')
      .andWhere('gueltig_bis', '>', trx.fn.now())
      .forUpdate()
      .first('kunde_id');
    if (!link) return { ok: false, problem: 'link_ungueltig' };
    const kunde = await Kunde.query(trx).findOne({ id: link.kunde_id, aktiv: true }).select('id', 'kundennummer');
    if (!kunde) return { ok: false, problem: 'link_ungueltig' };
    const problem = pruefeNeuesPasswort(neu, wiederholung, kunde.kundennummer, '');
    if (problem) return { ok: false, problem };
    await Kunde.query(trx)
      .findById(kunde.id)
      .patch({ passwort_hash: await hashPasswort(neu), passwort_aendern: false, updated_at: fn.now() });
    await zugaengeBeenden(trx, { art: 'kunde', id: kunde.id });
    await trx('anmeldeversuche')
      .where({ kennung: `kunde:${kunde.kundennummer}` })
      .delete();
    return { ok: true };
  });
}
