import { meterColour } from '../art/meter-colours';

/**
 * Colours of the institute view. Two palettes: the calm default and a high-contrast one with darker
 * colours and thicker outlines. The meters' colours are shared with the overlay: see
 * src/art/meter-colours.ts.
 */
export interface Palette {
  readonly highContrast: boolean;
  /** Outline width in CSS px for structure and panels. */
  readonly line: number;
  readonly background: number;
  readonly ground: number;
  readonly groundLine: number;
  readonly facade: number;
  readonly structure: number;
  readonly roomLit: number;
  readonly roomDim: number;
  /** Alpha of the dark overlay that turns a room's lights off. */
  readonly dimAlpha: number;
  readonly corridor: number;
  readonly door: number;
  readonly doorFrame: number;
  readonly lightCone: number;
  readonly panel: number;
  readonly panelLine: number;
  readonly text: number;
  readonly textMuted: number;
  readonly track: number;
  readonly hatch: number;
  readonly hatchAlpha: number;
  readonly failLine: number;
  readonly dangerBg: number;
  readonly dangerStripe: number;
  readonly dangerOutline: number;
  readonly plate: number;
  readonly plateText: number;
}

const CALM: Palette = {
  highContrast: false,
  line: 1.5,
  background: 0xeef2f6,
  ground: 0xdfe5dc,
  groundLine: 0x9aa89a,
  facade: 0xcfd8e1,
  structure: 0x4b5a69,
  roomLit: 0xfff4dc,
  roomDim: 0x2d3a48,
  dimAlpha: 0.5,
  corridor: 0xfffbef,
  door: 0x4a6178,
  doorFrame: 0x2f3d4c,
  lightCone: 0xffe7a8,
  panel: 0xffffff,
  panelLine: 0xcdd6df,
  text: 0x1c2530,
  textMuted: 0x4b5a69,
  track: 0xe4e9ee,
  hatch: 0x1c2530,
  hatchAlpha: 0.38,
  failLine: 0x1c2530,
  dangerBg: 0xfff6dd,
  dangerStripe: 0xf2c14e,
  dangerOutline: 0xa15c00,
  plate: 0xffffff,
  plateText: 0x1c2530,
};

const HIGH_CONTRAST: Palette = {
  highContrast: true,
  line: 3,
  background: 0xffffff,
  ground: 0xe6e6e6,
  groundLine: 0x000000,
  facade: 0xe9edf1,
  structure: 0x000000,
  roomLit: 0xfff1c4,
  roomDim: 0x10161c,
  dimAlpha: 0.62,
  corridor: 0xffffff,
  door: 0x1b2b3b,
  doorFrame: 0x000000,
  lightCone: 0xffe08a,
  panel: 0xffffff,
  panelLine: 0x000000,
  text: 0x000000,
  textMuted: 0x1c2530,
  track: 0xffffff,
  hatch: 0x000000,
  hatchAlpha: 0.7,
  failLine: 0x000000,
  dangerBg: 0xfff3b0,
  dangerStripe: 0x000000,
  dangerOutline: 0x000000,
  plate: 0xffffff,
  plateText: 0x000000,
};

export function paletteFor(highContrast: boolean): Palette {
  return highContrast ? HIGH_CONTRAST : CALM;
}

/** A meter's colour, shared with the overlay (src/art/meter-colours.ts). */
export function accentFor(palette: Palette, meterId: string): number {
  return meterColour(meterId, palette.highContrast);
}

/** Phaser's Text takes CSS colours; the palette keeps numbers for Graphics. */
export function css(color: number): string {
  return `#${color.toString(16).padStart(6, '0')}`;
}

/** Mix two colours, t = 0 gives `a`, t = 1 gives `b`; used for tints of an accent. */
export function mix(a: number, b: number, t: number): number {
  const ch = (shift: number) => {
    const x = (a >> shift) & 0xff;
    const y = (b >> shift) & 0xff;
    return Math.round(x + (y - x) * t) & 0xff;
  };
  return (ch(16) << 16) | (ch(8) << 8) | ch(0);
}
