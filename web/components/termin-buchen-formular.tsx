// The slot picker of one Anliegen, for clients and (with name and e-mail) for guests: a plain form, server-rendered.
import type { I18n } from '../i18n/index.js';
import type { AnliegenZeile, FreierSlot } from '../../services/termine/freie-slots.js';
import { FeldFehler, feldAria, type FeldFehlerEintrag } from './feld-fehler.js';
import { SlotAuswahl } from './slot-auswahl.js';
import { Karte } from './karte.js';

export function TerminBuchenFormular({
  i18n,
  csrf,
  aktion,
  anliegen,
  slots,
  gast,
  fehler,
}: {
  i18n: I18n;
  csrf: string;
  aktion: string;
  anliegen: AnliegenZeile;
  slots: FreierSlot[];
  /** Guests also give their name and e-mail address (the previous input after an error). */
  gast?: { name: string; email: string };
  fehler: FeldFehlerEintrag[];
}) {
  const { t, tf } = i18n;
  return (
    <Karte aria-labelledby="slots-titel">
      <h2 class="kern-heading-medium" id="slots-titel">
        {tf('buchen.freie_termine', { anliegen: anliegen.name })}
      </h2>
      {slots.length === 0 ? (
        <p>{t('buchen.keine_slots')}</p>
      ) : (
        <form method="post" action={aktion} class="formular" noValidate>
          <input type="hidden" name="_csrf" value={csrf} />
          <input type="hidden" name="anliegen" value={String(anliegen.id)} />
          <SlotAuswahl i18n={i18n} slots={slots} fehler={fehler} />
          {gast && (
            <>
              <label class="kern-label" for="name">
                {t('buchen.name')}
              </label>
              <FeldFehler feld="name" fehler={fehler} />
              <input
                id="name"
                name="name"
                autocomplete="name"
                value={gast.name}
                required
                {...feldAria('kern-form-input__input', 'name', fehler)}
              />
              <label class="kern-label" for="email">
                {t('buchen.email')}
              </label>
              <p id="email-hinweis" class="kern-hint">
                {t('buchen.email_hinweis')}
              </p>
              <FeldFehler feld="email" fehler={fehler} />
              <input
                id="email"
                name="email"
                type="email"
                autocomplete="email"
                value={gast.email}
                required
                {...feldAria('kern-form-input__input', 'email', fehler, 'email-hinweis')}
              />
            </>
          )}
          <button class="kern-btn kern-btn--primary" type="submit">
            <span class="kern-label">{t('buchen.absenden')}</span>
          </button>
        </form>
      )}
    </Karte>
  );
}
