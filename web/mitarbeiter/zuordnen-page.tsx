// Zuordnen (Poststelle): the oldest waiting scan with its page previews and a keyboard form, then the queue.
import { kundenDokumentarten } from '../../domain/katalog.js';
import { FehlerZusammenfassung } from '../components/fehler-zusammenfassung.js';
import { FeldFehler, feldAria } from '../components/feld-fehler.js';
import { Liste } from '../components/liste.js';
import { Meldung } from '../components/meldung.js';
import { translator } from '../i18n/index.js';
import { ArbeitsplatzPage, type ArbeitsplatzKontext } from './arbeitsplatz-page.js';
import type { ZuordnenZeile } from '../../services/scan/zuordnen-abfragen.js';
import { Karte } from '../components/karte.js';
import { Verweis } from '../components/verweis.js';

const zeit = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'medium', timeStyle: 'short' });
const pfad = (nummer: string) => `/mitarbeiter/zuordnen/${encodeURIComponent(nummer)}`;

function grund(z: ZuordnenZeile): string {
  if (z.duplikat) return `Duplikat von ${z.duplikat.eingangsnummer}`;
  return z.codeUngueltig ? 'Code ungültig (verändert oder gefälscht?)' : 'Kein Antwortbogen';
}

interface Props {
  kontext: ArbeitsplatzKontext;
  aktuell: ZuordnenZeile | null;
  zeilen: ZuordnenZeile[];
  gesamt: number;
  werte?: Record<string, string>;
  fehler?: Array<{ feld: string; text: string }>;
}

function Formular({
  kontext,
  dokument,
  werte,
  fehler,
}: {
  kontext: ArbeitsplatzKontext;
  dokument: ZuordnenZeile;
  werte: Record<string, string>;
  fehler: Array<{ feld: string; text: string }>;
}) {
  const vorschlag = dokument.duplikat;
  return (
    <Karte klasse="zuordnen" aria-labelledby="zuordnen-titel">
      <h2 class="kern-heading-medium" id="zuordnen-titel">
        {dokument.eingangsnummer}
        <span class="kern-hint">{` eingegangen ${zeit.format(dokument.eingegangenAm)}, ${dokument.seiten ?? '?'} Seiten – ${grund(dokument)}`}</span>
      </h2>
      {vorschlag && (
        <Meldung art="hinweis" rolle={null}>
          <p>
            Dieselbe Datei kam schon als{' '}
            <Verweis href={`/mitarbeiter/dokument/${encodeURIComponent(vorschlag.eingangsnummer)}`}>
              {vorschlag.eingangsnummer}
            </Verweis>
            {vorschlag.kundennummer ? ` (Kundennummer ${vorschlag.kundennummer}, ${vorschlag.dokumentart ?? ''})` : ''}.
            Sie wird nur abgelegt, wenn Sie bestätigen, dass es kein Duplikat ist.
          </p>
        </Meldung>
      )}
      <div class="vorschau">
        {dokument.vorschau.map((_, i) => (
          <Verweis href={`${pfad(dokument.eingangsnummer)}/pdf`}>
            <img src={`${pfad(dokument.eingangsnummer)}/vorschau/${i}`} alt={`Seite ${i + 1}`} width={240} />
          </Verweis>
        ))}
        {dokument.vorschau.length === 0 && <p>Keine Vorschau.</p>}
      </div>
      <p>
        <Verweis href={`${pfad(dokument.eingangsnummer)}/pdf`}>PDF öffnen</Verweis>
      </p>
      <form method="post" action={pfad(dokument.eingangsnummer)} class="formular" noValidate>
        <input type="hidden" name="_csrf" value={kontext.csrf} />
        <label class="kern-label" for="kundennummer">
          Kundennummer
        </label>
        <p id="kundennummer-hinweis" class="kern-hint">
          Zum Beispiel 100D000001. Eingabetaste ordnet zu.
        </p>
        <FeldFehler feld="kundennummer" fehler={fehler} />
        <input
          id="kundennummer"
          name="kundennummer"
          required
          autofocus
          autocomplete="off"
          maxLength={20}
          value={werte.kundennummer ?? vorschlag?.kundennummer ?? ''}
          {...feldAria('kern-form-input__input', 'kundennummer', fehler, 'kundennummer-hinweis')}
        />
        <label class="kern-label" for="dokumentart">
          Dokumentart
        </label>
        <FeldFehler feld="dokumentart" fehler={fehler} />
        <input
          id="dokumentart"
          name="dokumentart"
          list="dokumentarten"
          required
          autocomplete="off"
          value={werte.dokumentart ?? vorschlag?.dokumentart ?? 'Sonstiges'}
          {...feldAria('kern-form-input__input', 'dokumentart', fehler)}
        />
        <datalist id="dokumentarten">
          {kundenDokumentarten.map((art) => (
            <option value={art.name} />
          ))}
        </datalist>
        {vorschlag && (
          <>
            <FeldFehler feld="duplikat_bestaetigt" fehler={fehler} />
            <div class="kern-form-check">
              <input
                type="checkbox"
                id="duplikat_bestaetigt"
                name="duplikat_bestaetigt"
                value="1"
                {...feldAria('kern-form-check__checkbox', 'duplikat_bestaetigt', fehler)}
              />
              <label class="kern-label" for="duplikat_bestaetigt">
                Kein Duplikat: trotzdem ablegen
              </label>
            </div>
          </>
        )}
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">Zuordnen</span>
        </button>
      </form>
      {vorschlag && (
        <form method="post" action={`${pfad(dokument.eingangsnummer)}/verwerfen`} class="inline">
          <input type="hidden" name="_csrf" value={kontext.csrf} />
          <button type="submit" class="kern-btn kern-btn--secondary zweitrangig">
            <span class="kern-label">Duplikat verwerfen</span>
          </button>
        </form>
      )}
    </Karte>
  );
}

export function ZuordnenPage({ kontext, aktuell, zeilen, gesamt, werte = {}, fehler = [] }: Props) {
  return (
    <ArbeitsplatzPage kontext={kontext} titel={`Zuordnen (${gesamt})`}>
      <FehlerZusammenfassung i18n={translator('de')} fehler={fehler} />
      {aktuell ? (
        <Formular kontext={kontext} dokument={aktuell} werte={werte} fehler={fehler} />
      ) : (
        <p>Kein gescanntes Dokument wartet auf Zuordnung.</p>
      )}
      <h2 class="kern-heading-medium">Warteschlange</h2>
      <Liste
        label="Gescannte Dokumente ohne Zuordnung"
        leer="Die Warteschlange ist leer."
        zeilen={zeilen}
        spalten={[
          {
            kopf: 'Eingangsnummer',
            zelle: (z) => <Verweis href={pfad(z.eingangsnummer)}>{z.eingangsnummer}</Verweis>,
          },
          { kopf: 'Eingegangen', zelle: (z) => zeit.format(z.eingegangenAm) },
          { kopf: 'Seiten', zelle: (z) => String(z.seiten ?? '') },
          { kopf: 'Grund', zelle: grund },
        ]}
      />
    </ArbeitsplatzPage>
  );
}
