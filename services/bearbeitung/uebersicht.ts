// Dashboard figures: documents per team and status, today's intake per Kanal, overdue ones, upload-to-filed times of the last 24 hours.
import type { Db } from '../../db/knex.js';
import { ueberfaelligVor } from '../../domain/fristen.js';
import { berlinDatum, berlinZeit } from '../../domain/zeit.js';

export interface Uebersicht {
  proTeamUndStatus: Array<{ team: string; status: string; anzahl: number }>;
  heuteProKanal: Array<{ kanal: string; anzahl: number }>;
  ueberfaellig: Array<{ team: string; anzahl: number }>;
  ablage24h: { anzahl: number; p50Sekunden: number | null; p95Sekunden: number | null };
}

export async function uebersichtLaden(db: Db, jetzt = new Date()): Promise<Uebersicht> {
  const { jahr, monat, tag } = berlinDatum(jetzt);
  const heute = berlinZeit(jahr, monat, tag, 0);
  const [proTeamUndStatus, heuteProKanal, ueberfaellig, ablage] = await Promise.all([
    db
      .select(db.raw('unnest(teams) as team'), 'status', db.raw('count(*)::int as anzahl'))
      .from('eingangsdokumente')
      .whereNotIn('status', ['erledigt', 'abgelehnt'])
      .groupBy('team', 'status')
      .orderBy(['team', 'status']),
    db('eingangsdokumente')
      .where('eingegangen_am', '>=', heute)
      .groupBy('kanal')
      .orderBy('kanal')
      .select('kanal', db.raw('count(*)::int as anzahl')),
    db
      .select(db.raw('unnest(teams) as team'), db.raw('count(*)::int as anzahl'))
      .from('eingangsdokumente')
      .whereNotIn('status', ['erledigt', 'abgelehnt'])
      .andWhere('eingegangen_am', '<', ueberfaelligVor(jetzt))
      .groupBy('team')
      .orderBy('team'),
    db('eingangsdokumente as e')
      .join('dms_ablagen as d', 'd.eingangsnummer', 'e.eingangsnummer')
      .where('d.abgelegt_am', '>=', new Date(jetzt.getTime() - 86_400_000))
      .first(
        db.raw('count(*)::int as anzahl'),
        db.raw(
          'percentile_cont(0.5) within group (order by extract(epoch from d.abgelegt_am - e.eingegangen_am)) as p50',
        ),
        db.raw(
          'percentile_cont(0.95) within group (order by extract(epoch from d.abgelegt_am - e.eingegangen_am)) as p95',
        ),
      ),
  ]);
  const runden = (wert: unknown) => (wert === null || wert === undefined ? null : Math.round(Number(wert) * 10) / 10);
  return {
    proTeamUndStatus,
    heuteProKanal,
    ueberfaellig,
    ablage24h: { anzahl: ablage?.anzahl ?? 0, p50Sekunden: runden(ablage?.p50), p95Sekunden: runden(ablage?.p95) },
  };
}
