// Message lookup per language; German is the source and the fallback for an unknown language.
import { de, type MessageKey, type Messages } from './de.js';

export const sprachen = ['de'] as const;
export type Sprache = (typeof sprachen)[number];

/** Each language's own name, as its readers write it. */
export const sprachNamen: Record<Sprache, string> = { de: 'Deutsch' };

const catalogues: Record<Sprache, Messages> = { de };
const rechtsNachLinks: readonly string[] = ['ar'];

export type Translate = (key: MessageKey) => string;

export interface I18n {
  sprache: Sprache;
  t: Translate;
  /** Fills {platzhalter} in a message. */
  tf(key: MessageKey, werte: Record<string, string>): string;
  dir: 'ltr' | 'rtl';
  /** Date and time as people of this language expect, in the jobcenter's time zone. */
  datum(d: Date): string;
  uhrzeit(d: Date): string;
  wochentag(d: Date): string;
}

export function istSprache(value: unknown): value is Sprache {
  return typeof value === 'string' && (sprachen as readonly string[]).includes(value);
}

export function translator(sprache: string | undefined): I18n {
  const known: Sprache = istSprache(sprache) ? sprache : 'de';
  const catalogue = catalogues[known];
  const format = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(known, { timeZone: 'Europe/Berlin', ...options });
  const datum = format({ day: '2-digit', month: '2-digit', year: 'numeric' });
  const uhrzeit = format({ hour: '2-digit', minute: '2-digit' });
  const wochentag = format({ weekday: 'long' });
  return {
    sprache: known,
    t: (key) => catalogue[key],
    tf: (key, werte) => catalogue[key].replace(/\{(\w+)\}/g, (_, name: string) => werte[name] ?? ''),
    dir: rechtsNachLinks.includes(known) ? 'rtl' : 'ltr',
    datum: (d) => datum.format(d),
    uhrzeit: (d) => uhrzeit.format(d),
    wochentag: (d) => wochentag.format(d),
  };
}
