// Edit one Anliegen (Admin team): name, duration, place, team, public; opened slots and bookings keep theirs.
import { FehlerZusammenfassung } from '../components/fehler-zusammenfassung.js';
import type { FeldFehlerEintrag } from '../components/feld-fehler.js';
import { translator } from '../i18n/index.js';
import { AnliegenFelder } from './anliegen-felder.js';
import { ArbeitsplatzPage, type ArbeitsplatzKontext } from './arbeitsplatz-page.js';
import { Karte } from '../components/karte.js';
import { Verweis } from '../components/verweis.js';

export function AnliegenBearbeitenPage({
  kontext,
  id,
  werte,
  fehler = [],
}: {
  kontext: ArbeitsplatzKontext;
  id: number;
  werte: Record<string, string>;
  fehler?: FeldFehlerEintrag[];
}) {
  return (
    <ArbeitsplatzPage kontext={kontext} titel="Anliegen bearbeiten">
      <p>
        <Verweis href="/mitarbeiter/terminvergabe">Zurück zur Terminvergabe</Verweis>
      </p>
      <FehlerZusammenfassung i18n={translator('de')} fehler={fehler} />
      <Karte als="form" method="post" action={`/mitarbeiter/terminvergabe/anliegen/${id}`} klasse="formular" noValidate>
        <input type="hidden" name="_csrf" value={kontext.csrf} />
        <p class="kern-hint">
          Bereits freigegebene Termine und Buchungen behalten ihre Dauer und ihren Ort; die Änderung gilt für neu
          freigegebene Termine.
        </p>
        <AnliegenFelder werte={werte} fehler={fehler} />
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">Änderungen speichern</span>
        </button>
      </Karte>
    </ArbeitsplatzPage>
  );
}
