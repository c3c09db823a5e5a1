// The fields of an Anliegen (name, duration, place, team, public), shared by the create and the edit form.
import { FeldFehler, feldAria, type FeldFehlerEintrag } from '../components/feld-fehler.js';
import { TextFeld } from '../components/text-feld.js';
import { teamNamen } from './arbeitsplatz-page.js';

export function AnliegenFelder({ werte, fehler }: { werte: Record<string, string>; fehler: FeldFehlerEintrag[] }) {
  const feld = (id: string, label: string, typ: 'text' | 'number' = 'text') => (
    <TextFeld id={id} label={label} typ={typ} werte={werte} fehler={fehler} />
  );
  return (
    <>
      {feld('name', 'Name (z. B. Antragsabgabe)')}
      {feld('dauer', 'Dauer in Minuten', 'number')}
      {feld('ort', 'Ort (Raum, Gebäude)')}
      <label class="kern-label" for="team">
        Team
      </label>
      <FeldFehler feld="team" fehler={fehler} />
      <div class="kern-form-input__select-wrapper">
        <select id="team" name="team" {...feldAria('kern-form-input__select', 'team', fehler)}>
          {['leistung', 'vermittlung', 'poststelle'].map((team) => (
            <option value={team} selected={werte.team === team}>
              {teamNamen[team] ?? team}
            </option>
          ))}
        </select>
      </div>
      <div class="kern-form-check">
        <input
          class="kern-form-check__checkbox"
          type="checkbox"
          id="oeffentlich"
          name="oeffentlich"
          value="ja"
          checked={werte.oeffentlich === 'ja'}
        />
        <label class="kern-label" for="oeffentlich">
          Auch ohne Konto buchbar (öffentlich)
        </label>
      </div>
    </>
  );
}
