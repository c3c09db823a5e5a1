// Validates request parts with their zod schema; failures become field errors (feld, code) of a 400 problem.
import type { z } from 'zod/v4';
import { FachlicherFehler } from '../../domain/fehler.js';

type Issue = z.core.$ZodIssue;

function code(issue: Issue, eingabe: unknown): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'fehlt';
  if (issue.code === 'too_small' && issue.origin === 'string' && issue.minimum === 1 && eingabe !== undefined)
    return 'fehlt';
  if (issue.code === 'too_big') return 'zu_lang';
  if (issue.code === 'unrecognized_keys') return 'unbekannt';
  if (issue.code === 'invalid_value') return 'wert';
  if (issue.code === 'invalid_type') return 'typ';
  return 'format';
}

export function pruefen<S extends z.ZodType>(schema: S, eingabe: unknown, wo: string): z.output<S> {
  const ergebnis = schema.safeParse(eingabe);
  if (ergebnis.success) return ergebnis.data;
  const felder: Record<string, string> = {};
  for (const issue of ergebnis.error.issues) {
    const namen =
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((k) => [...issue.path, k].join('.'))
        : [issue.path.join('.') || wo];
    for (const feld of namen) felder[feld] ??= code(issue, eingabe);
  }
  throw new FachlicherFehler('ungueltige_eingabe', `Die Anfrage ist ungültig (${wo}).`, felder);
}
