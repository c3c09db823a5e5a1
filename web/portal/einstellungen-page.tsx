// Einstellungen: language of pages and e-mails, the way to change the password, and (clients) the Auskunft.
import { SpracheFormular } from '../components/sprache-formular.js';
import { PortalPage, type PortalKontext } from '../layout/portal-page.js';
import { Karte } from '../components/karte.js';
import { Verweis } from '../components/verweis.js';

export function EinstellungenPage({ kontext }: { kontext: PortalKontext }) {
  const { t } = kontext.i18n;
  const basis = kontext.art === 'partner' ? '/partner' : '/kunde';
  return (
    <PortalPage kontext={kontext} titel={t('einstellungen.titel')}>
      <Karte aria-labelledby="sprache-titel">
        <h2 class="kern-heading-medium" id="sprache-titel">
          {t('sprache.titel')}
        </h2>
        <SpracheFormular i18n={kontext.i18n} csrf={kontext.csrf} aktion={`${basis}/sprache`} />
      </Karte>
      <Karte aria-labelledby="passwort-titel">
        <h2 class="kern-heading-medium" id="passwort-titel">
          {t('passwort.titel')}
        </h2>
        <p>
          <Verweis href={`${basis}/passwort`}>{t('passwort.titel')}</Verweis>
        </p>
      </Karte>
      {kontext.art !== 'partner' && (
        <Karte aria-labelledby="auskunft-titel">
          <h2 class="kern-heading-medium" id="auskunft-titel">
            {t('einstellungen.auskunft')}
          </h2>
          <p>
            <Verweis href="/kunde/auskunft">{t('einstellungen.auskunft.link')}</Verweis>
          </p>
        </Karte>
      )}
    </PortalPage>
  );
}
