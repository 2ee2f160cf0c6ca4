/**
 * A speaker's look, chosen deterministically from their id: the same character looks the same on every
 * machine and in every run, with no art files. Features are picked independently from neutral,
 * everyday options (skin tones across the whole human range, natural hair colours including grey, plain
 * work clothes); nothing is tied to a nationality, and a name never changes a face.
 */
export type HairStyle = 'short' | 'crop' | 'sidepart' | 'bob' | 'long' | 'bun' | 'curly' | 'shaved';
export type Clothing = 'blazer' | 'crew' | 'collar' | 'cardigan';
type Glasses = 'none' | 'round' | 'square';

export interface PortraitLook {
  readonly skin: number;
  readonly hair: number;
  readonly hairStyle: HairStyle;
  readonly clothing: Clothing;
  readonly clothingColor: number;
  readonly glasses: Glasses;
  readonly backdrop: number;
}

/** From light to deep, evenly spread so no tone is a rare special case. */
export const SKIN_TONES = [
  0xf7dcc8, 0xeec4a6, 0xe2b08f, 0xcf9670, 0xb57a55, 0x96603f, 0x74472d, 0x553322,
] as const;
export const HAIR_COLOURS = [
  0x1d1b1a, 0x2e2420, 0x4a3226, 0x6e4a2f, 0x9a7048, 0xc9a266, 0x8f3f24, 0x9c9a97, 0xd6d3ce,
] as const;
export const HAIR_STYLES: readonly HairStyle[] = [
  'short',
  'crop',
  'sidepart',
  'bob',
  'long',
  'bun',
  'curly',
  'shaved',
];
export const CLOTHING: readonly Clothing[] = ['blazer', 'crew', 'collar', 'cardigan'];
export const CLOTHING_COLOURS = [
  0x2f4b7c, 0x2c6e6f, 0x454d57, 0x6e2f3d, 0x56633a, 0x4f6d8f, 0x8a6a45, 0x594a78,
] as const;
export const BACKDROPS = [0xdbe7f2, 0xe3eedf, 0xf2e6d8, 0xe6e0f0, 0xdcecec, 0xf0e0e4] as const;

/** FNV-1a, 32 bits: tiny, stable across engines, and good enough to spread short ids. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: each feature takes its own draw, so similar hashes still give unrelated features. */
function sequence(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(items: readonly T[], next: () => number): T {
  const item = items[Math.floor(next() * items.length) % items.length];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

export function portraitLook(id: string): PortraitLook {
  const next = sequence(hashString(id));
  return {
    skin: pick(SKIN_TONES, next),
    hair: pick(HAIR_COLOURS, next),
    hairStyle: pick(HAIR_STYLES, next),
    clothing: pick(CLOTHING, next),
    clothingColor: pick(CLOTHING_COLOURS, next),
    glasses: next() < 0.4 ? pick(['round', 'square'] as const, next) : 'none',
    backdrop: pick(BACKDROPS, next),
  };
}
