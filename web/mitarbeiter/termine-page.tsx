// Appointments (staff): create one for a client, move or cancel upcoming ones; the client's reminder follows.
import { ZeilenAktion } from '../components/zeilen-aktion.js';
import { FehlerZusammenfassung } from '../components/fehler-zusammenfassung.js';
import { FeldFehler, feldAria } from '../components/feld-fehler.js';
import { TabellenRahmen } from '../components/tabellen-rahmen.js';
import { translator } from '../i18n/index.js';
import type { TerminVerwaltungZeile } from '../../services/termine/geplante-termine.js';
import { ArbeitsplatzPage, type ArbeitsplatzKontext } from './arbeitsplatz-page.js';

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
      <label for={id}>{label}</label>
      <FeldFehler feld={id} fehler={fehler} />
      {typ === 'date' ? (
        <input id={id} name={id} type="date" value={werte[id] ?? ''} {...feldAria(id, fehler)} />
      ) : typ === 'time' ? (
        <input id={id} name={id} type="time" value={werte[id] ?? ''} {...feldAria(id, fehler)} />
      ) : (
        <input id={id} name={id} value={werte[id] ?? ''} {...feldAria(id, fehler)} />
      )}
    </>
  );
  return (
    <ArbeitsplatzPage kontext={kontext} titel="Termine">
      <FehlerZusammenfassung i18n={translator('de')} fehler={fehler} />
      <form method="post" action="/mitarbeiter/termine" class="karte formular" noValidate>
        {csrf}
        <h2>Termin anlegen</h2>
        {feld('kundennummer', 'Kundennummer')}
        {feld('datum', 'Datum', 'date')}
        {feld('uhrzeit', 'Uhrzeit', 'time')}
        {feld('raum', 'Raum')}
        {feld('telefon', 'Telefon')}
        {feld('mitteilung1', 'Mitteilung 1')}
        {feld('mitteilung2', 'Mitteilung 2')}
        <button type="submit">Termin anlegen</button>
      </form>
      <h2>Kommende Termine</h2>
      <TabellenRahmen label="Kommende Termine">
        <table class="liste">
          <thead>
            <tr>
              <th scope="col">Wann</th>
              <th scope="col">Kundennummer</th>
              <th scope="col">Raum</th>
              <th scope="col">Ansprechpartner</th>
              <th scope="col">Verschieben</th>
              <th scope="col">Absagen</th>
            </tr>
          </thead>
          <tbody>
            {zeilen.map((z) => (
              <tr>
                <td data-label="Wann">{zeit.format(z.beginn)}</td>
                <td data-label="Kundennummer">{z.kundennummer}</td>
                <td data-label="Raum">{z.raum ?? ''}</td>
                <td data-label="Ansprechpartner">{z.mitarbeiter}</td>
                <td data-label="Verschieben">
                  <form method="post" action={`/mitarbeiter/termine/${z.id}/verschieben`} class="inline">
                    {csrf}
                    <label for={`datum-${z.id}`} class="sr-only">
                      Neues Datum für {z.kundennummer}
                    </label>
                    <input id={`datum-${z.id}`} name="datum" type="date" />
                    <label for={`uhrzeit-${z.id}`} class="sr-only">
                      Neue Uhrzeit für {z.kundennummer}
                    </label>
                    <input id={`uhrzeit-${z.id}`} name="uhrzeit" type="time" />
                    <button type="submit">Verschieben</button>
                  </form>
                </td>
                <td data-label="Absagen">
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
