import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeLayout, MAX_FS, MIN_FS, type Rect, roomGrid } from '../../src/game/layout';

const inside = (r: Rect, w: number, h: number) =>
  r.x >= 0 && r.y >= 0 && r.x + r.w <= w + 0.5 && r.y + r.h <= h + 0.5 && r.w > 0 && r.h > 0;
const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;

/** Stage sizes the overlay uses: 55% of 16:9 projectors, the top 40% of phones, odd windows between. */
const STAGES: [number, number][] = [
  [704, 720],
  [1056, 1080],
  [390, 338],
  [360, 300],
  [1280, 720],
  [1600, 600],
];

describe('computeLayout', () => {
  it.each(STAGES)('keeps every region inside a %i×%i stage without overlaps', (w, h) => {
    const layout = computeLayout(w, h, 5);
    const regions = [layout.calendar, layout.speaker, layout.building, layout.meters];
    for (const r of regions) expect(inside(r, w, h)).toBe(true);
    for (let i = 0; i < regions.length; i++) {
      for (let j = i + 1; j < regions.length; j++) {
        expect(overlap(regions[i] as Rect, regions[j] as Rect)).toBe(false);
      }
    }
    expect(layout.meters.h).toBeGreaterThanOrEqual(5 * layout.meterRowH);
  });

  it('keeps type readable: 20 px or more on a 1280×720 projector half, the minimum on a phone', () => {
    expect(computeLayout(704, 720, 5).fs).toBeGreaterThanOrEqual(20);
    expect(computeLayout(390, 338, 5).fs).toBe(MIN_FS);
    expect(computeLayout(390, 338, 5).compact).toBe(true);
    expect(computeLayout(1056, 1080, 5).fs).toBeLessThanOrEqual(MAX_FS);
  });

  it('switches to the side arrangement on wide stages', () => {
    expect(computeLayout(1600, 600, 5).mode).toBe('side');
    expect(computeLayout(704, 720, 5).mode).toBe('stack');
  });

  it('never throws and stays finite for any size and meter count', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4000 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 9 }),
        (w, h, n) => {
          const layout = computeLayout(w, h, n);
          for (const r of [layout.calendar, layout.speaker, layout.building, layout.meters]) {
            for (const v of [r.x, r.y, r.w, r.h]) expect(Number.isFinite(v)).toBe(true);
          }
        },
      ),
    );
  });
});

describe('roomGrid', () => {
  it('fits every door and leaves less than one storey empty', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 100, max: 2000 }),
        fc.integer({ min: 60, max: 1200 }),
        (n, w, h) => {
          const g = roomGrid(n, w, h);
          expect(g.cols * g.rows).toBeGreaterThanOrEqual(n);
          expect(g.cols * (g.rows - 1)).toBeLessThan(n);
        },
      ),
    );
  });

  it('stacks five rooms as two storeys of three on a projector half', () => {
    expect(roomGrid(5, 680, 330)).toEqual({ cols: 3, rows: 2 });
  });
});
