// Client accounts (Admin): create one (the access letter downloads at once), renew access, deactivate, Auskunft.
import { ZeilenAktion } from '../components/zeilen-aktion.js';
import { FehlerZusammenfassung } from '../components/fehler-zusammenfassung.js';
import { FeldFehler, feldAria } from '../components/feld-fehler.js';
import { TabellenRahmen } from '../components/tabellen-rahmen.js';
import { translator } from '../i18n/index.js';
import type { KundenZeile, ZustaendigenAuswahl } from '../../services/kunden/kundenverwaltung.js';
import { ArbeitsplatzPage, type ArbeitsplatzKontext } from './arbeitsplatz-page.js';
import { Karte } from '../components/karte.js';

const felder: Array<[string, string, ('text' | 'email')?]> = [
  ['kundennummer', 'Kundennummer (z. B. 123A456789)'],
  ['bgNummer', 'BG-Nummer'],
  ['vorname', 'Vorname'],
  ['nachname', 'Nachname'],
  ['strasse', 'Straße und Hausnummer'],
  ['plz', 'PLZ'],
  ['ort', 'Ort'],
  ['email', 'E-Mail (für Benachrichtigungen)', 'email'],
];

export function KundenPage({
  kontext,
  zeilen,
  zustaendige,
  werte = {},
  fehler = [],
}: {
  kontext: ArbeitsplatzKontext;
  zeilen: KundenZeile[];
  zustaendige: ZustaendigenAuswahl;
  werte?: Record<string, string>;
  fehler?: Array<{ feld: string; text: string }>;
}) {
  const csrf = <input type="hidden" name="_csrf" value={kontext.csrf} />;
  return (
    <ArbeitsplatzPage kontext={kontext} titel="Kundenkonten">
      <FehlerZusammenfassung i18n={translator('de')} fehler={fehler} />
      <Karte als="form" method="post" action="/mitarbeiter/kunden" klasse="formular" noValidate>
        {csrf}
        <h2 class="kern-heading-medium">Konto anlegen</h2>
        <p class="kern-hint">
          Nach dem Anlegen wird das Zugangsschreiben (PDF) mit dem ersten Passwort heruntergeladen. Es wird nicht
          gespeichert.
        </p>
        {felder.map(([id, label, typ]) => (
          <>
            <label class="kern-label" for={id}>
              {label}
            </label>
            <FeldFehler feld={id} fehler={fehler} />
            {typ === 'email' ? (
              <input
                id={id}
                name={id}
                type="email"
                autocomplete="off"
                value={werte[id] ?? ''}
                {...feldAria('kern-form-input__input', id, fehler)}
              />
            ) : (
              <input id={id} name={id} value={werte[id] ?? ''} {...feldAria('kern-form-input__input', id, fehler)} />
            )}
          </>
        ))}
        {(
          [
            ['ansprechpartner', 'Ansprechpartner (Vermittlung)', zustaendige.vermittlung],
            ['leistungssachbearbeiter', 'Leistungssachbearbeitung', zustaendige.leistung],
          ] as const
        ).map(([id, label, personen]) => (
          <>
            <label class="kern-label" for={id}>
              {label}
            </label>
            <FeldFehler feld={id} fehler={fehler} />
            <div class="kern-form-input__select-wrapper">
              <select id={id} name={id} {...feldAria('kern-form-input__select', id, fehler)}>
                <option value="">noch offen</option>
                {personen.map((p) => (
                  <option value={String(p.id)} selected={werte[id] === String(p.id)}>
                    {p.name}
                  </option>
                ))}
              </select>
            </div>
          </>
        ))}
        <div class="kern-form-check">
          <input
            class="kern-form-check__checkbox"
            id="einwilligung"
            name="einwilligung"
            type="checkbox"
            value="1"
            checked={werte.einwilligung === '1'}
          />
          <label class="kern-label" for="einwilligung">
            Willigt in die elektronische Zustellung ein
          </label>
        </div>
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">Konto anlegen und Zugangsschreiben erzeugen</span>
        </button>
      </Karte>
      <h2 class="kern-heading-medium">Konten</h2>
      <TabellenRahmen label="Kundenkonten">
        <table class="kern-table liste">
          <thead>
            <tr class="kern-table__row">
              <th class="kern-table__header" scope="col">
                Kundennummer
              </th>
              <th class="kern-table__header" scope="col">
                Name
              </th>
              <th class="kern-table__header" scope="col">
                Elektronische Zustellung
              </th>
              <th class="kern-table__header" scope="col">
                Aktionen
              </th>
            </tr>
          </thead>
          <tbody class="kern-table__body">
            {zeilen.map((z) => (
              <tr class="kern-table__row">
                <td class="kern-table__cell" data-label="Kundennummer">
                  {z.kundennummer}
                </td>
                <td class="kern-table__cell" data-label="Name">
                  {z.name}
                </td>
                <td class="kern-table__cell" data-label="Elektronische Zustellung">
                  {z.einwilligung ? 'ja' : 'nein'}
                </td>
                <td class="kern-table__cell" data-label="Aktionen">
                  {z.aktiv ? (
                    <>
                      <ZeilenAktion
                        csrf={kontext.csrf}
                        action={`/mitarbeiter/kunden/${z.kundennummer}/zugang`}
                        text="Neues Zugangsschreiben"
                        ziel={z.kundennummer}
                      />{' '}
                      <ZeilenAktion
                        csrf={kontext.csrf}
                        action={`/mitarbeiter/kunden/${z.kundennummer}/deaktivieren`}
                        text="Deaktivieren"
                        ziel={z.kundennummer}
                      />{' '}
                      <ZeilenAktion
                        csrf={kontext.csrf}
                        action={`/mitarbeiter/kunden/${z.kundennummer}/auskunft`}
                        text="Auskunft erstellen"
                        ziel={z.kundennummer}
                      />
                    </>
                  ) : (
                    'deaktiviert'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TabellenRahmen>
    </ArbeitsplatzPage>
  );
}
