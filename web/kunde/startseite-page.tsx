// Startseite: a ready Auskunft, the next appointments, news from the jobcenter, opening hours.
import { PortalPage, type PortalKontext } from '../layout/portal-page.js';
import { Neuigkeiten } from '../components/neuigkeiten.js';
import { Oeffnungszeiten } from '../components/oeffnungszeiten.js';
import type { StartseiteDaten } from '../../services/kunden/portal-abfragen.js';
import { Karte } from '../components/karte.js';
import { Verweis } from '../components/verweis.js';

export function StartseitePage({ kontext, daten }: { kontext: PortalKontext; daten: StartseiteDaten }) {
  const { t, datum, uhrzeit, wochentag } = kontext.i18n;
  return (
    <PortalPage kontext={kontext} titel={t('nav.startseite')}>
      {daten.auskunftBereit && (
        <Karte aria-labelledby="auskunft-hinweis">
          <h2 class="kern-heading-medium" id="auskunft-hinweis">
            {t('auskunft.hinweis_bereit')}
          </h2>
          <p>
            <Verweis href="/kunde/auskunft">{t('auskunft.zur_auskunft')}</Verweis>
          </p>
        </Karte>
      )}
      <Karte aria-labelledby="termine-titel">
        <h2 class="kern-heading-medium" id="termine-titel">
          {t('start.termine')}
        </h2>
        {daten.termine.length === 0 ? (
          <p>{t('start.keine_termine')}</p>
        ) : (
          <table class="kern-table liste">
            <thead>
              <tr class="kern-table__row">
                <th class="kern-table__header" scope="col">
                  {t('termine.wochentag')}
                </th>
                <th class="kern-table__header" scope="col">
                  {t('termine.datum')}
                </th>
                <th class="kern-table__header" scope="col">
                  {t('termine.zeit')}
                </th>
                <th class="kern-table__header" scope="col">
                  {t('termine.ansprechpartner')}
                </th>
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {daten.termine.map((termin) => (
                <tr class="kern-table__row">
                  <td class="kern-table__cell" data-label={t('termine.wochentag')}>
                    {wochentag(termin.beginn)}
                  </td>
                  <td class="kern-table__cell" data-label={t('termine.datum')}>
                    {datum(termin.beginn)}
                  </td>
                  <td class="kern-table__cell" data-label={t('termine.zeit')}>
                    {uhrzeit(termin.beginn)}
                  </td>
                  <td class="kern-table__cell" data-label={t('termine.ansprechpartner')}>
                    {termin.ansprechpartner}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p>
          <Verweis href="/kunde/termine">{t('start.alle_termine')}</Verweis>
        </p>
      </Karte>
      <Neuigkeiten i18n={kontext.i18n} neuigkeiten={daten.neuigkeiten} />
      <Karte aria-labelledby="oeffnungszeiten-titel">
        <h2 class="kern-heading-medium" id="oeffnungszeiten-titel">
          {t('start.oeffnungszeiten')}
        </h2>
        <Oeffnungszeiten i18n={kontext.i18n} />
      </Karte>
    </PortalPage>
  );
}
