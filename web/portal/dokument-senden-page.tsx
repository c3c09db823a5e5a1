// Dokument senden (clients and partners): Name (Dokumentart with its help text), Info, Datei 1 … ; limits shown before upload.
import { kundenDokumentarten, partnerDokumentarten } from '../../domain/katalog.js';
import { FeldFehler, feldAria, type FeldFehlerEintrag } from '../components/feld-fehler.js';
import { FehlerZusammenfassung } from '../components/fehler-zusammenfassung.js';
import { PortalPage, type PortalKontext } from '../layout/portal-page.js';
import { KundeFelder } from './kunde-felder.js';
import { dokumentartHilfe } from './dokumentart-hilfe.js';

export type FormFehler = FeldFehlerEintrag;

export function DokumentSendenPage({
  kontext,
  werte = {},
  fehler = [],
}: {
  kontext: PortalKontext;
  werte?: Record<string, string>;
  fehler?: FormFehler[];
}) {
  const { t } = kontext.i18n;
  const partner = kontext.art === 'partner';
  const katalog: ReadonlyArray<{ name: string }> = partner ? partnerDokumentarten : kundenDokumentarten;
  return (
    <PortalPage kontext={kontext} titel={t('senden.titel')}>
      <FehlerZusammenfassung i18n={kontext.i18n} fehler={fehler} />
      <form
        method="post"
        action={partner ? '/partner/dokument-senden' : '/kunde/dokument-senden'}
        enctype="multipart/form-data"
        class="karte formular"
        data-mehrere-dateien
        noValidate
      >
        <input type="hidden" name="_csrf" value={kontext.csrf} />
        {partner && <KundeFelder i18n={kontext.i18n} werte={werte} fehler={fehler} />}
        <label for="dokumentart">{t('senden.name')}</label>
        <FeldFehler feld="dokumentart" fehler={fehler} />
        <select
          id="dokumentart"
          name="dokumentart"
          required
          {...feldAria('dokumentart', fehler, 'dokumentart-hinweis')}
        >
          <option value="">{t('senden.bitte_auswaehlen')}</option>
          {katalog.map((art) => (
            <option value={art.name} selected={werte.dokumentart === art.name}>
              {art.name}
            </option>
          ))}
        </select>
        <p id="dokumentart-hinweis" class="hinweis">
          {t('senden.name.hinweis')}
        </p>
        <details class="hilfe">
          <summary>{t('senden.hilfe.titel')}</summary>
          <dl>
            {katalog
              .filter((art) => dokumentartHilfe[art.name])
              .map((art) => (
                <>
                  <dt lang="de">{art.name}</dt>
                  <dd>{t(dokumentartHilfe[art.name]!)}</dd>
                </>
              ))}
          </dl>
        </details>
        {!partner && (
          <p class="meldung meldung-hinweis" id="kontoauszug-hinweis" data-zeige-bei="Kontoauszüge">
            {t('senden.kontoauszug')}
          </p>
        )}
        <label for="info">{t('senden.info')}</label>
        <input id="info" name="info" maxLength={200} value={werte.info ?? ''} aria-describedby="info-hinweis" />
        <p id="info-hinweis" class="hinweis">
          {t('senden.info.hinweis')}
        </p>
        <p id="grenzen" class="hinweis">
          {t('senden.grenzen')}
        </p>
        <div class="dateien">
          <div class="datei-feld">
            <label for="datei1">{`${t('senden.datei')} 1`}</label>
            <FeldFehler feld="datei1" fehler={fehler} />
            <input
              id="datei1"
              name="datei1"
              type="file"
              multiple
              required
              accept="image/*,.heic,.heif,application/pdf"
              {...feldAria('datei1', fehler, 'grenzen')}
            />
          </div>
        </div>
        <button type="submit">{t('senden.hochladen')}</button>
      </form>
    </PortalPage>
  );
}
