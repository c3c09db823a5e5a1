// Partner: Dokumente › Eingang — referrals, CVs and certificates from the jobcenter; opening one records its retrieval.
import { BriefDownload, BriefName } from '../components/brief-download.js';
import { Liste } from '../components/liste.js';
import { verfuegbarkeitText } from '../components/verfuegbarkeit.js';
import { PortalPage, type PortalKontext } from '../layout/portal-page.js';
import type { PartnerEingangZeile } from '../../services/ausgang/partner-eingang.js';

export function PartnerEingangPage({ kontext, zeilen }: { kontext: PortalKontext; zeilen: PartnerEingangZeile[] }) {
  const { i18n } = kontext;
  const { t } = i18n;
  return (
    <PortalPage kontext={kontext} titel={t('eingang.titel')}>
      <p>{t('partner.eingang.einleitung')}</p>
      <Liste
        label={t('eingang.titel')}
        leer={t('partner.eingang.leer')}
        zeilen={zeilen}
        zeilenKlasse={(z) => (z.abgerufenAm ? undefined : 'ungelesen')}
        spalten={[
          { kopf: t('eingang.datum'), zelle: (z) => i18n.datum(z.datum) },
          { kopf: t('partner.eingang.dokumentart'), zelle: (z) => z.dokumentart },
          {
            kopf: t('eingang.name'),
            zelle: (z) => <BriefName i18n={i18n} name={z.name} abgerufenAm={z.abgerufenAm} />,
          },
          { kopf: t('partner.gesendet.kunde'), zelle: (z) => z.kunde ?? '' },
          { kopf: t('eingang.bereich'), zelle: (z) => t(`bereich.${z.bereich}`) },
          { kopf: t('eingang.info'), zelle: (z) => z.info ?? '' },
          { kopf: t('loeschung.spalte'), zelle: (z) => verfuegbarkeitText(i18n, z.verfuegbarkeit, 'abruf') },
          {
            kopf: t('eingang.download'),
            zelle: (z) => (
              <BriefDownload
                i18n={i18n}
                href={`/partner/eingang/${z.ausgangsnummer}/pdf`}
                name={z.name}
                abgerufenAm={z.abgerufenAm}
              />
            ),
          },
        ]}
      />
    </PortalPage>
  );
}
