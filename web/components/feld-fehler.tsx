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

/** aria-invalid and aria-describedby for a field: its hints, then its error if it has one. */
export function feldAria(
  feld: string,
  fehler: FeldFehlerEintrag[],
  ...hinweise: string[]
): { 'aria-invalid'?: 'true'; 'aria-describedby'?: string } {
  const ungueltig = fehler.some((f) => f.feld === feld);
  const ids = ungueltig ? [...hinweise, `${feld}-fehler`] : hinweise;
  return {
    ...(ungueltig ? { 'aria-invalid': 'true' as const } : {}),
    ...(ids.length > 0 ? { 'aria-describedby': ids.join(' ') } : {}),
  };
}
