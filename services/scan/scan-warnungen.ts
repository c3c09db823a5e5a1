// Open warnings to Poststelle about scan deliveries: those of deliveries not yet abgeschlossen, oldest first.
import type { Db } from '../../db/knex.js';
import type { Warnanlass } from '../../domain/scan-lieferung.js';

export interface ScanWarnung {
  lieferungId: string;
  anlass: Warnanlass;
  frist: Date;
  erstelltAm: Date;
}

export async function offeneScanWarnungen(db: Db): Promise<ScanWarnung[]> {
  const zeilen: Array<{ lieferung_id: string; anlass: Warnanlass; frist: Date; erstellt_am: Date }> = await db(
    'scan_warnungen as w',
  )
    .join('scan_lieferungen as l', 'l.lieferung_id', 'w.lieferung_id')
    .whereNot('l.status', 'abgeschlossen')
    .orderBy([{ column: 'w.erstellt_am' }, { column: 'w.lieferung_id' }, { column: 'w.anlass' }])
    .select('w.lieferung_id', 'w.anlass', 'l.frist', 'w.erstellt_am');
  return zeilen.map((z) => ({
    lieferungId: z.lieferung_id,
    anlass: z.anlass,
    frist: new Date(z.frist),
    erstelltAm: new Date(z.erstellt_am),
  }));
}
