// Erklärung zur Barrierefreiheit with the feedback form (BITV 2.0 § 7: a way to report barriers).
import { FehlerZusammenfassung } from '../components/fehler-zusammenfassung.js';
import { FeldFehler, feldAria } from '../components/feld-fehler.js';
import { Meldung } from '../components/meldung.js';
import type { I18n } from '../i18n/index.js';

export interface RueckmeldungFormular {
  csrf: string;
  werte?: { nachricht?: string; kontakt?: string };
  fehler?: Array<{ feld: string; text: string }>;
  danke?: boolean;
}

export function Barrierefreiheit({ i18n, formular }: { i18n: I18n; formular: RueckmeldungFormular }) {
  const { t } = i18n;
  const fehler = formular.fehler ?? [];
  return (
    <>
      <p>{t('barrierefreiheit.geltung')}</p>
      <p>{t('barrierefreiheit.stand')}</p>
      <p>{t('barrierefreiheit.einschraenkungen')}</p>
      <h2 class="kern-heading-medium" id="rueckmeldung">
        {t('barrierefreiheit.feedback_titel')}
      </h2>
      {formular.danke && <Meldung art="erfolg">{t('barrierefreiheit.feedback_danke')}</Meldung>}
      <FehlerZusammenfassung i18n={i18n} fehler={fehler} />
      <p>{t('barrierefreiheit.feedback_text')}</p>
      <form method="post" action="/barrierefreiheit" class="formular" noValidate>
        <input type="hidden" name="_csrf" value={formular.csrf} />
        <label class="kern-label" for="nachricht">
          {t('barrierefreiheit.feedback_nachricht')}
        </label>
        <FeldFehler feld="nachricht" fehler={fehler} />
        <textarea
          id="nachricht"
          name="nachricht"
          rows={6}
          maxLength={5000}
          required
          {...feldAria('kern-form-input__input', 'nachricht', fehler)}
        >
          {formular.werte?.nachricht ?? ''}
        </textarea>
        <label class="kern-label" for="kontakt">
          {t('barrierefreiheit.feedback_kontakt')}
        </label>
        <FeldFehler feld="kontakt" fehler={fehler} />
        <input
          id="kontakt"
          name="kontakt"
          type="email"
          autocomplete="email"
          maxLength={200}
          value={formular.werte?.kontakt ?? ''}
          {...feldAria('kern-form-input__input', 'kontakt', fehler)}
        />
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{t('barrierefreiheit.feedback_senden')}</span>
        </button>
      </form>
      <p>{t('barrierefreiheit.schlichtung')}</p>
    </>
  );
}
