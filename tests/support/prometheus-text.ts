// Reads samples out of the Prometheus text the web and worker processes serve on their metrics port.

/** Labels in a fixed order (`name=value`, sorted), so two label sets compare whatever order they were written in. */
function labelsOrdnen(labels: string): string {
  return [...labels.matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)]
    .map((m) => `${m[1]}=${m[2]}`)
    .sort()
    .join(',');
}

/** Every sample of the metric `name`, with its labels in a fixed order ('' without labels). */
function proben(text: string, name: string): Array<{ labels: string; wert: number }> {
  const gefunden: Array<{ labels: string; wert: number }> = [];
  for (const zeile of text.split('\n')) {
    const m = /^(\w+)(?:\{(.*)\})? (\S+)$/.exec(zeile);
    if (m && m[1] === name) gefunden.push({ labels: labelsOrdnen(m[2] ?? ''), wert: Number(m[3]) });
  }
  return gefunden;
}

/** The value of one sample, by its label set in any order; undefined when there is none. */
export function wert(text: string, name: string, labels: string): number | undefined {
  const gesucht = labelsOrdnen(labels);
  return proben(text, name).find((probe) => probe.labels === gesucht)?.wert;
}

/** The sum of a metric over all its label sets; undefined while the process has not recorded it. */
export function summe(text: string, name: string): number | undefined {
  const werte = proben(text, name).map((probe) => probe.wert);
  return werte.length > 0 ? werte.reduce((a, b) => a + b, 0) : undefined;
}
