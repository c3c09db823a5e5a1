// Online delivery of letters (§ 37 Abs. 2a SGB X): reminder and post fallback periods; the deemed delivery day is in bekanntgabe.ts.
export const zustellung = {
  erinnerungNachTagen: 7,
  postversandNachTagen: 14,
} as const;

export const TAG_MS = 86_400_000;
