// Starts dokumentAusgang for a journal entry (ausgangs_starts) and records it; a letter's workflow never runs twice.
import { WorkflowExecutionAlreadyStartedError } from '@temporalio/client';
import type { Db } from '../../db/knex.js';
import type { AppContext } from '../../platform/context.js';
import { dokumentAusgang, type DokumentAusgangInput } from '../../workflows/dokument-ausgang.js';

/** Temporal answers in milliseconds when it is up. */
export const START_FRIST_MS = 5000;

/** Throws when Temporal refuses or does not answer; "already started" (now or ever) counts as started. */
export async function ausgangStarten(
  ctx: Pick<AppContext, 'temporal'>,
  db: Db,
  input: DokumentAusgangInput,
): Promise<void> {
  const { client } = ctx.temporal;
  try {
    await client.withDeadline(Date.now() + START_FRIST_MS, () =>
      client.workflow.start(dokumentAusgang, {
        workflowId: input.ausgangsnummer,
        taskQueue: ctx.temporal.plan.taskQueues.io,
        args: [input],
        // A closed run of this letter must not be followed by a second one (a second alert, a second post task).
        workflowIdReusePolicy: 'REJECT_DUPLICATE',
      }),
    );
  } catch (error) {
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
  await db('ausgangs_starts')
    .where({ ausgangsnummer: input.ausgangsnummer })
    .update({ gestartet_am: db.fn.now(), letzter_fehler: null });
}

/**
 * The reconciler's part for letters: journal entries whose first start never happened (the process died after the
 * row was written, or the import's workflow has not started it) are started, oldest first, stopping at the first
 * failure. SKIP LOCKED lets several web processes share the work.
 */
export async function ausstehendeAusgaengeStarten(ctx: Pick<AppContext, 'db' | 'temporal' | 'log'>, limit = 50) {
  return ctx.db.transaction(async (trx) => {
    const faellig: Array<{ input: DokumentAusgangInput }> = await trx('ausgangs_starts')
      .whereNull('gestartet_am')
      .where('naechster_versuch', '<=', trx.fn.now())
      .orderBy('naechster_versuch')
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .select('input');
    let gestartet = 0;
    for (const { input } of faellig) {
      try {
        await ausgangStarten(ctx, trx, input);
        gestartet++;
      } catch (error) {
        const meldung = String((error as Error)?.message ?? error).slice(0, 500);
        ctx.log.warn({ ausgangsnummer: input.ausgangsnummer, err: meldung }, 'dokumentAusgang not started yet');
        await trx('ausgangs_starts')
          .where({ ausgangsnummer: input.ausgangsnummer })
          .update({
            versuche: trx.raw('versuche + 1'),
            letzter_fehler: meldung,
            naechster_versuch: trx.raw(
              "now() + least(interval '5 minutes', interval '5 seconds' * power(2, versuche))",
            ),
          });
        break;
      }
    }
    if (gestartet > 0) ctx.log.info({ gestartet }, 'pending dokumentAusgang workflows started');
    // Once started, the workflow carries the letter; the entry is kept a week for operators, then dropped.
    await trx('ausgangs_starts').where('gestartet_am', '<', trx.raw("now() - interval '7 days'")).delete();
    return gestartet;
  });
}
