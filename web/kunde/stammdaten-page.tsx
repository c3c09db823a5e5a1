// Meine Stammdaten: what the jobcenter has on file, read only, with how to report a change.
import { PortalPage, type PortalKontext } from '../layout/portal-page.js';
import type { StammDaten } from '../../services/kunden/konto-abfragen.js';
import { Angabe, Angaben } from '../components/angaben.js';
import { Karte } from '../components/karte.js';
import { Verweis } from '../components/verweis.js';

export function StammdatenPage({ kontext, daten }: { kontext: PortalKontext; daten: StammDaten }) {
  const { t } = kontext.i18n;
  const oder = (wert: string | null) => wert || t('stammdaten.nicht_hinterlegt');
  const anschrift =
    daten.strasse || daten.ort
      ? [daten.strasse ?? '', `${daten.plz ?? ''} ${daten.ort ?? ''}`.trim()]
      : [t('stammdaten.nicht_hinterlegt')];
  return (
    <PortalPage kontext={kontext} titel={t('stammdaten.titel')}>
      <Karte>
        <Angaben>
          <Angabe name={t('stammdaten.name')}>{`${daten.vorname} ${daten.nachname}`}</Angabe>
          <Angabe name={t('stammdaten.kundennummer')}>{daten.kundennummer}</Angabe>
          <Angabe name={t('stammdaten.bg_nummer')}>{daten.bgNummer}</Angabe>
          <Angabe name={t('stammdaten.anschrift')}>
            {anschrift.map((zeile, i) => (
              <>
                {i > 0 && <br />}
                {zeile}
              </>
            ))}
          </Angabe>
          <Angabe name={t('stammdaten.email')}>{oder(daten.email)}</Angabe>
          <Angabe name={t('stammdaten.telefon')}>{oder(daten.telefon)}</Angabe>
        </Angaben>
      </Karte>
      <p>
        {t('stammdaten.aendern')} <Verweis href="/kunde/mitteilung-senden">{t('nav.mitteilung_senden')}</Verweis>
      </p>
    </PortalPage>
  );
}
