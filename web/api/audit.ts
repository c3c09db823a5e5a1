// Writes every authenticated API call to the audit log with the calling client's id, its method, path and answer status.
import type { Middleware } from 'koa';
import type { Db } from '../../db/knex.js';
import { statusFuerFehler } from '../middleware/errors.js';
import type { ApiClient } from './zugangstoken.js';

export function apiAudit(db: Db): Middleware {
  return async (ctx, next) => {
    let status: number | undefined;
    try {
      await next();
      status = ctx.status;
    } catch (error) {
      status = statusFuerFehler(error);
      throw error;
    } finally {
      const client: ApiClient | undefined = ctx.state.apiClient;
      if (client) {
        await db('audit_log').insert({
          api_client: client.clientId,
          aktion: 'api_aufruf',
          details: { methode: ctx.method, pfad: ctx.path, status, ...(ctx.state.apiAuditDetails ?? {}) },
          request_id: ctx.state.requestId ?? null,
        });
      }
    }
  };
}
