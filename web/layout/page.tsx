// The HTML document around every page: lang/dir, skip link, header, main, footer; KERN UX and our assets from our origin.
import type { ComponentChildren } from 'preact';
import { Sprachwahl } from '../components/sprachwahl.js';
import type { I18n } from '../i18n/index.js';

export interface PageProps {
  titel: string;
  i18n: I18n;
  /** Sent by htmx with every request (X-CSRF-Token); forms carry it as a hidden field too. */
  csrf?: string;
  /** Shows the language choice in the header (pages for visitors who are not signed in); the path to return to. */
  sprachwahl?: string;
  /** A robots directive for pages search engines must not keep (shared links). */
  robots?: string;
  /** Client pages and the sign-in: link the installable app (manifest, icons; portal.js registers the service worker). */
  app?: boolean;
  children: ComponentChildren;
}

export function Page({ titel, i18n, csrf, sprachwahl, robots, app, children }: PageProps) {
  const { t } = i18n;
  const headers = csrf ? JSON.stringify({ 'X-CSRF-Token': csrf }) : undefined;
  return (
    <html lang={i18n.sprache} dir={i18n.dir}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {robots && <meta name="robots" content={robots} />}
        <title>{`${titel} – ${t('app.titel')}`}</title>
        <link rel="stylesheet" href="/assets/kern/fonts/fira-sans.css" />
        <link rel="stylesheet" href="/assets/kern/kern.min.css" />
        <link rel="stylesheet" href="/assets/portal.css" />
        {app && <link rel="manifest" href={`/app/manifest.webmanifest?sprache=${i18n.sprache}`} />}
        {app && <meta name="theme-color" content="#0b3d66" />}
        {app && <link rel="apple-touch-icon" href="/assets/app/icon-192.png" />}
        <script src="/assets/htmx.js" defer />
        <script src="/assets/portal.js" defer />
      </head>
      <body {...(headers ? { 'hx-headers:inherited': headers } : {})}>
        <a class="sprunglink" href="#inhalt">
          {t('app.sprunglink')}
        </a>
        <header class="kopf">
          <div class="kopf-innen">
            <a class="marke" href="/">
              <span class="marke-zeichen" aria-hidden="true" />
              {t('app.titel')}
            </a>
            {sprachwahl !== undefined && csrf && <Sprachwahl i18n={i18n} csrf={csrf} zurueck={sprachwahl} />}
          </div>
        </header>
        <main id="inhalt" tabIndex={-1}>
          {children}
        </main>
        <footer class="fuss">
          <nav aria-label={t('fusszeile.rechtliches')} class="fuss-innen">
            <a href="/impressum">{t('fusszeile.impressum')}</a>
            <a href="/datenschutz">{t('fusszeile.datenschutz')}</a>
            <a href="/barrierefreiheit">{t('fusszeile.barrierefreiheit')}</a>
            <a href="/leichte-sprache">{t('fusszeile.leichte_sprache')}</a>
          </nav>
          <nav aria-label={t('fusszeile.service')}>
            <a href="/bearbeitungsstand">{t('fusszeile.bearbeitungsstand')}</a>
          </nav>
        </footer>
      </body>
    </html>
  );
}
