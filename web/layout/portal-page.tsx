// The signed-in client's page: side-bar navigation, settings and sign-out on top, notification bar, content.
import type { ComponentChildren } from 'preact';
import type { I18n } from '../i18n/index.js';
import type { SitzungDaten } from '../sitzung/sitzung.js';
import type { MessageKey } from '../i18n/de.js';
import { Menue } from '../components/menue.js';
import { Meldung } from '../components/meldung.js';
import { Page } from './page.js';

export interface PortalKontext {
  i18n: I18n;
  csrf: string;
  pfad: string;
  name: string;
  meldung?: SitzungDaten['meldung'];
  /** Whose portal: clients (default) or partner organisations. */
  art?: 'kunde' | 'partner';
  /** Partner admins also see Verwaltung. */
  istAdmin?: boolean;
}

type Punkt = { href: string; key: MessageKey; eingerueckt?: true } | { gruppe: MessageKey };

const kundenPunkte: Punkt[] = [
  { href: '/kunde', key: 'nav.startseite' },
  { href: '/kunde/termine', key: 'nav.termine' },
  { gruppe: 'nav.dokumente' },
  { href: '/kunde/eingang', key: 'nav.eingang', eingerueckt: true },
  { href: '/kunde/gesendet', key: 'nav.gesendet', eingerueckt: true },
  { href: '/kunde/dokument-senden', key: 'nav.dokument_senden', eingerueckt: true },
  { href: '/kunde/bewerbungsmappen', key: 'nav.bewerbungsmappen', eingerueckt: true },
  { href: '/kunde/mitteilung-senden', key: 'nav.mitteilung_senden' },
  { href: '/kunde/kontakt', key: 'nav.kontakt' },
  { href: '/kunde/stammdaten', key: 'nav.stammdaten' },
];

const partnerPunkte = (istAdmin: boolean): Punkt[] => [
  { href: '/partner', key: 'nav.startseite' },
  { gruppe: 'nav.dokumente' },
  { href: '/partner/eingang', key: 'nav.eingang', eingerueckt: true },
  { href: '/partner/gesendet', key: 'nav.gesendet', eingerueckt: true },
  { href: '/partner/dokument-senden', key: 'nav.dokument_senden', eingerueckt: true },
  { href: '/partner/mitteilung-senden', key: 'nav.mitteilung_senden' },
  ...(istAdmin
    ? ([
        { gruppe: 'partner.nav.verwaltung' },
        { href: '/partner/verwaltung', key: 'partner.nav.benutzer', eingerueckt: true },
      ] as Punkt[])
    : []),
  { href: '/partner/formulare', key: 'partner.nav.formulare' },
];

export function PortalPage({
  kontext,
  titel,
  children,
}: {
  kontext: PortalKontext;
  titel: string;
  children: ComponentChildren;
}) {
  const { i18n, csrf, pfad, name, meldung } = kontext;
  const { t } = i18n;
  const punkte = kontext.art === 'partner' ? partnerPunkte(Boolean(kontext.istAdmin)) : kundenPunkte;
  const basis = kontext.art === 'partner' ? '/partner' : '/kunde';
  return (
    <Page titel={titel} i18n={i18n} csrf={csrf} app={kontext.art !== 'partner'}>
      <div class="portal">
        <Menue label={t('nav.hauptmenue')} knopf={t('nav.menue')} klasse="seitenleiste">
          <ul>
            {punkte.map((punkt) =>
              'gruppe' in punkt ? (
                <li class="gruppe">{t(punkt.gruppe)}</li>
              ) : (
                <li class={punkt.eingerueckt ? 'eingerueckt' : undefined}>
                  <a href={punkt.href} aria-current={pfad === punkt.href ? 'page' : undefined}>
                    {t(punkt.key)}
                  </a>
                </li>
              ),
            )}
          </ul>
        </Menue>
        <div class="inhalt">
          <div class="kontoleiste">
            <span>
              {t('nav.angemeldet_als')} {name}
            </span>
            <a href={`${basis}/einstellungen`} aria-current={pfad === `${basis}/einstellungen` ? 'page' : undefined}>
              {t('nav.einstellungen')}
            </a>
            <form method="post" action="/abmelden" class="inline">
              <input type="hidden" name="_csrf" value={csrf} />
              <button type="submit" class="kern-btn kern-btn--tertiary kern-btn--x-small">
                <span class="kern-label">{t('nav.abmelden')}</span>
              </button>
            </form>
          </div>
          {meldung && <Meldung art={meldung.art}>{meldung.text}</Meldung>}
          <h1 class="kern-heading-large">{titel}</h1>
          {children}
        </div>
      </div>
    </Page>
  );
}
