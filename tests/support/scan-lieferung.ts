// A scan delivery's row as announcing it leaves it, without its scanStapel workflow: for tests of what follows.
import type { Db } from '../../db/knex.js';

export async function lieferungEintragen(
  db: Db,
  lieferungId: string,
  felder: { erwartet?: number; scanDatum?: string; status?: string; frist?: Date } = {},
): Promise<void> {
  await db('scan_lieferungen').insert({
    lieferung_id: lieferungId,
    client_id: 'scandienst-test',
    scan_datum: felder.scanDatum ?? '2099-06-01',
    erwartet: felder.erwartet ?? 1,
    ...(felder.status && { status: felder.status }),
    frist: felder.frist ?? new Date('2099-06-02T13:00:00Z'),
  });
}
