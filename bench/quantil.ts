// Quantiles of measured values: the q-quantile of ascending values (nearest rank, 0 for none), and latency summaries.
export function quantil(sorted: readonly number[], q: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

export interface Latenzen {
  anzahl: number;
  p50_ms: number;
  p95_ms: number;
  max_ms: number;
}

export function latenzen(werte: number[]): Latenzen {
  const sorted = [...werte].sort((a, b) => a - b);
  return {
    anzahl: sorted.length,
    p50_ms: Math.round(quantil(sorted, 0.5)),
    p95_ms: Math.round(quantil(sorted, 0.95)),
    max_ms: Math.round(sorted.at(-1)!),
  };
}
