// A public information page (footer links): same frame for visitors and signed-in clients, language from the session.
import type { ComponentChildren } from 'preact';
import type { I18n } from '../i18n/index.js';
import { Page } from '../layout/page.js';
import { Karte } from '../components/karte.js';
import { Verweis } from '../components/verweis.js';

export function InfoPage({
  i18n,
  csrf,
  pfad,
  titel,
  angemeldet,
  children,
}: {
  i18n: I18n;
  csrf?: string;
  pfad: string;
  titel: string;
  angemeldet: boolean;
  children: ComponentChildren;
}) {
  return (
    <Page titel={titel} i18n={i18n} csrf={csrf} sprachwahl={angemeldet ? undefined : pfad}>
      <Karte als="article" klasse="info-text">
        <h1 class="kern-heading-large">{titel}</h1>
        {children}
        <p>
          <Verweis href={angemeldet ? '/kunde' : '/anmelden'}>
            {i18n.t(angemeldet ? 'nav.startseite' : 'vergessen.zurueck')}
          </Verweis>
        </p>
      </Karte>
    </Page>
  );
}
