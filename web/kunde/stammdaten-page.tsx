// Meine Stammdaten: what the jobcenter has on file, read only, with how to report a change.
import { PortalPage, type PortalKontext } from '../layout/portal-page.js';
import type { StammDaten } from '../../services/kunden/konto-abfragen.js';

export function StammdatenPage({ kontext, daten }: { kontext: PortalKontext; daten: StammDaten }) {
  const { t } = kontext.i18n;
  const oder = (wert: string | null) => wert || t('stammdaten.nicht_hinterlegt');
  const anschrift =
    daten.strasse || daten.ort
      ? [daten.strasse ?? '', `${daten.plz ?? ''} ${daten.ort ?? ''}`.trim()]
      : [t('stammdaten.nicht_hinterlegt')];
  return (
    <PortalPage kontext={kontext} titel={t('stammdaten.titel')}>
      <section class="karte">
        <dl class="angaben">
          <dt>{t('stammdaten.name')}</dt>
          <dd>{`${daten.vorname} ${daten.nachname}`}</dd>
          <dt>{t('stammdaten.kundennummer')}</dt>
          <dd>{daten.kundennummer}</dd>
          <dt>{t('stammdaten.bg_nummer')}</dt>
          <dd>{daten.bgNummer}</dd>
          <dt>{t('stammdaten.anschrift')}</dt>
          <dd>
            {anschrift.map((zeile, i) => (
              <>
                {i > 0 && <br />}
                {zeile}
              </>
            ))}
          </dd>
          <dt>{t('stammdaten.email')}</dt>
          <dd>{oder(daten.email)}</dd>
          <dt>{t('stammdaten.telefon')}</dt>
          <dd>{oder(daten.telefon)}</dd>
        </dl>
      </section>
      <p>
        {t('stammdaten.aendern')} <a href="/kunde/mitteilung-senden">{t('nav.mitteilung_senden')}</a>
      </p>
    </PortalPage>
  );
}
