// The language choice of a signed-in client or partner user: a form of its own, saved on the account when sent.
import type { I18n } from '../i18n/index.js';
import { SprachAuswahl } from './sprachwahl.js';

export function SpracheFormular({
  i18n,
  csrf,
  aktion,
  zurueck,
}: {
  i18n: I18n;
  csrf: string;
  aktion: string;
  zurueck?: string;
}) {
  return (
    <form method="post" action={aktion} class="formular">
      <input type="hidden" name="_csrf" value={csrf} />
      {zurueck && <input type="hidden" name="zurueck" value={zurueck} />}
      <label class="kern-label" for="sprache">
        {i18n.t('sprache.waehlen')}
      </label>
      <SprachAuswahl i18n={i18n} id="sprache" />
      <button class="kern-btn kern-btn--primary" type="submit">
        <span class="kern-label">{i18n.t('sprache.speichern')}</span>
      </button>
    </form>
  );
}
