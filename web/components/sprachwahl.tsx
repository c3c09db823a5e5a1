// Language choice for visitors who are not signed in (login, password and footer pages): a plain form, no script needed.
import { sprachNamen, sprachen, type I18n } from '../i18n/index.js';

export function Sprachwahl({ i18n, csrf, zurueck }: { i18n: I18n; csrf: string; zurueck: string }) {
  return (
    <form method="post" action="/sprache" class="sprachwahl">
      <input type="hidden" name="_csrf" value={csrf} />
      <input type="hidden" name="zurueck" value={zurueck} />
      <label for="sprachwahl">{i18n.t('sprache.titel')}</label>
      <select id="sprachwahl" name="sprache">
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
