// The answer to a share the app could not take: not signed in (sign in, share again) or not accepted (choose the files on Dokument senden).
import { Meldung } from '../components/meldung.js';
import { Page } from '../layout/page.js';
import type { I18n } from '../i18n/index.js';
import { Karte } from '../components/karte.js';
import { Verweis } from '../components/verweis.js';

export function TeilenHinweisPage({ i18n, grund }: { i18n: I18n; grund: 'anmelden' | 'abgelehnt' }) {
  const { t } = i18n;
  const titel = grund === 'anmelden' ? t('teilen.anmelden.titel') : t('teilen.titel');
  return (
    <Page titel={titel} i18n={i18n} app>
      <Karte>
        <h1 class="kern-heading-large">{titel}</h1>
        {grund === 'anmelden' ? (
          <>
            <p>{t('teilen.anmelden.text')}</p>
            <p>
              <Verweis href="/anmelden">{t('teilen.anmelden.link')}</Verweis>
            </p>
          </>
        ) : (
          <>
            <Meldung art="fehler" rolle={null}>
              <p>{t('teilen.abgelehnt')}</p>
            </Meldung>
            <p>
              <Verweis href="/kunde/dokument-senden">{t('nav.dokument_senden')}</Verweis>
            </p>
          </>
        )}
      </Karte>
    </Page>
  );
}
