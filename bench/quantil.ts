// The q-quantile of ascending values (nearest rank), 0 for none.
export function quantil(sorted: readonly number[], q: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}
