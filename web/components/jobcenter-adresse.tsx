// The jobcenter's address, telephone and e-mail (Kontakt page and Impressum).
import { jobcenter } from '../../domain/jobcenter.js';
import type { I18n } from '../i18n/index.js';

export function JobcenterAdresse({ i18n }: { i18n: I18n }) {
  const { t } = i18n;
  return (
    <dl class="angaben">
      <dt>{t('kontakt.anschrift')}</dt>
      <dd>
        {jobcenter.name}
        <br />
        {jobcenter.strasse}
        <br />
        {jobcenter.plzOrt}
      </dd>
      <dt>{t('kontakt.telefon')}</dt>
      <dd>
        <a href={`tel:${jobcenter.telefon.replace(/[^0-9+]/g, '')}`}>{jobcenter.telefon}</a>
      </dd>
      <dt>{t('kontakt.email')}</dt>
      <dd>
        <a href={`mailto:${jobcenter.email}`}>{jobcenter.email}</a>
      </dd>
    </dl>
  );
}
