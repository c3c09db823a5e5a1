// Dashboard: where the open documents are, what came in today, what is overdue, how fast filing is.
import { ArbeitsplatzPage, teamNamen, type ArbeitsplatzKontext } from './arbeitsplatz-page.js';
import type { Uebersicht } from '../../services/bearbeitung/uebersicht.js';
import { Karte } from '../components/karte.js';

function Tabelle({ titel, kopf, zeilen }: { titel: string; kopf: string[]; zeilen: Array<Array<string | number>> }) {
  const id = `t-${titel.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <Karte aria-labelledby={id}>
      <h2 class="kern-heading-medium" id={id}>
        {titel}
      </h2>
      {zeilen.length === 0 ? (
        <p>keine</p>
      ) : (
        <table class="kern-table">
          <thead>
            <tr class="kern-table__row">
              {kopf.map((k) => (
                <th class="kern-table__header" scope="col">
                  {k}
                </th>
              ))}
            </tr>
          </thead>
          <tbody class="kern-table__body">
            {zeilen.map((z) => (
              <tr class="kern-table__row">
                {z.map((w) => (
                  <td class="kern-table__cell">{w}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Karte>
  );
}

const sekunden = (wert: number | null) => (wert === null ? '–' : `${wert.toLocaleString('de-DE')} s`);

export function UebersichtPage({ kontext, daten }: { kontext: ArbeitsplatzKontext; daten: Uebersicht }) {
  const team = (t: string) => teamNamen[t] ?? t;
  return (
    <ArbeitsplatzPage kontext={kontext} titel="Übersicht">
      <Tabelle
        titel="Offene Dokumente nach Team und Status"
        kopf={['Team', 'Status', 'Anzahl']}
        zeilen={daten.proTeamUndStatus.map((z) => [team(z.team), z.status, z.anzahl])}
      />
      <Tabelle
        titel="Heute eingegangen nach Kanal"
        kopf={['Kanal', 'Anzahl']}
        zeilen={daten.heuteProKanal.map((z) => [z.kanal, z.anzahl])}
      />
      <Tabelle
        titel="Überfällig (länger als 3 Arbeitstage offen)"
        kopf={['Team', 'Anzahl']}
        zeilen={daten.ueberfaellig.map((z) => [team(z.team), z.anzahl])}
      />
      <Tabelle
        titel="Vom Hochladen bis zur Ablage (letzte 24 Stunden)"
        kopf={['Dokumente', 'Median (p50)', 'p95']}
        zeilen={[
          [daten.ablage24h.anzahl, sekunden(daten.ablage24h.p50Sekunden), sekunden(daten.ablage24h.p95Sekunden)],
        ]}
      />
    </ArbeitsplatzPage>
  );
}
