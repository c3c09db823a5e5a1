// Rate limit per API client: a token bucket in PostgreSQL, so every web process draws from the same bucket; 429 with Retry-After when empty.
import type { Middleware } from 'koa';
import type { Db } from '../../db/knex.js';
import { tokenZiehen } from '../../db/token-eimer.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { Config } from '../../platform/config.js';
import type { ApiClient } from './zugangstoken.js';

export function apiRatenlimit(db: Db, config: Pick<Config, 'apiRatenlimit'>): Middleware {
  return async (ctx, next) => {
    const { clientId }: ApiClient = ctx.state.apiClient;
    const eimer = { tabelle: 'api_ratenlimit', spalte: 'client_id' } as const;
    const { erlaubt, wartenSekunden } = await tokenZiehen(db, eimer, clientId, config.apiRatenlimit);
    if (!erlaubt) {
      ctx.set('Retry-After', String(wartenSekunden));
      throw new FachlicherFehler(
        'zu_viele_versuche',
        'Zu viele Anfragen dieses Clients; bitte später erneut versuchen.',
      );
    }
    await next();
  };
}
