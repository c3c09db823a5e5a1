// Partner: Dokumente › gesendet — the organisation's submissions with search, sorting, "Zeige N Einträge", print and exports.
import type { Loeschfristen } from '../../domain/loeschkonzept.js';
import { StatusMarke } from '../components/status-marke.js';
import { TabellenRahmen } from '../components/tabellen-rahmen.js';
import { PortalPage, type PortalKontext } from '../layout/portal-page.js';
import {
  filterQuery,
  seitenGroessen,
  type GesendetFilter,
  type PartnerGesendetZeile,
  type Sortierung,
} from '../../services/partner/gesendet-liste.js';
import { gesendetKoepfe, gesendetZellen } from './gesendet-spalten.js';
import { Verweis } from '../components/verweis.js';

/** Which header belongs to which sortable column (index into gesendetKoepfe). */
const sortSpalte: Record<number, Sortierung> = {
  0: 'erstelldatum',
  1: 'versandstatus',
  3: 'bereich',
  4: 'kunde',
  5: 'name',
  6: 'info',
};

const versandstatusSpalte = 1;

/** The status badge every audience sees, then why it was refused or how it was filed. */
function Versandstatus({ i18n, z }: { i18n: PortalKontext['i18n']; z: PartnerGesendetZeile }) {
  const { t } = i18n;
  const mehr =
    z.status === 'abgelehnt'
      ? z.ablehnungsgrund
        ? [t(`ablehnung.${z.ablehnungsgrund}`)]
        : []
      : (z.hinweise ?? []).map((hinweis) => t(`hinweis.${hinweis}`));
  return (
    <>
      <StatusMarke i18n={i18n} status={z.status} />
      {mehr.map((text) => (
        <p class="kern-hint">{text}</p>
      ))}
    </>
  );
}

export function PartnerGesendetPage({
  kontext,
  filter,
  zeilen,
  gesamt,
  fristen,
}: {
  kontext: PortalKontext;
  filter: GesendetFilter;
  zeilen: PartnerGesendetZeile[];
  gesamt: number;
  fristen: Loeschfristen;
}) {
  const { i18n } = kontext;
  const { t } = i18n;
  const koepfe = gesendetKoepfe(i18n);
  const seiten = Math.max(1, Math.ceil(gesamt / filter.anzahl));
  const von = gesamt === 0 ? 0 : (filter.seite - 1) * filter.anzahl + 1;
  const bis = Math.min(gesamt, filter.seite * filter.anzahl);
  const exportQuery = filterQuery(filter, { seite: 1 });
  const sortLink = (spalte: Sortierung) =>
    `/partner/gesendet${filterQuery(filter, { sortierung: spalte, richtung: filter.sortierung === spalte && filter.richtung === 'ab' ? 'auf' : 'ab', seite: 1 })}`;
  return (
    <PortalPage kontext={kontext} titel={t('gesendet.titel')}>
      <p>{t('partner.gesendet.einleitung')}</p>
      <form method="get" action="/partner/gesendet" class="liste-filter" role="search">
        <label class="kern-label" for="suche">
          {t('partner.gesendet.suche')}
        </label>
        <input
          class="kern-form-input__input"
          id="suche"
          name="suche"
          type="search"
          maxLength={100}
          value={filter.suche}
          aria-describedby="suche-hinweis"
        />
        <p id="suche-hinweis" class="kern-hint">
          {t('partner.gesendet.suche.hinweis')}
        </p>
        <label class="kern-label" for="anzahl">
          {t('partner.gesendet.eintraege_pro_seite')}
        </label>
        <div class="kern-form-input__select-wrapper">
          <select class="kern-form-input__select" id="anzahl" name="anzahl">
            {seitenGroessen.map((n) => (
              <option value={String(n)} selected={n === filter.anzahl}>
                {i18n.tf('partner.gesendet.anzahl', { anzahl: String(n) })}
              </option>
            ))}
          </select>
        </div>
        {filter.sortierung !== 'erstelldatum' && <input type="hidden" name="sortierung" value={filter.sortierung} />}
        {filter.richtung !== 'ab' && <input type="hidden" name="richtung" value={filter.richtung} />}
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{t('partner.gesendet.suchen')}</span>
        </button>
        {filter.suche && <Verweis href="/partner/gesendet">{t('partner.gesendet.zuruecksetzen')}</Verweis>}
      </form>
      <ul class="liste-werkzeuge">
        <li>
          <button type="button" class="kern-btn kern-btn--secondary zweitrangig" data-drucken hidden>
            <span class="kern-label">{t('partner.gesendet.drucken')}</span>
          </button>
        </li>
        <li>
          <Verweis href={`/partner/gesendet/export.csv${exportQuery}`}>{t('partner.gesendet.export_csv')}</Verweis>
        </li>
        <li>
          <Verweis href={`/partner/gesendet/export.xlsx${exportQuery}`}>{t('partner.gesendet.export_excel')}</Verweis>
        </li>
        <li>
          <Verweis href={`/partner/gesendet/export.pdf${exportQuery}`}>{t('partner.gesendet.export_pdf')}</Verweis>
        </li>
      </ul>
      <p role="status" class="treffer">
        {i18n.tf('partner.gesendet.treffer', { von: String(von), bis: String(bis), gesamt: String(gesamt) })}
      </p>
      {zeilen.length === 0 ? (
        <p>{t('partner.gesendet.leer')}</p>
      ) : (
        <TabellenRahmen label={t('gesendet.titel')}>
          <table class="kern-table liste">
            <thead>
              <tr class="kern-table__row">
                {koepfe.map((kopf, i) => {
                  const spalte = sortSpalte[i];
                  if (!spalte)
                    return (
                      <th class="kern-table__header" scope="col">
                        {kopf}
                      </th>
                    );
                  const aktiv = filter.sortierung === spalte;
                  return (
                    <th
                      class="kern-table__header"
                      scope="col"
                      aria-sort={aktiv ? (filter.richtung === 'auf' ? 'ascending' : 'descending') : undefined}
                    >
                      <a href={sortLink(spalte)} title={i18n.tf('partner.gesendet.sortieren', { spalte: kopf })}>
                        {kopf}
                        {aktiv && <span aria-hidden="true">{filter.richtung === 'auf' ? ' ▲' : ' ▼'}</span>}
                      </a>
                    </th>
                  );
                })}
                <th class="kern-table__header" scope="col">
                  {t('gesendet.download')}
                </th>
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {zeilen.map((z) => (
                <tr class="kern-table__row">
                  {gesendetZellen(i18n, z, fristen).map((zelle, i) => (
                    <td class="kern-table__cell" data-label={koepfe[i]}>
                      {i === versandstatusSpalte ? <Versandstatus i18n={i18n} z={z} /> : zelle}
                    </td>
                  ))}
                  <td class="kern-table__cell" data-label={t('gesendet.download')}>
                    {z.herunterladbar && (
                      <Verweis href={`/partner/gesendet/${z.eingangsnummer}/pdf`}>
                        {t('gesendet.download')}
                        <span class="kern-sr-only">{` ${z.name} ${z.eingangsnummer}`}</span>
                      </Verweis>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TabellenRahmen>
      )}
      {seiten > 1 && (
        <nav class="blaettern" aria-label={t('partner.gesendet.seiten')}>
          <ul>
            {filter.seite > 1 && (
              <li>
                <a href={`/partner/gesendet${filterQuery(filter, { seite: filter.seite - 1 })}`} rel="prev">
                  {t('partner.gesendet.zurueck')}
                </a>
              </li>
            )}
            {Array.from({ length: seiten }, (_, i) => i + 1)
              .filter((s) => s === 1 || s === seiten || Math.abs(s - filter.seite) <= 2)
              .map((s) => (
                <li>
                  <a
                    href={`/partner/gesendet${filterQuery(filter, { seite: s })}`}
                    aria-current={s === filter.seite ? 'page' : undefined}
                    aria-label={i18n.tf('partner.gesendet.seite', { seite: String(s) })}
                  >
                    {s}
                  </a>
                </li>
              ))}
            {filter.seite < seiten && (
              <li>
                <a href={`/partner/gesendet${filterQuery(filter, { seite: filter.seite + 1 })}`} rel="next">
                  {t('partner.gesendet.weiter')}
                </a>
              </li>
            )}
          </ul>
        </nav>
      )}
    </PortalPage>
  );
}
