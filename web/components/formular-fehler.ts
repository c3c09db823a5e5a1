// Turns a FachlicherFehler's field codes into translated messages for the error summary; rethrows anything else.
import { FachlicherFehler } from '../../domain/fehler.js';
import type { MessageKey } from '../i18n/de.js';
import type { I18n } from '../i18n/index.js';

/** `Code` is the union the use case refused with (its Probleme<Code>); `schluessel` gives every code a message key. */
export function formularFehler<Code extends string>(
  error: unknown,
  i18n: I18n,
  schluessel: (feld: string, code: Code) => MessageKey,
): Array<{ feld: string; text: string }> {
  if (
    !(error instanceof FachlicherFehler) ||
    error.typ !== 'ungueltige_eingabe' ||
    Object.keys(error.felder).length === 0
  )
    throw error;
  return Object.entries(error.felder).map(([feld, code]) => ({
    feld: feld === 'dateien' ? 'datei1' : feld,
    text: i18n.t(schluessel(feld, code as Code)),
  }));
}

/** 413 when a file or the whole submission is too large, otherwise 400. */
export function formularStatus(error: unknown): 400 | 413 {
  const felder = error instanceof FachlicherFehler ? Object.values(error.felder) : [];
  return felder.some((code) => code.startsWith('zu_gross')) ? 413 : 400;
}

/** The same for the German-only staff forms: `text` gives every code of the use case's union a text (tsc checks it). */
export function mitarbeiterFehler<Code extends string>(
  error: unknown,
  text: (feld: string, code: Code) => string,
): Array<{ feld: string; text: string }> {
  if (!(error instanceof FachlicherFehler) || error.typ !== 'ungueltige_eingabe') throw error;
  return Object.entries(error.felder).map(([feld, code]) => ({ feld, text: text(feld, code as Code) }));
}
