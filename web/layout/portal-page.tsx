// The signed-in client's page: side-bar navigation, settings and sign-out on top, notification bar, content.
import type { ComponentChildren } from 'preact';
import type { I18n } from '../i18n/index.js';
import type { SitzungDaten } from '../sitzung/sitzung.js';
import { Page } from './page.js';

export interface PortalKontext {
  i18n: I18n;
  csrf: string;
  pfad: string;
  name: string;
  meldung?: SitzungDaten['meldung'];
}

const punkte = [
  { href: '/kunde', key: 'nav.startseite' },
  { href: '/kunde/termine', key: 'nav.termine' },
  { gruppe: 'nav.dokumente' },
  { href: '/kunde/eingang', key: 'nav.eingang', eingerueckt: true },
  { href: '/kunde/gesendet', key: 'nav.gesendet', eingerueckt: true },
  { href: '/kunde/dokument-senden', key: 'nav.dokument_senden', eingerueckt: true },
  { href: '/kunde/mitteilung-senden', key: 'nav.mitteilung_senden' },
  { href: '/kunde/kontakt', key: 'nav.kontakt' },
  { href: '/kunde/stammdaten', key: 'nav.stammdaten' },
] as const;

export function PortalPage({ kontext, titel, children }: { kontext: PortalKontext; titel: string; children: ComponentChildren }) {
  const { i18n, csrf, pfad, name, meldung } = kontext;
  const { t } = i18n;
  return (
    <Page titel={titel} i18n={i18n} csrf={csrf}>
      <div class="portal">
        <nav class="seitenleiste" aria-label={t('nav.hauptmenue')}>
          <ul>
            {punkte.map((punkt) =>
              'gruppe' in punkt ? (
                <li class="gruppe">{t(punkt.gruppe)}</li>
              ) : (
                <li class={'eingerueckt' in punkt ? 'eingerueckt' : undefined}>
                  <a href={punkt.href} aria-current={pfad === punkt.href ? 'page' : undefined}>
                    {t(punkt.key)}
                  </a>
                </li>
              ),
            )}
          </ul>
        </nav>
        <div class="inhalt">
          <div class="kontoleiste">
            <span>
              {t('nav.angemeldet_als')} {name}
            </span>
            <a href="/kunde/einstellungen">{t('nav.einstellungen')}</a>
            <form method="post" action="/abmelden" class="inline">
              <input type="hidden" name="_csrf" value={csrf} />
              <button type="submit" class="link">
                {t('nav.abmelden')}
              </button>
            </form>
          </div>
          {meldung && (
            <div class={`meldung meldung-${meldung.art}`} role={meldung.art === 'fehler' ? 'alert' : 'status'}>
              {meldung.text}
            </div>
          )}
          <h1>{titel}</h1>
          {children}
        </div>
      </div>
    </Page>
  );
}
