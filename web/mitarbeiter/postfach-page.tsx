// Team inbox: filters, search, sorting and paging done on the server; overdue documents stand out.
import { dokumentstatus } from '../../domain/status.js';
import { verfuegbarText } from './loeschung-anzeige.js';
import { StatusMarke } from '../components/status-marke.js';
import { TabellenRahmen } from '../components/tabellen-rahmen.js';
import { translator } from '../i18n/index.js';
import { ArbeitsplatzPage, teamNamen, type ArbeitsplatzKontext } from './arbeitsplatz-page.js';
import {
  filterQuery,
  kanaele,
  PRO_SEITE,
  type PostfachFilter,
  type sortierungen,
} from '../../services/bearbeitung/postfach-filter.js';
import type { PostfachZeile } from '../../services/bearbeitung/postfach.js';

const datum = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'medium', timeStyle: 'short' });

function Auswahl({
  id,
  label,
  wert,
  optionen,
}: {
  id: string;
  label: string;
  wert?: string;
  optionen: readonly string[];
}) {
  return (
    <div>
      <label for={id}>{label}</label>
      <select id={id} name={id}>
        <option value="">alle</option>
        {optionen.map((o) => (
          <option value={o} selected={o === wert}>
            {o}
          </option>
        ))}
      </select>
    </div>
  );
}

const deutsch = translator('de');

export function PostfachPage({
  kontext,
  team,
  zeilen,
  gesamt,
  filter,
}: {
  kontext: ArbeitsplatzKontext;
  team: string;
  zeilen: PostfachZeile[];
  gesamt: number;
  filter: PostfachFilter;
}) {
  const basis = `/mitarbeiter/postfach/${team}`;
  const titel = `Postfach ${teamNamen[team] ?? team}`;
  const seiten = Math.max(1, Math.ceil(gesamt / PRO_SEITE));
  const spalten: Array<[string, keyof typeof sortierungen | undefined]> = [
    ['Eingangsnummer', undefined],
    ['Eingang', 'eingang'],
    ['Kanal', undefined],
    ['Absender', undefined],
    ['Kundennummer', 'kundennummer'],
    ['Dokumentart', 'dokumentart'],
    ['Status', 'status'],
    ['Zugewiesen', undefined],
    ['Verfügbar bis', undefined],
  ];
  return (
    <ArbeitsplatzPage kontext={kontext} titel={titel}>
      <form method="get" action={basis} class="karte filter" role="search" aria-label="Postfach filtern">
        <div>
          <label for="suche">Suche (Kundennummer, Name, Eingangsnummer)</label>
          <input id="suche" name="suche" type="search" value={filter.suche ?? ''} />
        </div>
        <Auswahl id="status" label="Status" wert={filter.status} optionen={dokumentstatus} />
        <Auswahl id="kanal" label="Kanal" wert={filter.kanal} optionen={kanaele} />
        <div>
          <label for="dokumentart">Dokumentart</label>
          <input id="dokumentart" name="dokumentart" value={filter.dokumentart ?? ''} />
        </div>
        <div>
          <label for="von">Eingang von</label>
          <input id="von" name="von" type="date" value={filter.von ?? ''} />
        </div>
        <div>
          <label for="bis">bis</label>
          <input id="bis" name="bis" type="date" value={filter.bis ?? ''} />
        </div>
        <div class="ankreuzen">
          <input id="mir" name="mir" type="checkbox" value="1" checked={filter.mir} />
          <label for="mir">mir zugewiesen</label>
        </div>
        <button type="submit">Filtern</button>
      </form>
      <p role="status">{gesamt === 1 ? '1 Dokument' : `${gesamt} Dokumente`}</p>
      {zeilen.length > 0 && (
        <TabellenRahmen label={titel}>
          <table class="liste">
            <thead>
              <tr>
                {spalten.map(([name, sortierung]) => {
                  if (!sortierung) return <th scope="col">{name}</th>;
                  const aktiv = filter.sortierung === sortierung;
                  const richtung = aktiv && filter.richtung === 'desc' ? 'asc' : 'desc';
                  return (
                    <th
                      scope="col"
                      aria-sort={aktiv ? (filter.richtung === 'asc' ? 'ascending' : 'descending') : undefined}
                    >
                      <a href={`${basis}?${filterQuery(filter, { sortierung, richtung, seite: 1 })}`}>{name}</a>
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {zeilen.map((z) => {
                const werte = [
                  datum.format(z.eingegangenAm),
                  z.kanal,
                  z.absender,
                  z.kundennummer,
                  z.dokumentart,
                  <StatusMarke i18n={deutsch} status={z.status} />,
                  z.zugewiesen ?? '–',
                  verfuegbarText(z.verfuegbarkeit, 'Erledigung'),
                ];
                return (
                  <tr class={z.ueberfaellig ? 'ueberfaellig' : undefined}>
                    <td data-label="Eingangsnummer">
                      <a href={`/mitarbeiter/dokument/${z.eingangsnummer}`}>{z.eingangsnummer}</a>
                      {z.ueberfaellig && <strong class="marke-ueberfaellig"> überfällig</strong>}
                    </td>
                    {werte.map((w, i) => (
                      <td data-label={spalten[i + 1]![0]}>{w}</td>
                    ))}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TabellenRahmen>
      )}
      {seiten > 1 && (
        <nav aria-label="Seiten" class="seiten">
          {filter.seite > 1 && <a href={`${basis}?${filterQuery(filter, { seite: filter.seite - 1 })}`}>zurück</a>}
          <span>
            Seite {filter.seite} von {seiten}
          </span>
          {filter.seite < seiten && <a href={`${basis}?${filterQuery(filter, { seite: filter.seite + 1 })}`}>weiter</a>}
        </nav>
      )}
    </ArbeitsplatzPage>
  );
}
