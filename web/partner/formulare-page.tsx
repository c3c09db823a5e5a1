// Partner: Formulare — the jobcenter's forms for partners, as PDF downloads (managed by staff).
import { dateigroesse } from '../components/dateigroesse.js';
import { Liste } from '../components/liste.js';
import type { Formular } from '../../services/formulare/abfragen.js';
import { PortalPage, type PortalKontext } from '../layout/portal-page.js';
import { Verweis } from '../components/verweis.js';

export function FormularePage({ kontext, zeilen }: { kontext: PortalKontext; zeilen: Formular[] }) {
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
          { kopf: t('partner.formulare.groesse'), zelle: (z) => dateigroesse(z.bytes, i18n.sprache) },
          {
            kopf: t('eingang.download'),
            zelle: (z) => (
              <Verweis href={`/partner/formulare/${z.id}/pdf`}>
                {t('eingang.herunterladen')}
                <span class="kern-sr-only">{` – ${z.titel} (PDF)`}</span>
              </Verweis>
            ),
          },
        ]}
      />
    </PortalPage>
  );
}
