// Dokumente – Eingang: letters the jobcenter sent to this client; opening one records its retrieval.
import type { Bereich } from '../../domain/bereich.js';
import { TabellenRahmen } from '../components/tabellen-rahmen.js';
import { PortalPage, type PortalKontext } from '../layout/portal-page.js';

export interface EingangZeile {
  ausgangsnummer: string;
  datum: Date;
  bereich: Bereich;
  name: string;
  info: string | null;
  abgerufenAm: Date | null;
}

export function EingangPage({ kontext, zeilen }: { kontext: PortalKontext; zeilen: EingangZeile[] }) {
  const { i18n } = kontext;
  const { t } = i18n;
  return (
    <PortalPage kontext={kontext} titel={t('eingang.titel')}>
      <p>{t('eingang.einleitung')}</p>
      {zeilen.length === 0 ? (
        <p>{t('eingang.leer')}</p>
      ) : (
        <TabellenRahmen label={t('eingang.titel')}>
          <table class="liste">
            <thead>
              <tr>
                <th scope="col">{t('eingang.datum')}</th>
                <th scope="col">{t('eingang.bereich')}</th>
                <th scope="col">{t('eingang.name')}</th>
                <th scope="col">{t('eingang.info')}</th>
                <th scope="col">{t('eingang.download')}</th>
              </tr>
            </thead>
            <tbody>
              {zeilen.map((z) => (
                <tr class={z.abgerufenAm ? undefined : 'ungelesen'}>
                  <td data-label={t('eingang.datum')}>{i18n.datum(z.datum)}</td>
                  <td data-label={t('eingang.bereich')}>{t(`bereich.${z.bereich}`)}</td>
                  <td data-label={t('eingang.name')}>
                    {z.name} {!z.abgerufenAm && <span class="marke-neu">{t('eingang.neu')}</span>}
                  </td>
                  <td data-label={t('eingang.info')}>{z.info ?? ''}</td>
                  <td data-label={t('eingang.download')}>
                    <a href={`/kunde/eingang/${z.ausgangsnummer}/pdf`}>
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
