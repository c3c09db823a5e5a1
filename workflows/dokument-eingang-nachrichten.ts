// Query and updates of dokumentEingang, shared by the workflow and its callers.
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type {
  BereichAendernArgs,
  EingangZustand,
  ErledigenArgs,
  UebernehmenArgs,
  VerwerfenArgs,
  ZuordnenArgs,
} from '../domain/eingang.js';

export const zustandQuery = defineQuery<EingangZustand>('zustand');
export const uebernehmenUpdate = defineUpdate<EingangZustand, [UebernehmenArgs]>('uebernehmen');
export const bereichAendernUpdate = defineUpdate<EingangZustand, [BereichAendernArgs]>('bereichAendern');
export const erledigenUpdate = defineUpdate<EingangZustand, [ErledigenArgs]>('erledigen');
/** Poststelle assigns a scanned document that waits for Zuordnen, or discards a duplicate. */
export const zuordnenUpdate = defineUpdate<EingangZustand, [ZuordnenArgs]>('zuordnen');
export const verwerfenUpdate = defineUpdate<EingangZustand, [VerwerfenArgs]>('verwerfen');
