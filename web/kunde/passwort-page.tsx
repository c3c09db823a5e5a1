// Passwort ändern (forced after the first sign-in) with the language choice offered alongside.
import { FehlerZusammenfassung } from '../components/fehler-zusammenfassung.js';
import { sprachNamen, sprachen } from '../i18n/index.js';
import { PortalPage, type PortalKontext } from '../layout/portal-page.js';

export function PasswortPage({ kontext, erstesMal, fehler = [] }: { kontext: PortalKontext; erstesMal: boolean; fehler?: Array<{ feld: string; text: string }> }) {
  const { t } = kontext.i18n;
  const ungueltig = (feld: string) => (fehler.some((f) => f.feld === feld) ? 'true' : undefined);
  return (
    <PortalPage kontext={kontext} titel={t('passwort.titel')}>
      <FehlerZusammenfassung i18n={kontext.i18n} fehler={fehler} />
      {erstesMal && <p>{t('passwort.erstes_mal')}</p>}
      <form method="post" action="/kunde/passwort" class="karte formular">
        <input type="hidden" name="_csrf" value={kontext.csrf} />
        <label for="bisher">{t('passwort.bisher')}</label>
        <input id="bisher" name="bisher" type="password" autocomplete="current-password" required aria-invalid={ungueltig('bisher')} />
        <label for="neu">{t('passwort.neu')}</label>
        <input id="neu" name="neu" type="password" autocomplete="new-password" required minLength={10} aria-describedby="neu-hinweis" aria-invalid={ungueltig('neu')} />
        <p id="neu-hinweis" class="hinweis">
          {t('passwort.neu.hinweis')}
        </p>
        <label for="wiederholung">{t('passwort.wiederholung')}</label>
        <input id="wiederholung" name="wiederholung" type="password" autocomplete="new-password" required aria-invalid={ungueltig('wiederholung')} />
        {erstesMal && (
          <>
            <label for="sprache">{t('sprache.waehlen')}</label>
            <select id="sprache" name="sprache">
              {sprachen.map((s) => (
                <option value={s} lang={s} selected={s === kontext.i18n.sprache}>
                  {sprachNamen[s]}
                </option>
              ))}
            </select>
          </>
        )}
        <button type="submit">{t('passwort.speichern')}</button>
      </form>
    </PortalPage>
  );
}
