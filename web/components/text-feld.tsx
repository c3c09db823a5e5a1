// One labelled input of a form: KERN label, its field error, the input with the error's ARIA attributes.
import { FeldFehler, feldAria, type FeldFehlerEintrag } from './feld-fehler.js';

export function TextFeld({
  id,
  label,
  typ = 'text',
  werte,
  fehler,
}: {
  id: string;
  label: string;
  typ?: 'text' | 'number' | 'date' | 'time';
  werte: Record<string, string>;
  fehler: FeldFehlerEintrag[];
}) {
  return (
    <>
      <label class="kern-label" for={id}>
        {label}
      </label>
      <FeldFehler feld={id} fehler={fehler} />
      <input
        id={id}
        name={id}
        type={typ as 'text'}
        value={werte[id] ?? ''}
        {...feldAria('kern-form-input__input', id, fehler)}
      />
    </>
  );
}
