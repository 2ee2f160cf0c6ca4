import { describe, expect, it } from 'vitest';
import { formatDelta } from '../../src/game/badge';
import { hatchSegments } from '../../src/game/hatch';
import type { InstituteModel } from '../../src/game/model';
import { calendarKey, modelText, speakerKey, structureKey } from '../../src/game/model-keys';

describe('hatchSegments', () => {
  it('gives 45° segments whose ends lie on the rectangle', () => {
    const rect = { x: 10, y: 20, w: 100, h: 12 };
    const s = hatchSegments(rect, 6);
    expect(s.length % 4).toBe(0);
    expect(s.length / 4).toBeGreaterThan(15);
    for (let i = 0; i < s.length; i += 4) {
      const [x1, y1, x2, y2] = s.slice(i, i + 4) as [number, number, number, number];
      expect(x1 + y1).toBeCloseTo(x2 + y2, 6);
      for (const [x, y] of [
        [x1, y1],
        [x2, y2],
      ] as const) {
        expect(x).toBeGreaterThanOrEqual(rect.x - 1e-9);
        expect(x).toBeLessThanOrEqual(rect.x + rect.w + 1e-9);
        expect(y).toBeGreaterThanOrEqual(rect.y - 1e-9);
        expect(y).toBeLessThanOrEqual(rect.y + rect.h + 1e-9);
      }
    }
  });

  it('lines up neighbouring areas on one grid, and draws nothing for an empty area', () => {
    const a = hatchSegments({ x: 0, y: 0, w: 30, h: 10 }, 5);
    const b = hatchSegments({ x: 30, y: 0, w: 30, h: 10 }, 5);
    const c = (s: number[]) =>
      new Set(s.filter((_, i) => i % 4 === 0).map((x, k) => x + (s[k * 4 + 1] ?? 0)));
    for (const v of c(b)) expect(v % 5).toBe(0);
    for (const v of c(a)) expect(v % 5).toBe(0);
    expect(hatchSegments({ x: 0, y: 0, w: 0, h: 10 }, 5)).toEqual([]);
  });
});

describe('formatDelta', () => {
  it('signs every change, with a true minus sign', () => {
    expect(formatDelta(10)).toBe('+10');
    expect(formatDelta(-5)).toBe('\u22125');
    expect(formatDelta(2.5)).toBe('+2.5');
  });
});

const base: InstituteModel = {
  locale: 'en',
  reducedMotion: false,
  highContrast: false,
  meters: [
    {
      id: 'trust',
      label: 'Trust',
      value: 50,
      min: 0,
      max: 100,
      good: 'high',
      danger: null,
      lowWarn: 25,
      highWarn: null,
      lowFail: 15,
      highFail: null,
    },
  ],
  doors: [{ id: 'lab', kind: 'lab', label: 'Lab', open: false }],
  calendar: { label: 'March 2026', turn: 1, turns: 8 },
  speaker: { id: 'dr-seo', name: 'Dr. Seo', role: 'Chief Scientist' },
  lastChange: {},
  changeSerial: 0,
};

describe('model keys', () => {
  it('rebuild only for layout changes: values and open doors animate instead', () => {
    const moved = {
      ...base,
      meters: base.meters.map((m) => ({ ...m, value: 20, danger: 'low' as const })),
      doors: base.doors.map((d) => ({ ...d, open: true })),
    };
    expect(structureKey(moved)).toBe(structureKey(base));
    expect(structureKey({ ...base, highContrast: true })).not.toBe(structureKey(base));
    expect(structureKey({ ...base, locale: 'ko' })).not.toBe(structureKey(base));
  });

  it('tell calendar and speaker changes apart from the rest', () => {
    expect(calendarKey({ ...base, calendar: { label: 'April 2026', turn: 2, turns: 8 } })).not.toBe(
      calendarKey(base),
    );
    expect(calendarKey({ ...base, calendar: null })).toBe('');
    expect(speakerKey({ ...base, speaker: null })).toBe('');
  });

  it('collect every label the view draws, for font loading', () => {
    const text = modelText(base);
    for (const part of ['Trust', 'Lab', 'March 2026', 'Dr. Seo', 'Chief Scientist', '\u2212'])
      expect(text).toContain(part);
  });
});
