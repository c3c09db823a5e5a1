// Loads one of the signed-in client's folders (any other id is 404) and says whether its link still opens.
import type { Knex } from 'knex';
import type { Db } from '../../db/knex.js';
import { mappeOffen } from '../../domain/bewerbungsmappe.js';
import { FachlicherFehler } from '../../domain/fehler.js';

export interface MappenZeile {
  id: number;
  titel: string;
  erstelltAm: Date;
  gueltigBis: Date;
  widerrufenAm: Date | null;
  zuletztGeoeffnetAm: Date | null;
  aufrufe: number;
  /** The link opens: neither expired nor revoked. */
  offen: boolean;
}

export const mappenSpalten = [
  'id',
  'titel',
  'erstellt_am',
  'gueltig_bis',
  'widerrufen_am',
  'zuletzt_geoeffnet_am',
  'aufrufe',
] as const;

export function mappeAusRow(row: Record<string, unknown>, jetzt: Date): MappenZeile {
  const m = {
    id: row.id as number,
    titel: row.titel as string,
    erstelltAm: new Date(row.erstellt_am as string),
    gueltigBis: new Date(row.gueltig_bis as string),
    widerrufenAm: row.widerrufen_am ? new Date(row.widerrufen_am as string) : null,
    zuletztGeoeffnetAm: row.zuletzt_geoeffnet_am ? new Date(row.zuletzt_geoeffnet_am as string) : null,
    aufrufe: row.aufrufe as number,
  };
  return { ...m, offen: mappeOffen(m, jetzt) };
}

/** The folder, locked for update inside a transaction when `trx` is one; `nicht_gefunden` for another client's. */
export async function eigeneMappe(
  db: Db | Knex.Transaction,
  kundeId: number,
  mappeId: number,
  jetzt: Date,
  sperren = false,
): Promise<MappenZeile> {
  if (!Number.isSafeInteger(mappeId)) throw new FachlicherFehler('nicht_gefunden');
  const abfrage = db('bewerbungsmappen').where({ id: mappeId, kunde_id: kundeId });
  const row = await (sperren ? abfrage.forUpdate() : abfrage).first(...mappenSpalten);
  if (!row) throw new FachlicherFehler('nicht_gefunden');
  return mappeAusRow(row, jetzt);
}

/** A change to a folder whose link has ended is refused: it is kept only until the Löschlauf takes it. */
export function mussOffenSein(mappe: MappenZeile): void {
  if (!mappe.offen) throw new FachlicherFehler('ungueltige_eingabe', 'Die Mappe ist abgelaufen oder widerrufen.');
}
