import type Phaser from 'phaser';
import type { Rect } from './layout';

/**
 * Diagonal hatching, the pattern that marks warning zones and danger next to colour so the view still
 * reads in greyscale or for colour-blind players. The geometry is pure (tested); drawing is one call.
 *
 * Returns flat [x1, y1, x2, y2, ...] segments of "/" lines (x + y = c) clipped to the rectangle. Lines
 * sit on a global grid of `spacing`, so neighbouring hatched areas line up.
 */
export function hatchSegments(rect: Rect, spacing: number): number[] {
  const out: number[] = [];
  if (rect.w <= 0 || rect.h <= 0 || spacing <= 0) return out;
  const x0 = rect.x;
  const y0 = rect.y;
  const x1 = rect.x + rect.w;
  const y1 = rect.y + rect.h;
  const first = Math.ceil((x0 + y0) / spacing) * spacing;
  for (let c = first; c < x1 + y1; c += spacing) {
    const xa = Math.max(x0, c - y1);
    const xb = Math.min(x1, c - y0);
    if (xb - xa > 0.01) out.push(xa, c - xa, xb, c - xb);
  }
  return out;
}

export function drawHatch(
  g: Phaser.GameObjects.Graphics,
  rect: Rect,
  spacing: number,
  width: number,
  color: number,
  alpha: number,
): void {
  const s = hatchSegments(rect, spacing);
  g.lineStyle(width, color, alpha);
  g.beginPath();
  for (let i = 0; i + 3 < s.length; i += 4) {
    g.moveTo(s[i] ?? 0, s[i + 1] ?? 0);
    g.lineTo(s[i + 2] ?? 0, s[i + 3] ?? 0);
  }
  g.strokePath();
}
