import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BACKDROPS,
  CLOTHING,
  CLOTHING_COLOURS,
  HAIR_COLOURS,
  HAIR_STYLES,
  hashString,
  portraitLook,
  SKIN_TONES,
} from '../../src/game/portrait-look';

describe('hashString', () => {
  it('is FNV-1a: pinned values, so a look never changes between releases', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
    expect(hashString('dean-zhao')).toBe(hashString('dean-zhao'));
    expect(hashString('dean-zhao')).not.toBe(hashString('dean-zhaO'));
  });
});

describe('portraitLook', () => {
  it('is deterministic: the same id always gives the same look', () => {
    fc.assert(
      fc.property(fc.string(), (id) => {
        expect(portraitLook(id)).toEqual(portraitLook(id));
      }),
    );
  });

  it('pins the shipped characters (a changed face would confuse returning players)', () => {
    expect(portraitLook('dr-seo')).toMatchInlineSnapshot(`
      {
        "backdrop": 15786212,
        "clothing": "crew",
        "clothingColor": 5205391,
        "glasses": "square",
        "hair": 4862502,
        "hairStyle": "curly",
        "skin": 14856335,
      }
    `);
  });

  it('only uses the declared palettes and shapes', () => {
    fc.assert(
      fc.property(fc.string(), (id) => {
        const look = portraitLook(id);
        expect(SKIN_TONES).toContain(look.skin);
        expect(HAIR_COLOURS).toContain(look.hair);
        expect(HAIR_STYLES).toContain(look.hairStyle);
        expect(CLOTHING).toContain(look.clothing);
        expect(CLOTHING_COLOURS).toContain(look.clothingColor);
        expect(BACKDROPS).toContain(look.backdrop);
        expect(['none', 'round', 'square']).toContain(look.glasses);
      }),
    );
  });

  it('spreads a cast over every skin tone and hair style, with and without glasses', () => {
    const looks = Array.from({ length: 400 }, (_, i) => portraitLook(`character-${i}`));
    for (const tone of SKIN_TONES) expect(looks.some((l) => l.skin === tone)).toBe(true);
    for (const style of HAIR_STYLES) expect(looks.some((l) => l.hairStyle === style)).toBe(true);
    const withGlasses = looks.filter((l) => l.glasses !== 'none').length;
    expect(withGlasses).toBeGreaterThan(100);
    expect(withGlasses).toBeLessThan(220);
    // No tone is a rare special case: each gets at least half its fair share.
    for (const tone of SKIN_TONES) {
      expect(looks.filter((l) => l.skin === tone).length).toBeGreaterThan(400 / SKIN_TONES.length / 2);
    }
  });

  it('gives different characters of one scenario different looks', () => {
    const ids = ['dean-zhao', 'dr-seo', 'counsel-kang', 'dr-lin'];
    const keys = new Set(ids.map((id) => JSON.stringify(portraitLook(id))));
    expect(keys.size).toBe(ids.length);
  });
});
