// Sessions as loaded from PostgreSQL, remembered per web process so a page needs one query less. Only while the
// process hears every change (channel `sitzung_geaendert`, triggers of migration 038): a changed or deleted session is
// forgotten when its message arrives, a change to any account forgets everything, and so does a lost connection.
// A load that overlapped any message is not remembered (it may predate the change), and nothing is kept longer than
// 10 s, in case a connection stops delivering without failing.
import { begrenztSetzen } from '../../platform/begrenzte-map.js';
import type { Benachrichtigungen } from '../../platform/pg-benachrichtigungen.js';

export const KANAL = 'sitzung_geaendert';
const HOECHSTENS = 10_000;
const HOECHSTENS_MS = 10_000;

export interface SitzungsCache<Zeile> {
  /** The remembered row, or undefined: then load it, and pass `stand()` as read before the load to `merken`. */
  holen(id: string): Zeile | undefined;
  stand(): number;
  merken(id: string, zeile: Zeile, standVorDemLaden: number): void;
  /** This process changed or deleted the session. */
  vergessen(id: string): void;
}

export function sitzungsCache<Zeile>(benachrichtigungen: Benachrichtigungen, uhr = Date.now): SitzungsCache<Zeile> {
  const zeilen = new Map<string, { zeile: Zeile; seit: number }>();
  let stand = 0;
  const alleVergessen = () => {
    stand++;
    zeilen.clear();
  };
  const abo = benachrichtigungen.abonnieren(KANAL, {
    nachricht(id) {
      if (id === '*') return alleVergessen();
      stand++;
      zeilen.delete(id);
    },
    unterbrochen: alleVergessen,
  });
  return {
    holen(id) {
      const gemerkt = zeilen.get(id);
      if (!gemerkt) return undefined;
      if (!abo.hoert() || uhr() - gemerkt.seit > HOECHSTENS_MS) {
        zeilen.delete(id);
        return undefined;
      }
      return gemerkt.zeile;
    },
    stand: () => stand,
    merken(id, zeile, standVorDemLaden) {
      if (!abo.hoert() || stand !== standVorDemLaden) return;
      begrenztSetzen(zeilen, id, { zeile, seit: uhr() }, HOECHSTENS);
    },
    vergessen(id) {
      stand++;
      zeilen.delete(id);
    },
  };
}
