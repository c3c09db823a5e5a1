// A client's own Auskünfte for the portal, newest first, each with the day it will be deleted once ready.
import type { Db } from '../../db/knex.js';
import { Auskunft } from '../../db/models/auskunft.js';
import { verfuegbarBis, type Loeschfristen } from '../../domain/loeschkonzept.js';

export interface EigeneAuskunft {
  id: number;
  beantragtAm: Date;
  status: Auskunft['status'];
  verfuegbarBis: Date | null;
  abgerufen: boolean;
}

export async function eigeneAuskuenfte(db: Db, kundeId: number, fristen: Loeschfristen): Promise<EigeneAuskunft[]> {
  const zeilen = await Auskunft.query(db).where({ kunde_id: kundeId }).orderBy('id', 'desc').limit(20);
  return zeilen.map((a) => ({
    id: a.id,
    beantragtAm: a.beantragt_am,
    status: a.status,
    verfuegbarBis: verfuegbarBis(a.bereit_am, fristen.auskunft),
    abgerufen: a.abgerufen_am !== null,
  }));
}
