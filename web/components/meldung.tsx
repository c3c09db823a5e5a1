// A notification banner (KERN alert): success, error or notice, announced as status or alert.
import type { ComponentChildren } from 'preact';

export type MeldungArt = 'erfolg' | 'fehler' | 'hinweis';

const ton: Record<MeldungArt, 'success' | 'danger' | 'info'> = { erfolg: 'success', fehler: 'danger', hinweis: 'info' };

export function Meldung({
  art,
  klasse,
  tabIndex,
  children,
}: {
  art: MeldungArt;
  /** Extra class, e.g. the error summary's. */
  klasse?: string;
  tabIndex?: number;
  children: ComponentChildren;
}) {
  return (
    <div
      class={`meldung meldung-${art}${klasse ? ` ${klasse}` : ''}`}
      role={art === 'fehler' ? 'alert' : 'status'}
      tabIndex={tabIndex}
    >
      <span class={`kern-icon kern-icon--${ton[art]} meldung-zeichen`} aria-hidden="true" />
      <div class="meldung-text">{children}</div>
    </div>
  );
}
