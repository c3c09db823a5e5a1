// Routing: Dokumentart (or the Mitteilung's Bereich) → team inboxes, and the responsible person where known.
import type { Bereich, MitteilungBereich, Team } from './bereich.js';
import { teamsFuerMitteilung } from './bereich.js';
import { kundenDokumentarten, partnerDokumentarten } from './katalog.js';

export interface Zustaendige {
  leistungssachbearbeiterId: number | null;
  ansprechpartnerId: number | null;
}

export interface Weiterleitung {
  teams: Team[];
  /** The responsible person of the (single) Bereich, if the client has one. */
  zugewiesenAn: number | null;
}

export type Kanal = 'kunde' | 'partner' | 'scan' | 'jobcenter';

export function teamFuerDokumentart(dokumentart: string, kanal: Kanal): Team {
  const katalog = kanal === 'partner' ? partnerDokumentarten : kundenDokumentarten;
  const eintrag = (katalog as readonly { name: string; team: Team }[]).find((e) => e.name === dokumentart);
  return eintrag?.team ?? 'poststelle';
}

function person(bereich: Bereich, zustaendige: Zustaendige): number | null {
  return bereich === 'leistung' ? zustaendige.leistungssachbearbeiterId : zustaendige.ansprechpartnerId;
}

export function weiterleitungFuerDokument(dokumentart: string, kanal: Kanal, zustaendige: Zustaendige): Weiterleitung {
  const team = teamFuerDokumentart(dokumentart, kanal);
  return { teams: [team], zugewiesenAn: team === 'poststelle' ? null : person(team, zustaendige) };
}

export function weiterleitungFuerMitteilung(bereich: MitteilungBereich, zustaendige: Zustaendige): Weiterleitung {
  const teams = teamsFuerMitteilung(bereich);
  return { teams, zugewiesenAn: teams.length === 1 ? person(teams[0]!, zustaendige) : null };
}

/** After a staff member reroutes: the new Bereich's team and its responsible person. */
export function weiterleitungNachBereich(bereich: Bereich, zustaendige: Zustaendige): Weiterleitung {
  return { teams: [bereich], zugewiesenAn: person(bereich, zustaendige) };
}
