// A framed block of a page as a KERN card: the element (section, form, article) with KERN's container and body inside.
import { createElement, type AllHTMLAttributes, type ComponentChildren } from 'preact';

export function Karte({
  als = 'section',
  klasse,
  innen,
  children,
  ...attribute
}: Omit<AllHTMLAttributes<HTMLElement>, 'class' | 'className'> & {
  als?: 'section' | 'form' | 'article' | 'div';
  /** Extra classes on the card itself, e.g. a width limit. */
  klasse?: string;
  /** Extra classes on the card's body, e.g. a grid for its fields. */
  innen?: string;
  children: ComponentChildren;
}) {
  return createElement(
    als,
    { ...attribute, class: `kern-card kern-card--hug kern-mb-md${klasse ? ` ${klasse}` : ''}` },
    <div class="kern-card__container">
      <div class={`kern-card__body${innen ? ` ${innen}` : ''}`}>{children}</div>
    </div>,
  );
}
