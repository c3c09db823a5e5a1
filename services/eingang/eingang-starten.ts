// Starts dokumentEingang for a journal entry (eingangs_starts) and records the outcome; a second start is harmless.
import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import type { Db } from '../../db/knex.js';
import type { DokumentEingangInput } from '../../domain/eingang.js';
import type { AppContext } from '../../platform/context.js';
import { dokumentEingang } from '../../workflows/dokument-eingang.js';
import {
  BereichKey,
  DokumentartKey,
  DokumentstatusKey,
  KanalKey,
  KundennummerKey,
  PartnerIdKey,
} from '../../workflows/suchattribute.js';

/** The first attempt, inside the request: Temporal answers in milliseconds when it is up, so a few seconds mean it is not. */
export const SOFORT_FRIST_MS = 3000;
/** Attempts of the reconciler. */
export const NACHHOL_FRIST_MS = 5000;

async function workflowStarten(
  client: Client,
  taskQueue: string,
  input: DokumentEingangInput,
  fristMs: number,
): Promise<void> {
  try {
    await client.withDeadline(Date.now() + fristMs, () =>
      client.workflow.start(dokumentEingang, {
        workflowId: input.eingangsnummer,
        taskQueue,
        args: [input],
        typedSearchAttributes: [
          { key: KundennummerKey, value: input.kundennummer ?? '' },
          { key: DokumentartKey, value: input.dokumentart ?? '' },
          { key: KanalKey, value: input.kanal },
          { key: DokumentstatusKey, value: 'eingegangen' },
          { key: BereichKey, value: '' },
          ...(input.partnerId ? [{ key: PartnerIdKey, value: String(input.partnerId) }] : []),
        ],
      }),
    );
  } catch (error) {
    // The workflow id is the Eingangsnummer: "already started" means an earlier attempt reached Temporal.
    if (error instanceof WorkflowExecutionAlreadyStartedError) return;
    throw error;
  }
}

/**
 * One start attempt for a journal entry: on success the entry is marked started, on failure the next attempt is set with
 * back-off (5 s doubling up to 5 minutes). Never throws for Temporal's sake; `db` may be a transaction holding the entry.
 */
export async function startVersuchen(
  ctx: Pick<AppContext, 'temporal' | 'log'>,
  db: Db,
  input: DokumentEingangInput,
  { client = ctx.temporal.client, fristMs = NACHHOL_FRIST_MS }: { client?: Client; fristMs?: number } = {},
): Promise<boolean> {
  const { eingangsnummer } = input;
  try {
    await workflowStarten(client, ctx.temporal.plan.taskQueues.io, input, fristMs);
  } catch (error) {
    const meldung = String((error as Error)?.message ?? error)
      .split('\n')[0]!
      .slice(0, 500);
    ctx.log.warn({ eingangsnummer, err: meldung }, 'dokumentEingang not started yet; the reconciler retries');
    await db('eingangs_starts')
      .where({ eingangsnummer })
      .update({
        versuche: db.raw('versuche + 1'),
        letzter_fehler: meldung,
        naechster_versuch: db.raw("now() + least(interval '5 minutes', interval '5 seconds' * power(2, versuche))"),
      });
    return false;
  }
  await db('eingangs_starts').where({ eingangsnummer }).update({ gestartet_am: db.fn.now(), letzter_fehler: null });
  return true;
}
