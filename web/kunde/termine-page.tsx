// Termine: upcoming and past appointments, each with its calendar file; no cancelling here, as in the original.
import { TabellenRahmen } from '../components/tabellen-rahmen.js';
import { PortalPage, type PortalKontext } from '../layout/portal-page.js';
import type { I18n } from '../i18n/index.js';
import type { TerminZeile } from '../../services/termine/kunde-termine.js';
import { Karte } from '../components/karte.js';
import { Verweis } from '../components/verweis.js';

function TerminTabelle({ i18n, termine, id }: { i18n: I18n; termine: TerminZeile[]; id: 'kommende' | 'vergangene' }) {
  const { t } = i18n;
  const spalten = [
    'termine.wochentag',
    'termine.datum',
    'termine.zeit',
    'termine.ansprechpartner',
    'termine.raum',
    'termine.telefon',
    'termine.mitteilung_1',
    'termine.mitteilung_2',
    'termine.status',
    'termine.kalender',
  ] as const;
  return (
    <TabellenRahmen label={t(id === 'kommende' ? 'termine.kommende' : 'termine.vergangene')}>
      <table class="kern-table liste" aria-labelledby={id}>
        <thead>
          <tr class="kern-table__row">
            {spalten.map((s) => (
              <th class="kern-table__header" scope="col">
                {t(s)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="kern-table__body">
          {termine.map((termin) => {
            const werte = [
              i18n.wochentag(termin.beginn),
              i18n.datum(termin.beginn),
              i18n.uhrzeit(termin.beginn),
              termin.ansprechpartner,
              termin.raum ?? '',
              termin.telefon ?? '',
              termin.mitteilung1 ?? '',
              termin.mitteilung2 ?? '',
              t(`termine.status.${termin.status}`),
            ];
            return (
              <tr class="kern-table__row">
                {werte.map((wert, i) => (
                  <td class="kern-table__cell" data-label={t(spalten[i]!)}>
                    {wert}
                  </td>
                ))}
                <td class="kern-table__cell" data-label={t('termine.kalender')}>
                  {termin.status === 'geplant' && (
                    <Verweis href={`/kunde/termine/${termin.id}.ics`}>
                      {t('termine.kalender')} (.ics)
                      <span class="kern-sr-only">{` – ${i18n.datum(termin.beginn)} ${i18n.uhrzeit(termin.beginn)}`}</span>
                    </Verweis>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TabellenRahmen>
  );
}

export function TerminePage({
  kontext,
  kommende,
  vergangene,
}: {
  kontext: PortalKontext;
  kommende: TerminZeile[];
  vergangene: TerminZeile[];
}) {
  const { i18n } = kontext;
  const { t } = i18n;
  return (
    <PortalPage kontext={kontext} titel={t('termine.titel')}>
      <p>{t('termine.hinweis_absage')}</p>
      <p>{t('termine.hinweis_erinnerung')}</p>
      <p>
        <Verweis href="/kunde/termin-buchen">{t('buchen.titel')}</Verweis>
      </p>
      <Karte>
        <h2 class="kern-heading-medium" id="kommende">
          {t('termine.kommende')}
        </h2>
        {kommende.length === 0 ? (
          <p>{t('termine.keine_kommenden')}</p>
        ) : (
          <TerminTabelle i18n={i18n} termine={kommende} id="kommende" />
        )}
      </Karte>
      <Karte>
        <h2 class="kern-heading-medium" id="vergangene">
          {t('termine.vergangene')}
        </h2>
        {vergangene.length === 0 ? (
          <p>{t('termine.keine_vergangenen')}</p>
        ) : (
          <TerminTabelle i18n={i18n} termine={vergangene} id="vergangene" />
        )}
      </Karte>
    </PortalPage>
  );
}
