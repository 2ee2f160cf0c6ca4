import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advance, mixSeed, RandomStream, unitOf } from '../../src/engine/rng';

const SEED = 20_260_501;

/** The first n numbers of the stream that starts at `state`. */
function firstValues(state: number, n: number): number[] {
  const out: number[] = [];
  let s = state;
  for (let i = 0; i < n; i++) {
    s = advance(s);
    out.push(unitOf(s));
  }
  return out;
}

describe('advance and unitOf', () => {
  it('keeps the state a 32-bit integer and every number in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), (state) => {
        const nextState = advance(state);
        expect(Number.isInteger(nextState)).toBe(true);
        expect(nextState | 0).toBe(nextState);
        const u = unitOf(nextState);
        expect(u).toBeGreaterThanOrEqual(0);
        expect(u).toBeLessThan(1);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('gives the pinned values (a change to the generator changes every seeded run and save)', () => {
    expect(advance(0)).toBe(1831565813);
    expect(unitOf(0)).toBe(0);
    expect(unitOf(advance(0))).toBe(0.26642920868471265);
    expect(mixSeed(42, 0)).toBe(1982885440);
    expect(firstValues(mixSeed(42, 0), 5)).toEqual([
      0.32723916484974325, 0.8012541637290269, 0.8269569154363126, 0.22966237785294652, 0.43286080192774534,
    ]);
  });

  it('is a pure function of the state', () => {
    expect(firstValues(12345, 20)).toEqual(firstValues(12345, 20));
  });

  it('spreads over the unit interval', () => {
    const values = firstValues(mixSeed(SEED, 0), 10_000);
    const buckets = new Array<number>(10).fill(0);
    for (const v of values) buckets[Math.floor(v * 10)] = (buckets[Math.floor(v * 10)] ?? 0) + 1;
    for (const count of buckets) {
      expect(count).toBeGreaterThan(850);
      expect(count).toBeLessThan(1150);
    }
  });
});

describe('mixSeed', () => {
  it('gives the pinned starting states', () => {
    expect([mixSeed(0, 0), mixSeed(1, 0), mixSeed(1, 1), mixSeed(2, 0)]).toEqual([
      2037038050, -2032482107, -479973731, -1935968773,
    ]);
  });

  it('gives different streams for different stream numbers and seeds', () => {
    fc.assert(
      fc.property(fc.integer(), fc.nat(1000), fc.nat(1000), (seed, a, b) => {
        fc.pre(a !== b);
        expect(mixSeed(seed, a)).not.toBe(mixSeed(seed, b));
        expect(firstValues(mixSeed(seed, a), 3)).not.toEqual(firstValues(mixSeed(seed, b), 3));
      }),
      { seed: SEED, numRuns: 300 },
    );
    const starts = new Set(Array.from({ length: 1000 }, (_, stream) => mixSeed(7, stream)));
    expect(starts.size).toBe(1000);
    const bySeed = new Set(Array.from({ length: 1000 }, (_, seed) => mixSeed(seed, 0)));
    expect(bySeed.size).toBe(1000);
  });

  it('returns a 32-bit integer', () => {
    fc.assert(
      fc.property(fc.integer(), fc.nat(), (seed, stream) => {
        const state = mixSeed(seed, stream);
        expect(state | 0).toBe(state);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});

describe('RandomStream', () => {
  it('reads the same numbers as advance/unitOf', () => {
    const stream = new RandomStream(mixSeed(42, 0));
    expect([stream.next(), stream.next(), stream.next()]).toEqual(firstValues(mixSeed(42, 0), 3));
  });

  it('draws integers below n, pinned for a seed', () => {
    const stream = new RandomStream(mixSeed(7, 1));
    expect([0, 1, 2, 3, 4].map(() => stream.below(10))).toEqual([0, 9, 4, 4, 0]);
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 100 }), (seed, n) => {
        const r = new RandomStream(seed).below(n);
        expect(Number.isInteger(r)).toBe(true);
        expect(r).toBeGreaterThanOrEqual(0);
        expect(r).toBeLessThan(n);
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
