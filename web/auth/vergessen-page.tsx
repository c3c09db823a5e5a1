// Pages of "Passwort vergessen": ask for the link, confirmation, and the form behind the link.
import { FehlerZusammenfassung } from '../components/fehler-zusammenfassung.js';
import { FeldFehler, feldAria } from '../components/feld-fehler.js';
import { NeuesPasswortFelder } from '../components/neues-passwort-felder.js';
import type { I18n } from '../i18n/index.js';
import { Meldung } from '../components/meldung.js';
import { Page } from '../layout/page.js';
import { kundenZugang, type Zugang } from './zugang.js';
import { Karte } from '../components/karte.js';
import { Verweis } from '../components/verweis.js';

type Fehler = Array<{ feld: string; text: string }>;

export function LinkAnfordernPage({
  i18n,
  csrf,
  zugang = kundenZugang,
  bestaetigt = false,
  fehler = [],
}: {
  i18n: I18n;
  csrf: string;
  zugang?: Zugang;
  bestaetigt?: boolean;
  fehler?: Fehler;
}) {
  const { t } = i18n;
  const { feld, texte } = zugang;
  return (
    <Page titel={t('vergessen.titel')} i18n={i18n} csrf={csrf} sprachwahl={zugang.vergessen}>
      <Karte klasse="anmeldung">
        <h1 class="kern-heading-large">{t('vergessen.titel')}</h1>
        {bestaetigt ? (
          <Meldung art="erfolg">
            <p>{t(texte.vergessenBestaetigung)}</p>
            {zugang.art === 'kunde' && <p>{t('vergessen.ohne_email')}</p>}
          </Meldung>
        ) : (
          <>
            <FehlerZusammenfassung i18n={i18n} fehler={fehler} />
            <p>{t(texte.vergessenEinleitung)}</p>
            {zugang.art === 'kunde' && <p>{t('vergessen.ohne_email')}</p>}
            <form method="post" action={zugang.vergessen} noValidate>
              <input type="hidden" name="_csrf" value={csrf} />
              <label class="kern-label" for={feld}>
                {t(texte.feld)}
              </label>
              <FeldFehler feld={feld} fehler={fehler} />
              <input
                id={feld}
                name={feld}
                type={zugang.feldTyp as 'email'}
                autocomplete="username"
                autocapitalize={feld === 'kundennummer' ? 'characters' : 'off'}
                required
                {...feldAria('kern-form-input__input', feld, fehler)}
              />
              <button class="kern-btn kern-btn--primary" type="submit">
                <span class="kern-label">{t('vergessen.anfordern')}</span>
              </button>
            </form>
          </>
        )}
        <p>
          <Verweis href={zugang.anmelden}>{t('vergessen.zurueck')}</Verweis>
        </p>
      </Karte>
    </Page>
  );
}

export function NeuesPasswortPage({
  i18n,
  csrf,
  zugang = kundenZugang,
  token,
  gueltig,
  fehler = [],
}: {
  i18n: I18n;
  csrf: string;
  zugang?: Zugang;
  token: string;
  gueltig: boolean;
  fehler?: Fehler;
}) {
  const { t } = i18n;
  return (
    <Page titel={t('vergessen.neu_titel')} i18n={i18n} csrf={csrf}>
      <Karte klasse="anmeldung">
        <h1 class="kern-heading-large">{t('vergessen.neu_titel')}</h1>
        {gueltig ? (
          <>
            <FehlerZusammenfassung i18n={i18n} fehler={fehler} />
            <form method="post" action={`${zugang.passwortNeu}/${encodeURIComponent(token)}`} noValidate>
              <input type="hidden" name="_csrf" value={csrf} />
              <NeuesPasswortFelder
                t={t}
                fehler={fehler}
                hinweis={zugang.art === 'kunde' ? 'passwort.neu.hinweis' : 'partner.passwort.hinweis'}
              />
              <button class="kern-btn kern-btn--primary" type="submit">
                <span class="kern-label">{t('passwort.speichern')}</span>
              </button>
            </form>
          </>
        ) : (
          <>
            <Meldung art="fehler">{t('vergessen.link_ungueltig')}</Meldung>
            <p>
              <Verweis href={zugang.vergessen}>{t('vergessen.anfordern')}</Verweis>
            </p>
          </>
        )}
      </Karte>
    </Page>
  );
}
