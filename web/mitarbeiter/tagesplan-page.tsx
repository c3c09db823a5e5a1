// Tagesplan: the staff member's slots of one day with who booked them; mark attended (stattgefunden) or missed (versäumt).
import { TabellenRahmen } from '../components/tabellen-rahmen.js';
import type { TagesplanZeile } from '../../services/termine/tagesplan.js';
import { ArbeitsplatzPage, type ArbeitsplatzKontext } from './arbeitsplatz-page.js';
import { Karte } from '../components/karte.js';

const uhrzeit = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', timeStyle: 'short' });
const statusText = { geplant: 'gebucht', stattgefunden: 'stattgefunden', versaeumt: 'versäumt' } as const;

function Markieren({ csrf, zeile, datum }: { csrf: string; zeile: TagesplanZeile; datum: string }) {
  if (!zeile.terminId || zeile.beginn.getTime() > Date.now()) return null;
  return (
    <form method="post" action={`/mitarbeiter/tagesplan/${zeile.terminId}`} class="inline">
      <input type="hidden" name="_csrf" value={csrf} />
      <input type="hidden" name="datum" value={datum} />
      <button
        class="kern-btn kern-btn--primary"
        type="submit"
        name="anwesenheit"
        value="stattgefunden"
        aria-label={`Erschienen: ${uhrzeit.format(zeile.beginn)} ${zeile.wer ?? ''}`}
      >
        <span class="kern-label">Erschienen</span>
      </button>{' '}
      <button
        class="kern-btn kern-btn--primary"
        type="submit"
        name="anwesenheit"
        value="versaeumt"
        aria-label={`Nicht erschienen: ${uhrzeit.format(zeile.beginn)} ${zeile.wer ?? ''}`}
      >
        <span class="kern-label">Nicht erschienen</span>
      </button>
    </form>
  );
}

export function TagesplanPage({
  kontext,
  datum,
  zeilen,
}: {
  kontext: ArbeitsplatzKontext;
  datum: string;
  zeilen: TagesplanZeile[];
}) {
  return (
    <ArbeitsplatzPage kontext={kontext} titel="Tagesplan">
      <Karte als="form" method="get" action="/mitarbeiter/tagesplan">
        <label class="kern-label" for="datum">
          Tag
        </label>{' '}
        <input class="kern-form-input__input" id="datum" name="datum" type="date" value={datum} />{' '}
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">Anzeigen</span>
        </button>
      </Karte>
      {zeilen.length === 0 ? (
        <p>An diesem Tag sind für Sie keine Termine freigegeben.</p>
      ) : (
        <TabellenRahmen label={`Tagesplan ${datum}`}>
          <table class="kern-table liste">
            <thead>
              <tr class="kern-table__row">
                <th class="kern-table__header" scope="col">
                  Zeit
                </th>
                <th class="kern-table__header" scope="col">
                  Anliegen
                </th>
                <th class="kern-table__header" scope="col">
                  Wer
                </th>
                <th class="kern-table__header" scope="col">
                  Status
                </th>
                <th class="kern-table__header" scope="col">
                  Anwesenheit
                </th>
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {zeilen.map((z) => (
                <tr class="kern-table__row">
                  <td class="kern-table__cell" data-label="Zeit">
                    {uhrzeit.format(z.beginn)}
                  </td>
                  <td class="kern-table__cell" data-label="Anliegen">
                    {z.anliegen}
                  </td>
                  <td class="kern-table__cell" data-label="Wer">
                    {z.wer ?? ''}
                  </td>
                  <td class="kern-table__cell" data-label="Status">
                    {z.status ? statusText[z.status] : 'frei'}
                  </td>
                  <td class="kern-table__cell" data-label="Anwesenheit">
                    <Markieren csrf={kontext.csrf} zeile={z} datum={datum} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TabellenRahmen>
      )}
    </ArbeitsplatzPage>
  );
}
