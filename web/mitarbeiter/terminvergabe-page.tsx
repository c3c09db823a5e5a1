// Terminvergabe (Admin team): define and edit Anliegen, open slots for a staff member or a team, delete free slots.
import { FehlerZusammenfassung } from '../components/fehler-zusammenfassung.js';
import { TextFeld } from '../components/text-feld.js';
import { FeldFehler, feldAria, type FeldFehlerEintrag } from '../components/feld-fehler.js';
import { TabellenRahmen } from '../components/tabellen-rahmen.js';
import { translator } from '../i18n/index.js';
import type { SlotZeile } from '../../services/termine/terminvergabe-laden.js';
import { AnliegenFelder } from './anliegen-felder.js';
import { ArbeitsplatzPage, teamNamen, type ArbeitsplatzKontext } from './arbeitsplatz-page.js';
import { Karte } from '../components/karte.js';
import { Verweis } from '../components/verweis.js';

export interface TerminvergabeDaten {
  anliegen: Array<{ id: number; name: string; dauerMinuten: number; ort: string; team: string; oeffentlich: boolean }>;
  mitarbeiter: Array<{ id: number; name: string; team: string }>;
  slots: SlotZeile[];
}

const zeitpunkt = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  weekday: 'short',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

function SlotTabelle({ csrf, slots }: { csrf: string; slots: SlotZeile[] }) {
  if (slots.length === 0) return <p>Es sind keine künftigen Termine freigegeben.</p>;
  return (
    <TabellenRahmen label="Freigegebene Termine">
      <table class="kern-table liste">
        <thead>
          <tr class="kern-table__row">
            <th class="kern-table__header" scope="col">
              Beginn
            </th>
            <th class="kern-table__header" scope="col">
              Anliegen
            </th>
            <th class="kern-table__header" scope="col">
              Für
            </th>
            <th class="kern-table__header" scope="col">
              Status
            </th>
            <th class="kern-table__header" scope="col">
              Löschen
            </th>
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {slots.map((s) => (
            <tr class="kern-table__row">
              <td
                class="kern-table__cell"
                data-label="Beginn"
              >{`${zeitpunkt.format(s.beginn)} (${s.dauerMinuten} Min.)`}</td>
              <td class="kern-table__cell" data-label="Anliegen">
                {s.anliegen}
              </td>
              <td class="kern-table__cell" data-label="Für">
                {s.fuer ?? 'Team'}
              </td>
              <td class="kern-table__cell" data-label="Status">
                {s.gebucht ? 'gebucht' : 'frei'}
              </td>
              <td class="kern-table__cell" data-label="Löschen">
                {s.gebucht ? (
                  <span id={`slot-${s.id}`}>nicht möglich (gebucht)</span>
                ) : (
                  <form method="post" action={`/mitarbeiter/terminvergabe/slots/${s.id}/loeschen`} class="inline">
                    <input type="hidden" name="_csrf" value={csrf} />
                    <button type="submit" id={`slot-${s.id}`} class="kern-btn kern-btn--tertiary kern-btn--x-small">
                      <span class="kern-label">
                        Löschen<span class="kern-sr-only">{`: ${zeitpunkt.format(s.beginn)} ${s.anliegen}`}</span>
                      </span>
                    </button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TabellenRahmen>
  );
}

export function TerminvergabePage({
  kontext,
  daten,
  werte = {},
  fehler = [],
}: {
  kontext: ArbeitsplatzKontext;
  daten: TerminvergabeDaten;
  werte?: Record<string, string>;
  fehler?: FeldFehlerEintrag[];
}) {
  const csrf = <input type="hidden" name="_csrf" value={kontext.csrf} />;
  const feld = (id: string, label: string, typ: 'date' | 'time') => (
    <TextFeld id={id} label={label} typ={typ} werte={werte} fehler={fehler} />
  );
  return (
    <ArbeitsplatzPage kontext={kontext} titel="Terminvergabe">
      <FehlerZusammenfassung i18n={translator('de')} fehler={fehler} />
      <Karte als="form" method="post" action="/mitarbeiter/terminvergabe/anliegen" klasse="formular" noValidate>
        {csrf}
        <h2 class="kern-heading-medium">Anliegen anlegen</h2>
        <AnliegenFelder werte={werte} fehler={fehler} />
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">Anliegen anlegen</span>
        </button>
      </Karte>
      <Karte als="form" method="post" action="/mitarbeiter/terminvergabe/slots" klasse="formular" noValidate>
        {csrf}
        <h2 class="kern-heading-medium">Termine freigeben</h2>
        <label class="kern-label" for="anliegen">
          Anliegen
        </label>
        <FeldFehler feld="anliegen" fehler={fehler} />
        <div class="kern-form-input__select-wrapper">
          <select id="anliegen" name="anliegen" {...feldAria('kern-form-input__select', 'anliegen', fehler)}>
            {daten.anliegen.map((a) => (
              <option value={String(a.id)} selected={werte.anliegen === String(a.id)}>
                {`${a.name} (${a.dauerMinuten} Min., ${teamNamen[a.team] ?? a.team})`}
              </option>
            ))}
          </select>
        </div>
        <label class="kern-label" for="fuer">
          Für
        </label>
        <div class="kern-form-input__select-wrapper">
          <select class="kern-form-input__select" id="fuer" name="fuer">
            <option value="team">das ganze Team des Anliegens</option>
            {daten.mitarbeiter.map((m) => (
              <option value={String(m.id)} selected={werte.fuer === String(m.id)}>
                {`${m.name} (${teamNamen[m.team] ?? m.team})`}
              </option>
            ))}
          </select>
        </div>
        {feld('datum', 'Datum', 'date')}
        {feld('von', 'Von', 'time')}
        {feld('bis', 'Bis', 'time')}
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">Termine freigeben</span>
        </button>
      </Karte>
      <Karte aria-labelledby="anliegen-liste">
        <h2 class="kern-heading-medium" id="anliegen-liste">
          Anliegen
        </h2>
        <ul>
          {daten.anliegen.map((a) => (
            <li>
              {`${a.name}: ${a.dauerMinuten} Minuten, ${a.ort}, Team ${teamNamen[a.team] ?? a.team}${a.oeffentlich ? ', öffentlich' : ''} `}
              <Verweis href={`/mitarbeiter/terminvergabe/anliegen/${a.id}`}>
                Bearbeiten<span class="kern-sr-only">{`: ${a.name}`}</span>
              </Verweis>
            </li>
          ))}
        </ul>
      </Karte>
      <Karte aria-labelledby="slots-liste">
        <h2 class="kern-heading-medium" id="slots-liste">
          Freigegebene Termine
        </h2>
        <SlotTabelle csrf={kontext.csrf} slots={daten.slots} />
      </Karte>
    </ArbeitsplatzPage>
  );
}
