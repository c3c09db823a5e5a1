// Read model of the partner Startseite.
import type { Db } from '../../db/knex.js';
import { aktuelleNeuigkeiten } from '../portal/neuigkeiten-abfrage.js';
import type { SitzungsPartner } from '../sitzung/sitzung.js';
import { gesendetNeueste } from './gesendet-liste.js';
import type { PartnerStartDaten } from './startseite-page.js';

export async function partnerStartLaden(db: Db, partner: SitzungsPartner): Promise<PartnerStartDaten> {
  const [ungelesen, letzte, neuigkeiten] = await Promise.all([
    db('ausgangsdokumente')
      .where({ partner_id: partner.partnerId })
      .whereNull('abgerufen_am')
      .count({ anzahl: '*' })
      .first(),
    gesendetNeueste(db, partner.partnerId, 5),
    aktuelleNeuigkeiten(db, 3),
  ]);
  return {
    vorname: partner.vorname,
    nachname: partner.nachname,
    organisation: partner.partnerName,
    ungelesen: Number(ungelesen?.anzahl ?? 0),
    letzte,
    neuigkeiten,
  };
}
