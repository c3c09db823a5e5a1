// Token bucket in PostgreSQL, shared by every web process: the machine API per client, a Bewerbungsmappe per folder.
import type { Db } from './knex.js';

/** A bucket table: its key column, and `tokens`, `stand`, `erlaubt` (see the migrations that create them). */
export type EimerTabelle =
  { tabelle: 'api_ratenlimit'; spalte: 'client_id' } | { tabelle: 'bewerbungsmappe_ratenlimit'; spalte: 'mappe_id' };

/**
 * One statement refills the bucket for the time since its last use (up to `vorrat`), takes a token if one is there and
 * records whether it did; the row lock serialises concurrent requests across processes. A refused request takes
 * nothing, so a caller that keeps retrying gets through as soon as the bucket refills.
 */
function ziehenSql({ tabelle, spalte }: EimerTabelle): string {
  const verfuegbar =
    'least(:vorrat, r.tokens + greatest(0, extract(epoch from statement_timestamp() - r.stand)) * :proSekunde)';
  return `
  insert into ${tabelle} as r (${spalte}, tokens, stand, erlaubt)
  values (:schluessel, :vorrat - 1, statement_timestamp(), true)
  on conflict (${spalte}) do update set
    tokens = case when ${verfuegbar} >= 1 then ${verfuegbar} - 1 else ${verfuegbar} end,
    erlaubt = ${verfuegbar} >= 1,
    stand = greatest(r.stand, statement_timestamp())
  returning tokens, erlaubt`;
}

/** Takes one token; `wartenSekunden` says when the next one is there if none was. */
export async function tokenZiehen(
  db: Db,
  eimer: EimerTabelle,
  schluessel: string | number,
  { vorrat, proSekunde }: { vorrat: number; proSekunde: number },
): Promise<{ erlaubt: boolean; wartenSekunden: number }> {
  const { rows } = await db.raw<{ rows: Array<{ tokens: number; erlaubt: boolean }> }>(ziehenSql(eimer), {
    schluessel,
    vorrat,
    proSekunde,
  });
  const { tokens, erlaubt } = rows[0]!;
  return { erlaubt, wartenSekunden: Math.max(1, Math.ceil((1 - tokens) / proSekunde)) };
}
