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
  declare kunde_id: number;
  declare partner_id: number | null;
  declare partner_benutzer_id: number | null;
  declare kunde_berechtigt: boolean;
  declare dokumentart: string;
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
  declare eingegangen_am: Date;
  declare abgelegt_am: Date | null;
  declare erledigt_am: Date | null;
  declare aktualisiert_am: Date;
  /** Löschsperre: set while staff hold the document back from deletion, with their reason. */
  declare loeschsperre_seit: Date | null;
  declare loeschsperre_grund: string | null;
  declare loeschsperre_von: number | null;
}
