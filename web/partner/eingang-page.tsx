// Partner: Dokumente › Eingang — referrals, CVs and certificates from the jobcenter; opening one records its retrieval.
import { TabellenRahmen } from '../components/tabellen-rahmen.js';
import { PortalPage, type PortalKontext } from '../layout/portal-page.js';
import type { PartnerEingangZeile } from './eingang-abfragen.js';

export function PartnerEingangPage({ kontext, zeilen }: { kontext: PortalKontext; zeilen: PartnerEingangZeile[] }) {
  const { i18n } = kontext;
  const { t } = i18n;
  return (
    <PortalPage kontext={kontext} titel={t('eingang.titel')}>
      <p>{t('partner.eingang.einleitung')}</p>
      {zeilen.length === 0 ? (
        <p>{t('partner.eingang.leer')}</p>
      ) : (
        <TabellenRahmen label={t('eingang.titel')}>
          <table class="liste">
            <thead>
              <tr>
                <th scope="col">{t('eingang.datum')}</th>
                <th scope="col">{t('partner.eingang.dokumentart')}</th>
                <th scope="col">{t('eingang.name')}</th>
                <th scope="col">{t('partner.gesendet.kunde')}</th>
                <th scope="col">{t('eingang.bereich')}</th>
                <th scope="col">{t('eingang.info')}</th>
                <th scope="col">{t('eingang.download')}</th>
              </tr>
            </thead>
            <tbody>
              {zeilen.map((z) => (
                <tr class={z.abgerufenAm ? undefined : 'ungelesen'}>
                  <td data-label={t('eingang.datum')}>{i18n.datum(z.datum)}</td>
                  <td data-label={t('partner.eingang.dokumentart')}>{z.dokumentart}</td>
                  <td data-label={t('eingang.name')}>
                    {z.name} {!z.abgerufenAm && <span class="marke-neu">{t('eingang.neu')}</span>}
                  </td>
                  <td data-label={t('partner.gesendet.kunde')}>{z.kunde ?? ''}</td>
                  <td data-label={t('eingang.bereich')}>{t(`bereich.${z.bereich}`)}</td>
                  <td data-label={t('eingang.info')}>{z.info ?? ''}</td>
                  <td data-label={t('eingang.download')}>
                    <a href={`/partner/eingang/${z.ausgangsnummer}/pdf`}>
                      {t('eingang.herunterladen')}
                      <span class="sr-only">{` – ${z.name} (PDF)`}</span>
                    </a>
                    {z.abgerufenAm && <span class="hinweis"> {i18n.tf('eingang.abgerufen_am', { datum: i18n.datum(z.abgerufenAm) })}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TabellenRahmen>
      )}
    </PortalPage>
  );
}
