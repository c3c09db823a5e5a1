// The staff workspace frame (German only): who is signed in, their team, sign-out.
import type { ComponentChildren } from 'preact';
import { translator } from '../i18n/index.js';
import { Menue } from '../components/menue.js';
import { Meldung } from '../components/meldung.js';
import { Page } from '../layout/page.js';
import { Verweis } from '../components/verweis.js';

export interface ArbeitsplatzKontext {
  csrf: string;
  name: string;
  team: string;
  /** A one-time success message from the last action. */
  meldung?: string;
}

export const teamNamen: Record<string, string> = {
  leistung: 'Leistung',
  vermittlung: 'Vermittlung',
  poststelle: 'Poststelle',
  admin: 'Administration',
};

export function ArbeitsplatzPage({
  kontext,
  titel,
  children,
}: {
  kontext: ArbeitsplatzKontext;
  titel: string;
  children: ComponentChildren;
}) {
  return (
    <Page titel={titel} i18n={translator('de')} csrf={kontext.csrf}>
      <Menue label="Arbeitsplatz" knopf="Menü" klasse="arbeitsplatz-nav">
        {['leistung', 'vermittlung', 'poststelle']
          .filter((t) => kontext.team === 'admin' || kontext.team === t)
          .map((t) => (
            <a href={`/mitarbeiter/postfach/${t}`}>Postfach {teamNamen[t]}</a>
          ))}
        {(kontext.team === 'poststelle' || kontext.team === 'admin') && <a href="/mitarbeiter/zuordnen">Zuordnen</a>}
        <a href="/mitarbeiter/ausgang">Schreiben senden</a>
        <a href="/mitarbeiter/termine">Termine</a>
        <a href="/mitarbeiter/tagesplan">Tagesplan</a>
        {kontext.team === 'admin' && <a href="/mitarbeiter/terminvergabe">Terminvergabe</a>}
        <a href="/mitarbeiter/formulare">Formulare</a>
        <a href="/mitarbeiter/uebersicht">Übersicht</a>
        {kontext.team === 'admin' && <a href="/mitarbeiter/kunden">Kundenkonten</a>}
        {kontext.team === 'admin' && <a href="/mitarbeiter/auskuenfte">Auskünfte</a>}
        {kontext.team === 'admin' && <a href="/mitarbeiter/partner">Partnerorganisationen</a>}
      </Menue>
      <div class="kontoleiste">
        <span>
          Angemeldet als {kontext.name} ({teamNamen[kontext.team] ?? kontext.team})
        </span>
        <form method="post" action="/mitarbeiter/abmelden" class="inline">
          <input type="hidden" name="_csrf" value={kontext.csrf} />
          <button type="submit" class="kern-btn kern-btn--tertiary kern-btn--x-small">
            <span class="kern-label">Abmelden</span>
          </button>
        </form>
      </div>
      {kontext.meldung && <Meldung art="erfolg">{kontext.meldung}</Meldung>}
      <h1 class="kern-heading-large">{titel}</h1>
      {children}
    </Page>
  );
}

export function AbgemeldetPage() {
  return (
    <Page titel="Abgemeldet" i18n={translator('de')}>
      <h1 class="kern-heading-large">Sie haben sich abgemeldet.</h1>
      <p>
        <Verweis href="/mitarbeiter/anmelden">Wieder anmelden</Verweis>
      </p>
    </Page>
  );
}
