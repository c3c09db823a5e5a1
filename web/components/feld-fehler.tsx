// The error shown at a form field, and the ARIA attributes that tie field, hints and error together.
export interface FeldFehlerEintrag {
  feld: string;
  text: string;
}

export function FeldFehler({ feld, fehler }: { feld: string; fehler: FeldFehlerEintrag[] }) {
  const eintrag = fehler.find((f) => f.feld === feld);
  if (!eintrag) return null;
  return (
    <p id={`${feld}-fehler`} class="kern-error">
      <span class="kern-icon kern-icon--danger" aria-hidden="true" />
      <span class="kern-body">{eintrag.text}</span>
    </p>
  );
}

/** KERN's form controls; each has an error variant `<class>--error`. */
export type Steuerelement =
  'kern-form-input__input' | 'kern-form-input__select' | 'kern-form-check__checkbox' | 'kern-form-check__radio';

/** The control's KERN class (with its error variant when invalid), aria-invalid and aria-describedby: its hints, then its error. */
export function feldAria(
  steuerelement: Steuerelement,
  feld: string,
  fehler: FeldFehlerEintrag[],
  ...hinweise: string[]
): { class: string; 'aria-invalid'?: 'true'; 'aria-describedby'?: string } {
  const ungueltig = fehler.some((f) => f.feld === feld);
  const ids = ungueltig ? [...hinweise, `${feld}-fehler`] : hinweise;
  return {
    class: ungueltig ? `${steuerelement} ${steuerelement}--error` : steuerelement,
    ...(ungueltig ? { 'aria-invalid': 'true' as const } : {}),
    ...(ids.length > 0 ? { 'aria-describedby': ids.join(' ') } : {}),
  };
}
