// Signal and query of terminErinnerung, shared by the workflow and its callers.
import { defineQuery, defineSignal } from '@temporalio/workflow';
import type { TerminStand } from './termin-erinnerung.js';

/** Sent whenever the appointment is created, moved or cancelled. */
export const terminGeaendertSignal = defineSignal<[TerminStand]>('terminGeaendert');
export const erinnerungQuery = defineQuery<{ stand: TerminStand; erinnertFuer: string[] }>('erinnerung');
