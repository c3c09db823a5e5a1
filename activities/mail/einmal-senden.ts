// Sends a mail at most once per key, except in the one window no ledger can close (see README, "E-mails").
import { randomUUID, createHash } from 'node:crypto';
import { ApplicationFailure } from '@temporalio/common';
import type { Db } from '../../db/knex.js';
import type { MailTransport } from '../../platform/mail-transport.js';

export interface Mailtext {
  betreff: string;
  text: string;
  /** Small generated files only (a calendar file), never documents with social data. */
  anhaenge?: Array<{ dateiname: string; inhalt: string; typ: string }>;
}

export type EinmalSenden = (schluessel: string, an: string, mail: Mailtext) => Promise<boolean>;

/** Thrown while another attempt holds the claim on a key: the activity retries later and then finds the mail sent or the claim free. */
export const MAIL_WIRD_GESENDET = 'MailWirdGesendet';

interface Optionen {
  db: Db;
  transport: MailTransport;
  from: string;
  /** How long a claim holds without being renewed; a live attempt renews it every third of this. */
  claimMs?: number;
}

/** The Message-ID follows from the key alone, so a repeated mail carries the same one and receivers can drop it. */
export function messageIdFuer(schluessel: string, from: string): string {
  const domain = from.match(/@([^>\s]+)/)?.[1] ?? 'localhost';
  return `<${createHash('sha256').update(schluessel).digest('hex').slice(0, 32)}@${domain}>`;
}

/**
 * Ledger states per key: claimed ('wird_gesendet', with a claim that expires unless its holder renews it) before the
 * SMTP transaction, 'gesendet' after the server accepted it. A retry finding 'gesendet' sends nothing; one finding a
 * live claim fails and retries later, so two attempts (a local activity still running, its durable successor) never
 * send side by side. Only a claim that expired while 'wird_gesendet' — its holder died, or lost PostgreSQL, between the
 * server's acceptance and the ledger update — leads to a second send, with the same Message-ID.
 */
export function einmalSender({ db, transport, from, claimMs = 60_000 }: Optionen): EinmalSenden {
  /** Returns false when this key was sent before. */
  return async (schluessel, an, mail) => {
    const versuch = randomUUID();
    const { rows } = await db.raw(
      `insert into benachrichtigungen as b (schluessel, empfaenger, message_id, status, versuch, versuch_bis, versuche)
       values (?, ?, ?, 'wird_gesendet', ?, now() + ?::int * interval '1 millisecond', 1)
       on conflict (schluessel) do update
         set status = 'wird_gesendet', versuch = excluded.versuch, versuch_bis = excluded.versuch_bis, versuche = b.versuche + 1,
             moeglicherweise_doppelt = b.moeglicherweise_doppelt or b.status = 'wird_gesendet'
         where b.status <> 'gesendet' and (b.versuch_bis is null or b.versuch_bis < now())
       returning message_id`,
      [schluessel, an, messageIdFuer(schluessel, from), versuch, claimMs],
    );
    const claim = rows[0] as { message_id: string } | undefined;
    if (!claim) {
      const eintrag = await db('benachrichtigungen').where({ schluessel }).first('status');
      if (eintrag?.status === 'gesendet') return false;
      throw ApplicationFailure.retryable(`mail ${schluessel} is being sent by another attempt`, MAIL_WIRD_GESENDET);
    }

    const eigener = () => db('benachrichtigungen').where({ schluessel, versuch });
    // Renew the claim while the SMTP transaction lasts (a slow server, a queue in the connection pool).
    let erneuerung: Promise<unknown> = Promise.resolve();
    const takt = setInterval(
      () => {
        erneuerung = eigener()
          .update({ versuch_bis: db.raw("now() + ?::int * interval '1 millisecond'", [claimMs]) })
          .catch(() => undefined);
      },
      Math.max(10, Math.floor(claimMs / 3)),
    );
    try {
      await transport.sendMail({
        from,
        to: an,
        subject: mail.betreff,
        text: mail.text,
        messageId: claim.message_id,
        ...(mail.anhaenge
          ? {
              attachments: mail.anhaenge.map((a) => ({ filename: a.dateiname, content: a.inhalt, contentType: a.typ })),
            }
          : {}),
      });
    } catch (error) {
      clearInterval(takt);
      await erneuerung;
      // A refusal the server answered with (a reply code) means nothing was accepted; otherwise the claim stays
      // unconfirmed. Either way the next attempt may start at once.
      const abgelehnt = typeof (error as { responseCode?: unknown }).responseCode === 'number';
      await eigener()
        .update({ versuch_bis: null, ...(abgelehnt ? { status: 'offen' } : {}) })
        .catch(() => undefined);
      throw error;
    }
    clearInterval(takt);
    await erneuerung;
    // If this write fails, the mail went out unrecorded: the claim expires and a retry sends it again (same Message-ID).
    await db('benachrichtigungen')
      .where({ schluessel })
      .update({ status: 'gesendet', gesendet_am: db.fn.now(), versuch_bis: null });
    return true;
  };
}
