// The error page and the same message as an htmx fragment.
import type { I18n } from '../i18n/index.js';
import { Meldung } from '../components/meldung.js';
import { Page } from '../layout/page.js';
import { Karte } from '../components/karte.js';
import { Verweis } from '../components/verweis.js';

export function ErrorFragment({ message }: { message: string }) {
  return <Meldung art="fehler">{message}</Meldung>;
}

export function ErrorPage({ i18n, message }: { i18n: I18n; message: string }) {
  return (
    <Page titel={i18n.t('fehler.titel')} i18n={i18n}>
      <Karte>
        <h1 class="kern-heading-large">{i18n.t('fehler.titel')}</h1>
        <ErrorFragment message={message} />
        <p>
          <Verweis href="/">{i18n.t('app.titel')}</Verweis>
        </p>
      </Karte>
    </Page>
  );
}
