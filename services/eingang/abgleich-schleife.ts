// The reconciler loop of the web process: pending starts (submissions and letters) every few seconds, the two-way check
// and stack splits that never started every few minutes.
import type { AppContext } from '../../platform/context.js';
import { ausstehendeAusgaengeStarten } from '../ausgang/ausgang-starten.js';
import { liegengebliebeneStapelStarten } from '../scan/stapel-abgleich.js';
import { ausstehendeStarten, workflowsOhneZeile, zeilenOhneWorkflow } from './abgleich.js';

export interface AbgleichOptionen {
  startIntervallMs?: number;
  pruefIntervallMs?: number;
}

/**
 * Runs in the web process: it keeps running while Temporal is down (the worker cannot poll then) and needs only
 * PostgreSQL and a Temporal client. Errors are logged and the next round tries again.
 */
export function abgleichStarten(
  ctx: AppContext,
  { startIntervallMs = 5000, pruefIntervallMs = 5 * 60_000 }: AbgleichOptionen = {},
): { stop(): Promise<void> } {
  let gestoppt = false;
  let timer: NodeJS.Timeout | undefined;
  let laufend: Promise<void> = Promise.resolve();
  let naechstePruefung = Date.now() + pruefIntervallMs;

  async function runde(): Promise<void> {
    try {
      await ausstehendeStarten(ctx);
      await ausstehendeAusgaengeStarten(ctx);
      if (Date.now() >= naechstePruefung) {
        naechstePruefung = Date.now() + pruefIntervallMs;
        await zeilenOhneWorkflow(ctx);
        await workflowsOhneZeile(ctx);
        await liegengebliebeneStapelStarten(ctx);
      }
    } catch (error) {
      ctx.log.warn({ err: error }, 'reconciler round failed; trying again');
    }
  }

  const planen = () => {
    if (gestoppt) return;
    timer = setTimeout(() => {
      laufend = runde().finally(planen);
    }, startIntervallMs);
  };
  planen();
  return {
    async stop() {
      gestoppt = true;
      clearTimeout(timer);
      await laufend;
    },
  };
}
