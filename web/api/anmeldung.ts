// API authentication and authorisation: a valid bearer token names the client; each route requires its scope.
import type { Middleware } from 'koa';
import type { ApiScope } from '../../domain/api-scopes.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import type { ApiClient } from './zugangstoken.js';

const REALM = 'jobcenter-api';

export function bearerAnmeldung(pruefen: (token: string) => Promise<ApiClient>): Middleware {
  return async (ctx, next) => {
    const [art, token, ...rest] = ctx.get('Authorization').split(' ');
    if (art?.toLowerCase() !== 'bearer' || !token || rest.length > 0) {
      ctx.set('WWW-Authenticate', `Bearer realm="${REALM}"`);
      throw new FachlicherFehler('nicht_angemeldet', 'Die Anfrage braucht ein Zugangstoken (Authorization: Bearer …).');
    }
    try {
      ctx.state.apiClient = await pruefen(token);
    } catch (error) {
      if (error instanceof FachlicherFehler)
        ctx.set('WWW-Authenticate', `Bearer realm="${REALM}", error="invalid_token"`);
      throw error;
    }
    await next();
  };
}

export function scopeErforderlich(scope: ApiScope): Middleware {
  return async (ctx, next) => {
    const client: ApiClient = ctx.state.apiClient;
    if (!client.scopes.has(scope)) {
      ctx.set('WWW-Authenticate', `Bearer realm="${REALM}", error="insufficient_scope", scope="${scope}"`);
      throw new FachlicherFehler('nicht_berechtigt', `Das Zugangstoken enthält nicht den Scope ${scope}.`);
    }
    await next();
  };
}
