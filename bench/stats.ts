// Small statistics for latency samples.

/** The nearest-rank percentile (`p` in 0–100) of the samples; NaN when there are none. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

/** p50, p99 and the maximum of the samples, in the samples' unit. */
export function summarize(samples: readonly number[]): { count: number; p50: number; p99: number; max: number } {
  return {
    count: samples.length,
    p50: percentile(samples, 50),
    p99: percentile(samples, 99),
    max: percentile(samples, 100),
  };
}
