// Keeps each appointment's terminErinnerung workflow in step with the appointment (signal-with-start, id termin-<schluessel>).
import type { Client } from '@temporalio/client';
import type { Db } from '../../db/knex.js';
import { terminErinnerung, type TerminStand } from '../../workflows/termin-erinnerung.js';
import { terminGeaendertSignal } from '../../workflows/termin-erinnerung-nachrichten.js';

export interface TerminFuerErinnerung {
  id: number;
  /** termine.erinnerung_schluessel: unique across jobcenters, unlike the id. */
  schluessel: string;
  beginn: Date;
  status: TerminStand['status'];
}

/** Call after an appointment was created, moved or cancelled. */
export async function terminEinplanen(
  client: Client,
  taskQueue: string,
  termin: TerminFuerErinnerung,
  vorlaufMs?: number,
): Promise<void> {
  const stand: TerminStand = { beginn: termin.beginn.toISOString(), status: termin.status };
  await client.workflow.signalWithStart(terminErinnerung, {
    workflowId: `termin-${termin.schluessel}`,
    taskQueue,
    args: [{ terminId: termin.id, ...stand, ...(vorlaufMs === undefined ? {} : { vorlaufMs }) }],
    signal: terminGeaendertSignal,
    signalArgs: [stand],
  });
}

/** Plans reminders for every future appointment (after demo data or an import). */
export async function offeneTermineEinplanen(db: Db, client: Client, taskQueue: string): Promise<number> {
  const termine: TerminFuerErinnerung[] = await db('termine')
    .where({ status: 'geplant' })
    .andWhere('beginn', '>', db.fn.now())
    .select('id', 'erinnerung_schluessel as schluessel', 'beginn', 'status');
  for (const termin of termine)
    await terminEinplanen(client, taskQueue, { ...termin, beginn: new Date(termin.beginn) });
  return termine.length;
}
