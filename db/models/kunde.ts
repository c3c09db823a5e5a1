// A client's account (table kunden): the columns as the code reads and writes them.
import { Model } from 'objection';

export class Kunde extends Model {
  static override tableName = 'kunden';
  /** Single-row lookups read one row (LIMIT 1), as knex's first() does. */
  static override useLimitInFirst = true;

  declare id: number;
  declare kundennummer: string;
  declare bg_nummer: string;
  declare vorname: string;
  declare nachname: string;
  declare strasse: string | null;
  declare plz: string | null;
  declare ort: string | null;
  declare email: string | null;
  declare telefon: string | null;
  declare sprache: string;
  declare passwort_hash: string;
  declare passwort_aendern: boolean;
  /** Consent to receive letters online, since when; null while letters go by post. */
  declare online_zustellung_seit: Date | null;
  declare ansprechpartner_id: number | null;
  declare leistungssachbearbeiter_id: number | null;
  declare aktiv: boolean;
  declare fehlversuche: number;
  declare gesperrt_bis: Date | null;
  declare letzter_login: Date | null;
  declare created_at: Date;
  declare updated_at: Date;
}
