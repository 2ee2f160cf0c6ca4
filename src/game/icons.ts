import type Phaser from 'phaser';

/**
 * The polygon helper the furniture, doors and portraits draw with. (The pictograms and signs are files:
 * src/art/icons.ts.)
 */
type G = Phaser.GameObjects.Graphics;

/** A closed polygon from flat [x, y, ...] pairs, without allocating Vector2s. */
export function fillPoly(g: G, pts: readonly number[]): void {
  g.beginPath();
  g.moveTo(pts[0] ?? 0, pts[1] ?? 0);
  for (let i = 2; i + 1 < pts.length; i += 2) g.lineTo(pts[i] ?? 0, pts[i + 1] ?? 0);
  g.closePath();
  g.fillPath();
}
