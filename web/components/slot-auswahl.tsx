// Free slots as radio buttons, one group per day (works without JavaScript); the field is named `slot`.
import type { I18n } from '../i18n/index.js';
import type { FreierSlot } from '../../services/termine/freie-slots.js';
import { FeldFehler, type FeldFehlerEintrag } from './feld-fehler.js';

export function SlotAuswahl({ i18n, slots, fehler }: { i18n: I18n; slots: FreierSlot[]; fehler: FeldFehlerEintrag[] }) {
  const tage = new Map<string, FreierSlot[]>();
  for (const slot of slots) {
    const tag = `${i18n.wochentag(slot.beginn)}, ${i18n.datum(slot.beginn)}`;
    tage.set(tag, [...(tage.get(tag) ?? []), slot]);
  }
  return (
    <div id="slot" class="slot-auswahl">
      <FeldFehler feld="slot" fehler={fehler} />
      {[...tage].map(([tag, liste]) => (
        <fieldset class="slot-tag">
          <legend>{tag}</legend>
          {liste.map((slot) => (
            <div class="kern-form-check">
              <input
                class="kern-form-check__radio"
                type="radio"
                id={`slot-wahl-${slot.id}`}
                name="slot"
                value={String(slot.id)}
                required
              />
              <label class="kern-label" for={`slot-wahl-${slot.id}`}>
                {i18n.uhrzeit(slot.beginn)}
              </label>
            </div>
          ))}
        </fieldset>
      ))}
    </div>
  );
}
