// One labelled input of a form: KERN label, its field error, the input with the error's ARIA attributes.
import { FeldFehler, feldAria, type FeldFehlerEintrag } from './feld-fehler.js';

export function TextFeld({
  id,
  label,
  typ = 'text',
  werte,
  fehler,
  pflicht = false,
}: {
  id: string;
  label: string;
  typ?: 'text' | 'number' | 'date' | 'time' | 'email' | 'tel';
  werte: Record<string, string>;
  fehler: FeldFehlerEintrag[];
  /** Marks the field as required for assistive technology (the server checks it either way). */
  pflicht?: boolean;
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
        required={pflicht || undefined}
        {...feldAria('kern-form-input__input', id, fehler)}
      />
    </>
  );
}
