// Navigation that collapses on a phone: a details/summary disclosure (no script needed), always open from tablet width on.
import type { ComponentChildren } from 'preact';

export function Menue({
  label,
  knopf,
  klasse,
  children,
}: {
  /** The navigation landmark's name. */
  label: string;
  /** The disclosure's text on a phone. */
  knopf: string;
  /** Class of the nav element (print styles hide it). */
  klasse: string;
  children: ComponentChildren;
}) {
  return (
    <details class="menue" data-menue>
      <summary class="menue-knopf">
        <span class="kern-icon kern-icon--dehaze" aria-hidden="true" />
        {knopf}
      </summary>
      <nav class={klasse} aria-label={label}>
        {children}
      </nav>
    </details>
  );
}
