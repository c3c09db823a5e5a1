// Einstellungen: language of pages and e-mails, and the way to change the password.
import { sprachNamen, sprachen } from '../i18n/index.js';
import { PortalPage, type PortalKontext } from '../layout/portal-page.js';

export function EinstellungenPage({ kontext }: { kontext: PortalKontext }) {
  const { t, sprache } = kontext.i18n;
  const basis = kontext.art === 'partner' ? '/partner' : '/kunde';
  return (
    <PortalPage kontext={kontext} titel={t('einstellungen.titel')}>
      <section class="karte" aria-labelledby="sprache-titel">
        <h2 id="sprache-titel">{t('sprache.titel')}</h2>
        <form method="post" action={`${basis}/sprache`} class="formular">
          <input type="hidden" name="_csrf" value={kontext.csrf} />
          <label for="sprache">{t('sprache.waehlen')}</label>
          <select id="sprache" name="sprache">
            {sprachen.map((s) => (
              <option value={s} lang={s} selected={s === sprache}>
                {sprachNamen[s]}
              </option>
            ))}
          </select>
          <button type="submit">{t('sprache.speichern')}</button>
        </form>
      </section>
      <section class="karte" aria-labelledby="passwort-titel">
        <h2 id="passwort-titel">{t('passwort.titel')}</h2>
        <p>
          <a href={`${basis}/passwort`}>{t('passwort.titel')}</a>
        </p>
      </section>
    </PortalPage>
  );
}
