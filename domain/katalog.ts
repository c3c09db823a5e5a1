// The document catalogue (DESIGN.md section 3): Dokumentarten per direction and their default team.
import type { Team } from './bereich.js';

export interface KundenDokumentart {
  name: string;
  team: Team;
}

/** Client uploads: the dropdown "Name"; Sonstiges goes to the Poststelle, where a person decides. */
export const kundenDokumentarten = [
  { name: 'Arbeitsunfähigkeitsbescheinigung (Krankmeldung)', team: 'vermittlung' },
  { name: 'Arbeitsvertrag', team: 'leistung' },
  { name: 'Kontoauszüge', team: 'leistung' },
  { name: 'Kündigung', team: 'leistung' },
  { name: 'Lebenslauf', team: 'vermittlung' },
  { name: 'Lohnabrechnung', team: 'leistung' },
  { name: 'Nebenkostenabrechnung', team: 'leistung' },
  { name: 'Sonstiges', team: 'poststelle' },
  { name: 'Sonstiges - Leistung', team: 'leistung' },
  { name: 'Sonstiges - Vermittlung', team: 'vermittlung' },
  { name: 'Weiterbewilligungsantrag', team: 'leistung' },
] as const satisfies readonly KundenDokumentart[];

/** Partner uploads into a client's file. */
export const partnerDokumentarten = [
  { name: 'Arbeitsunfähigkeitsbescheinigung', team: 'vermittlung' },
  { name: 'Antrag (Leistung)', team: 'leistung' },
  { name: 'Antrag (Vermittlung)', team: 'vermittlung' },
  { name: 'Maßnahmebericht', team: 'vermittlung' },
  { name: 'Abschlussbericht', team: 'vermittlung' },
  { name: 'Anwesenheitsnachweis', team: 'vermittlung' },
  { name: 'Sonstiges', team: 'poststelle' },
] as const satisfies readonly KundenDokumentart[];

/** What the jobcenter sends to partners. */
export const ausgangDokumentartenPartner = [
  'Zuweisung',
  'Lebenslauf',
  'Zeugnisse/Zertifikate',
  'Arbeitsunfähigkeitsbescheinigung',
] as const;

/** What the jobcenter sends to clients. */
export const ausgangDokumentartenKunde = [
  'Bescheid',
  'Einladung',
  'Vermerk',
  'Anhörung',
  'Aufforderung zur Mitwirkung',
] as const;
