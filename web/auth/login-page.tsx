// "Willkommen im Portal!": the login form, with Kundennummer (clients) or e-mail address (partners) and password.
import { FeldFehler, feldAria } from '../components/feld-fehler.js';
import { FehlerZusammenfassung } from '../components/fehler-zusammenfassung.js';
import type { I18n } from '../i18n/index.js';
import { Meldung } from '../components/meldung.js';
import { Page } from '../layout/page.js';
import { kundenZugang, type Zugang } from './zugang.js';
import { Karte } from '../components/karte.js';
import { Verweis } from '../components/verweis.js';

export interface LoginPageProps {
  i18n: I18n;
  csrf: string;
  zugang?: Zugang;
  kennung?: string;
  fehler?: string;
  meldung?: string;
}

export function LoginPage({ i18n, csrf, zugang = kundenZugang, kennung = '', fehler, meldung }: LoginPageProps) {
  const { t } = i18n;
  const { feld, texte } = zugang;
  const felder = fehler ? [{ feld, text: fehler }] : [];
  const hinweis = texte.feldHinweis ? `${feld}-hinweis` : undefined;
  return (
    <Page
      titel={t(texte.willkommen)}
      i18n={i18n}
      csrf={csrf}
      sprachwahl={zugang.anmelden}
      app={zugang === kundenZugang}
    >
      <Karte klasse="anmeldung">
        <h1 class="kern-heading-large">{t(texte.willkommen)}</h1>
        {meldung && <Meldung art="erfolg">{meldung}</Meldung>}
        <FehlerZusammenfassung i18n={i18n} fehler={felder} />
        <p>{t(texte.einleitung)}</p>
        <form method="post" action={zugang.anmelden} noValidate>
          <input type="hidden" name="_csrf" value={csrf} />
          <label class="kern-label" for={feld}>
            {t(texte.feld)}
          </label>
          <FeldFehler feld={feld} fehler={felder} />
          <input
            id={feld}
            name={feld}
            type={zugang.feldTyp as 'email'}
            autocomplete="username"
            autocapitalize={feld === 'kundennummer' ? 'characters' : 'off'}
            required
            value={kennung}
            {...feldAria('kern-form-input__input', feld, felder, ...(hinweis ? [hinweis] : []))}
          />
          {texte.feldHinweis && (
            <p id={hinweis} class="kern-hint">
              {t(texte.feldHinweis)}
            </p>
          )}
          <label class="kern-label" for="passwort">
            {t('login.passwort')}
          </label>
          <input
            class={fehler ? 'kern-form-input__input kern-form-input__input--error' : 'kern-form-input__input'}
            id="passwort"
            name="passwort"
            type="password"
            autocomplete="current-password"
            required
            aria-invalid={fehler ? 'true' : undefined}
          />
          <button class="kern-btn kern-btn--primary" type="submit">
            <span class="kern-label">{t('login.einloggen')}</span>
          </button>
        </form>
        <p>
          <Verweis href={zugang.vergessen}>{t('login.passwort_vergessen')}</Verweis>
        </p>
        <p>
          <Verweis href={zugang.andererZugang}>{t(texte.anderer)}</Verweis>
        </p>
        <p>
          <Verweis href="/bearbeitungsstand">{t('login.bearbeitungsstand')}</Verweis>
        </p>
      </Karte>
    </Page>
  );
}
