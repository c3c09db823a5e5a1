// The HTML document around every page: lang/dir, skip link, header, main, footer; assets from our origin.
import type { ComponentChildren } from 'preact';
import type { Translate } from '../i18n/index.js';

export interface PageProps {
  titel: string;
  sprache: string;
  dir: 'ltr' | 'rtl';
  t: Translate;
  children: ComponentChildren;
}

export function Page({ titel, sprache, dir, t, children }: PageProps) {
  return (
    <html lang={sprache} dir={dir}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${titel} – ${t('app.titel')}`}</title>
        <link rel="stylesheet" href="/assets/portal.css" />
        <script src="/assets/htmx.js" defer />
      </head>
      <body>
        <a class="sprunglink" href="#inhalt">
          {t('app.sprunglink')}
        </a>
        <header class="kopf">
          <span class="marke">{t('app.titel')}</span>
        </header>
        <main id="inhalt" tabIndex={-1}>
          {children}
        </main>
        <footer class="fuss">
          <nav aria-label="Rechtliches">
            <a href="/impressum">{t('fusszeile.impressum')}</a>
            <a href="/datenschutz">{t('fusszeile.datenschutz')}</a>
            <a href="/barrierefreiheit">{t('fusszeile.barrierefreiheit')}</a>
            <a href="/leichte-sprache">{t('fusszeile.leichte_sprache')}</a>
          </nav>
        </footer>
      </body>
    </html>
  );
}
