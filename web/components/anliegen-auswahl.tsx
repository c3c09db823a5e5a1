// The Anliegen to choose from as plain links (no JavaScript): each opens the free slots of that Anliegen.
import type { I18n } from '../i18n/index.js';
import type { AnliegenZeile } from '../../services/termine/freie-slots.js';
import { Verweis } from './verweis.js';

export function AnliegenAuswahl({
  i18n,
  basis,
  anliegen,
  gewaehlt,
}: {
  i18n: I18n;
  basis: string;
  anliegen: AnliegenZeile[];
  gewaehlt?: number;
}) {
  const { t, tf } = i18n;
  if (anliegen.length === 0) return <p>{t('buchen.keine_anliegen')}</p>;
  return (
    <nav aria-labelledby="anliegen-titel">
      <h2 class="kern-heading-medium" id="anliegen-titel">
        {t('buchen.anliegen')}
      </h2>
      <ul class="anliegen-liste">
        {anliegen.map((a) => (
          <li>
            <Verweis href={`${basis}?anliegen=${a.id}`} aria-current={a.id === gewaehlt ? 'true' : undefined}>
              {a.name}
            </Verweis>{' '}
            <span>{tf('buchen.dauer', { minuten: String(a.dauerMinuten), ort: a.ort })}</span>
          </li>
        ))}
      </ul>
    </nav>
  );
}
