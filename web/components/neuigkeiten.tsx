// "Aktuelles aus dem Jobcenter": the news shown on the clients' and the partners' Startseite.
import type { I18n } from '../i18n/index.js';
import type { Neuigkeit } from '../../services/portal/neuigkeiten.js';
import { Karte } from './karte.js';

export function Neuigkeiten({ i18n, neuigkeiten }: { i18n: I18n; neuigkeiten: Neuigkeit[] }) {
  if (neuigkeiten.length === 0) return null;
  return (
    <Karte aria-labelledby="neuigkeiten-titel">
      <h2 class="kern-heading-medium" id="neuigkeiten-titel">
        {i18n.t('start.neuigkeiten')}
      </h2>
      {neuigkeiten.map((n) => (
        <article>
          <h3 class="kern-heading-small">{n.titel}</h3>
          <p>{n.text}</p>
        </article>
      ))}
    </Karte>
  );
}
