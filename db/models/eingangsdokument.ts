// An incoming document's status projection (table eingangsdokumente), one row per Eingangsnummer.
import { Model } from 'objection';

export class Eingangsdokument extends Model {
  static override tableName = 'eingangsdokumente';
  static override idColumn = 'eingangsnummer';
  /** Single-row lookups read one row (LIMIT 1), as knex's first() does. */
  static override useLimitInFirst = true;

  declare eingangsnummer: string;
  declare art: 'dokument' | 'mitteilung';
  declare kanal: 'kunde' | 'partner' | 'scan' | 'jobcenter';
  /** Null only for scanned paper that waits for Zuordnen. */
  declare kunde_id: number | null;
  declare partner_id: number | null;
  declare partner_benutzer_id: number | null;
  declare kunde_berechtigt: boolean;
  declare dokumentart: string | null;
  declare betreff: string | null;
  declare info: string | null;
  declare teams: string[];
  declare zugewiesen_an: number | null;
  declare status: string;
  declare letzter_schritt: number;
  declare ablehnungsgrund: string | null;
  declare dateien: number;
  declare seiten: number | null;
  declare blob_key: string | null;
  declare sha256: string | null;
  declare bytes: number | null;
  declare dms_referenz: string | null;
  /** Notices for the sender about an accepted document. */
  declare hinweise: string[];
  /** Scanned paper: the letter whose Antwortbogen came on top, page previews, delivery and position, SHA-256 as delivered. */
  declare antwort_auf: string | null;
  declare vorschau: Array<{ key: string; sha256: string; bytes: number }> | null;
  declare lieferung_id: string | null;
  declare lieferung_position: number | null;
  declare scan_sha256: string | null;
  declare duplikat_von: string | null;
  declare eingegangen_am: Date;
  declare abgelegt_am: Date | null;
  declare erledigt_am: Date | null;
  declare aktualisiert_am: Date;
  /** Löschsperre: set while staff hold the document back from deletion, with their reason. */
  declare loeschsperre_seit: Date | null;
  declare loeschsperre_grund: string | null;
  declare loeschsperre_von: number | null;
}
