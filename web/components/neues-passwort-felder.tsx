// The fields for a new password and its repetition, with the rule as hint: password change and reset link alike.
import type { I18n } from '../i18n/index.js';
import type { MessageKey } from '../i18n/de.js';
import { FeldFehler, feldAria, type FeldFehlerEintrag } from './feld-fehler.js';

export function NeuesPasswortFelder({
  t,
  fehler,
  hinweis,
}: {
  t: I18n['t'];
  fehler: FeldFehlerEintrag[];
  hinweis: MessageKey;
}) {
  return (
    <>
      <label class="kern-label" for="neu">
        {t('passwort.neu')}
      </label>
      <FeldFehler feld="neu" fehler={fehler} />
      <input
        id="neu"
        name="neu"
        type="password"
        autocomplete="new-password"
        required
        minLength={10}
        {...feldAria('kern-form-input__input', 'neu', fehler, 'neu-hinweis')}
      />
      <p id="neu-hinweis" class="kern-hint">
        {t(hinweis)}
      </p>
      <label class="kern-label" for="wiederholung">
        {t('passwort.wiederholung')}
      </label>
      <FeldFehler feld="wiederholung" fehler={fehler} />
      <input
        id="wiederholung"
        name="wiederholung"
        type="password"
        autocomplete="new-password"
        required
        {...feldAria('kern-form-input__input', 'wiederholung', fehler)}
      />
    </>
  );
}
