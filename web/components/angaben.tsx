// A KERN description list: each Angabe a name and its value in one row (stacked on a phone).
import type { ComponentChildren } from 'preact';

export function Angaben({ children }: { children: ComponentChildren }) {
  return <dl class="kern-description-list">{children}</dl>;
}

export function Angabe({ name, children }: { name: ComponentChildren; children: ComponentChildren }) {
  return (
    <div class="kern-description-list-item">
      <dt class="kern-description-list-item__key">{name}</dt>
      <dd class="kern-description-list-item__value">{children}</dd>
    </div>
  );
}
