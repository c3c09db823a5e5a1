// Online delivery of letters (§ 37 Abs. 2a SGB X): reminder and post fallback periods, and the day a letter counts as delivered.
export const zustellung = {
  erinnerungNachTagen: 7,
  postversandNachTagen: 14,
  /** The letter counts as delivered on the third day after the alert was sent. */
  zugangAmTagNachBenachrichtigung: 3,
} as const;

export const TAG_MS = 86_400_000;

/** The date the letter counts as delivered, from the moment the alert e-mail was sent. */
export function zugangsdatum(benachrichtigtAm: Date): Date {
  return new Date(benachrichtigtAm.getTime() + zustellung.zugangAmTagNachBenachrichtigung * TAG_MS);
}
