// A user of a partner organisation (table partner_benutzer): the columns as the code reads and writes them.
import { Model } from 'objection';

export class PartnerBenutzer extends Model {
  static override tableName = 'partner_benutzer';
  /** Single-row lookups read one row (LIMIT 1), as knex's first() does. */
  static override useLimitInFirst = true;

  declare id: number;
  declare partner_id: number;
  /** Always lower case (a check constraint); unique over all organisations. */
  declare email: string;
  declare vorname: string;
  declare nachname: string;
  declare ist_admin: boolean;
  /** Null until the user has set a password through the invitation link. */
  declare passwort_hash: string | null;
  declare aktiv: boolean;
  declare sprache: string;
  declare fehlversuche: number;
  declare gesperrt_bis: Date | null;
  declare letzter_login: Date | null;
  declare created_at: Date;
  declare updated_at: Date;
}
