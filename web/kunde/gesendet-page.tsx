// Dokumente – gesendet: everything the client sent, with its Eingangsnummer, status trail and download.
import { Liste } from '../components/liste.js';
import { verfuegbarkeitText } from '../components/verfuegbarkeit.js';
import { PortalPage, type PortalKontext } from '../layout/portal-page.js';
import { StatusVerlauf } from './status-verlauf.js';
import type { GesendetZeile } from '../../services/kunden/gesendet-liste.js';
import { Verweis } from '../components/verweis.js';

export function GesendetPage({ kontext, zeilen }: { kontext: PortalKontext; zeilen: GesendetZeile[] }) {
  const { i18n } = kontext;
  const { t } = i18n;
  return (
    <PortalPage kontext={kontext} titel={t('gesendet.titel')}>
      <Liste
        label={t('gesendet.titel')}
        leer={t('gesendet.leer')}
        zeilen={zeilen}
        merken={{ namensraum: `kunde-gesendet:${i18n.sprache}`, kennung: (z) => z.eingangsnummer }}
        spalten={[
          { kopf: t('gesendet.erstelldatum'), zelle: (z) => i18n.datum(z.eingegangenAm) },
          { kopf: t('gesendet.bereich'), zelle: (z) => z.teams.map((team) => t(`bereich.${team}`)).join(', ') },
          {
            kopf: t('gesendet.name'),
            zelle: (z) =>
              z.perPost ? (
                <>
                  {z.name} <span class="kern-hint">({t('gesendet.per_post')})</span>
                </>
              ) : (
                z.name
              ),
          },
          { kopf: t('gesendet.info'), zelle: (z) => z.info ?? '' },
          { kopf: t('gesendet.eingangsnummer'), zelle: (z) => z.eingangsnummer },
          { kopf: t('gesendet.status'), zelle: (z) => <StatusVerlauf i18n={i18n} daten={z} basis="/kunde/gesendet" /> },
          { kopf: t('loeschung.spalte'), zelle: (z) => verfuegbarkeitText(i18n, z.verfuegbarkeit, 'erledigung') },
          {
            kopf: t('gesendet.download'),
            zelle: (z) =>
              z.herunterladbar && (
                <Verweis href={`/kunde/gesendet/${z.eingangsnummer}/pdf`} download>
                  {t('gesendet.download')}
                  <span class="kern-sr-only">{` ${z.name} ${z.eingangsnummer}`}</span>
                </Verweis>
              ),
          },
        ]}
      />
    </PortalPage>
  );
}
