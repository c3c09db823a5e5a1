// Booking benchmark through the real HTTP routes of bin/web.ts: 50 concurrent bookings of one slot, and 200 bookings spread over a day's slots, each beside a plain GET of a public page through the same server in the same run.
import { demoLogins } from '../db/demo/logins.js';
import { berlinDatum, berlinZeit } from '../domain/zeit.js';
import type { AppContext } from '../platform/context.js';
import { begrenztParallel } from '../tests/support/fachverfahren.js';
import { HttpKunde } from '../tests/support/http-kunde.js';
import { latenzen, type Latenzen } from './quantil.js';
import { webStarten, webStoppen } from './web.js';

const TAG = 86_400_000;
const SPREAD = Number(process.env.BENCH_BUCHUNGEN ?? 200);
const SPREAD_GLEICHZEITIG = 20;
const WETTLAUF = 50;

interface Lauf extends Latenzen {
  gleichzeitig: number;
  anfragen_pro_sekunde: number;
  status: Record<string, number>;
}

export interface TermineErgebnis {
  ein_slot_50_gleichzeitig: {
    buchen: Lauf;
    gebucht: number;
    abgewiesen_409: number;
    grundlinie_get: Lauf;
    rps_buchen_zu_get: number;
    p95_buchen_zu_get: number;
  };
  tag_200_buchungen: {
    buchen: Lauf;
    slots_gebucht: number;
    grundlinie_get: Lauf;
    rps_buchen_zu_get: number;
    p95_buchen_zu_get: number;
  };
  grundlinie: string;
}

/** Runs `anzahl` requests with at most `gleichzeitig` in flight; each answers its HTTP status. */
async function laufen(anzahl: number, gleichzeitig: number, anfrage: (i: number) => Promise<number>): Promise<Lauf> {
  const dauern: number[] = [];
  const status: Record<string, number> = {};
  const start = performance.now();
  await begrenztParallel(
    Array.from({ length: anzahl }, (_, i) => i),
    gleichzeitig,
    async (i) => {
      const t0 = performance.now();
      const s = await anfrage(i);
      dauern.push(performance.now() - t0);
      status[s] = (status[s] ?? 0) + 1;
    },
  );
  const sekunden = (performance.now() - start) / 1000;
  return { ...latenzen(dauern), gleichzeitig, anfragen_pro_sekunde: Math.round(anzahl / sekunden), status };
}

const verhaeltnis = (a: number, b: number) => Math.round((a / b) * 100) / 100;

/** One Anliegen of 5 minutes with `anzahl` slots from midnight of a Berlin day `tage` ahead. */
async function slotsAnlegen(ctx: AppContext, name: string, tage: number, anzahl: number): Promise<number[]> {
  const { jahr, monat, tag } = berlinDatum(new Date(Date.now() + tage * TAG));
  const [{ id }] = await ctx
    .db('anliegen')
    .insert({ name, dauer_minuten: 5, ort: 'Bench-Raum', team: 'leistung', oeffentlich: false })
    .returning('id');
  const von = berlinZeit(jahr, monat, tag, 0).getTime();
  const slots = await ctx
    .db('termin_slots')
    .insert(
      Array.from({ length: anzahl }, (_, i) => ({
        anliegen_id: id,
        beginn: new Date(von + i * 5 * 60_000),
        dauer_minuten: 5,
      })),
    )
    .returning('id');
  return slots.map((s) => s.id as number);
}

export async function termineMessen(
  ctx: AppContext,
  env: Record<string, string | undefined>,
): Promise<TermineErgebnis> {
  const [wettlaufSlot] = await slotsAnlegen(ctx, 'Bench Wettlauf', 8, 1);
  const tagesSlots = await slotsAnlegen(ctx, 'Bench Tag', 9, SPREAD);
  const { url, web } = await webStarten(env, 1);
  try {
    const kunde = new HttpKunde(url);
    await kunde.anmelden(demoLogins.haushalt.kundennummer, demoLogins.haushalt.passwort, 'Bench-Termine-2026');
    await kunde.holen('/kunde/termin-buchen');
    const headers = { cookie: kunde.cookie, accept: 'text/html' };
    const buchen = async (slot: number) => {
      const response = await fetch(`${url}/kunde/termin-buchen`, {
        method: 'POST',
        body: new URLSearchParams({ _csrf: kunde.csrf, slot: String(slot) }),
        headers,
        redirect: 'manual',
      });
      await response.arrayBuffer();
      return response.status;
    };
    // The baseline: a public page through the same server, same session, same concurrency.
    const holen = async () => {
      const response = await fetch(`${url}/impressum`, { headers });
      await response.arrayBuffer();
      return response.status;
    };
    await laufen(50, 10, holen);

    const wettlaufGet = await laufen(WETTLAUF, WETTLAUF, holen);
    const wettlauf = await laufen(WETTLAUF, WETTLAUF, () => buchen(wettlaufSlot!));
    const tagGet = await laufen(SPREAD, SPREAD_GLEICHZEITIG, holen);
    const tag = await laufen(SPREAD, SPREAD_GLEICHZEITIG, (i) => buchen(tagesSlots[i]!));

    const gebucht = (slots: number[]) =>
      ctx
        .db('termine')
        .whereIn('slot_id', slots)
        .whereNot({ status: 'abgesagt' })
        .count({ n: '*' })
        .first()
        .then((r) => Number(r!.n));
    return {
      ein_slot_50_gleichzeitig: {
        buchen: wettlauf,
        gebucht: await gebucht([wettlaufSlot!]),
        abgewiesen_409: wettlauf.status['409'] ?? 0,
        grundlinie_get: wettlaufGet,
        rps_buchen_zu_get: verhaeltnis(wettlauf.anfragen_pro_sekunde, wettlaufGet.anfragen_pro_sekunde),
        p95_buchen_zu_get: verhaeltnis(wettlauf.p95_ms, wettlaufGet.p95_ms),
      },
      tag_200_buchungen: {
        buchen: tag,
        slots_gebucht: await gebucht(tagesSlots),
        grundlinie_get: tagGet,
        rps_buchen_zu_get: verhaeltnis(tag.anfragen_pro_sekunde, tagGet.anfragen_pro_sekunde),
        p95_buchen_zu_get: verhaeltnis(tag.p95_ms, tagGet.p95_ms),
      },
      grundlinie: 'GET /impressum, signed in, same server, count and concurrency',
    };
  } finally {
    await webStoppen(web);
  }
}
