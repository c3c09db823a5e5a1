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
import type { ScanWarnung } from '../../services/scan/scan-warnungen.js';
import { ScanWarnungen } from './scan-warnungen.js';
import { Karte } from '../components/karte.js';
import { Verweis } from '../components/verweis.js';

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
      <label class="kern-label" for={id}>
        {label}
      </label>
      <div class="kern-form-input__select-wrapper">
        <select class="kern-form-input__select" id={id} name={id}>
          <option value="">alle</option>
          {optionen.map((o) => (
            <option value={o} selected={o === wert}>
              {o}
            </option>
          ))}
        </select>
      </div>
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
  scanWarnungen = [],
}: {
  kontext: ArbeitsplatzKontext;
  team: string;
  zeilen: PostfachZeile[];
  gesamt: number;
  filter: PostfachFilter;
  /** Open warnings about scan deliveries (Poststelle's inbox only). */
  scanWarnungen?: ScanWarnung[];
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
      <ScanWarnungen warnungen={scanWarnungen} i18n={deutsch} />
      <Karte als="form" method="get" action={basis} innen="filter" role="search" aria-label="Postfach filtern">
        <div>
          <label class="kern-label" for="suche">
            Suche (Kundennummer, Name, Eingangsnummer)
          </label>
          <input class="kern-form-input__input" id="suche" name="suche" type="search" value={filter.suche ?? ''} />
        </div>
        <Auswahl id="status" label="Status" wert={filter.status} optionen={dokumentstatus} />
        <Auswahl id="kanal" label="Kanal" wert={filter.kanal} optionen={kanaele} />
        <div>
          <label class="kern-label" for="dokumentart">
            Dokumentart
          </label>
          <input class="kern-form-input__input" id="dokumentart" name="dokumentart" value={filter.dokumentart ?? ''} />
        </div>
        <div>
          <label class="kern-label" for="von">
            Eingang von
          </label>
          <input class="kern-form-input__input" id="von" name="von" type="date" value={filter.von ?? ''} />
        </div>
        <div>
          <label class="kern-label" for="bis">
            bis
          </label>
          <input class="kern-form-input__input" id="bis" name="bis" type="date" value={filter.bis ?? ''} />
        </div>
        <div class="kern-form-check">
          <input class="kern-form-check__checkbox" id="mir" name="mir" type="checkbox" value="1" checked={filter.mir} />
          <label class="kern-label" for="mir">
            mir zugewiesen
          </label>
        </div>
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">Filtern</span>
        </button>
      </Karte>
      <p role="status">{gesamt === 1 ? '1 Dokument' : `${gesamt} Dokumente`}</p>
      {zeilen.length > 0 && (
        <TabellenRahmen label={titel}>
          <table class="kern-table liste">
            <thead>
              <tr class="kern-table__row">
                {spalten.map(([name, sortierung]) => {
                  if (!sortierung)
                    return (
                      <th class="kern-table__header" scope="col">
                        {name}
                      </th>
                    );
                  const aktiv = filter.sortierung === sortierung;
                  const richtung = aktiv && filter.richtung === 'desc' ? 'asc' : 'desc';
                  return (
                    <th
                      class="kern-table__header"
                      scope="col"
                      aria-sort={aktiv ? (filter.richtung === 'asc' ? 'ascending' : 'descending') : undefined}
                    >
                      <a href={`${basis}?${filterQuery(filter, { sortierung, richtung, seite: 1 })}`}>{name}</a>
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody class="kern-table__body">
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
                    <td class="kern-table__cell" data-label="Eingangsnummer">
                      <Verweis href={`/mitarbeiter/dokument/${z.eingangsnummer}`}>{z.eingangsnummer}</Verweis>
                      {z.ueberfaellig && <strong class="marke-ueberfaellig"> überfällig</strong>}
                    </td>
                    {werte.map((w, i) => (
                      <td class="kern-table__cell" data-label={spalten[i + 1]![0]}>
                        {w}
                      </td>
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
          {filter.seite > 1 && (
            <Verweis href={`${basis}?${filterQuery(filter, { seite: filter.seite - 1 })}`}>zurück</Verweis>
          )}
          <span>
            Seite {filter.seite} von {seiten}
          </span>
          {filter.seite < seiten && (
            <Verweis href={`${basis}?${filterQuery(filter, { seite: filter.seite + 1 })}`}>weiter</Verweis>
          )}
        </nav>
      )}
    </ArbeitsplatzPage>
  );
}
