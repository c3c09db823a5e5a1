// Message lookup per language; German is the source and the fallback for an unknown language.
import { istSprache, type Sprache } from '../../domain/sprache.js';
import { ar } from './ar.js';
import { de, type MessageKey, type Messages } from './de.js';
import { en } from './en.js';
import { ru } from './ru.js';
import { tr } from './tr.js';
import { uk } from './uk.js';

export { istSprache, sprachen, type Sprache } from '../../domain/sprache.js';

/** Each language's own name, as its readers write it. */
export const sprachNamen: Record<Sprache, string> = {
  de: 'Deutsch',
  en: 'English',
  tr: 'Türkçe',
  ar: 'العربية',
  ru: 'Русский',
  uk: 'Українська',
};

const catalogues: Record<Sprache, Messages> = { de, en, tr, ar, ru, uk };
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

/** Remembers formatted values per minute: lists repeat the same dates, and formatting is the costly part of a row. */
function gemerkt(format: Intl.DateTimeFormat): (d: Date) => string {
  const cache = new Map<number, string>();
  return (d) => {
    const minute = Math.floor(d.getTime() / 60_000);
    let text = cache.get(minute);
    if (text === undefined) {
      if (cache.size >= 10_000) cache.clear();
      cache.set(minute, (text = format.format(d)));
    }
    return text;
  };
}

function erstellen(known: Sprache): I18n {
  const catalogue = catalogues[known];
  const format = (options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(known, { timeZone: 'Europe/Berlin', ...options });
  const datum = format({ day: '2-digit', month: '2-digit', year: 'numeric' });
  const uhrzeit = format({ hour: '2-digit', minute: '2-digit' });
  const wochentag = format({ weekday: 'long' });
  return {
    sprache: known,
    t: (key) => catalogue[key],
    tf: (key, werte) => catalogue[key].replace(/\{(\w+)\}/g, (_, name: string) => werte[name] ?? ''),
    dir: rechtsNachLinks.includes(known) ? 'rtl' : 'ltr',
    datum: gemerkt(datum),
    uhrzeit: gemerkt(uhrzeit),
    wochentag: gemerkt(wochentag),
  };
}

// Built once per language: Intl formatters are costly to create and the object is immutable.
const translators = new Map<Sprache, I18n>();

export function translator(sprache: string | undefined): I18n {
  const known: Sprache = istSprache(sprache) ? sprache : 'de';
  let i18n = translators.get(known);
  if (!i18n) translators.set(known, (i18n = erstellen(known)));
  return i18n;
}
