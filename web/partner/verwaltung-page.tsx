// Partner Verwaltung: "Benutzer anlegen" and the organisation's users with ID, name and last login.
import { FehlerZusammenfassung } from '../components/fehler-zusammenfassung.js';
import { FeldFehler, feldAria, type FeldFehlerEintrag } from '../components/feld-fehler.js';
import { TabellenRahmen } from '../components/tabellen-rahmen.js';
import { ZeilenAktion } from '../components/zeilen-aktion.js';
import { PortalPage, type PortalKontext } from '../layout/portal-page.js';
import type { BenutzerZeile } from '../../services/partner-benutzer/benutzer-liste.js';
import { Karte } from '../components/karte.js';

interface Props {
  kontext: PortalKontext;
  benutzer: BenutzerZeile[];
  werte?: Record<string, string>;
  fehler?: FeldFehlerEintrag[];
}

export function VerwaltungPage({ kontext, benutzer, werte = {}, fehler = [] }: Props) {
  const { i18n, csrf } = kontext;
  const { t } = i18n;
  const status = (b: BenutzerZeile) =>
    !b.aktiv
      ? t('partner.verwaltung.deaktiviert')
      : b.passwortGesetzt
        ? t('partner.verwaltung.aktiv')
        : t('partner.verwaltung.eingeladen');
  return (
    <PortalPage kontext={kontext} titel={t('partner.verwaltung.titel')}>
      <FehlerZusammenfassung i18n={i18n} fehler={fehler} />
      <p>{t('partner.verwaltung.einleitung')}</p>
      <Karte aria-labelledby="anlegen-titel">
        <h2 class="kern-heading-medium" id="anlegen-titel">
          {t('partner.verwaltung.anlegen')}
        </h2>
        <form method="post" action="/partner/verwaltung/benutzer" class="formular" noValidate>
          <input type="hidden" name="_csrf" value={csrf} />
          <label class="kern-label" for="email">
            {t('partner.verwaltung.email')}
          </label>
          <FeldFehler feld="email" fehler={fehler} />
          <input
            id="email"
            name="email"
            type="email"
            required
            maxLength={200}
            autocomplete="off"
            value={werte.email ?? ''}
            {...feldAria('kern-form-input__input', 'email', fehler)}
          />
          <label class="kern-label" for="nachname">
            {t('partner.verwaltung.nachname')}
          </label>
          <FeldFehler feld="nachname" fehler={fehler} />
          <input
            id="nachname"
            name="nachname"
            required
            maxLength={100}
            autocomplete="off"
            value={werte.nachname ?? ''}
            {...feldAria('kern-form-input__input', 'nachname', fehler)}
          />
          <label class="kern-label" for="vorname">
            {t('partner.verwaltung.vorname')}
          </label>
          <FeldFehler feld="vorname" fehler={fehler} />
          <input
            id="vorname"
            name="vorname"
            required
            maxLength={100}
            autocomplete="off"
            value={werte.vorname ?? ''}
            {...feldAria('kern-form-input__input', 'vorname', fehler)}
          />
          <div class="kern-form-check">
            <input
              class="kern-form-check__checkbox"
              id="ist_admin"
              name="ist_admin"
              type="checkbox"
              value="ja"
              checked={werte.ist_admin === 'ja'}
            />
            <label class="kern-label" for="ist_admin">
              {t('partner.verwaltung.admin_feld')}
            </label>
          </div>
          <button class="kern-btn kern-btn--primary" type="submit">
            <span class="kern-label">{t('partner.verwaltung.anlegen')}</span>
          </button>
        </form>
      </Karte>
      <TabellenRahmen label={t('partner.nav.benutzer')}>
        <table class="kern-table liste">
          <thead>
            <tr class="kern-table__row">
              <th class="kern-table__header" scope="col">
                {t('partner.verwaltung.id')}
              </th>
              <th class="kern-table__header" scope="col">
                {t('partner.verwaltung.email')}
              </th>
              <th class="kern-table__header" scope="col">
                {t('partner.verwaltung.nachname')}
              </th>
              <th class="kern-table__header" scope="col">
                {t('partner.verwaltung.vorname')}
              </th>
              <th class="kern-table__header" scope="col">
                {t('partner.verwaltung.letzter_login')}
              </th>
              <th class="kern-table__header" scope="col">
                {t('partner.verwaltung.rolle')}
              </th>
              <th class="kern-table__header" scope="col">
                {t('partner.verwaltung.status')}
              </th>
              <th class="kern-table__header" scope="col">
                <span class="kern-sr-only">{t('partner.verwaltung.deaktivieren')}</span>
              </th>
            </tr>
          </thead>
          <tbody class="kern-table__body">
            {benutzer.map((b) => (
              <tr class="kern-table__row">
                <td class="kern-table__cell" data-label={t('partner.verwaltung.id')}>
                  {b.id}
                </td>
                <td class="kern-table__cell" data-label={t('partner.verwaltung.email')}>
                  {b.email}
                </td>
                <td class="kern-table__cell" data-label={t('partner.verwaltung.nachname')}>
                  {b.nachname}
                </td>
                <td class="kern-table__cell" data-label={t('partner.verwaltung.vorname')}>
                  {b.vorname}
                </td>
                <td class="kern-table__cell" data-label={t('partner.verwaltung.letzter_login')}>
                  {b.letzterLogin
                    ? `${i18n.datum(b.letzterLogin)} ${i18n.uhrzeit(b.letzterLogin)}`
                    : t('partner.verwaltung.nie')}
                </td>
                <td class="kern-table__cell" data-label={t('partner.verwaltung.rolle')}>
                  {b.istAdmin ? t('partner.verwaltung.admin') : t('partner.verwaltung.benutzer')}
                </td>
                <td class="kern-table__cell" data-label={t('partner.verwaltung.status')}>
                  {status(b)}
                </td>
                <td class="kern-table__cell aktionen">
                  {b.aktiv && !b.passwortGesetzt && (
                    <ZeilenAktion
                      csrf={csrf}
                      action={`/partner/verwaltung/benutzer/${b.id}/einladen`}
                      text={t('partner.verwaltung.einladung_erneut')}
                      ziel={b.email}
                    />
                  )}{' '}
                  {b.aktiv && (
                    <ZeilenAktion
                      csrf={csrf}
                      action={`/partner/verwaltung/benutzer/${b.id}/${b.istAdmin ? 'benutzer' : 'admin'}`}
                      text={t(b.istAdmin ? 'partner.verwaltung.admin_entziehen' : 'partner.verwaltung.admin_geben')}
                      ziel={b.email}
                    />
                  )}{' '}
                  {b.aktiv && (
                    <ZeilenAktion
                      csrf={csrf}
                      action={`/partner/verwaltung/benutzer/${b.id}/deaktivieren`}
                      text={t('partner.verwaltung.deaktivieren')}
                      ziel={b.email}
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TabellenRahmen>
    </PortalPage>
  );
}
