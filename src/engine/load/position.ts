/** A place in a file as editors show it: both numbers start at 1. */
export interface Position {
  readonly line: number;
  readonly column: number;
}

/** Finds the position of a character offset (0-based, in UTF-16 code units like the text itself). */
export type PositionOf = (offset: number) => Position;

/**
 * Indexes the starts of lines once so each lookup is a binary search; a 2 MB file with thousands of
 * findings would otherwise rescan the text for every one. "\r\n", "\n" and a lone "\r" each end a line.
 */
export function positionsIn(text: string): PositionOf {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === 0x0a) lineStarts.push(i + 1);
    else if (char === 0x0d && text.charCodeAt(i + 1) !== 0x0a) lineStarts.push(i + 1);
  }
  return (offset) => {
    const clamped = Math.max(0, Math.min(offset, text.length));
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((lineStarts[middle] ?? 0) <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: clamped - (lineStarts[low] ?? 0) + 1 };
  };
}
