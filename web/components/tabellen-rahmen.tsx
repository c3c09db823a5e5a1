// A wide table's scroll container: a labelled region keyboard users can focus and scroll (WCAG 2.1.1).
import type { ComponentChildren } from 'preact';

export function TabellenRahmen({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="tabelle-rahmen" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
