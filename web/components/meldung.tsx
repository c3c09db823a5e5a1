// A notification banner (KERN alert): success, error, warning or notice, announced as status or alert.
import type { ComponentChildren } from 'preact';

export type MeldungArt = 'erfolg' | 'fehler' | 'warnung' | 'hinweis';

const ton: Record<MeldungArt, 'success' | 'danger' | 'warning' | 'info'> = {
  erfolg: 'success',
  fehler: 'danger',
  warnung: 'warning',
  hinweis: 'info',
};

export function Meldung({
  art,
  klasse,
  rolle = art === 'fehler' ? 'alert' : 'status',
  id,
  zeigeBei,
  tabIndex,
  children,
}: {
  art: MeldungArt;
  /** Extra class, e.g. the error summary's. */
  klasse?: string;
  /** How assistive technology announces it; none for a banner that is part of the page's content. */
  rolle?: 'alert' | 'status' | null;
  id?: string;
  /** Shown only while the page's Dokumentart choice has this value (portal.js toggles it). */
  zeigeBei?: string;
  tabIndex?: number;
  children: ComponentChildren;
}) {
  return (
    <div
      class={`kern-alert kern-alert--${ton[art]}${klasse ? ` ${klasse}` : ''}`}
      role={rolle ?? undefined}
      id={id}
      data-zeige-bei={zeigeBei}
      tabIndex={tabIndex}
    >
      <div class="kern-alert__header">
        <span class={`kern-icon kern-icon--${ton[art]}`} aria-hidden="true" />
        <div class="meldung-text">{children}</div>
      </div>
    </div>
  );
}
