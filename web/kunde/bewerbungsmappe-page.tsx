// One Bewerbungsmappe: its link (shown once after it was made), the Bewerberkarte, its documents, adding from gesendet or a new upload, revoking.
import { bewerbungsmappe } from '../../domain/bewerbungsmappe.js';
import { verfuegbarBis } from '../../domain/loeschkonzept.js';
import { mappeAb } from '../../domain/bewerbungsmappe.js';
import { Angabe, Angaben } from '../components/angaben.js';
import { dateigroesse } from '../components/dateigroesse.js';
import { FeldFehler, feldAria, type FeldFehlerEintrag } from '../components/feld-fehler.js';
import { FehlerZusammenfassung } from '../components/fehler-zusammenfassung.js';
import { Liste } from '../components/liste.js';
import { Meldung } from '../components/meldung.js';
import { PortalPage, type PortalKontext } from '../layout/portal-page.js';
import type { MappeMitDokumenten } from '../../services/bewerbungsmappe/mappe-lesen.js';
import { geoeffnetText, mappenStatus } from './bewerbungsmappen-page.js';
import { Karte } from '../components/karte.js';
import { Verweis } from '../components/verweis.js';

export function BewerbungsmappePage({
  kontext,
  daten,
  loeschTage,
  neuerLink,
  fehler = [],
  werte = {},
}: {
  kontext: PortalKontext;
  daten: MappeMitDokumenten;
  loeschTage: number;
  /** The link with its token, right after it was made: the only time the client sees it. */
  neuerLink?: { url: string; token: string };
  fehler?: FeldFehlerEintrag[];
  /** The new-upload form's fields as sent, when it is shown again with its errors. */
  werte?: { dokumentart?: string; bezeichnung?: string };
}) {
  const { i18n, csrf } = kontext;
  const { t, tf } = i18n;
  const { mappe, dokumente, vorgemerkt, auswahl } = daten;
  const voll = dokumente.length + vorgemerkt.length >= bewerbungsmappe.dokumente;
  const basis = `/kunde/bewerbungsmappen/${mappe.id}`;
  const hidden = <input type="hidden" name="_csrf" value={csrf} />;
  return (
    <PortalPage kontext={kontext} titel={mappe.titel}>
      <p>
        <Verweis href="/kunde/bewerbungsmappen">{t('mappe.zurueck')}</Verweis>
      </p>
      <FehlerZusammenfassung i18n={i18n} fehler={fehler} />
      <Karte als="div">
        <Angaben>
          <Angabe name={t('mappe.spalte_status')}>{mappenStatus(i18n, mappe)}</Angabe>
          <Angabe name={t('mappe.spalte_gueltig')}>{i18n.datum(mappe.gueltigBis)}</Angabe>
          <Angabe name={t('mappe.spalte_geoeffnet')}>{geoeffnetText(i18n, mappe)}</Angabe>
        </Angaben>
      </Karte>
      {!mappe.offen && (
        <Meldung art="hinweis" rolle={null}>
          <p>{tf('mappe.geschlossen', { datum: i18n.datum(verfuegbarBis(mappeAb(mappe), loeschTage)!) })}</p>
        </Meldung>
      )}
      {neuerLink && (
        <Karte aria-labelledby="link-titel">
          <h2 class="kern-heading-medium" id="link-titel">
            {t('mappe.link_titel')}
          </h2>
          <p id="link-hinweis">{t('mappe.link_einmal')}</p>
          <label class="kern-label" for="link">
            {t('mappe.link_label')}
          </label>
          <input
            class="kern-form-input__input"
            id="link"
            readOnly
            value={neuerLink.url}
            aria-describedby="link-hinweis"
          />
          <form method="post" action={`${basis}/karte`} class="inline">
            {hidden}
            <input type="hidden" name="token" value={neuerLink.token} />
            <button class="kern-btn kern-btn--primary" type="submit">
              <span class="kern-label">{t('mappe.karte_drucken')}</span>
            </button>
          </form>
        </Karte>
      )}
      <Karte aria-labelledby="dokumente-titel">
        <h2 class="kern-heading-medium" id="dokumente-titel">
          {t('mappe.dokumente')}
        </h2>
        <Liste
          label={t('mappe.dokumente')}
          leer={t('mappe.keine_dokumente')}
          zeilen={dokumente}
          spalten={[
            { kopf: t('gesendet.name'), zelle: (d) => d.name },
            { kopf: t('mappe.groesse'), zelle: (d) => dateigroesse(d.bytes, i18n.sprache) },
            {
              kopf: t('mappe.entfernen'),
              zelle: (d) => (
                <form method="post" action={`${basis}/dokumente/${d.id}/entfernen`} class="inline">
                  {hidden}
                  <button type="submit" class="kern-btn kern-btn--tertiary kern-btn--x-small">
                    <span class="kern-label">
                      {t('mappe.entfernen')}
                      <span class="kern-sr-only">{` ${d.name}`}</span>
                    </span>
                  </button>
                </form>
              ),
            },
          ]}
        />
      </Karte>
      {vorgemerkt.length > 0 && (
        <Karte aria-labelledby="vorgemerkt-titel">
          <h2 class="kern-heading-medium" id="vorgemerkt-titel">
            {t('mappe.vorgemerkt')}
          </h2>
          <p>{t('mappe.vorgemerkt_hinweis')}</p>
          <ul>
            {vorgemerkt.map((v) => (
              <li>{`${v.name} (${v.eingangsnummer})`}</li>
            ))}
          </ul>
        </Karte>
      )}
      {mappe.offen && (
        <>
          <Karte aria-labelledby="hinzufuegen-titel">
            <h2 class="kern-heading-medium" id="hinzufuegen-titel">
              {t('mappe.aus_gesendet')}
            </h2>
            {auswahl.length === 0 ? (
              <p>{t('mappe.keine_auswahl')}</p>
            ) : voll ? (
              <p>{tf('mappe.voll', { anzahl: String(bewerbungsmappe.dokumente) })}</p>
            ) : (
              <form method="post" action={`${basis}/dokumente`} class="formular" noValidate>
                {hidden}
                <label class="kern-label" for="eingangsnummer">
                  {t('mappe.dokument_waehlen')}
                </label>
                <FeldFehler feld="eingangsnummer" fehler={fehler} />
                <div class="kern-form-input__select-wrapper">
                  <select
                    id="eingangsnummer"
                    name="eingangsnummer"
                    {...feldAria('kern-form-input__select', 'eingangsnummer', fehler)}
                  >
                    {auswahl.map((a) => (
                      <option value={a.eingangsnummer}>
                        {`${a.name} – ${i18n.datum(a.eingegangenAm)} (${a.eingangsnummer})`}
                      </option>
                    ))}
                  </select>
                </div>
                <button class="kern-btn kern-btn--primary" type="submit">
                  <span class="kern-label">{t('mappe.hinzufuegen')}</span>
                </button>
              </form>
            )}
          </Karte>
          <Karte aria-labelledby="hochladen-titel">
            <h2 class="kern-heading-medium" id="hochladen-titel">
              {t('mappe.neu_hochladen')}
            </h2>
            {voll ? (
              <p>{tf('mappe.voll', { anzahl: String(bewerbungsmappe.dokumente) })}</p>
            ) : (
              <form
                method="post"
                action={`${basis}/hochladen`}
                enctype="multipart/form-data"
                class="formular"
                noValidate
              >
                {hidden}
                <p id="hochladen-hinweis" class="kern-hint">
                  {t('mappe.hochladen_hinweis')}
                </p>
                <label class="kern-label" for="dokumentart">
                  {t('mappe.art')}
                </label>
                <FeldFehler feld="dokumentart" fehler={fehler} />
                <div class="kern-form-input__select-wrapper">
                  <select
                    id="dokumentart"
                    name="dokumentart"
                    {...feldAria('kern-form-input__select', 'dokumentart', fehler)}
                  >
                    {bewerbungsmappe.dokumentarten.map((art) => (
                      <option value={art} selected={werte.dokumentart === art} lang="de">
                        {art}
                      </option>
                    ))}
                  </select>
                </div>
                <label class="kern-label" for="bezeichnung">
                  {t('mappe.bezeichnung')}
                </label>
                <FeldFehler feld="bezeichnung" fehler={fehler} />
                <input
                  id="bezeichnung"
                  name="bezeichnung"
                  maxLength={bewerbungsmappe.titelLaenge}
                  value={werte.bezeichnung ?? ''}
                  {...feldAria('kern-form-input__input', 'bezeichnung', fehler, 'bezeichnung-hinweis')}
                />
                <p id="bezeichnung-hinweis" class="kern-hint">
                  {t('mappe.bezeichnung_hinweis')}
                </p>
                <label class="kern-label" for="datei1">
                  {t('senden.datei')}
                </label>
                <FeldFehler feld="datei1" fehler={fehler} />
                <input
                  id="datei1"
                  name="datei1"
                  type="file"
                  multiple
                  accept="image/*,.heic,.heif,application/pdf"
                  {...feldAria('kern-form-input__input', 'datei1', fehler, 'grenzen')}
                />
                <p id="grenzen" class="kern-hint">
                  {t('senden.grenzen')}
                </p>
                <button class="kern-btn kern-btn--primary" type="submit" aria-describedby="hochladen-hinweis">
                  <span class="kern-label">{t('mappe.hochladen')}</span>
                </button>
              </form>
            )}
          </Karte>
          <Karte aria-labelledby="link-verwalten">
            <h2 class="kern-heading-medium" id="link-verwalten">
              {t('mappe.link_verwalten')}
            </h2>
            <form method="post" action={`${basis}/link`} class="formular">
              {hidden}
              <p id="neuer-link-hinweis" class="kern-hint">
                {t('mappe.neuer_link_hinweis')}
              </p>
              <button class="kern-btn kern-btn--primary" type="submit" aria-describedby="neuer-link-hinweis">
                <span class="kern-label">{t('mappe.neuer_link')}</span>
              </button>
            </form>
            <form method="post" action={`${basis}/widerrufen`} class="formular">
              {hidden}
              <p id="widerrufen-hinweis" class="kern-hint">
                {t('mappe.widerrufen_hinweis')}
              </p>
              <button class="kern-btn kern-btn--primary" type="submit" aria-describedby="widerrufen-hinweis">
                <span class="kern-label">{t('mappe.widerrufen')}</span>
              </button>
            </form>
          </Karte>
        </>
      )}
    </PortalPage>
  );
}
