// A link in running text or a list, in KERN's link style; menus, sort headers and page numbers keep their own.
import type { ComponentChildren } from 'preact';

export function Verweis({
  children,
  ...attribute
}: {
  href: string;
  download?: boolean;
  rel?: string;
  title?: string;
  'aria-current'?: 'true' | 'page';
  'aria-label'?: string;
  children: ComponentChildren;
}) {
  return (
    <a class="kern-link" {...attribute}>
      {children}
    </a>
  );
}
