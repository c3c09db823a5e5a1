// Bereiche (departments) and the team inboxes documents are routed to.
export const bereiche = ['leistung', 'vermittlung'] as const;
export type Bereich = (typeof bereiche)[number];

/** Team inboxes: the two Bereiche plus the triage inbox for documents nobody has assigned yet. */
export const teams = ['leistung', 'vermittlung', 'poststelle'] as const;
export type Team = (typeof teams)[number];

/** What a Mitteilung names as its Bereich; "Leistung und Vermittlung" reaches both teams. */
export const mitteilungBereiche = ['leistung_und_vermittlung', 'leistung', 'vermittlung'] as const;
export type MitteilungBereich = (typeof mitteilungBereiche)[number];

export function teamsFuerMitteilung(bereich: MitteilungBereich): Bereich[] {
  return bereich === 'leistung_und_vermittlung' ? ['leistung', 'vermittlung'] : [bereich];
}
