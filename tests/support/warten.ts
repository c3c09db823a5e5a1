// Waits for a document's projected status in PostgreSQL.
import type { AppContext } from '../../platform/context.js';
import { waitUntil } from '../../platform/wait.js';

export async function warteAufStatus(
  ctx: AppContext,
  eingangsnummer: string,
  status: string,
  timeoutMs = 60_000,
): Promise<Record<string, unknown>> {
  let row: Record<string, unknown> | undefined;
  await waitUntil(
    `${eingangsnummer} → ${status}`,
    async () => {
      row = await ctx.db('eingangsdokumente').where({ eingangsnummer }).first();
      return row?.status === status;
    },
    { timeoutMs, intervalMs: 100 },
  ).catch((error: Error) => {
    throw new Error(`${error.message} (last status: ${String(row?.status)})`);
  });
  return row!;
}
