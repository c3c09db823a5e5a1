// An Auskunft (table auskuenfte): a client's request for a copy of their data and the zip made for it.
import { Model } from 'objection';

export type AuskunftStatus = 'beantragt' | 'in_arbeit' | 'bereit';

export class Auskunft extends Model {
  static override tableName = 'auskuenfte';
  static override useLimitInFirst = true;

  declare id: number;
  declare kunde_id: number;
  declare beantragt_von: 'kunde' | 'mitarbeiter';
  declare beantragt_am: Date;
  declare status: AuskunftStatus;
  declare erstellt_von: number | null;
  declare blob_key: string | null;
  declare sha256: string | null;
  /** bigint: node-postgres reads it as a string. */
  declare bytes: string | null;
  declare bereit_am: Date | null;
  declare abgerufen_am: Date | null;
}
