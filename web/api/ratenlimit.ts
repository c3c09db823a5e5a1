// Rate limit per API client: a token bucket in PostgreSQL, so every web process draws from the same bucket; 429 with Retry-After when empty.
import type { Middleware } from 'koa';
import type { Db } from '../../db/knex.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { Config } from '../../platform/config.js';
import type { ApiClient } from './zugangstoken.js';

/**
 * One statement refills the bucket for the time since its last use (up to `vorrat`), takes a token if one is there and
 * records whether it did; the row lock serialises concurrent requests of a client across processes. A refused request
 * takes nothing, so a client that keeps retrying gets through as soon as the bucket refills.
 */
const VERFUEGBAR =
  'least(:vorrat, r.tokens + greatest(0, extract(epoch from statement_timestamp() - r.stand)) * :proSekunde)';
const ZIEHEN = `
  insert into api_ratenlimit as r (client_id, tokens, stand, erlaubt)
  values (:clientId, :vorrat - 1, statement_timestamp(), true)
  on conflict (client_id) do update set
    tokens = case when ${VERFUEGBAR} >= 1 then ${VERFUEGBAR} - 1 else ${VERFUEGBAR} end,
    erlaubt = ${VERFUEGBAR} >= 1,
    stand = greatest(r.stand, statement_timestamp())
  returning tokens, erlaubt`;

export function apiRatenlimit(db: Db, config: Pick<Config, 'apiRatenlimit'>): Middleware {
  return async (ctx, next) => {
    const { clientId }: ApiClient = ctx.state.apiClient;
    const { proSekunde, vorrat } = config.apiRatenlimit;
    const { rows } = await db.raw<{ rows: Array<{ tokens: number; erlaubt: boolean }> }>(ZIEHEN, {
      clientId,
      vorrat,
      proSekunde,
    });
    const { tokens, erlaubt } = rows[0]!;
    if (!erlaubt) {
      ctx.set('Retry-After', String(Math.max(1, Math.ceil((1 - tokens) / proSekunde))));
      throw new FachlicherFehler(
        'zu_viele_versuche',
        'Zu viele Anfragen dieses Clients; bitte später erneut versuchen.',
      );
    }
    await next();
  };
}
