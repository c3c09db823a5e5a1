// Partner: Formulare — the jobcenter's forms for partners, as PDF downloads (managed by staff).
import { Liste } from '../components/liste.js';
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
      <Liste
        label={t('partner.formulare.titel')}
        leer={t('partner.formulare.leer')}
        zeilen={zeilen}
        spalten={[
          { kopf: t('partner.formulare.titel_spalte'), zelle: (z) => z.titel },
          { kopf: t('partner.formulare.beschreibung'), zelle: (z) => z.beschreibung ?? '' },
          { kopf: t('partner.formulare.stand'), zelle: (z) => i18n.datum(z.angelegtAm) },
          { kopf: t('partner.formulare.groesse'), zelle: (z) => groesse(z.bytes) },
          {
            kopf: t('eingang.download'),
            zelle: (z) => (
              <a href={`/partner/formulare/${z.id}/pdf`}>
                {t('eingang.herunterladen')}
                <span class="sr-only">{` – ${z.titel} (PDF)`}</span>
              </a>
            ),
          },
        ]}
      />
    </PortalPage>
  );
}
