// Sends a mail at most once per key: a ledger row before sending, marked sent after; the Message-ID derives from the key.
import { createHash } from 'node:crypto';
import type { Db } from '../../db/knex.js';
import type { MailTransport } from '../../platform/mail-transport.js';

export interface Mailtext {
  betreff: string;
  text: string;
}

export type EinmalSenden = (schluessel: string, an: string, mail: Mailtext) => Promise<boolean>;

export function einmalSender({ db, transport, from }: { db: Db; transport: MailTransport; from: string }): EinmalSenden {
  const domain = from.match(/@([^>\s]+)/)?.[1] ?? 'localhost';
  /** Returns false when this key was sent before (a retry after the SMTP server accepted it). */
  return async (schluessel, an, mail) => {
    const messageId = `<${createHash('sha256').update(schluessel).digest('hex').slice(0, 32)}@${domain}>`;
    await db('benachrichtigungen').insert({ schluessel, empfaenger: an, message_id: messageId }).onConflict('schluessel').ignore();
    const eintrag = await db('benachrichtigungen').where({ schluessel }).first('gesendet_am');
    if (eintrag?.gesendet_am) return false;
    await transport.sendMail({ from, to: an, subject: mail.betreff, text: mail.text, messageId });
    await db('benachrichtigungen').where({ schluessel }).update({ gesendet_am: db.fn.now() });
    return true;
  };
}
