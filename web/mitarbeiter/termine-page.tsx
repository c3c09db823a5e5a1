// Appointments (staff): create one for a client, move or cancel upcoming ones; the client's reminder follows.
import { ZeilenAktion } from '../components/zeilen-aktion.js';
import { FehlerZusammenfassung } from '../components/fehler-zusammenfassung.js';
import { FeldFehler, feldAria } from '../components/feld-fehler.js';
import { TabellenRahmen } from '../components/tabellen-rahmen.js';
import { translator } from '../i18n/index.js';
import type { TerminVerwaltungZeile } from '../../services/termine/geplante-termine.js';
import { ArbeitsplatzPage, type ArbeitsplatzKontext } from './arbeitsplatz-page.js';
import { Karte } from '../components/karte.js';

const zeit = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'full', timeStyle: 'short' });

export function TermineVerwaltungPage({
  kontext,
  zeilen,
  werte = {},
  fehler = [],
}: {
  kontext: ArbeitsplatzKontext;
  zeilen: TerminVerwaltungZeile[];
  werte?: Record<string, string>;
  fehler?: Array<{ feld: string; text: string }>;
}) {
  const csrf = <input type="hidden" name="_csrf" value={kontext.csrf} />;
  const feld = (id: string, label: string, typ: 'text' | 'date' | 'time' = 'text') => (
    <>
      <label class="kern-label" for={id}>
        {label}
      </label>
      <FeldFehler feld={id} fehler={fehler} />
      {typ === 'date' ? (
        <input
          id={id}
          name={id}
          type="date"
          value={werte[id] ?? ''}
          {...feldAria('kern-form-input__input', id, fehler)}
        />
      ) : typ === 'time' ? (
        <input
          id={id}
          name={id}
          type="time"
          value={werte[id] ?? ''}
          {...feldAria('kern-form-input__input', id, fehler)}
        />
      ) : (
        <input id={id} name={id} value={werte[id] ?? ''} {...feldAria('kern-form-input__input', id, fehler)} />
      )}
    </>
  );
  return (
    <ArbeitsplatzPage kontext={kontext} titel="Termine">
      <FehlerZusammenfassung i18n={translator('de')} fehler={fehler} />
      <Karte als="form" method="post" action="/mitarbeiter/termine" klasse="formular" noValidate>
        {csrf}
        <h2 class="kern-heading-medium">Termin anlegen</h2>
        {feld('kundennummer', 'Kundennummer')}
        {feld('datum', 'Datum', 'date')}
        {feld('uhrzeit', 'Uhrzeit', 'time')}
        {feld('raum', 'Raum')}
        {feld('telefon', 'Telefon')}
        {feld('mitteilung1', 'Mitteilung 1')}
        {feld('mitteilung2', 'Mitteilung 2')}
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">Termin anlegen</span>
        </button>
      </Karte>
      <h2 class="kern-heading-medium">Kommende Termine</h2>
      <TabellenRahmen label="Kommende Termine">
        <table class="kern-table liste">
          <thead>
            <tr class="kern-table__row">
              <th class="kern-table__header" scope="col">
                Wann
              </th>
              <th class="kern-table__header" scope="col">
                Kundennummer
              </th>
              <th class="kern-table__header" scope="col">
                Raum
              </th>
              <th class="kern-table__header" scope="col">
                Ansprechpartner
              </th>
              <th class="kern-table__header" scope="col">
                Verschieben
              </th>
              <th class="kern-table__header" scope="col">
                Absagen
              </th>
            </tr>
          </thead>
          <tbody class="kern-table__body">
            {zeilen.map((z) => (
              <tr class="kern-table__row">
                <td class="kern-table__cell" data-label="Wann">
                  {zeit.format(z.beginn)}
                </td>
                <td class="kern-table__cell" data-label="Kundennummer">
                  {z.kundennummer}
                </td>
                <td class="kern-table__cell" data-label="Raum">
                  {z.raum ?? ''}
                </td>
                <td class="kern-table__cell" data-label="Ansprechpartner">
                  {z.mitarbeiter}
                </td>
                <td class="kern-table__cell" data-label="Verschieben">
                  <form method="post" action={`/mitarbeiter/termine/${z.id}/verschieben`} class="inline">
                    {csrf}
                    <label for={`datum-${z.id}`} class="kern-label kern-sr-only">
                      Neues Datum für {z.kundennummer}
                    </label>
                    <input class="kern-form-input__input" id={`datum-${z.id}`} name="datum" type="date" />
                    <label for={`uhrzeit-${z.id}`} class="kern-label kern-sr-only">
                      Neue Uhrzeit für {z.kundennummer}
                    </label>
                    <input class="kern-form-input__input" id={`uhrzeit-${z.id}`} name="uhrzeit" type="time" />
                    <button class="kern-btn kern-btn--primary" type="submit">
                      <span class="kern-label">Verschieben</span>
                    </button>
                  </form>
                </td>
                <td class="kern-table__cell" data-label="Absagen">
                  <ZeilenAktion
                    csrf={kontext.csrf}
                    action={`/mitarbeiter/termine/${z.id}/absagen`}
                    text="Absagen"
                    ziel={z.kundennummer}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TabellenRahmen>
    </ArbeitsplatzPage>
  );
}
