// The language choice of a signed-in client or partner user: a form of its own, saved on the account when sent.
import { sprachNamen, sprachen, type I18n } from '../i18n/index.js';

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
      <label for="sprache">{i18n.t('sprache.waehlen')}</label>
      <select id="sprache" name="sprache">
        {sprachen.map((s) => (
          <option value={s} lang={s} selected={s === i18n.sprache}>
            {sprachNamen[s]}
          </option>
        ))}
      </select>
      <button type="submit">{i18n.t('sprache.speichern')}</button>
    </form>
  );
}
