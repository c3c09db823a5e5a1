// The page the service worker shows without a network: static, the same for everyone, in all six languages.
import { render } from 'preact-render-to-string';
import { sprachen, translator } from '../../i18n/index.js';
import { Karte } from '../../components/karte.js';
import { Verweis } from '../../components/verweis.js';

export function offlineSeite(): string {
  const de = translator('de');
  return `<!DOCTYPE html>${render(
    <html lang="de" dir="ltr">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${de.t('offline.titel')} – ${de.t('app.titel')}`}</title>
        <link rel="stylesheet" href="/assets/portal.css" />
      </head>
      <body>
        <header class="kopf">
          <span class="marke">{de.t('app.titel')}</span>
        </header>
        <main id="inhalt">
          {sprachen.map((sprache) => {
            const { t, dir } = translator(sprache);
            return (
              <Karte lang={sprache} dir={dir}>
                {sprache === 'de' ? (
                  <h1 class="kern-heading-large">{t('offline.titel')}</h1>
                ) : (
                  <h2 class="kern-heading-medium">{t('offline.titel')}</h2>
                )}
                <p>{t('offline.text')}</p>
                <p>
                  <Verweis href="/kunde">{t('offline.erneut')}</Verweis>
                </p>
              </Karte>
            );
          })}
        </main>
      </body>
    </html>,
  )}`;
}
