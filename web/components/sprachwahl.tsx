// Language choice for visitors who are not signed in (login, password and footer pages): a plain form, no script needed.
import { sprachNamen, sprachen, type I18n } from '../i18n/index.js';

export function Sprachwahl({ i18n, csrf, zurueck }: { i18n: I18n; csrf: string; zurueck: string }) {
  return (
    <form method="post" action="/sprache" class="sprachwahl">
      <input type="hidden" name="_csrf" value={csrf} />
      <input type="hidden" name="zurueck" value={zurueck} />
      <label class="kern-label" for="sprachwahl">
        {i18n.t('sprache.titel')}
      </label>
      <SprachAuswahl i18n={i18n} id="sprachwahl" />
      <button class="kern-btn kern-btn--primary" type="submit">
        <span class="kern-label">{i18n.t('sprache.speichern')}</span>
      </button>
    </form>
  );
}

/** The select of the six languages, the reader's own chosen; shared by both language forms. */
export function SprachAuswahl({ i18n, id }: { i18n: I18n; id: string }) {
  return (
    <div class="kern-form-input__select-wrapper">
      <select class="kern-form-input__select" id={id} name="sprache">
        {sprachen.map((s) => (
          <option value={s} lang={s} selected={s === i18n.sprache}>
            {sprachNamen[s]}
          </option>
        ))}
      </select>
    </div>
  );
}
