// Terminvergabe (Admin team): define Anliegen, open slots for a staff member or a team (date, from, to).
import { FehlerZusammenfassung } from '../components/fehler-zusammenfassung.js';
import { FeldFehler, feldAria, type FeldFehlerEintrag } from '../components/feld-fehler.js';
import { translator } from '../i18n/index.js';
import { ArbeitsplatzPage, teamNamen, type ArbeitsplatzKontext } from './arbeitsplatz-page.js';

export interface TerminvergabeDaten {
  anliegen: Array<{ id: number; name: string; dauerMinuten: number; ort: string; team: string; oeffentlich: boolean }>;
  mitarbeiter: Array<{ id: number; name: string; team: string }>;
}

export function TerminvergabePage({
  kontext,
  daten,
  werte = {},
  fehler = [],
}: {
  kontext: ArbeitsplatzKontext;
  daten: TerminvergabeDaten;
  werte?: Record<string, string>;
  fehler?: FeldFehlerEintrag[];
}) {
  const csrf = <input type="hidden" name="_csrf" value={kontext.csrf} />;
  const feld = (id: string, label: string, typ: 'text' | 'number' | 'date' | 'time' = 'text') => (
    <>
      <label class="kern-label" for={id}>
        {label}
      </label>
      <FeldFehler feld={id} fehler={fehler} />
      <input
        class="kern-form-input__input"
        id={id}
        name={id}
        type={typ as 'text'}
        value={werte[id] ?? ''}
        {...feldAria(id, fehler)}
      />
    </>
  );
  return (
    <ArbeitsplatzPage kontext={kontext} titel="Terminvergabe">
      <FehlerZusammenfassung i18n={translator('de')} fehler={fehler} />
      <form method="post" action="/mitarbeiter/terminvergabe/anliegen" class="karte formular" noValidate>
        {csrf}
        <h2 class="kern-heading-medium">Anliegen anlegen</h2>
        {feld('name', 'Name (z. B. Antragsabgabe)')}
        {feld('dauer', 'Dauer in Minuten', 'number')}
        {feld('ort', 'Ort (Raum, Gebäude)')}
        <label class="kern-label" for="team">
          Team
        </label>
        <FeldFehler feld="team" fehler={fehler} />
        <div class="kern-form-input__select-wrapper">
          <select class="kern-form-input__select" id="team" name="team" {...feldAria('team', fehler)}>
            {['leistung', 'vermittlung', 'poststelle'].map((team) => (
              <option value={team} selected={werte.team === team}>
                {teamNamen[team] ?? team}
              </option>
            ))}
          </select>
        </div>
        <label class="kern-label auswahl">
          <input type="checkbox" name="oeffentlich" value="ja" checked={werte.oeffentlich === 'ja'} /> Auch ohne Konto
          buchbar (öffentlich)
        </label>
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">Anliegen anlegen</span>
        </button>
      </form>
      <form method="post" action="/mitarbeiter/terminvergabe/slots" class="karte formular" noValidate>
        {csrf}
        <h2 class="kern-heading-medium">Termine freigeben</h2>
        <label class="kern-label" for="anliegen">
          Anliegen
        </label>
        <FeldFehler feld="anliegen" fehler={fehler} />
        <div class="kern-form-input__select-wrapper">
          <select class="kern-form-input__select" id="anliegen" name="anliegen" {...feldAria('anliegen', fehler)}>
            {daten.anliegen.map((a) => (
              <option value={String(a.id)} selected={werte.anliegen === String(a.id)}>
                {`${a.name} (${a.dauerMinuten} Min., ${teamNamen[a.team] ?? a.team})`}
              </option>
            ))}
          </select>
        </div>
        <label class="kern-label" for="fuer">
          Für
        </label>
        <div class="kern-form-input__select-wrapper">
          <select class="kern-form-input__select" id="fuer" name="fuer">
            <option value="team">das ganze Team des Anliegens</option>
            {daten.mitarbeiter.map((m) => (
              <option value={String(m.id)} selected={werte.fuer === String(m.id)}>
                {`${m.name} (${teamNamen[m.team] ?? m.team})`}
              </option>
            ))}
          </select>
        </div>
        {feld('datum', 'Datum', 'date')}
        {feld('von', 'Von', 'time')}
        {feld('bis', 'Bis', 'time')}
        <button class="kern-btn kern-btn--primary" type="submit">
          <span class="kern-label">Termine freigeben</span>
        </button>
      </form>
      <section class="karte">
        <h2 class="kern-heading-medium">Anliegen</h2>
        <ul>
          {daten.anliegen.map((a) => (
            <li>
              {`${a.name}: ${a.dauerMinuten} Minuten, ${a.ort}, Team ${teamNamen[a.team] ?? a.team}${a.oeffentlich ? ', öffentlich' : ''}`}
            </li>
          ))}
        </ul>
      </section>
    </ArbeitsplatzPage>
  );
}
