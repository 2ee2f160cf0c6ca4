import type Phaser from 'phaser';

/**
 * Shapes the institute view draws with Graphics: the danger sign and the padlocks, and the polygon
 * helpers the furniture and portraits use. (The meter and room pictograms are files: src/art/icons.ts.)
 * Every sign draws into a box of side `s` centred on (cx, cy).
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

/** The danger sign: a yellow triangle with a dark border and "!", readable without colour. */
export function drawWarning(g: G, cx: number, cy: number, s: number, fill: number, ink: number): void {
  const top = cy - s * 0.46;
  const bottom = cy + s * 0.4;
  g.fillStyle(fill, 1);
  g.fillTriangle(cx, top, cx + s * 0.5, bottom, cx - s * 0.5, bottom);
  g.lineStyle(Math.max(1.5, s * 0.08), ink, 1);
  g.strokeTriangle(cx, top, cx + s * 0.5, bottom, cx - s * 0.5, bottom);
  g.fillStyle(ink, 1);
  g.fillRoundedRect(cx - s * 0.05, cy - s * 0.18, s * 0.1, s * 0.33, s * 0.04);
  g.fillCircle(cx, cy + s * 0.26, s * 0.06);
}

/** A padlock; `open` lifts the shackle and frees its right leg, the usual "unlocked" mark. */
export function drawPadlock(g: G, cx: number, cy: number, s: number, color: number, open = false): void {
  const lift = open ? s * 0.16 : 0;
  g.lineStyle(Math.max(1.5, s * 0.12), color, 1);
  g.beginPath();
  g.arc(cx, cy - s * 0.08 - lift, s * 0.2, Math.PI, open ? -Math.PI * 0.12 : 0, false);
  g.strokePath();
  g.lineBetween(cx - s * 0.2, cy - s * 0.08 - lift, cx - s * 0.2, cy + s * 0.02);
  if (!open) g.lineBetween(cx + s * 0.2, cy - s * 0.08, cx + s * 0.2, cy + s * 0.02);
  g.fillStyle(color, 1);
  g.fillRoundedRect(cx - s * 0.32, cy, s * 0.64, s * 0.44, s * 0.07);
}
