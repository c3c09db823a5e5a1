// Dokumente – gesendet: everything the client sent, with its Eingangsnummer, status trail and download.
import type { Team } from '../../domain/bereich.js';
import { TabellenRahmen } from '../components/tabellen-rahmen.js';
import { PortalPage, type PortalKontext } from '../layout/portal-page.js';
import { StatusVerlauf, type StatusDaten } from './status-verlauf.js';

export interface GesendetZeile extends StatusDaten {
  eingegangenAm: Date;
  teams: Team[];
  name: string;
  info: string | null;
  herunterladbar: boolean;
}

export function GesendetPage({ kontext, zeilen }: { kontext: PortalKontext; zeilen: GesendetZeile[] }) {
  const { i18n } = kontext;
  const { t } = i18n;
  return (
    <PortalPage kontext={kontext} titel={t('gesendet.titel')}>
      {zeilen.length === 0 ? (
        <p>{t('gesendet.leer')}</p>
      ) : (
        <TabellenRahmen label={t('gesendet.titel')}>
          <table class="liste">
            <thead>
              <tr>
                <th scope="col">{t('gesendet.erstelldatum')}</th>
                <th scope="col">{t('gesendet.bereich')}</th>
                <th scope="col">{t('gesendet.name')}</th>
                <th scope="col">{t('gesendet.info')}</th>
                <th scope="col">{t('gesendet.eingangsnummer')}</th>
                <th scope="col">{t('gesendet.status')}</th>
                <th scope="col">{t('gesendet.download')}</th>
              </tr>
            </thead>
            <tbody>
              {zeilen.map((z) => (
                <tr>
                  <td data-label={t('gesendet.erstelldatum')}>{i18n.datum(z.eingegangenAm)}</td>
                  <td data-label={t('gesendet.bereich')}>{z.teams.map((team) => t(`bereich.${team}`)).join(', ')}</td>
                  <td data-label={t('gesendet.name')}>{z.name}</td>
                  <td data-label={t('gesendet.info')}>{z.info ?? ''}</td>
                  <td data-label={t('gesendet.eingangsnummer')}>{z.eingangsnummer}</td>
                  <td data-label={t('gesendet.status')}>
                    <StatusVerlauf i18n={i18n} daten={z} basis="/kunde/gesendet" />
                  </td>
                  <td data-label={t('gesendet.download')}>
                    {z.herunterladbar && (
                      <a href={`/kunde/gesendet/${z.eingangsnummer}/pdf`} download>
                        {t('gesendet.download')}
                        <span class="sr-only">{` ${z.name} ${z.eingangsnummer}`}</span>
                      </a>
                    )}
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
