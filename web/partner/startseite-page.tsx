// Partner Startseite: who is signed in for which organisation, unread documents from the jobcenter, latest submissions, news.
import { Neuigkeiten } from '../components/neuigkeiten.js';
import { PortalPage, type PortalKontext } from '../layout/portal-page.js';
import { versandstatusText } from './gesendet-spalten.js';
import type { PartnerStartDaten } from '../../services/partner/start-abfrage.js';
import { Karte } from '../components/karte.js';
import { Verweis } from '../components/verweis.js';

export function PartnerStartseitePage({ kontext, daten }: { kontext: PortalKontext; daten: PartnerStartDaten }) {
  const { i18n } = kontext;
  const { t } = i18n;
  return (
    <PortalPage kontext={kontext} titel={t('partner.start.titel')}>
      <p>
        {i18n.tf('partner.start.willkommen', {
          name: `${daten.vorname} ${daten.nachname}`,
          organisation: daten.organisation,
        })}
      </p>
      <Karte aria-labelledby="neu-titel">
        <h2 class="kern-heading-medium" id="neu-titel">
          {t('partner.start.neue_eingaenge')}
        </h2>
        <p>
          {daten.ungelesen === 0 ? (
            t('partner.start.keine_neuen')
          ) : (
            <Verweis href="/partner/eingang">
              {i18n.tf('partner.start.neue_anzahl', { anzahl: String(daten.ungelesen) })}
            </Verweis>
          )}
        </p>
      </Karte>
      <Karte aria-labelledby="letzte-titel">
        <h2 class="kern-heading-medium" id="letzte-titel">
          {t('partner.start.letzte_sendungen')}
        </h2>
        {daten.letzte.length === 0 ? (
          <p>{t('partner.start.nichts_gesendet')}</p>
        ) : (
          <ul>
            {daten.letzte.map((z) => (
              <li>{`${i18n.datum(z.eingegangenAm)} – ${z.name} – ${z.kundenname} – ${versandstatusText(i18n, z)}`}</li>
            ))}
          </ul>
        )}
        <p>
          <Verweis href="/partner/gesendet">{t('nav.gesendet')}</Verweis>
        </p>
      </Karte>
      <Neuigkeiten i18n={i18n} neuigkeiten={daten.neuigkeiten} />
    </PortalPage>
  );
}
