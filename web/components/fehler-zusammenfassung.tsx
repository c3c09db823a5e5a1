// Form error summary: announced on load (role=alert), each entry links to its field.
import type { I18n } from '../i18n/index.js';

export function FehlerZusammenfassung({ i18n, fehler }: { i18n: I18n; fehler: Array<{ feld: string; text: string }> }) {
  if (fehler.length === 0) return null;
  return (
    <div class="meldung meldung-fehler fehler-zusammenfassung" role="alert" tabIndex={-1}>
      <p>{i18n.t('formular.fehler_zusammenfassung')}</p>
      <ul>
        {fehler.map((f) => (
          <li>
            <a href={`#${f.feld}`}>{f.text}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
