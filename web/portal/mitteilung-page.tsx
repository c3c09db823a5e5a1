// Mitteilung senden: Bereich, Betreff, (partners: the client as on the referral,) Notiz, "Nachricht abschicken".
import { mitteilungBereiche } from '../../domain/bereich.js';
import { FeldFehler, feldAria } from '../components/feld-fehler.js';
import { FehlerZusammenfassung } from '../components/fehler-zusammenfassung.js';
import { PortalPage, type PortalKontext } from '../layout/portal-page.js';
import type { FormFehler } from './dokument-senden-page.js';
import { KundeFelder } from './kunde-felder.js';
import { Karte } from '../components/karte.js';

export function MitteilungPage({
  kontext,
  werte = {},
  fehler = [],
}: {
  kontext: PortalKontext;
  werte?: Record<string, string>;
  fehler?: FormFehler[];
}) {
  const { t } = kontext.i18n;
  return (
    <PortalPage kontext={kontext} titel={t('mitteilung.titel')}>
      <FehlerZusammenfassung i18n={kontext.i18n} fehler={fehler} />
      <Karte
        als="form"
        method="post"
        action={kontext.art === 'partner' ? '/partner/mitteilung-senden' : '/kunde/mitteilung-senden'}
        klasse="formular"
        noValidate
      >
        <input type="hidden" name="_csrf" value={kontext.csrf} />
        <label class="kern-label" for="bereich">
          {t('mitteilung.bereich')}
        </label>
        <FeldFehler feld="bereich" fehler={fehler} />
        <div class="kern-form-input__select-wrapper">
          <select
            id="bereich"
            name="bereich"
            required
            {...feldAria('kern-form-input__select', 'bereich', fehler, 'bereich-hinweis')}
          >
            <option value="">{t('senden.bitte_auswaehlen')}</option>
            {mitteilungBereiche.map((b) => (
              <option value={b} selected={werte.bereich === b}>
                {t(`mitteilung.bereich.${b}`)}
              </option>
            ))}
          </select>
        </div>
        <p id="bereich-hinweis" class="kern-hint">
          {t('mitteilung.bereich.hinweis')}
        </p>
        <label class="kern-label" for="betreff">
          {t('mitteilung.betreff')}
        </label>
        <FeldFehler feld="betreff" fehler={fehler} />
        <input
          id="betreff"
          name="betreff"
          required
          maxLength={200}
          value={werte.betreff ?? ''}
          {...feldAria('kern-form-input__input', 'betreff', fehler)}
        />
        {kontext.art === 'partner' && <KundeFelder i18n={kontext.i18n} werte={werte} fehler={fehler} />}
        <label class="kern-label" for="notiz">
          {t('mitteilung.notiz')}
        </label>
        <FeldFehler feld="notiz" fehler={fehler} />
        <textarea
          id="notiz"
          name="notiz"
          required
          maxLength={10000}
          rows={8}
          {...feldAria('kern-form-input__input', 'notiz', fehler)}
        >
          {werte.notiz ?? ''}
        </textarea>
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">{t('mitteilung.abschicken')}</span>
        </button>
      </Karte>
    </PortalPage>
  );
}
