// Business gauges read from PostgreSQL at scrape time, at most once per cache period: documents per status, per team the open,
// overdue and oldest open ones, per Kanal the time from upload to E-Akte, and scanned documents whose deadline is at risk.
import { Gauge, type Registry } from 'prom-client';
import type { Db } from '../../db/knex.js';
import type { Logger } from '../logger.js';
import { teams } from '../../domain/bereich.js';
import { ueberfaelligVor } from '../../domain/fristen.js';
import { imEAkte } from '../../domain/scan-lieferung.js';
import { dokumentstatus, endstatus } from '../../domain/status.js';

/** Channels documents come in by. */
const kanaele = ['kunde', 'partner', 'scan', 'jobcenter'] as const;
/** Quantiles of the time to the E-Akte reported per Kanal (1 is the longest). */
const quantile = [0.5, 0.95, 1] as const;
/** The time to the E-Akte is measured over the documents filed within this window. */
export const EAKTE_FENSTER_MS = 24 * 60 * 60 * 1000;

interface Stand {
  proStatus: Map<string, number>;
  proTeam: Map<string, { offen: number; ueberfaellig: number; aeltestesMs: number | null }>;
  /** Per Kanal: documents filed within the window and the quantiles of their seconds from upload to E-Akte. */
  bisEAkte: Map<string, { anzahl: number; sekunden: number[] }>;
  /** Scanned documents not yet in the E-Akte (nor refused) of deliveries Poststelle was warned about (frist_gefaehrdet). */
  scanFristGefaehrdet: number;
}

/** How long one reading serves further scrapes (several Prometheus servers, several web processes). */
export const CACHE_MS = 15_000;

async function lesen(db: Db, jetzt: Date): Promise<Stand> {
  const [status, team, eakte, gefaehrdet] = await Promise.all([
    db('eingangsdokumente').select('status', db.raw('count(*)::int as anzahl')).groupBy('status'),
    db('eingangsdokumente')
      .select(
        db.raw('unnest(teams) as team'),
        db.raw('count(*)::int as offen'),
        db.raw('(count(*) filter (where eingegangen_am < ?))::int as ueberfaellig', [ueberfaelligVor(jetzt)]),
        db.raw('min(eingegangen_am) as aeltestes'),
      )
      .whereNotIn('status', endstatus)
      .groupBy('team'),
    db('eingangsdokumente')
      .select(
        'kanal',
        db.raw('count(*)::int as anzahl'),
        db.raw(
          `percentile_cont(array[${quantile.join(',')}]::float8[]) within group (order by extract(epoch from abgelegt_am - eingegangen_am)) as sekunden`,
        ),
      )
      .whereNotNull('abgelegt_am')
      .where('abgelegt_am', '>=', new Date(jetzt.getTime() - EAKTE_FENSTER_MS))
      .groupBy('kanal'),
    db
      .with('gefaehrdet', (q) =>
        q
          .from('scan_lieferungen as l')
          .join('scan_warnungen as w', function () {
            this.on('w.lieferung_id', 'l.lieferung_id').andOnVal('w.anlass', 'frist_gefaehrdet');
          })
          .leftJoin('scan_lieferung_positionen as p', 'p.lieferung_id', 'l.lieferung_id')
          .leftJoin('eingangsdokumente as e', 'e.eingangsnummer', 'p.eingangsnummer')
          .whereNot('l.status', 'abgeschlossen')
          .groupBy('l.lieferung_id', 'l.erwartet')
          .select(
            db.raw(
              `greatest(l.erwartet, count(p.position)) - count(e.eingangsnummer) filter (where e.status in (${[...imEAkte, 'abgelehnt'].map(() => '?').join(',')})) as offen`,
              [...imEAkte, 'abgelehnt'],
            ),
          ),
      )
      .from('gefaehrdet')
      .select(db.raw('coalesce(sum(greatest(offen, 0)), 0)::int as anzahl'))
      .first(),
  ]);
  return {
    proStatus: new Map(status.map((r: { status: string; anzahl: number }) => [r.status, r.anzahl])),
    proTeam: new Map(
      team.map((r: { team: string; offen: number; ueberfaellig: number; aeltestes: Date | null }) => [
        r.team,
        {
          offen: r.offen,
          ueberfaellig: r.ueberfaellig,
          aeltestesMs: r.aeltestes ? new Date(r.aeltestes).getTime() : null,
        },
      ]),
    ),
    bisEAkte: new Map(
      eakte.map((r: { kanal: string; anzahl: number; sekunden: number[] }) => [
        r.kanal,
        { anzahl: r.anzahl, sekunden: r.sekunden.map(Number) },
      ]),
    ),
    scanFristGefaehrdet: (gefaehrdet as { anzahl: number } | undefined)?.anzahl ?? 0,
  };
}

/** A scrape must not wait for an unreachable database (the cluster's primary gives its children 5 seconds). */
const LESEFRIST_MS = 3_000;

function mitFrist<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  const frist = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`PostgreSQL did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, frist]).finally(() => clearTimeout(timer));
}

/** Registers the gauges; each scrape reads PostgreSQL only when the last reading is older than `cacheMs`. */
export function geschaeftsMetrikenRegistrieren(registry: Registry, db: Db, log: Logger, cacheMs = CACHE_MS): void {
  let letzter: { zeit: number; stand: Promise<Stand> } | undefined;
  const stand = (): Promise<Stand> => {
    const jetzt = Date.now();
    if (!letzter || jetzt - letzter.zeit >= cacheMs) {
      const gelesen = mitFrist(lesen(db, new Date(jetzt)), LESEFRIST_MS);
      letzter = { zeit: jetzt, stand: gelesen };
      // A failed reading is not kept: the next scrape tries again.
      gelesen.catch(() => {
        if (letzter?.stand === gelesen) letzter = undefined;
      });
    }
    return letzter.stand;
  };
  /** Without a reading the gauges report nothing (absent, not stale figures); the other metrics are still served. */
  const oder = async (gauge: Gauge, setzen: (s: Stand) => void) => {
    try {
      setzen(await stand());
    } catch (error) {
      gauge.reset();
      log.warn({ err: error }, 'business metrics not read');
    }
  };
  // With several web processes each reports the same reading: the aggregate is the maximum, not the sum.
  const gemeinsam = { registers: [registry], aggregator: 'max' as const };
  new Gauge({
    ...gemeinsam,
    name: 'jobcenter_dokumente',
    help: 'Incoming documents per Dokumentstatus',
    labelNames: ['status'] as const,
    collect() {
      return oder(this, ({ proStatus }) => {
        for (const status of dokumentstatus) this.set({ status }, proStatus.get(status) ?? 0);
      });
    },
  });
  new Gauge({
    ...gemeinsam,
    name: 'jobcenter_dokumente_offen',
    help: 'Documents routed to a team and not yet erledigt or abgelehnt, per team',
    labelNames: ['team'] as const,
    collect() {
      return oder(this, ({ proTeam }) => {
        for (const team of teams) this.set({ team }, proTeam.get(team)?.offen ?? 0);
      });
    },
  });
  new Gauge({
    ...gemeinsam,
    name: 'jobcenter_dokumente_ueberfaellig',
    help: 'Open documents older than the processing period (three working days), per team',
    labelNames: ['team'] as const,
    collect() {
      return oder(this, ({ proTeam }) => {
        for (const team of teams) this.set({ team }, proTeam.get(team)?.ueberfaellig ?? 0);
      });
    },
  });
  new Gauge({
    ...gemeinsam,
    name: 'jobcenter_aeltestes_offenes_dokument_sekunden',
    help: 'Age of the oldest open document per team (0 when none is open)',
    labelNames: ['team'] as const,
    collect() {
      return oder(this, ({ proTeam }) => {
        const jetzt = Date.now();
        for (const team of teams) {
          const aeltestes = proTeam.get(team)?.aeltestesMs;
          this.set({ team }, aeltestes == null ? 0 : Math.max(0, Math.round((jetzt - aeltestes) / 1000)));
        }
      });
    },
  });
  new Gauge({
    ...gemeinsam,
    name: 'jobcenter_dokumente_abgelegt',
    help: 'Documents filed into the E-Akte within the last 24 hours, per Kanal',
    labelNames: ['kanal'] as const,
    collect() {
      return oder(this, ({ bisEAkte }) => {
        for (const kanal of kanaele) this.set({ kanal }, bisEAkte.get(kanal)?.anzahl ?? 0);
      });
    },
  });
  new Gauge({
    ...gemeinsam,
    name: 'jobcenter_zeit_bis_eakte_sekunden',
    help: 'Seconds from upload to E-Akte of the documents filed within the last 24 hours, per Kanal and quantile (1: the longest); absent for a Kanal without any',
    labelNames: ['kanal', 'quantil'] as const,
    collect() {
      return oder(this, ({ bisEAkte }) => {
        this.reset();
        for (const [kanal, { sekunden }] of bisEAkte)
          quantile.forEach((q, i) => this.set({ kanal, quantil: String(q) }, Math.round(sekunden[i]! * 1000) / 1000));
      });
    },
  });
  new Gauge({
    ...gemeinsam,
    name: 'jobcenter_scan_dokumente_frist_gefaehrdet',
    help: 'Scanned documents not yet in the E-Akte of open deliveries whose 15:00 deadline is at risk (Poststelle warned)',
    collect() {
      return oder(this, ({ scanFristGefaehrdet }) => this.set(scanFristGefaehrdet));
    },
  });
}
