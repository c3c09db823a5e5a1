// Staff see each item's deletion date or its Löschsperre, and place or release a hold with a reason.
import type { Verfuegbarkeit } from '../../domain/loeschkonzept.js';

const tag = new Intl.DateTimeFormat('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'medium' });

/** "verfügbar bis …", the days still to come once the event happens, or the hold. */
export function verfuegbarText(v: Verfuegbarkeit, wartetAuf: 'Erledigung' | 'Abruf oder Bekanntgabe'): string {
  if (v.gesperrt) return 'Löschsperre (bis zur Freigabe)';
  return v.bis ? `verfügbar bis ${tag.format(v.bis)}` : `${v.tage} Tage nach ${wartetAuf}`;
}

/** One small form: a reason and the button to place the hold, or to release it. */
export function LoeschsperreFormular({
  action,
  csrf,
  gesperrt,
  id,
}: {
  action: string;
  csrf: string;
  gesperrt: boolean;
  /** Unique on the page: labels point at their field. */
  id: string;
}) {
  return (
    <form method="post" action={action} class="inline loeschsperre">
      <input type="hidden" name="_csrf" value={csrf} />
      <input type="hidden" name="aktion" value={gesperrt ? 'aufheben' : 'setzen'} />
      <label class="kern-label" for={`grund-${id}`}>
        {gesperrt ? 'Grund der Freigabe' : 'Grund der Löschsperre'}
      </label>
      <input class="kern-form-input__input" id={`grund-${id}`} name="grund" required minLength={3} maxLength={500} />
      <button class="kern-btn kern-btn--primary" type="submit">
        <span class="kern-label">{gesperrt ? 'Löschsperre aufheben' : 'Löschsperre setzen'}</span>
      </button>
    </form>
  );
}
