// The jobcenter's address, telephone and e-mail (Kontakt page and Impressum).
import { jobcenter } from '../../domain/jobcenter.js';
import type { I18n } from '../i18n/index.js';
import { Angabe, Angaben } from './angaben.js';
import { Verweis } from './verweis.js';

export function JobcenterAdresse({ i18n }: { i18n: I18n }) {
  const { t } = i18n;
  return (
    <Angaben>
      <Angabe name={t('kontakt.anschrift')}>
        {jobcenter.name}
        <br />
        {jobcenter.strasse}
        <br />
        {jobcenter.plzOrt}
      </Angabe>
      <Angabe name={t('kontakt.telefon')}>
        <Verweis href={`tel:${jobcenter.telefon.replace(/[^0-9+]/g, '')}`}>{jobcenter.telefon}</Verweis>
      </Angabe>
      <Angabe name={t('kontakt.email')}>
        <Verweis href={`mailto:${jobcenter.email}`}>{jobcenter.email}</Verweis>
      </Angabe>
    </Angaben>
  );
}
