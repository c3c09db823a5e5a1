// Demo Terminvergabe for `npm start`: three Anliegen (one public) and free slots on the coming working days.
import { istFeiertag } from '../../domain/feiertage.js';
import { berlinDatum, berlinZeit } from '../../domain/zeit.js';
import type { Db } from '../knex.js';

const TAG = 24 * 60 * 60 * 1000;

interface DemoAnliegen {
  name: string;
  dauer: number;
  ort: string;
  team: 'leistung' | 'vermittlung';
  oeffentlich: boolean;
  /** The demo staff member who offers the slots; none: the whole team. */
  mitarbeiter?: string;
  /** Berlin hours [from, to) of the daily slots. */
  stunden: [number, number];
}

export const demoAnliegen: readonly DemoAnliegen[] = [
  {
    name: 'Antragsabgabe',
    dauer: 15,
    ort: 'Eingangszone, Raum E.04',
    team: 'leistung',
    oeffentlich: true,
    stunden: [8, 12],
  },
  {
    name: 'Beratung Leistung',
    dauer: 30,
    ort: 'Raum A 2.10',
    team: 'leistung',
    oeffentlich: false,
    mitarbeiter: 'demo-leistung',
    stunden: [13, 15],
  },
  {
    name: 'Erstgespräch Vermittlung',
    dauer: 45,
    ort: 'Raum B 3.05',
    team: 'vermittlung',
    oeffentlich: false,
    mitarbeiter: 'demo-vermittlung',
    stunden: [9, 12],
  },
];

/** The next `anzahl` working days (no weekend, no public holiday) after `jetzt`, as Berlin dates. */
function naechsteArbeitstage(jetzt: Date, anzahl: number): { jahr: number; monat: number; tag: number }[] {
  const tage = [];
  for (let i = 1; tage.length < anzahl; i++) {
    const d = berlinDatum(new Date(jetzt.getTime() + i * TAG));
    const wochentag = new Date(Date.UTC(d.jahr, d.monat - 1, d.tag)).getUTCDay();
    if (wochentag !== 0 && wochentag !== 6 && !istFeiertag(d.jahr, d.monat, d.tag)) tage.push(d);
  }
  return tage;
}

/** Creates the demo Anliegen and their slots on an empty Terminvergabe; returns the number of slots (0: left alone). */
export async function seedTerminvergabe(db: Db, jetzt = new Date(), arbeitstage = 5): Promise<number> {
  return db.transaction(async (trx) => {
    const [{ anzahl }] = (await trx('anliegen').count({ anzahl: '*' })) as [{ anzahl: string }];
    if (Number(anzahl) > 0) return 0;
    const mitarbeiter = await trx('mitarbeiter').select('id', 'oidc_subject');
    const idVon = (subject?: string) => mitarbeiter.find((m) => m.oidc_subject === subject)?.id ?? null;
    const tage = naechsteArbeitstage(jetzt, arbeitstage);
    let slots = 0;
    for (const a of demoAnliegen) {
      const [{ id }] = await trx('anliegen')
        .insert({ name: a.name, dauer_minuten: a.dauer, ort: a.ort, team: a.team, oeffentlich: a.oeffentlich })
        .returning('id');
      const zeilen = tage.flatMap(({ jahr, monat, tag }) => {
        const von = berlinZeit(jahr, monat, tag, a.stunden[0]).getTime();
        const bis = berlinZeit(jahr, monat, tag, a.stunden[1]).getTime();
        const beginne = [];
        for (let beginn = von; beginn + a.dauer * 60_000 <= bis; beginn += a.dauer * 60_000) beginne.push(beginn);
        return beginne.map((beginn) => ({
          anliegen_id: id,
          mitarbeiter_id: idVon(a.mitarbeiter),
          beginn: new Date(beginn),
          dauer_minuten: a.dauer,
        }));
      });
      await trx('termin_slots').insert(zeilen);
      slots += zeilen.length;
    }
    return slots;
  });
}
