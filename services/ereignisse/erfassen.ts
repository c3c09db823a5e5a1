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

/**
 * Inserts the event unless its key is known; call it last in the transaction (it takes the counter's lock). One
 * statement: the counter is raised only while the key is unknown, and the event takes the raised value.
 */
export async function ereignisErfassen(trx: Knex.Transaction, ereignis: Ereignis): Promise<boolean> {
  const { rows } = await trx.raw(
    `with zaehler as (
       update ereignis_zaehler set wert = wert + 1
        where not exists (select 1 from ereignisse where schluessel = :schluessel)
        returning wert
     )
     insert into ereignisse
       (position, schluessel, art, status, zeit, kundennummer, dokumentart, eingangsnummer, ausgangsnummer, termin_id)
     select wert, :schluessel, :art, :status, cast(:zeit as timestamptz), :kundennummer, :dokumentart, :eingangsnummer,
            :ausgangsnummer, cast(:terminId as integer)
       from zaehler
     on conflict (schluessel) do nothing
     returning position`,
    {
      schluessel: ereignis.schluessel,
      art: ereignis.art,
      status: ereignis.status,
      zeit: ereignis.zeit,
      kundennummer: ereignis.kundennummer,
      dokumentart: ereignis.dokumentart ?? null,
      eingangsnummer: ereignis.eingangsnummer ?? null,
      ausgangsnummer: ereignis.ausgangsnummer ?? null,
      terminId: ereignis.terminId ?? null,
    },
  );
  return rows.length > 0;
}
