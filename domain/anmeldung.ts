// Sign-in rules: lockout after repeated failures, password policy, idle timeout.
export const anmeldung = {
  maxFehlversuche: 5,
  fensterMinuten: 15,
  sperreMinuten: 15,
  idleMinuten: 30,
  passwortMindestlaenge: 10,
} as const;

export type PasswortProblem = 'zu_kurz' | 'ungleich' | 'wie_kundennummer' | 'wie_bisher';

export function pruefeNeuesPasswort(
  neu: string,
  wiederholung: string,
  kundennummer: string,
  bisher: string,
): PasswortProblem | undefined {
  if (neu.length < anmeldung.passwortMindestlaenge) return 'zu_kurz';
  if (neu !== wiederholung) return 'ungleich';
  if (neu.toUpperCase().includes(kundennummer.toUpperCase())) return 'wie_kundennummer';
  if (neu === bisher) return 'wie_bisher';
  return undefined;
}
