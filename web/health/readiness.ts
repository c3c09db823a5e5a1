// Readiness of the parts the web process depends on: PostgreSQL and Temporal, each with a short deadline.
import type { AppContext } from '../../platform/context.js';

export interface Readiness {
  ready: boolean;
  teile: Record<'datenbank' | 'temporal', 'ok' | string>;
}

const DEADLINE_MS = 2000;

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${DEADLINE_MS} ms`)), DEADLINE_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const outcome = (result: PromiseSettledResult<unknown>) =>
  result.status === 'fulfilled' ? 'ok' : String((result.reason as Error)?.message ?? result.reason).split('\n')[0]!;

export async function checkReadiness(ctx: Pick<AppContext, 'db' | 'temporal'>): Promise<Readiness> {
  const connection = ctx.temporal.probe;
  const [datenbank, temporal] = await Promise.allSettled([
    withTimeout(ctx.db.raw('select 1'), 'PostgreSQL'),
    withTimeout(
      connection.withDeadline(Date.now() + DEADLINE_MS, () => connection.workflowService.getSystemInfo({})),
      'Temporal',
    ),
  ]);
  const teile = { datenbank: outcome(datenbank), temporal: outcome(temporal) };
  return { ready: teile.datenbank === 'ok' && teile.temporal === 'ok', teile };
}
