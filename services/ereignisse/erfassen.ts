// Records an event once, inside the transaction of the status change it reports, at a position in commit order.
//
// Positions come from one counter row (ereignis_zaehler), incremented as the transaction's last statement. Its row lock
// is held until commit, so the next recording transaction waits, then reads the committed value: positions are handed
// out in commit order, and a position becomes visible only after every lower one has committed or rolled back. A
// poller reading `position > cursor` therefore never skips an event that commits late, which a sequence cannot promise
// (a sequence value is taken at insert time, the row appears at commit time). Because the counter is taken last, a
// transaction holding it waits for nothing else (no deadlock through it), and the lock lasts only until the commit.
// A rolled-back transaction rolls its increment back too; a concurrent duplicate may leave a gap, which readers ignore.
import type { Knex } from 'knex';
import type { Ereignis } from '../../domain/ereignis.js';

/** Inserts the event unless its key is known; call it last in the transaction (it takes the counter's lock). */
export async function ereignisErfassen(trx: Knex.Transaction, ereignis: Ereignis): Promise<boolean> {
  const bekannt = await trx('ereignisse').where({ schluessel: ereignis.schluessel }).first('position');
  if (bekannt) return false;
  const [{ wert }] = await trx('ereignis_zaehler')
    .update({ wert: trx.raw('wert + 1') })
    .returning('wert');
  const neu = await trx('ereignisse')
    .insert({
      position: wert,
      schluessel: ereignis.schluessel,
      art: ereignis.art,
      status: ereignis.status,
      zeit: ereignis.zeit,
      kundennummer: ereignis.kundennummer,
      dokumentart: ereignis.dokumentart ?? null,
      eingangsnummer: ereignis.eingangsnummer ?? null,
      ausgangsnummer: ereignis.ausgangsnummer ?? null,
      termin_id: ereignis.terminId ?? null,
    })
    .onConflict('schluessel')
    .ignore()
    .returning('position');
  return neu.length > 0;
}
