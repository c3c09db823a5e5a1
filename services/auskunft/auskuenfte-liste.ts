// Admin's list of Auskünfte: open requests first, then the ready ones still kept.
import type { Db } from '../../db/knex.js';
import type { AuskunftStatus } from '../../db/models/auskunft.js';

export interface AuskunftListenZeile {
  id: number;
  kundennummer: string;
  name: string;
  beantragt_von: 'kunde' | 'mitarbeiter';
  beantragt_am: Date;
  status: AuskunftStatus;
  bereit_am: Date | null;
  abgerufen_am: Date | null;
}

export async function auskuenfteListe(db: Db): Promise<AuskunftListenZeile[]> {
  return db('auskuenfte as a')
    .join('kunden as k', 'k.id', 'a.kunde_id')
    .orderByRaw("case a.status when 'beantragt' then 0 when 'in_arbeit' then 1 else 2 end")
    .orderBy('a.beantragt_am', 'desc')
    .limit(200)
    .select(
      'a.id',
      'k.kundennummer',
      db.raw("k.vorname || ' ' || k.nachname as name"),
      'a.beantragt_von',
      'a.beantragt_am',
      'a.status',
      'a.bereit_am',
      'a.abgerufen_am',
    );
}
