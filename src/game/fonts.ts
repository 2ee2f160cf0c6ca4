/**
 * Canvas text draws with whatever font is loaded at that moment and never redraws by itself. Pretendard
 * is served as a dynamic subset (one file per block of Hangul), so before drawing a label we ask the
 * browser to load exactly the subsets its characters need.
 */
const PROBE_FONT = '500 16px "Pretendard Variable"';

/** True when every glyph of `text` can already be drawn with the page's font (or no font is declared). */
export function glyphsReady(text: string): boolean {
  if (typeof document === 'undefined' || !document.fonts) return true;
  try {
    return document.fonts.check(PROBE_FONT, text);
  } catch {
    return true;
  }
}

/** Resolves once the font files for `text` are loaded; never rejects (a missing font falls back). */
export async function loadGlyphs(text: string): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return;
  try {
    await document.fonts.ready;
    if (!glyphsReady(text)) await document.fonts.load(PROBE_FONT, text);
  } catch {
    // A font that fails to load is not worth breaking the view for: sans-serif takes over.
  }
}
