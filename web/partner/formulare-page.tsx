// Partner: Formulare — the jobcenter's forms for partners, as PDF downloads (managed by staff).
import { TabellenRahmen } from '../components/tabellen-rahmen.js';
import { PortalPage, type PortalKontext } from '../layout/portal-page.js';

export interface FormularZeile {
  id: number;
  titel: string;
  beschreibung: string | null;
  angelegtAm: Date;
  bytes: number;
}

const groesse = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

export function FormularePage({ kontext, zeilen }: { kontext: PortalKontext; zeilen: FormularZeile[] }) {
  const { i18n } = kontext;
  const { t } = i18n;
  return (
    <PortalPage kontext={kontext} titel={t('partner.formulare.titel')}>
      <p>{t('partner.formulare.einleitung')}</p>
      {zeilen.length === 0 ? (
        <p>{t('partner.formulare.leer')}</p>
      ) : (
        <TabellenRahmen label={t('partner.formulare.titel')}>
          <table class="liste">
            <thead>
              <tr>
                <th scope="col">{t('partner.formulare.titel_spalte')}</th>
                <th scope="col">{t('partner.formulare.beschreibung')}</th>
                <th scope="col">{t('partner.formulare.stand')}</th>
                <th scope="col">{t('partner.formulare.groesse')}</th>
                <th scope="col">{t('eingang.download')}</th>
              </tr>
            </thead>
            <tbody>
              {zeilen.map((z) => (
                <tr>
                  <td data-label={t('partner.formulare.titel_spalte')}>{z.titel}</td>
                  <td data-label={t('partner.formulare.beschreibung')}>{z.beschreibung ?? ''}</td>
                  <td data-label={t('partner.formulare.stand')}>{i18n.datum(z.angelegtAm)}</td>
                  <td data-label={t('partner.formulare.groesse')}>{groesse(z.bytes)}</td>
                  <td data-label={t('eingang.download')}>
                    <a href={`/partner/formulare/${z.id}/pdf`}>
                      {t('eingang.herunterladen')}
                      <span class="sr-only">{` – ${z.titel} (PDF)`}</span>
                    </a>
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
