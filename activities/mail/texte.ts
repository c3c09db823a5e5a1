// E-mail texts: only what is needed to act, never social data (no content, no Kundennummer in the subject).
import type { Team } from '../../domain/bereich.js';
import type { Sprache } from '../../domain/sprache.js';
import type { Mailtext } from './einmal-senden.js';
import { empfangsTexte } from './empfang-texte.js';

const teamNamen: Record<Team, string> = { leistung: 'Leistung', vermittlung: 'Vermittlung', poststelle: 'Poststelle' };

/** The receipt to the sender, in their language; Dokumentart stays the German catalogue name. */
export function empfangsbestaetigung(
  daten: { eingangsnummer: string; seiten: number; dokumentart: string; portalUrl: string },
  sprache: Sprache,
): Mailtext {
  const t = empfangsTexte[sprache];
  return {
    betreff: `${t.betreff} ${daten.eingangsnummer}`,
    text: [
      t.anrede,
      '',
      t.eingegangen,
      '',
      `${t.eingangsnummer}: ${daten.eingangsnummer}`,
      `${t.art}: ${daten.dokumentart}`,
      `${t.seiten}: ${daten.seiten}`,
      '',
      `${t.stand} ${daten.portalUrl}`,
      '',
      t.automatisch,
    ].join('\n'),
  };
}

/** Staff notice: always German. */
export function teamHinweis(daten: { eingangsnummer: string; team: Team; arbeitsplatzUrl: string }): Mailtext {
  return {
    betreff: `Neuer Eingang für ${teamNamen[daten.team]}`,
    text: [
      `Im Postfach ${teamNamen[daten.team]} ist ein neuer Eingang (${daten.eingangsnummer}).`,
      '',
      `Arbeitsplatz: ${daten.arbeitsplatzUrl}`,
    ].join('\n'),
  };
}
