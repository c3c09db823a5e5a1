// Makes up for stack splits that never started: a stack is recorded before its workflow is started, so when Temporal
// could not be reached at that moment the stack waits as angenommen. The reconciler starts its split once it is older
// than a grace period (a split still running is the same workflow, so starting it again changes nothing).
import type { AppContext } from '../../platform/context.js';
import { stapelTrennungStarten } from './stapel-trennung-starten.js';

/** Stacks waiting this long are looked at; a split that is merely running takes one start call to confirm. */
const KARENZ_MS = 60_000;

export async function liegengebliebeneStapelStarten(
  ctx: Pick<AppContext, 'db' | 'temporal' | 'log'>,
  { karenzMs = KARENZ_MS, limit = 100 }: { karenzMs?: number; limit?: number } = {},
): Promise<number> {
  const wartend: Array<{ lieferung_id: string; ab: number; sha256: string }> = await ctx
    .db('scan_lieferung_stapel')
    .where({ status: 'angenommen' })
    .andWhere('angenommen_am', '<', new Date(Date.now() - karenzMs))
    .orderBy('angenommen_am')
    .limit(limit)
    .select('lieferung_id', 'ab', 'sha256');
  let gestartet = 0;
  for (const stapel of wartend) if (await stapelTrennungStarten(ctx, stapel)) gestartet++;
  if (gestartet > 0) ctx.log.info({ gestartet }, 'stack splits that never started were started');
  return gestartet;
}
