// A client assigned to a partner organisation (partner_kunden): assign, read, end — for the API and the staff pages alike.
import type { Db } from '../../db/knex.js';
import { FachlicherFehler } from '../../domain/fehler.js';
import { normalisiereKundennummer } from '../../domain/nummern.js';

export interface Zuordnung {
  partnerId: number;
  kundennummer: string;
  seit: Date;
}

async function partnerUndKunde(db: Db, partnerId: number, kundennummer: string) {
  const partner = await db('partner').where({ id: partnerId, aktiv: true }).first('id');
  if (!partner)
    throw new FachlicherFehler('nicht_gefunden', 'Diese Organisation gibt es nicht oder sie ist deaktiviert.');
  const kunde = await db('kunden')
    .where({ kundennummer: normalisiereKundennummer(kundennummer), aktiv: true })
    .first('id', 'kundennummer');
  if (!kunde) throw new FachlicherFehler('nicht_gefunden', 'Diesen Kunden gibt es nicht oder er ist deaktiviert.');
  return { partnerId: partner.id as number, kunde: kunde as { id: number; kundennummer: string } };
}

/**
 * Assigns an active client to an active organisation: it may then send documents for that client and receive letters
 * about them. Assigning again changes nothing and keeps the first date.
 */
export async function kundeZuordnen(
  db: Db,
  partnerId: number,
  kundennummer: string,
): Promise<{ zuordnung: Zuordnung; neu: boolean }> {
  const { kunde } = await partnerUndKunde(db, partnerId, kundennummer);
  const neu: Array<{ seit: Date }> = await db('partner_kunden')
    .insert({ partner_id: partnerId, kunde_id: kunde.id })
    .onConflict(['partner_id', 'kunde_id'])
    .ignore()
    .returning('seit');
  const seit =
    neu[0]?.seit ??
    (await db('partner_kunden').where({ partner_id: partnerId, kunde_id: kunde.id }).first('seit'))!.seit;
  return { zuordnung: { partnerId, kundennummer: kunde.kundennummer, seit }, neu: neu.length > 0 };
}

export async function zuordnungLesen(db: Db, partnerId: number, kundennummer: string): Promise<Zuordnung | undefined> {
  const row = await db('partner_kunden as pk')
    .join('kunden as k', 'k.id', 'pk.kunde_id')
    .where({ 'pk.partner_id': partnerId, 'k.kundennummer': normalisiereKundennummer(kundennummer) })
    .first('k.kundennummer', 'pk.seit');
  return row && { partnerId, kundennummer: row.kundennummer, seit: row.seit };
}

/** Ends an assignment (e.g. the measure is over): the partner can no longer send for this client. Letters already sent stay. */
export async function zuordnungBeenden(db: Db, partnerId: number, kundennummer: string): Promise<void> {
  const geloescht = await db('partner_kunden')
    .where({ partner_id: partnerId })
    .whereIn(
      'kunde_id',
      db('kunden')
        .where({ kundennummer: normalisiereKundennummer(kundennummer) })
        .select('id'),
    )
    .delete();
  if (geloescht === 0) throw new FachlicherFehler('nicht_gefunden', 'Diese Zuordnung gibt es nicht (mehr).');
}
