// Passwort ändern (forced after the first sign-in, with the language choice offered as a form of its own).
import { FeldFehler, feldAria } from '../components/feld-fehler.js';
import { NeuesPasswortFelder } from '../components/neues-passwort-felder.js';
import { FehlerZusammenfassung } from '../components/fehler-zusammenfassung.js';
import { SpracheFormular } from '../components/sprache-formular.js';
import { PortalPage, type PortalKontext } from '../layout/portal-page.js';
import { Karte } from '../components/karte.js';

export function PasswortPage({
  kontext,
  erstesMal,
  fehler = [],
}: {
  kontext: PortalKontext;
  erstesMal: boolean;
  fehler?: Array<{ feld: string; text: string }>;
}) {
  const { t } = kontext.i18n;
  const partner = kontext.art === 'partner';
  return (
    <PortalPage kontext={kontext} titel={t('passwort.titel')}>
      <FehlerZusammenfassung i18n={kontext.i18n} fehler={fehler} />
      {erstesMal && (
        <>
          <p>{t('passwort.erstes_mal')}</p>
          <Karte aria-labelledby="sprache-titel">
            <h2 class="kern-heading-medium" id="sprache-titel">
              {t('sprache.titel')}
            </h2>
            <SpracheFormular i18n={kontext.i18n} csrf={kontext.csrf} aktion="/sprache" zurueck="/kunde/passwort" />
          </Karte>
        </>
      )}
      <Karte
        als="form"
        method="post"
        action={partner ? '/partner/passwort' : '/kunde/passwort'}
        klasse="formular"
        noValidate
      >
        <input type="hidden" name="_csrf" value={kontext.csrf} />
        <label class="kern-label" for="bisher">
          {t('passwort.bisher')}
        </label>
        <FeldFehler feld="bisher" fehler={fehler} />
        <input
          id="bisher"
          name="bisher"
          type="password"
          autocomplete="current-password"
          required
          {...feldAria('kern-form-input__input', 'bisher', fehler)}
        />
        <NeuesPasswortFelder
          t={t}
          fehler={fehler}
          hinweis={partner ? 'partner.passwort.hinweis' : 'passwort.neu.hinweis'}
        />
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{t('passwort.speichern')}</span>
        </button>
      </Karte>
    </PortalPage>
  );
}
