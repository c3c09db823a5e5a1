// Read model of the partner Startseite.
import type { Db } from '../../db/knex.js';
import { aktuelleNeuigkeiten, type Neuigkeit } from '../portal/neuigkeiten.js';
import { gesendetNeueste, type PartnerGesendetZeile } from './gesendet-liste.js';

export interface PartnerStartDaten {
  vorname: string;
  nachname: string;
  organisation: string;
  ungelesen: number;
  letzte: PartnerGesendetZeile[];
  neuigkeiten: Neuigkeit[];
}

export async function partnerStartLaden(
  db: Db,
  partner: { partnerId: number; partnerName: string; vorname: string; nachname: string },
): Promise<PartnerStartDaten> {
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
