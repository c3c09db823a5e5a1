// Splitting an accepted stack of a scan delivery (task queue dokumente-pdf: every page is read), heartbeating meanwhile.
import { Context } from '@temporalio/activity';
import { lieferungStapelTrennen, type StapelTrennenDeps } from '../services/scan/lieferung-stapel-trennen.js';

const HERZSCHLAG_MS = 10_000;

export function createScanStapelTrennenActivities(deps: StapelTrennenDeps) {
  return {
    /** Idempotent: a stack split or refused before is answered with its status. */
    async lieferungStapelTrennen(stapel: { lieferungId: string; ab: number; sha256: string }) {
      const context = Context.current();
      // Between two pages the event loop is free for a beat.
      const herzschlag = setInterval(() => context.heartbeat(), HERZSCHLAG_MS);
      try {
        return await lieferungStapelTrennen(deps, stapel);
      } finally {
        clearInterval(herzschlag);
      }
    },
  };
}
