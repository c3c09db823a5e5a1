// Bewerbungsmappen: the client's shared application folders (link valid until, status, last opened) and the form for a new one.
import { bewerbungsmappe } from '../../domain/bewerbungsmappe.js';
import { FeldFehler, feldAria, type FeldFehlerEintrag } from '../components/feld-fehler.js';
import { FehlerZusammenfassung } from '../components/fehler-zusammenfassung.js';
import { Liste } from '../components/liste.js';
import type { I18n } from '../i18n/index.js';
import { PortalPage, type PortalKontext } from '../layout/portal-page.js';
import type { MappenZeile } from '../../services/bewerbungsmappe/eigene-mappe.js';
import { Karte } from '../components/karte.js';
import { Verweis } from '../components/verweis.js';

export function mappenStatus(i18n: I18n, m: MappenZeile): string {
  return i18n.t(
    m.offen ? 'mappe.status_offen' : m.widerrufenAm ? 'mappe.status_widerrufen' : 'mappe.status_abgelaufen',
  );
}

export function geoeffnetText(i18n: I18n, m: MappenZeile): string {
  return m.zuletztGeoeffnetAm
    ? i18n.tf('mappe.geoeffnet', {
        datum: i18n.datum(m.zuletztGeoeffnetAm),
        uhrzeit: i18n.uhrzeit(m.zuletztGeoeffnetAm),
        anzahl: String(m.aufrufe),
      })
    : i18n.t('mappe.nie_geoeffnet');
}

export function BewerbungsmappenPage({
  kontext,
  mappen,
  werte = {},
  fehler = [],
}: {
  kontext: PortalKontext;
  mappen: MappenZeile[];
  werte?: Record<string, string>;
  fehler?: FeldFehlerEintrag[];
}) {
  const { i18n, csrf } = kontext;
  const { t, tf } = i18n;
  return (
    <PortalPage kontext={kontext} titel={t('mappe.titel_liste')}>
      <p>{t('mappe.einleitung')}</p>
      <Liste
        label={t('mappe.titel_liste')}
        leer={t('mappe.leer')}
        zeilen={mappen}
        spalten={[
          {
            kopf: t('mappe.spalte_titel'),
            zelle: (m) => <Verweis href={`/kunde/bewerbungsmappen/${m.id}`}>{m.titel}</Verweis>,
          },
          { kopf: t('mappe.spalte_status'), zelle: (m) => mappenStatus(i18n, m) },
          { kopf: t('mappe.spalte_gueltig'), zelle: (m) => i18n.datum(m.gueltigBis) },
          { kopf: t('mappe.spalte_geoeffnet'), zelle: (m) => geoeffnetText(i18n, m) },
        ]}
      />
      <Karte aria-labelledby="neue-mappe">
        <h2 class="kern-heading-medium" id="neue-mappe">
          {t('mappe.neu')}
        </h2>
        <FehlerZusammenfassung i18n={i18n} fehler={fehler} />
        <form method="post" action="/kunde/bewerbungsmappen" class="formular" noValidate>
          <input type="hidden" name="_csrf" value={csrf} />
          <label class="kern-label" for="titel">
            {t('mappe.titel')}
          </label>
          <FeldFehler feld="titel" fehler={fehler} />
          <input
            id="titel"
            name="titel"
            maxLength={bewerbungsmappe.titelLaenge}
            value={werte.titel ?? ''}
            required
            {...feldAria('kern-form-input__input', 'titel', fehler, 'titel-hinweis')}
          />
          <p id="titel-hinweis" class="kern-hint">
            {t('mappe.titel_hinweis')}
          </p>
          <label class="kern-label" for="tage">
            {t('mappe.tage')}
          </label>
          <FeldFehler feld="tage" fehler={fehler} />
          <input
            id="tage"
            name="tage"
            type="number"
            inputMode="numeric"
            min={1}
            max={bewerbungsmappe.hoechstensTage}
            value={werte.tage ?? String(bewerbungsmappe.gueltigTage)}
            {...feldAria('kern-form-input__input', 'tage', fehler, 'tage-hinweis')}
          />
          <p id="tage-hinweis" class="kern-hint">
            {tf('mappe.tage_hinweis', { tage: String(bewerbungsmappe.hoechstensTage) })}
          </p>
          <button class="kern-btn kern-btn--primary" type="submit">
            <span class="kern-label">{t('mappe.anlegen')}</span>
          </button>
        </form>
      </Karte>
    </PortalPage>
  );
}
