/**
 * Text cut to fit a node's line, with an ellipsis: SVG text does not wrap or clip by itself. Widths are
 * estimated in ems (Hangul and other wide characters about 1, Latin about 0.56), which errs on the
 * short side for the studio's font; the whole text stays in the node's accessible name and tooltip.
 */
export function fitText(text: string, maxEms: number): string {
  let ems = 0;
  let end = 0;
  for (const char of text) {
    const width = isWide(char) ? 1 : 0.56;
    if (ems + width > maxEms) return `${text.slice(0, end).trimEnd()}…`;
    ems += width;
    end += char.length;
  }
  return text;
}

function isWide(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return (
    (code >= 0x1100 && code <= 0x11ff) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xff00 && code <= 0xffef)
  );
}
