// Tagesplan: the staff member's slots of one day with who booked them; mark attended (stattgefunden) or missed (versäumt).
import { TabellenRahmen } from '../components/tabellen-rahmen.js';
import type { TagesplanZeile } from '../../services/termine/tagesplan.js';
import { ArbeitsplatzPage, type ArbeitsplatzKontext } from './arbeitsplatz-page.js';

const uhrzeit = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', timeStyle: 'short' });
const statusText = { geplant: 'gebucht', stattgefunden: 'stattgefunden', versaeumt: 'versäumt' } as const;

function Markieren({ csrf, zeile, datum }: { csrf: string; zeile: TagesplanZeile; datum: string }) {
  if (!zeile.terminId || zeile.beginn.getTime() > Date.now()) return null;
  return (
    <form method="post" action={`/mitarbeiter/tagesplan/${zeile.terminId}`} class="inline">
      <input type="hidden" name="_csrf" value={csrf} />
      <input type="hidden" name="datum" value={datum} />
      <button type="submit" name="anwesenheit" value="stattgefunden">
        Erschienen<span class="sr-only">{`: ${uhrzeit.format(zeile.beginn)} ${zeile.wer ?? ''}`}</span>
      </button>{' '}
      <button type="submit" name="anwesenheit" value="versaeumt">
        Nicht erschienen<span class="sr-only">{`: ${uhrzeit.format(zeile.beginn)} ${zeile.wer ?? ''}`}</span>
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
      <form method="get" action="/mitarbeiter/tagesplan" class="karte inline">
        <label for="datum">Tag</label> <input id="datum" name="datum" type="date" value={datum} />{' '}
        <button type="submit">Anzeigen</button>
      </form>
      {zeilen.length === 0 ? (
        <p>An diesem Tag sind für Sie keine Termine freigegeben.</p>
      ) : (
        <TabellenRahmen label={`Tagesplan ${datum}`}>
          <table class="liste">
            <thead>
              <tr>
                <th scope="col">Zeit</th>
                <th scope="col">Anliegen</th>
                <th scope="col">Wer</th>
                <th scope="col">Status</th>
                <th scope="col">Anwesenheit</th>
              </tr>
            </thead>
            <tbody>
              {zeilen.map((z) => (
                <tr>
                  <td data-label="Zeit">{uhrzeit.format(z.beginn)}</td>
                  <td data-label="Anliegen">{z.anliegen}</td>
                  <td data-label="Wer">{z.wer ?? ''}</td>
                  <td data-label="Status">{z.status ? statusText[z.status] : 'frei'}</td>
                  <td data-label="Anwesenheit">
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
