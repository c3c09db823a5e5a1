// Partner organisations (Admin): list with users and assigned clients; create one with its first admin.
import { ZeilenAktion } from '../components/zeilen-aktion.js';
import { FehlerZusammenfassung } from '../components/fehler-zusammenfassung.js';
import { Liste } from '../components/liste.js';
import { TabellenRahmen } from '../components/tabellen-rahmen.js';
import type { PartnerZeile } from '../../services/partner/partner-liste.js';
import type { ZuweisungZeile } from '../../services/partner/zuweisungen-laden.js';
import { translator } from '../i18n/index.js';
import { ArbeitsplatzPage, type ArbeitsplatzKontext } from './arbeitsplatz-page.js';
import { Karte } from '../components/karte.js';
import { Verweis } from '../components/verweis.js';
import { TextFeld } from '../components/text-feld.js';

const felder: Array<[string, string, ('text' | 'email' | 'tel')?]> = [
  ['name', 'Name der Organisation'],
  ['email', 'E-Mail der Organisation (für Benachrichtigungen über neue Dokumente)', 'email'],
  ['telefon', 'Telefon (freiwillig)', 'tel'],
  ['adminEmail', 'E-Mail der ersten Administratorin / des ersten Administrators', 'email'],
  ['adminVorname', 'Vorname'],
  ['adminNachname', 'Nachname'],
];

export function PartnerPage({
  kontext,
  zeilen,
  werte = {},
  fehler = [],
}: {
  kontext: ArbeitsplatzKontext;
  zeilen: PartnerZeile[];
  werte?: Record<string, string>;
  fehler?: Array<{ feld: string; text: string }>;
}) {
  return (
    <ArbeitsplatzPage kontext={kontext} titel="Partnerorganisationen">
      <FehlerZusammenfassung i18n={translator('de')} fehler={fehler} />
      <Karte als="form" method="post" action="/mitarbeiter/partner" klasse="formular" noValidate>
        <input type="hidden" name="_csrf" value={kontext.csrf} />
        <h2 class="kern-heading-medium">Organisation anlegen</h2>
        <p class="kern-hint">
          Die erste Administratorin oder der erste Administrator erhält eine E-Mail, um das Passwort festzulegen, und
          legt danach selbst weitere Benutzer an. Kundinnen und Kunden werden einer Organisation mit einer Zuweisung
          (Schreiben senden) zugeordnet.
        </p>
        {felder.map(([id, label, typ]) => (
          <TextFeld id={id} label={label} typ={typ} werte={werte} fehler={fehler} pflicht={id !== 'telefon'} />
        ))}
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">Organisation anlegen</span>
        </button>
      </Karte>
      <TabellenRahmen label="Partnerorganisationen">
        <table class="kern-table liste">
          <thead>
            <tr class="kern-table__row">
              <th class="kern-table__header" scope="col">
                Organisation
              </th>
              <th class="kern-table__header" scope="col">
                E-Mail
              </th>
              <th class="kern-table__header" scope="col">
                Aktive Benutzer
              </th>
              <th class="kern-table__header" scope="col">
                Zugewiesene Kunden
              </th>
              <th class="kern-table__header" scope="col">
                Status
              </th>
            </tr>
          </thead>
          <tbody class="kern-table__body">
            {zeilen.map((z) => (
              <tr class="kern-table__row">
                <td class="kern-table__cell" data-label="Organisation">
                  {z.name}
                </td>
                <td class="kern-table__cell" data-label="E-Mail">
                  {z.email}
                </td>
                <td class="kern-table__cell" data-label="Aktive Benutzer">
                  {z.benutzer}
                </td>
                <td class="kern-table__cell" data-label="Zugewiesene Kunden">
                  <Verweis href={`/mitarbeiter/partner/${z.id}/zuweisungen`}>
                    {z.kunden}
                    <span class="kern-sr-only">{` zugewiesene Kunden von ${z.name}`}</span>
                  </Verweis>
                </td>
                <td class="kern-table__cell" data-label="Status">
                  {z.aktiv ? (
                    <>
                      aktiv –{' '}
                      <ZeilenAktion
                        csrf={kontext.csrf}
                        action={`/mitarbeiter/partner/${z.id}/deaktivieren`}
                        text="Deaktivieren"
                        ziel={z.name}
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

const tag = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'medium' });

/** The clients assigned to one organisation (by Zuweisung); an assignment can be ended when the measure is over. */
export function ZuweisungenPage({
  kontext,
  partnerId,
  name,
  zeilen,
}: {
  kontext: ArbeitsplatzKontext;
  partnerId: number;
  name: string;
  zeilen: ZuweisungZeile[];
}) {
  return (
    <ArbeitsplatzPage kontext={kontext} titel={`Zugewiesene Kunden: ${name}`}>
      <p>
        <Verweis href="/mitarbeiter/partner">Zurück zu den Partnerorganisationen</Verweis>
      </p>
      <Liste
        label="Zugewiesene Kunden"
        leer="Dieser Organisation ist zurzeit niemand zugewiesen."
        zeilen={zeilen}
        spalten={[
          { kopf: 'Kundennummer', zelle: (z) => z.kundennummer },
          { kopf: 'Name', zelle: (z) => z.name },
          { kopf: 'Zugewiesen seit', zelle: (z) => tag.format(z.seit) },
          {
            kopf: 'Zuweisung',
            zelle: (z) => (
              <ZeilenAktion
                csrf={kontext.csrf}
                action={`/mitarbeiter/partner/${partnerId}/zuweisungen/${encodeURIComponent(z.kundennummer)}/beenden`}
                text="Beenden"
                ziel={z.kundennummer}
              />
            ),
          },
        ]}
      />
    </ArbeitsplatzPage>
  );
}
