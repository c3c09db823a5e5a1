// The error page and the same message as an htmx fragment.
import { Page } from '../layout/page.js';
import type { translator } from '../i18n/index.js';

export function ErrorFragment({ message }: { message: string }) {
  return (
    <div class="meldung meldung-fehler" role="alert">
      {message}
    </div>
  );
}

export function ErrorPage({ i18n, message }: { i18n: ReturnType<typeof translator>; message: string }) {
  return (
    <Page titel={i18n.t('fehler.titel')} sprache={i18n.sprache} dir={i18n.dir} t={i18n.t}>
      <section class="karte">
        <h1>{i18n.t('fehler.titel')}</h1>
        <ErrorFragment message={message} />
        <p>
          <a href="/">{i18n.t('app.titel')}</a>
        </p>
      </section>
    </Page>
  );
}
