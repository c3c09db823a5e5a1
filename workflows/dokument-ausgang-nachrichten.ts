// Signal of dokumentAusgang, shared by the workflow and its callers.
import { defineSignal } from '@temporalio/workflow';

/** Sent by the portal when the recipient opened the letter. */
export const abgerufenSignal = defineSignal('abgerufen');
