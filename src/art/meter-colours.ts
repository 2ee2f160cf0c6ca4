/**
 * Each meter's colour, for both renderers: the institute view's gauges and icons (game/palette.ts) and
 * the overlay's icons and charts (CSS variables --m-<id>, set by ui/meter-colours.ts). Okabe–Ito hues,
 * which stay apart under the common colour-vision deficiencies, darkened to at least 4.5:1 against the
 * page and against a white icon on top; high contrast darker still. Every colour comes with an icon, so
 * colour is never the only cue.
 */
export interface MeterColours {
  readonly calm: number;
  readonly highContrast: number;
}

export const METER_COLOURS: ReadonlyMap<string, MeterColours> = new Map([
  ['trust', { calm: 0x0072b2, highContrast: 0x00548a }],
  ['security', { calm: 0x00805d, highContrast: 0x006b4f }],
  ['legalRisk', { calm: 0xc25400, highContrast: 0x9e3f00 }],
  ['alliance', { calm: 0xa8558a, highContrast: 0x8f3f73 }],
  ['research', { calm: 0x9a6b00, highContrast: 0x8a5a00 }],
]);

/** A meter the game has no colour for. */
const OTHER_METER_COLOURS: MeterColours = { calm: 0x4a6f8f, highContrast: 0x1f5f8b };

export function meterColour(meterId: string, highContrast: boolean): number {
  const colours = METER_COLOURS.get(meterId) ?? OTHER_METER_COLOURS;
  return highContrast ? colours.highContrast : colours.calm;
}

/** `#0072b2`, for CSS. */
export function cssColour(colour: number): string {
  return `#${colour.toString(16).padStart(6, '0')}`;
}
