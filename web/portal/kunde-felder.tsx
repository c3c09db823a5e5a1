// The client a partner sends for, as on the jobcenter's referral: Kundennummer, BG-Nummer, Kundenname, "Kunde berechtigt".
import { FeldFehler, feldAria, type FeldFehlerEintrag } from '../components/feld-fehler.js';
import type { I18n } from '../i18n/index.js';

export function KundeFelder({
  i18n,
  werte,
  fehler,
}: {
  i18n: I18n;
  werte: Record<string, string>;
  fehler: FeldFehlerEintrag[];
}) {
  const { t } = i18n;
  return (
    <fieldset class="kern-fieldset">
      <legend class="kern-label">{t('partner.gesendet.kunde')}</legend>
      <p class="kern-hint" id="kunde-einleitung">
        {t('partner.senden.einleitung')}
      </p>
      <label class="kern-label" for="kundennummer">
        {t('partner.kunde.kundennummer')}
      </label>
      <FeldFehler feld="kundennummer" fehler={fehler} />
      <input
        id="kundennummer"
        name="kundennummer"
        required
        maxLength={40}
        autocapitalize="characters"
        autocomplete="off"
        value={werte.kundennummer ?? ''}
        {...feldAria('kern-form-input__input', 'kundennummer', fehler, 'kundennummer-hinweis')}
      />
      <p id="kundennummer-hinweis" class="kern-hint">
        {t('partner.kunde.kundennummer.hinweis')}
      </p>
      <label class="kern-label" for="bg_nummer">
        {t('partner.kunde.bg_nummer')}
      </label>
      <FeldFehler feld="bg_nummer" fehler={fehler} />
      <input
        id="bg_nummer"
        name="bg_nummer"
        required
        maxLength={40}
        autocomplete="off"
        value={werte.bg_nummer ?? ''}
        {...feldAria('kern-form-input__input', 'bg_nummer', fehler)}
      />
      <label class="kern-label" for="kundenname">
        {t('partner.kunde.kundenname')}
      </label>
      <FeldFehler feld="kundenname" fehler={fehler} />
      <input
        id="kundenname"
        name="kundenname"
        required
        maxLength={200}
        autocomplete="off"
        value={werte.kundenname ?? ''}
        {...feldAria('kern-form-input__input', 'kundenname', fehler, 'kundenname-hinweis')}
      />
      <p id="kundenname-hinweis" class="kern-hint">
        {t('partner.kunde.kundenname.hinweis')}
      </p>
      <label class="kern-label" for="kunde_berechtigt">
        {t('partner.kunde.berechtigt')}
      </label>
      <FeldFehler feld="kunde_berechtigt" fehler={fehler} />
      <div class="kern-form-input__select-wrapper">
        <select
          id="kunde_berechtigt"
          name="kunde_berechtigt"
          required
          {...feldAria('kern-form-input__select', 'kunde_berechtigt', fehler, 'berechtigt-hinweis')}
        >
          <option value="">{t('senden.bitte_auswaehlen')}</option>
          <option value="ja" selected={werte.kunde_berechtigt === 'ja'}>
            {t('partner.kunde.ja')}
          </option>
          <option value="nein" selected={werte.kunde_berechtigt === 'nein'}>
            {t('partner.kunde.nein')}
          </option>
        </select>
      </div>
      <p id="berechtigt-hinweis" class="kern-hint">
        {t('partner.kunde.berechtigt.hinweis')}
      </p>
    </fieldset>
  );
}

/** "ja"/"nein" from the form; anything else is missing (the submission refuses it). */
export const berechtigtAusFormular = (wert: string | undefined): boolean | undefined =>
  wert === 'ja' ? true : wert === 'nein' ? false : undefined;
