// Business failures: one union of types, each mapped once to an HTTP status in web/middleware/errors.ts.
export const fehlerTypen = [
  'nicht_angemeldet',
  'nicht_berechtigt',
  'nicht_gefunden',
  'ungueltige_eingabe',
  'zu_viele_versuche',
  'konflikt',
  'vorbedingung_fehlgeschlagen',
  'formular_abgelaufen',
  'anmeldung_fehlgeschlagen',
] as const;
export type FehlerTyp = (typeof fehlerTypen)[number];

/** A failure the user caused or may see; never retried, shown in their language. */
export class FachlicherFehler extends Error {
  override name = 'FachlicherFehler';
  constructor(
    readonly typ: FehlerTyp,
    message: string = typ,
    readonly felder: Record<string, string> = {},
  ) {
    super(message);
  }
}
