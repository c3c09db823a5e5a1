// Message lookup per language; German is the source and the fallback for an unknown language.
import { de, type MessageKey, type Messages } from './de.js';

export const sprachen = ['de'] as const;
export type Sprache = (typeof sprachen)[number];

const catalogues: Record<Sprache, Messages> = { de };

export type Translate = (key: MessageKey) => string;

export function translator(sprache: string): { sprache: Sprache; t: Translate; dir: 'ltr' | 'rtl' } {
  const known = (sprachen as readonly string[]).includes(sprache) ? (sprache as Sprache) : 'de';
  const catalogue = catalogues[known];
  return { sprache: known, t: (key) => catalogue[key], dir: 'ltr' };
}
