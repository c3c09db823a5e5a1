// E-mail texts: only what is needed to act, never social data (no content, no Kundennummer in the subject).
import type { Team } from '../../domain/bereich.js';

export interface Mailtext {
  betreff: string;
  text: string;
}

const teamNamen: Record<Team, string> = { leistung: 'Leistung', vermittlung: 'Vermittlung', poststelle: 'Poststelle' };

export function empfangsbestaetigung(daten: { eingangsnummer: string; seiten: number; dokumentart: string; portalUrl: string }): Mailtext {
  return {
    betreff: `Eingangsbestätigung ${daten.eingangsnummer}`,
    text: [
      'Guten Tag,',
      '',
      'Ihre Sendung ist beim Jobcenter eingegangen.',
      '',
      `Eingangsnummer: ${daten.eingangsnummer}`,
      `Art: ${daten.dokumentart}`,
      `Seiten: ${daten.seiten}`,
      '',
      `Den Stand der Bearbeitung sehen Sie im Portal unter „Dokumente › gesendet“: ${daten.portalUrl}`,
      '',
      'Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht darauf.',
    ].join('\n'),
  };
}

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
