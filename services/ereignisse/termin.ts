// Records that an appointment's reminder went out, once per appointment time, once its mail is in the ledger as sent.
import type { Db } from '../../db/knex.js';
import { ereignisErfassen } from './erfassen.js';

/** Called after the mail was sent, also by a retry that finds it sent before (which may still owe the event). */
export async function terminErinnertErfassen(db: Db, terminId: number, beginn: string, mailSchluessel: string) {
  await db.transaction(async (trx) => {
    const mail = await trx('benachrichtigungen').where({ schluessel: mailSchluessel }).first('gesendet_am');
    const termin = await trx('termine as t')
      .join('kunden as k', 'k.id', 't.kunde_id')
      .where('t.id', terminId)
      .first('k.kundennummer');
    if (!mail?.gesendet_am || !termin) return;
    await ereignisErfassen(trx, {
      art: 'termin.erinnert',
      schluessel: `termin/${terminId}/${beginn}/erinnert`,
      status: 'erinnert',
      zeit: mail.gesendet_am,
      kundennummer: termin.kundennummer,
      terminId,
    });
  });
}
