// The jobcenter's opening hours in the reader's language: weekday names and lists from Intl, the words from the catalogue.
import { jobcenter } from '../../domain/jobcenter.js';
import type { I18n, Sprache } from '../i18n/index.js';
import { Angabe, Angaben } from './angaben.js';

const listen = new Map<Sprache, Intl.ListFormat>();
const liste = (sprache: Sprache) => {
  let format = listen.get(sprache);
  if (!format) listen.set(sprache, (format = new Intl.ListFormat(sprache, { type: 'conjunction' })));
  return format;
};

/** A Monday at noon in Berlin, plus (tag - 1) days: a date whose weekday is `tag` (1 = Monday). */
const wochentag = (tag: number) => new Date(Date.UTC(2026, 0, 4 + tag, 11));

export function Oeffnungszeiten({ i18n }: { i18n: I18n }) {
  return (
    <Angaben>
      {jobcenter.oeffnungszeiten.map((o) => (
        <>
          <Angabe name={liste(i18n.sprache).format(o.tage.map((tag) => i18n.wochentag(wochentag(tag))))}>
            {o.zeiten.length === 0
              ? i18n.t('oeffnungszeiten.geschlossen')
              : liste(i18n.sprache).format(o.zeiten.map((z) => i18n.tf('oeffnungszeiten.zeit', z)))}
          </Angabe>
        </>
      ))}
    </Angaben>
  );
}
