// Keeps one computed value for a while in this web process; requests meanwhile share it, a failed computation is not kept.
export function zwischenspeicher<T>(
  laden: (jetzt: Date) => Promise<T>,
  uhr: () => Date,
  dauerMs = 60_000,
): () => Promise<T> {
  let gespeichert: { seit: number; wert: Promise<T> } | undefined;
  return () => {
    const jetzt = uhr();
    if (gespeichert && jetzt.getTime() - gespeichert.seit < dauerMs && jetzt.getTime() >= gespeichert.seit)
      return gespeichert.wert;
    const eintrag = { seit: jetzt.getTime(), wert: laden(jetzt) };
    gespeichert = eintrag;
    eintrag.wert.catch(() => {
      if (gespeichert === eintrag) gespeichert = undefined;
    });
    return eintrag.wert;
  };
}
