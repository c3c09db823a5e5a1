// "Willkommen im Portal!": the client login form with Kundennummer and password.
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
  return (
    <Page titel={t('login.willkommen')} i18n={i18n} csrf={csrf}>
      <section class="karte anmeldung">
        <h1>{t('login.willkommen')}</h1>
        {meldung && (
          <div class="meldung meldung-erfolg" role="status">
            {meldung}
          </div>
        )}
        <FehlerZusammenfassung i18n={i18n} fehler={fehler ? [{ feld: 'kundennummer', text: fehler }] : []} />
        <p>{t('login.einleitung')}</p>
        <form method="post" action="/anmelden">
          <input type="hidden" name="_csrf" value={csrf} />
          <label for="kundennummer">{t('login.kundennummer')}</label>
          <input
            id="kundennummer"
            name="kundennummer"
            autocomplete="username"
            autocapitalize="characters"
            required
            value={kundennummer}
            aria-describedby="kundennummer-hinweis"
            aria-invalid={fehler ? 'true' : undefined}
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
