// The download link of a letter in an Eingang, with when it was first opened.
import type { I18n } from '../i18n/index.js';
import { Verweis } from './verweis.js';

export function BriefDownload({
  i18n,
  href,
  name,
  abgerufenAm,
}: {
  i18n: I18n;
  href: string;
  name: string;
  abgerufenAm: Date | null;
}) {
  return (
    <>
      <Verweis href={href}>
        {i18n.t('eingang.herunterladen')}
        <span class="kern-sr-only">{` – ${name} (PDF)`}</span>
      </Verweis>
      {abgerufenAm && (
        <span class="kern-hint"> {i18n.tf('eingang.abgerufen_am', { datum: i18n.datum(abgerufenAm) })}</span>
      )}
    </>
  );
}

/** The letter's name, marked "neu" until it was opened. */
export function BriefName({ i18n, name, abgerufenAm }: { i18n: I18n; name: string; abgerufenAm: Date | null }) {
  return (
    <>
      {name}{' '}
      {!abgerufenAm && (
        <span class="kern-badge kern-badge--info kern-badge--small marke-neu">
          <span class="kern-label">{i18n.t('eingang.neu')}</span>
        </span>
      )}
    </>
  );
}
