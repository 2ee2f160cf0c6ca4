/**
 * Seeded randomness as a plain number in the run (like inkjs), never a live object, so a run is a
 * value that serializes exactly. Mulberry32: one 32-bit state, fast, good enough for drawing cards.
 */
const GOLDEN = 0x6d2b79f5;

/** The state after one draw. */
export function advance(state: number): number {
  return (state + GOLDEN) | 0;
}

/** The number in [0, 1) that belongs to a state produced by `advance`. */
export function unitOf(state: number): number {
  let r = Math.imul(state ^ (state >>> 15), state | 1);
  r ^= r + Math.imul(r ^ (r >>> 7), r | 61);
  return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
}

/** Mixes a seed and a stream number into an independent starting state (for batches and policies). */
export function mixSeed(seed: number, stream: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(stream + 0x632be5ab, 0xc2b2ae35);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) | 0;
}

/** A stateful cursor for callers outside runs (policies, tests) that want a sequence of numbers. */
export class RandomStream {
  constructor(private state: number) {}
  next(): number {
    this.state = advance(this.state);
    return unitOf(this.state);
  }
  /** An integer in [0, n). */
  below(n: number): number {
    return Math.floor(this.next() * n);
  }
}
