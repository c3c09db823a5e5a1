// Messages of scanStapel: the delivery changed (closed, documents added), and its progress for operators.
import { defineQuery, defineSignal } from '@temporalio/workflow';
import type { LieferungStand, Warnanlass } from '../domain/scan-lieferung.js';

export const lieferungGeaendertSignal = defineSignal('lieferungGeaendert');
export const lieferungStandQuery = defineQuery<{
  stand: LieferungStand | null;
  frist: string;
  gewarnt: Warnanlass[];
  laeufe: number;
}>('lieferungStand');
