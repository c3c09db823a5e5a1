// "Willkommen im Portal!": the client login form with Kundennummer and password.
import { Page } from '../layout/page.js';
import type { translator } from '../i18n/index.js';

type I18n = ReturnType<typeof translator>;

export function LoginPage({ i18n, kundennummer = '' }: { i18n: I18n; kundennummer?: string }) {
  const { t } = i18n;
  return (
    <Page titel={t('login.willkommen')} sprache={i18n.sprache} dir={i18n.dir} t={t}>
      <section class="karte anmeldung">
        <h1>{t('login.willkommen')}</h1>
        <p>{t('login.einleitung')}</p>
        <form method="post" action="/anmelden">
          <label for="kundennummer">{t('login.kundennummer')}</label>
          <input id="kundennummer" name="kundennummer" autocomplete="username" required value={kundennummer} aria-describedby="kundennummer-hinweis" />
          <p id="kundennummer-hinweis" class="hinweis">
            {t('login.kundennummer.hinweis')}
          </p>
          <label for="passwort">{t('login.passwort')}</label>
          <input id="passwort" name="passwort" type="password" autocomplete="current-password" required />
          <button type="submit">{t('login.einloggen')}</button>
        </form>
        <p>
          <a href="/passwort-vergessen">{t('login.passwort_vergessen')}</a>
        </p>
      </section>
    </Page>
  );
}
