// "Willkommen im Portal!": the client login form with Kundennummer and password.
import { FeldFehler, feldAria } from '../components/feld-fehler.js';
import { FehlerZusammenfassung } from '../components/fehler-zusammenfassung.js';
import type { I18n } from '../i18n/index.js';
import { Page } from '../layout/page.js';

export interface LoginPageProps {
  i18n: I18n;
  csrf: string;
  kundennummer?: string;
  fehler?: string;
  meldung?: string;
}

export function LoginPage({ i18n, csrf, kundennummer = '', fehler, meldung }: LoginPageProps) {
  const { t } = i18n;
  const felder = fehler ? [{ feld: 'kundennummer', text: fehler }] : [];
  return (
    <Page titel={t('login.willkommen')} i18n={i18n} csrf={csrf} sprachwahl="/anmelden">
      <section class="karte anmeldung">
        <h1>{t('login.willkommen')}</h1>
        {meldung && (
          <div class="meldung meldung-erfolg" role="status">
            {meldung}
          </div>
        )}
        <FehlerZusammenfassung i18n={i18n} fehler={felder} />
        <p>{t('login.einleitung')}</p>
        <form method="post" action="/anmelden" noValidate>
          <input type="hidden" name="_csrf" value={csrf} />
          <label for="kundennummer">{t('login.kundennummer')}</label>
          <FeldFehler feld="kundennummer" fehler={felder} />
          <input
            id="kundennummer"
            name="kundennummer"
            autocomplete="username"
            autocapitalize="characters"
            required
            value={kundennummer}
            {...feldAria('kundennummer', felder, 'kundennummer-hinweis')}
          />
          <p id="kundennummer-hinweis" class="hinweis">
            {t('login.kundennummer.hinweis')}
          </p>
          <label for="passwort">{t('login.passwort')}</label>
          <input id="passwort" name="passwort" type="password" autocomplete="current-password" required aria-invalid={fehler ? 'true' : undefined} />
          <button type="submit">{t('login.einloggen')}</button>
        </form>
        <p>
          <a href="/passwort-vergessen">{t('login.passwort_vergessen')}</a>
        </p>
      </section>
    </Page>
  );
}
