// Reconciles intake rows with their dokumentEingang workflows: pending starts, rows without workflow, workflows without row.
import { WorkflowNotFoundError } from '@temporalio/client';
import type { DokumentEingangInput } from '../../domain/eingang.js';
import type { AppContext } from '../../platform/context.js';
import { dokumentEingang } from '../../workflows/dokument-eingang.js';
import { NACHHOL_FRIST_MS, startVersuchen } from './eingang-starten.js';

type Ctx = Pick<AppContext, 'db' | 'temporal' | 'log'>;

/**
 * Starts the due pending starts, oldest first, and stops at the first failure (Temporal is most likely still down).
 * Entries are locked with SKIP LOCKED, so several web processes share the work without starting one twice at a time.
 */
export async function ausstehendeStarten(ctx: Ctx, limit = 50): Promise<number> {
  return ctx.db.transaction(async (trx) => {
    const faellig: Array<{ input: DokumentEingangInput }> = await trx('eingangs_starts')
      .whereNull('gestartet_am')
      .where('naechster_versuch', '<=', trx.fn.now())
      .orderBy('naechster_versuch')
      .limit(limit)
      .forUpdate()
      .skipLocked()
      .select('input');
    let gestartet = 0;
    for (const { input } of faellig) {
      if (!(await startVersuchen(ctx, trx, input))) break;
      gestartet++;
    }
    if (gestartet > 0) ctx.log.info({ gestartet }, 'pending dokumentEingang workflows started');
    return gestartet;
  });
}

export interface ZeilenPruefung {
  /** Rows whose workflow Temporal does not know: their start is pending again. */
  neuAngesetzt: string[];
  /** Rows from before the start journal whose workflow never started: refused, so the sender sees it and sends again. */
  abgelehnt: string[];
  /** Rows still "eingegangen" whose workflow has ended: reported to operators. */
  workflowBeendet: string[];
}

/** Refuses a row that can never be started (no workflow, no start input), the way the workflow's projection would. */
async function nichtUebermittelt(ctx: Ctx, eingangsnummer: string): Promise<boolean> {
  return ctx.db.transaction(async (trx) => {
    const row = await trx('eingangsdokumente')
      .where({ eingangsnummer, status: 'eingegangen' })
      .forUpdate()
      .first('letzter_schritt');
    if (!row) return false;
    const schritt = row.letzter_schritt + 1;
    const jetzt = new Date();
    await trx('eingangs_timeline').insert({
      eingangsnummer,
      schritt,
      status: 'abgelehnt',
      zeit: jetzt,
      details: { grund: 'nicht_uebermittelt' },
    });
    await trx('eingangsdokumente').where({ eingangsnummer }).update({
      status: 'abgelehnt',
      ablehnungsgrund: 'nicht_uebermittelt',
      letzter_schritt: schritt,
      aktualisiert_am: jetzt,
    });
    return true;
  });
}

/**
 * Rows still "eingegangen" after `alterMinuten` whose start is not pending: asks Temporal whether the workflow exists
 * (each row at most every 30 minutes once confirmed). A missing workflow is started again from the journal's input.
 */
export async function zeilenOhneWorkflow(ctx: Ctx, { alterMinuten = 10, limit = 100 } = {}): Promise<ZeilenPruefung> {
  const ergebnis: ZeilenPruefung = { neuAngesetzt: [], abgelehnt: [], workflowBeendet: [] };
  const zeilen: Array<{ eingangsnummer: string; journal: string | null }> = await ctx
    .db('eingangsdokumente as d')
    .leftJoin('eingangs_starts as s', 's.eingangsnummer', 'd.eingangsnummer')
    .where('d.status', 'eingegangen')
    .where('d.eingegangen_am', '<', new Date(Date.now() - alterMinuten * 60_000))
    .where((q) =>
      q
        .whereNull('s.eingangsnummer')
        .orWhere((g) =>
          g
            .whereNotNull('s.gestartet_am')
            .where((p) =>
              p.whereNull('s.geprueft_am').orWhere('s.geprueft_am', '<', new Date(Date.now() - 30 * 60_000)),
            ),
        ),
    )
    .orderBy('d.eingegangen_am')
    .limit(limit)
    .select('d.eingangsnummer', 's.eingangsnummer as journal');
  const { client } = ctx.temporal;
  for (const { eingangsnummer, journal } of zeilen) {
    try {
      const beschreibung = await client.withDeadline(Date.now() + NACHHOL_FRIST_MS, () =>
        client.workflow.getHandle(eingangsnummer).describe(),
      );
      if (beschreibung.status.name !== 'RUNNING') ergebnis.workflowBeendet.push(eingangsnummer);
      if (journal) await ctx.db('eingangs_starts').where({ eingangsnummer }).update({ geprueft_am: ctx.db.fn.now() });
    } catch (error) {
      if (!(error instanceof WorkflowNotFoundError)) {
        ctx.log.warn({ err: error }, 'reconciler: Temporal did not answer, checking rows later');
        break;
      }
      if (journal) {
        await ctx.db('eingangs_starts').where({ eingangsnummer }).update({
          gestartet_am: null,
          geprueft_am: null,
          naechster_versuch: ctx.db.fn.now(),
          letzter_fehler: 'workflow not found',
        });
        ergebnis.neuAngesetzt.push(eingangsnummer);
      } else if (await nichtUebermittelt(ctx, eingangsnummer)) ergebnis.abgelehnt.push(eingangsnummer);
    }
  }
  if (ergebnis.neuAngesetzt.length > 0)
    ctx.log.warn(
      { eingangsnummern: ergebnis.neuAngesetzt },
      'rows without their dokumentEingang workflow: starting again',
    );
  if (ergebnis.abgelehnt.length > 0)
    ctx.log.error(
      { eingangsnummern: ergebnis.abgelehnt },
      'rows without workflow and without start input: refused as nicht_uebermittelt',
    );
  if (ergebnis.workflowBeendet.length > 0)
    ctx.log.error(
      { eingangsnummern: ergebnis.workflowBeendet },
      'rows still eingegangen whose workflow ended: operators must act (Temporal UI)',
    );
  // Once a document has moved on, its workflow carries it; the journal entry is no longer needed. A refused one keeps
  // it: its uploads were never filed, and the Löschlauf finds their blob keys there.
  await ctx
    .db('eingangs_starts')
    .whereNotNull('gestartet_am')
    .whereIn(
      'eingangsnummer',
      ctx.db('eingangsdokumente').whereNotIn('status', ['eingegangen', 'abgelehnt']).select('eingangsnummer'),
    )
    .delete();
  return ergebnis;
}

/**
 * Running dokumentEingang workflows started in the last `stunden` hours on this deployment's queue whose row is missing.
 * They are reported, not terminated: such a workflow holds the only reference to the sender's files and may already have
 * filed the document into the DMS, so an operator decides (its projection activity retries until a row exists).
 */
export async function workflowsOhneZeile(ctx: Ctx, { stunden = 2 } = {}): Promise<string[]> {
  const seit = new Date(Date.now() - stunden * 3_600_000).toISOString();
  const query = `WorkflowType = '${dokumentEingang.name}' AND TaskQueue = '${ctx.temporal.plan.taskQueues.io}' AND ExecutionStatus = 'Running' AND StartTime > '${seit}'`;
  const { client } = ctx.temporal;
  const ids = await client.withDeadline(Date.now() + 30_000, async () => {
    const gefunden: string[] = [];
    for await (const workflow of client.workflow.list({ query })) gefunden.push(workflow.workflowId);
    return gefunden;
  });
  const fehlend: string[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const teil = ids.slice(i, i + 500);
    const vorhanden = new Set(
      (await ctx.db('eingangsdokumente').whereIn('eingangsnummer', teil).pluck('eingangsnummer')) as string[],
    );
    fehlend.push(...teil.filter((id) => !vorhanden.has(id)));
  }
  if (fehlend.length > 0)
    ctx.log.error(
      { eingangsnummern: fehlend },
      'dokumentEingang workflows without their row: left running, operators decide (Temporal UI)',
    );
  return fehlend;
}
