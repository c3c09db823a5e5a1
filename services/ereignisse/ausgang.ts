// Records a letter's event (alerted, retrieved, marked for post) once per letter and kind, in the status change's transaction.
import type { Knex } from 'knex';
import type { EreignisArt } from '../../domain/ereignis.js';
import { ereignisErfassen } from './erfassen.js';

type Ausgangsereignis = Extract<EreignisArt, `ausgang.${string}`>;

export async function ausgangsereignisErfassen(
  trx: Knex.Transaction,
  ausgangsnummer: string,
  art: Ausgangsereignis,
  zeit: Date,
): Promise<void> {
  // A letter to a partner organisation is about one client too (betrifft_kunde_id).
  const brief = await trx('ausgangsdokumente as a')
    .leftJoin('kunden as k', 'k.id', 'a.kunde_id')
    .leftJoin('kunden as b', 'b.id', 'a.betrifft_kunde_id')
    .where('a.ausgangsnummer', ausgangsnummer)
    .first(trx.raw('coalesce(k.kundennummer, b.kundennummer) as kundennummer'), 'a.dokumentart');
  if (!brief) throw new Error(`no letter ${ausgangsnummer}`);
  const status = art.slice('ausgang.'.length);
  await ereignisErfassen(trx, {
    art,
    schluessel: `ausgang/${ausgangsnummer}/${status}`,
    status,
    zeit,
    kundennummer: brief.kundennummer,
    dokumentart: brief.dokumentart,
    ausgangsnummer,
  });
}
