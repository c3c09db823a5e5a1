// Incoming documents for the Fachverfahren: a change feed in a stable order with a resumable position, and one document with its status trail.
import type { Knex } from 'knex';
import type { Db } from '../../db/knex.js';
import type { Dokumentstatus } from '../../domain/status.js';

export interface Eingang {
  eingangsnummer: string;
  kundennummer: string;
  art: 'dokument' | 'mitteilung';
  kanal: 'kunde' | 'partner' | 'scan' | 'jobcenter';
  partnerId: number | null;
  dokumentart: string;
  status: Dokumentstatus;
  ablehnungsgrund: string | null;
  teams: string[];
  seiten: number | null;
  bytes: number | null;
  sha256: string | null;
  dmsReferenz: string | null;
  /** The filed PDF can be downloaded. */
  pdf: boolean;
  eingegangenAm: Date;
  abgelegtAm: Date | null;
  erledigtAm: Date | null;
  geaendertAm: Date;
}

/** Where a listing stopped: the change marker (a transaction id) and the Eingangsnummer of the last row given. */
export interface Position {
  aenderung: string;
  eingangsnummer: string;
}

export interface EingangFilter {
  kundennummer?: string;
  status?: Dokumentstatus;
  geaendertSeit?: Date;
}

export interface Verlaufsschritt {
  schritt: number;
  status: Dokumentstatus;
  zeit: Date;
}

function abfrage(db: Db): Knex.QueryBuilder {
  return db('eingangsdokumente as e')
    .join('kunden as k', 'k.id', 'e.kunde_id')
    .select(
      'e.eingangsnummer',
      'k.kundennummer',
      'e.art',
      'e.kanal',
      'e.partner_id',
      'e.dokumentart',
      'e.status',
      'e.ablehnungsgrund',
      'e.teams',
      'e.seiten',
      'e.bytes',
      'e.sha256',
      'e.dms_referenz',
      'e.blob_key',
      'e.eingegangen_am',
      'e.abgelegt_am',
      'e.erledigt_am',
      'e.geaendert_am',
      db.raw('e.aenderung::text as aenderung'),
    );
}

type Zeile = Record<string, unknown> & { aenderung: string; eingangsnummer: string };

function eingang(row: Zeile): Eingang {
  return {
    eingangsnummer: row.eingangsnummer,
    kundennummer: row.kundennummer as string,
    art: row.art as Eingang['art'],
    kanal: row.kanal as Eingang['kanal'],
    partnerId: row.partner_id as number | null,
    dokumentart: row.dokumentart as string,
    status: row.status as Dokumentstatus,
    ablehnungsgrund: row.ablehnungsgrund as string | null,
    teams: row.teams as string[],
    seiten: row.seiten as number | null,
    bytes: row.bytes as number | null,
    sha256: row.sha256 as string | null,
    dmsReferenz: row.dms_referenz as string | null,
    pdf: row.status !== 'abgelehnt' && row.blob_key !== null,
    eingegangenAm: row.eingegangen_am as Date,
    abgelegtAm: row.abgelegt_am as Date | null,
    erledigtAm: row.erledigt_am as Date | null,
    geaendertAm: row.geaendert_am as Date,
  };
}

/**
 * Up to `limit` documents changed after `nach`, in the order of their last change (then Eingangsnummer).
 *
 * The order is the id of the transaction that last wrote a row, and only rows whose transaction is older than every
 * transaction still running are listed: a change committed later always sorts after any position handed out before,
 * so a consumer resuming from its position misses nothing. A document changed after it was listed comes again, with
 * its new state; one that has not changed since does not.
 */
export async function eingaengeAbfragen(
  db: Db,
  filter: EingangFilter,
  nach: Position | undefined,
  limit: number,
): Promise<{ eingaenge: Eingang[]; letzte: Position | undefined }> {
  const q = abfrage(db).whereRaw('e.aenderung < pg_snapshot_xmin(pg_current_snapshot())');
  if (nach) q.whereRaw('(e.aenderung, e.eingangsnummer) > (?::xid8, ?)', [nach.aenderung, nach.eingangsnummer]);
  if (filter.kundennummer) q.where('k.kundennummer', filter.kundennummer);
  if (filter.status) q.where('e.status', filter.status);
  if (filter.geaendertSeit) q.where('e.geaendert_am', '>=', filter.geaendertSeit);
  const rows: Zeile[] = await q.orderBy([{ column: 'e.aenderung' }, { column: 'e.eingangsnummer' }]).limit(limit);
  const letzte = rows.at(-1);
  return {
    eingaenge: rows.map(eingang),
    letzte: letzte ? { aenderung: letzte.aenderung, eingangsnummer: letzte.eingangsnummer } : undefined,
  };
}

export async function eingangLesen(
  db: Db,
  eingangsnummer: string,
): Promise<(Eingang & { verlauf: Verlaufsschritt[] }) | undefined> {
  const row: Zeile | undefined = await abfrage(db).where('e.eingangsnummer', eingangsnummer).first();
  if (!row) return undefined;
  const verlauf: Verlaufsschritt[] = await db('eingangs_timeline')
    .where({ eingangsnummer })
    .orderBy('schritt')
    .select('schritt', 'status', 'zeit');
  return { ...eingang(row), verlauf };
}
