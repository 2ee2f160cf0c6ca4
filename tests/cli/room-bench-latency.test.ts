import { describe, expect, test } from 'vitest';
import { formatLatency, percentile, summarise } from '../../src/cli/room-bench/latency';

describe('the room bench statistics', () => {
  test('nearest-rank percentiles are measured values, whatever the order given', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    const summary = summarise(samples);
    expect(summary).toEqual({ count: 100, mean: 50.5, p50: 50, p95: 95, p99: 99, max: 100 });
    for (const p of [1, 33, 50, 90, 99.9])
      expect(samples).toContain(
        percentile(
          [...samples].sort((a, b) => a - b),
          p,
        ),
      );
  });

  test('a few samples: the top percentiles are the largest one, and none gives no figure', () => {
    expect(summarise([5, 1, 3])).toMatchObject({ mean: 3, p50: 3, p95: 5, p99: 5, max: 5 });
    expect(summarise([7])).toMatchObject({ p50: 7, p99: 7 });
    expect(Number.isNaN(summarise([]).p50)).toBe(true);
    expect(formatLatency(summarise([]))).toBe('no samples');
    expect(formatLatency(summarise([2, 4]))).toBe('p50 2.0 ms, p95 4.0 ms, p99 4.0 ms (max 4.0 ms, 2 votes)');
  });
});
