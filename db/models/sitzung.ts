// A browser session (table sitzungen): the hash of the cookie's token, its data as JSON, and when it runs out.
import { Model } from 'objection';

export class Sitzung extends Model {
  static override tableName = 'sitzungen';
  static override jsonAttributes = ['daten'];

  /** SHA-256 of the cookie's random token, hex. */
  declare id: string;
  /** The session's data (web/sitzung/sitzung.ts, SitzungDaten); the signed-in account's id among it. */
  declare daten: Record<string, unknown>;
  declare laeuft_ab: Date;
}
