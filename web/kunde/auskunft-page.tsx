// Auskunft (Art. 15 GDPR): what the client can ask for, the request button, and their requests with the download.
import { Liste } from '../components/liste.js';
import { PortalPage, type PortalKontext } from '../layout/portal-page.js';
import type { EigeneAuskunft } from '../../services/auskunft/eigene-auskuenfte.js';
import { Karte } from '../components/karte.js';
import { Verweis } from '../components/verweis.js';

export function AuskunftPage({ kontext, auskuenfte }: { kontext: PortalKontext; auskuenfte: EigeneAuskunft[] }) {
  const { i18n } = kontext;
  const { t } = i18n;
  return (
    <PortalPage kontext={kontext} titel={t('auskunft.titel')}>
      <Karte aria-labelledby="auskunft-anfordern">
        <h2 class="kern-heading-medium" id="auskunft-anfordern">
          {t('auskunft.beantragen')}
        </h2>
        <p>{t('auskunft.einleitung')}</p>
        <p>{t('auskunft.akte')}</p>
        <form method="post" action="/kunde/auskunft">
          <input type="hidden" name="_csrf" value={kontext.csrf} />
          <button class="kern-btn kern-btn--primary" type="submit">
            <span class="kern-label">{t('auskunft.beantragen')}</span>
          </button>
        </form>
      </Karte>
      <Karte aria-labelledby="auskunft-liste">
        <h2 class="kern-heading-medium" id="auskunft-liste">
          {t('auskunft.liste')}
        </h2>
        <Liste
          label={t('auskunft.liste')}
          leer={t('auskunft.keine')}
          zeilen={auskuenfte}
          spalten={[
            { kopf: t('auskunft.angefordert_am'), zelle: (a) => i18n.datum(a.beantragtAm) },
            { kopf: t('auskunft.stand'), zelle: (a) => t(`auskunft.status.${a.status}`) },
            {
              kopf: t('loeschung.spalte'),
              zelle: (a) =>
                a.verfuegbarBis ? i18n.tf('loeschung.verfuegbar_bis', { datum: i18n.datum(a.verfuegbarBis) }) : '',
            },
            {
              kopf: t('auskunft.herunterladen'),
              zelle: (a) =>
                a.status === 'bereit' ? (
                  <Verweis href={`/kunde/auskunft/${a.id}/zip`} download>
                    {t('auskunft.herunterladen')}
                  </Verweis>
                ) : (
                  ''
                ),
            },
          ]}
        />
      </Karte>
    </PortalPage>
  );
}
