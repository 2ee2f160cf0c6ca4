/**
 * The room bench's statistics: latencies in milliseconds, summarised by nearest-rank percentiles (the
 * smallest sample with at least p% of the samples at or below it), so every figure printed is a
 * latency that was measured, never an interpolation between two.
 */
export interface LatencySummary {
  readonly count: number;
  readonly mean: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
}

/** The nearest-rank percentile `p` (0 < p ≤ 100) of samples already sorted ascending; NaN when empty. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export function summarise(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    count: sorted.length,
    mean: sorted.length === 0 ? Number.NaN : sorted.reduce((sum, n) => sum + n, 0) / sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.length === 0 ? Number.NaN : (sorted[sorted.length - 1] as number),
  };
}

/** `p50 3.1 ms, p95 12.0 ms, p99 20.4 ms (max 31.0 ms, 800 votes)`; "no samples" when there are none. */
export function formatLatency(summary: LatencySummary): string {
  if (summary.count === 0) return 'no samples';
  const ms = (n: number) => `${n.toFixed(1)} ms`;
  return `p50 ${ms(summary.p50)}, p95 ${ms(summary.p95)}, p99 ${ms(summary.p99)} (max ${ms(summary.max)}, ${summary.count} votes)`;
}
