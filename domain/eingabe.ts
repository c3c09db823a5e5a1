// Problems with form or API input: by field, each a code from the input's own union, so every code has a message.
import type { z } from 'zod';

/** The problems of one input by field name; every code a member of the input's union. */
export type Probleme<Code extends string> = Record<string, Code>;

/** For a zod schema: the issue option carrying a problem code of the union (zod keeps it as the issue's message). */
export const problemCodes =
  <Code extends string>() =>
  (code: Code): { message: Code } => ({ message: code });

/** The problems of a failed parse by top-level field; a later issue on the same field replaces an earlier one. */
export function problemeAus<Code extends string>(error: z.ZodError): Probleme<Code> {
  const probleme: Probleme<Code> = {};
  // The schema named each message through problemCodes<Code>(), so it is a Code.
  for (const issue of error.issues) probleme[String(issue.path[0] ?? '')] = issue.message as Code;
  return probleme;
}
