// Dokument senden (clients and partners): Name (Dokumentart with its help text), Info, Datei 1 …, camera photos; limits shown before upload.
import { kundenDokumentarten, partnerDokumentarten } from '../../domain/katalog.js';
import { FeldFehler, feldAria, type FeldFehlerEintrag } from '../components/feld-fehler.js';
import { FehlerZusammenfassung } from '../components/fehler-zusammenfassung.js';
import { Meldung } from '../components/meldung.js';
import { Angabe, Angaben } from '../components/angaben.js';
import { PortalPage, type PortalKontext } from '../layout/portal-page.js';
import { KundeFelder } from './kunde-felder.js';
import { dokumentartHilfe } from './dokumentart-hilfe.js';
import { dateigroesse } from '../components/dateigroesse.js';
import { Karte } from '../components/karte.js';

/** Files a client shared into the app and has not sent yet (web/kunde/geteilt.ts). */
export interface Geteilt {
  dateien: Array<{ name: string; bytes: number }>;
  minuten: number;
}

export type FormFehler = FeldFehlerEintrag;

export function DokumentSendenPage({
  kontext,
  werte = {},
  fehler = [],
  geteilt,
}: {
  kontext: PortalKontext;
  werte?: Record<string, string>;
  fehler?: FormFehler[];
  geteilt?: Geteilt;
}) {
  const { t } = kontext.i18n;
  const partner = kontext.art === 'partner';
  const katalog: ReadonlyArray<{ name: string }> = partner ? partnerDokumentarten : kundenDokumentarten;
  return (
    <PortalPage kontext={kontext} titel={t('senden.titel')}>
      <FehlerZusammenfassung i18n={kontext.i18n} fehler={fehler} />
      {geteilt && geteilt.dateien.length > 0 && (
        <Karte klasse="geteilt" aria-labelledby="geteilt-titel">
          <h2 class="kern-heading-medium" id="geteilt-titel">
            {t('teilen.titel')}
          </h2>
          <ul>
            {geteilt.dateien.map((datei) => (
              <li>{`${datei.name} (${dateigroesse(datei.bytes, kontext.i18n.sprache)})`}</li>
            ))}
          </ul>
          <p class="kern-hint">{kontext.i18n.tf('teilen.hinweis', { minuten: String(geteilt.minuten) })}</p>
          <form method="post" action="/kunde/dokument-senden/geteilt-verwerfen">
            <input type="hidden" name="_csrf" value={kontext.csrf} />
            <button type="submit" class="kern-btn kern-btn--secondary zweitrangig">
              <span class="kern-label">{t('teilen.verwerfen')}</span>
            </button>
          </form>
        </Karte>
      )}
      <Karte
        als="form"
        method="post"
        action={partner ? '/partner/dokument-senden' : '/kunde/dokument-senden'}
        enctype="multipart/form-data"
        klasse="formular"
        data-mehrere-dateien
        data-verkleinern
        noValidate
      >
        <input type="hidden" name="_csrf" value={kontext.csrf} />
        {partner && <KundeFelder i18n={kontext.i18n} werte={werte} fehler={fehler} />}
        <label class="kern-label" for="dokumentart">
          {t('senden.name')}
        </label>
        <FeldFehler feld="dokumentart" fehler={fehler} />
        <div class="kern-form-input__select-wrapper">
          <select
            id="dokumentart"
            name="dokumentart"
            required
            {...feldAria('kern-form-input__select', 'dokumentart', fehler, 'dokumentart-hinweis')}
          >
            <option value="">{t('senden.bitte_auswaehlen')}</option>
            {katalog.map((art) => (
              <option value={art.name} selected={werte.dokumentart === art.name}>
                {art.name}
              </option>
            ))}
          </select>
        </div>
        <p id="dokumentart-hinweis" class="kern-hint">
          {t('senden.name.hinweis')}
        </p>
        <details class="hilfe">
          <summary>{t('senden.hilfe.titel')}</summary>
          <Angaben>
            {katalog
              .filter((art) => dokumentartHilfe[art.name])
              .map((art) => (
                <Angabe name={<span lang="de">{art.name}</span>}>{t(dokumentartHilfe[art.name]!)}</Angabe>
              ))}
          </Angaben>
        </details>
        {!partner && (
          <Meldung art="hinweis" rolle={null} id="kontoauszug-hinweis" zeigeBei="Kontoauszüge">
            <p>{t('senden.kontoauszug')}</p>
          </Meldung>
        )}
        <label class="kern-label" for="info">
          {t('senden.info')}
        </label>
        <input
          class="kern-form-input__input"
          id="info"
          name="info"
          maxLength={200}
          value={werte.info ?? ''}
          aria-describedby="info-hinweis"
        />
        <p id="info-hinweis" class="kern-hint">
          {t('senden.info.hinweis')}
        </p>
        <p id="grenzen" class="kern-hint">
          {t('senden.grenzen')}
        </p>
        <div class="dateien">
          <div class="datei-feld">
            <label class="kern-label" for="datei1">{`${t('senden.datei')} 1`}</label>
            <FeldFehler feld="datei1" fehler={fehler} />
            <input
              id="datei1"
              name="datei1"
              type="file"
              multiple
              required={!geteilt?.dateien.length}
              accept="image/*,.heic,.heif,application/pdf"
              {...feldAria('kern-form-input__input', 'datei1', fehler, 'grenzen')}
            />
          </div>
        </div>
        <div class="kamera">
          <div class="kamera-feld">
            <label class="kern-label" for="foto1" data-basis={t('senden.foto')}>
              {t('senden.foto')}
            </label>
            <input
              class="kern-form-input__input"
              id="foto1"
              name="foto1"
              type="file"
              accept="image/*"
              capture="environment"
              aria-describedby="foto-hinweis"
            />
          </div>
        </div>
        <p id="foto-hinweis" class="kern-hint">
          {t('senden.foto.hinweis')}
        </p>
        <div
          class="hochladen-fortschritt"
          hidden
          data-verkleinern={t('senden.verkleinern')}
          data-fehler={t('senden.verbindung_fehler')}
        >
          <label class="kern-label" for="fortschritt">
            {t('senden.fortschritt')}
          </label>
          <progress id="fortschritt" max={100} value={0} />
          <span class="hochladen-text" role="status" />
        </div>
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{t('senden.hochladen')}</span>
        </button>
      </Karte>
      <script src="/assets/hochladen.js" defer />
    </PortalPage>
  );
}
