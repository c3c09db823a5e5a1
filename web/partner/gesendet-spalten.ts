// The columns of a partner's gesendet list as text: the page's table and every export use these same cells.
import { jobcenter } from '../../domain/jobcenter.js';
import { eingangVerfuegbarkeit, type Loeschfristen } from '../../domain/loeschkonzept.js';
import { verfuegbarkeitText } from '../components/verfuegbarkeit.js';
import type { I18n } from '../i18n/index.js';
import type { PartnerGesendetZeile } from '../../services/partner/gesendet-liste.js';

export function gesendetKoepfe(i18n: I18n): string[] {
  const { t } = i18n;
  return [
    t('gesendet.erstelldatum'),
    t('partner.gesendet.versandstatus'),
    t('partner.gesendet.empfaenger'),
    t('gesendet.bereich'),
    t('partner.gesendet.kunde'),
    t('gesendet.name'),
    t('gesendet.info'),
    t('gesendet.eingangsnummer'),
    t('partner.gesendet.gesendet_von'),
    t('loeschung.spalte'),
  ];
}

export function versandstatusText(
  i18n: I18n,
  z: Pick<PartnerGesendetZeile, 'status' | 'ablehnungsgrund' | 'hinweise'>,
): string {
  const { t } = i18n;
  if (z.status === 'abgelehnt')
    return z.ablehnungsgrund
      ? `${t('status.abgelehnt')}: ${t(`ablehnung.${z.ablehnungsgrund}`)}`
      : t('status.abgelehnt');
  return [t(`status.${z.status}`), ...(z.hinweise ?? []).map((hinweis) => t(`hinweis.${hinweis}`))].join(' – ');
}

export function gesendetZellen(i18n: I18n, z: PartnerGesendetZeile, fristen: Loeschfristen): string[] {
  const { t } = i18n;
  return [
    i18n.datum(z.eingegangenAm),
    versandstatusText(i18n, z),
    jobcenter.name,
    z.teams.map((team) => t(`bereich.${team}`)).join(', '),
    `${z.kundenname} (${z.kundennummer})`,
    z.name,
    z.info ?? '',
    z.eingangsnummer,
    z.gesendetVon,
    verfuegbarkeitText(i18n, eingangVerfuegbarkeit(z.loeschung, fristen), 'erledigung'),
  ];
}
