import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { allIcons, type DoorKind, doorIcon, meterIcon } from '../../src/art/icons';
import { METER_COLOURS, meterColour } from '../../src/art/meter-colours';

/** WCAG contrast ratio of two sRGB colours. */
function contrast(a: number, b: number): number {
  const luminance = (colour: number) => {
    const [r, g, bl] = [16, 8, 0].map((shift) => {
      const c = ((colour >> shift) & 0xff) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const shipped = readdirSync('scenarios')
  .filter((name) => name.endsWith('.json') && name !== 'scenario.schema.json')
  .map(
    (name) =>
      JSON.parse(readFileSync(`scenarios/${name}`, 'utf8')) as {
        meters: { id: string }[];
        doors?: { kind?: DoorKind }[];
      },
  );

describe('the art in assets/', () => {
  test('every pictogram file has paths the overlay can draw', () => {
    for (const icon of allIcons()) {
      expect(icon.svg, icon.name).toMatch(/^<svg [^>]*viewBox="0 0 24 24"/);
      expect(icon.paths.length, icon.name).toBeGreaterThan(0);
      expect(
        icon.paths.every(({ d }) => /^M[\d.\s,a-zA-Z-]+$/.test(d)),
        icon.name,
      ).toBe(true);
    }
  });

  test('every meter of every shipped scenario has its own pictogram and colour', () => {
    for (const scenario of shipped) {
      for (const meter of scenario.meters) {
        expect(meterIcon(meter.id).name).toBe(`meter-${meter.id}`);
        expect(METER_COLOURS.has(meter.id), meter.id).toBe(true);
      }
    }
    expect(meterIcon('unheard-of').name).toBe('meter-other');
  });

  test('every kind of room has a pictogram', () => {
    for (const kind of ['lab', 'fab', 'datacentre', 'talent', 'legal', 'office'] as const)
      expect(doorIcon(kind).name).toBe(`door-${kind}`);
  });

  test('meter colours read against the page and under a white icon (at least 4.5:1)', () => {
    for (const id of METER_COLOURS.keys()) {
      for (const highContrast of [false, true]) {
        expect(contrast(meterColour(id, highContrast), 0xffffff), id).toBeGreaterThanOrEqual(4.5);
      }
    }
  });
});
