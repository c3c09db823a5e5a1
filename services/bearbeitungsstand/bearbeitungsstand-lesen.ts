// The public Bearbeitungsstand: per Bereich the oldest open document and today's median from upload to E-Akte, and the next free slot per public Anliegen — counts and dates only, no personal data.
import { bereiche, type Bereich } from '../../domain/bereich.js';
import { endstatus } from '../../domain/status.js';
import { berlinDatum, berlinZeit } from '../../domain/zeit.js';
import type { Db } from '../../db/knex.js';
import { freiBedingung } from '../termine/freie-slots.js';

export interface BereichStand {
  bereich: Bereich;
  /** Receipt time of the oldest document of this Bereich that is not finished; everything before it is dealt with. Null: nothing open. */
  aeltesterOffenerEingang: Date | null;
  /** Median seconds from upload to E-Akte of the documents filed today (Berlin day); null when none was filed today. */
  medianAblageSekunden: number | null;
  abgelegtHeute: number;
}

export interface AnliegenStand {
  id: number;
  name: string;
  naechsterFreierSlot: Date | null;
}

export interface Bearbeitungsstand {
  stand: Date;
  bereiche: BereichStand[];
  anliegen: AnliegenStand[];
}

export async function bearbeitungsstandLesen(db: Db, jetzt: Date): Promise<Bearbeitungsstand> {
  const { jahr, monat, tag } = berlinDatum(jetzt);
  const heute = berlinZeit(jahr, monat, tag, 0);
  const [stand, anliegen] = await Promise.all([
    Promise.all(
      bereiche.map(async (bereich): Promise<BereichStand> => {
        const [aeltester, ablage] = await Promise.all([
          db('eingangsdokumente')
            .whereRaw('? = any(teams)', [bereich])
            .whereNotIn('status', endstatus)
            .min({ am: 'eingegangen_am' })
            .first(),
          db('eingangsdokumente')
            .whereRaw('? = any(teams)', [bereich])
            .where('abgelegt_am', '>=', heute)
            .andWhere('abgelegt_am', '<=', jetzt)
            .first(
              db.raw(
                'percentile_cont(0.5) within group (order by extract(epoch from abgelegt_am - eingegangen_am)) as median',
              ),
              db.raw('count(*)::int as anzahl'),
            ),
        ]);
        return {
          bereich,
          aeltesterOffenerEingang: aeltester?.am ? new Date(aeltester.am) : null,
          medianAblageSekunden: ablage?.median === null || ablage?.median === undefined ? null : Number(ablage.median),
          abgelegtHeute: ablage?.anzahl ?? 0,
        };
      }),
    ),
    db('anliegen as a')
      .where({ 'a.aktiv': true, 'a.oeffentlich': true })
      .orderBy('a.name')
      .select(
        'a.id',
        'a.name',
        db('termin_slots as s')
          .whereRaw('s.anliegen_id = a.id')
          .andWhere('s.beginn', '>', jetzt)
          .andWhere(freiBedingung(db))
          .min('s.beginn')
          .as('naechster'),
      ),
  ]);
  return {
    stand: jetzt,
    bereiche: stand,
    anliegen: anliegen.map((a) => ({
      id: a.id as number,
      name: a.name as string,
      naechsterFreierSlot: a.naechster ? new Date(a.naechster) : null,
    })),
  };
}
