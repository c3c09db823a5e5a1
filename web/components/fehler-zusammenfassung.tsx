// Form error summary (a KERN danger alert): announced on load (role=alert), each entry links to its field.
import type { I18n } from '../i18n/index.js';
import { Meldung } from './meldung.js';
import { Verweis } from './verweis.js';

export function FehlerZusammenfassung({ i18n, fehler }: { i18n: I18n; fehler: Array<{ feld: string; text: string }> }) {
  if (fehler.length === 0) return null;
  return (
    <Meldung art="fehler" klasse="fehler-zusammenfassung" tabIndex={-1}>
      <p class="kern-title">{i18n.t('formular.fehler_zusammenfassung')}</p>
      <ul>
        {fehler.map((f) => (
          <li>
            <Verweis href={`#${f.feld}`}>{f.text}</Verweis>
          </li>
        ))}
      </ul>
    </Meldung>
  );
}
