import type Phaser from 'phaser';
import type { DoorModel } from './model';

/**
 * Small pictograms drawn with Graphics, so each meter and each kind of room has a shape of its own
 * besides its colour. Every function draws into a box of side `s` centred on (cx, cy).
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

export function strokePoly(g: G, pts: readonly number[], closed: boolean): void {
  g.beginPath();
  g.moveTo(pts[0] ?? 0, pts[1] ?? 0);
  for (let i = 2; i + 1 < pts.length; i += 2) g.lineTo(pts[i] ?? 0, pts[i + 1] ?? 0);
  if (closed) g.closePath();
  g.strokePath();
}

/** trust: two chain links; security: shield; legalRisk: scales; alliance: globe; research: flask. */
export function drawMeterIcon(g: G, id: string, cx: number, cy: number, s: number, color: number): void {
  const lw = Math.max(1.6, s * 0.12);
  g.fillStyle(color, 1);
  g.lineStyle(lw, color, 1);
  switch (id) {
    case 'trust': {
      const w = s * 0.5;
      const h = s * 0.3;
      g.strokeRoundedRect(cx - s * 0.42, cy - h / 2 - s * 0.06, w, h, h / 2);
      g.strokeRoundedRect(cx - s * 0.08, cy - h / 2 + s * 0.06, w, h, h / 2);
      break;
    }
    case 'security':
      fillPoly(g, [
        cx,
        cy - s * 0.46,
        cx + s * 0.36,
        cy - s * 0.32,
        cx + s * 0.34,
        cy + s * 0.02,
        cx + s * 0.2,
        cy + s * 0.28,
        cx,
        cy + s * 0.46,
        cx - s * 0.2,
        cy + s * 0.28,
        cx - s * 0.34,
        cy + s * 0.02,
        cx - s * 0.36,
        cy - s * 0.32,
      ]);
      break;
    case 'legalRisk': {
      g.lineBetween(cx, cy - s * 0.4, cx, cy + s * 0.36);
      g.lineBetween(cx - s * 0.4, cy - s * 0.28, cx + s * 0.4, cy - s * 0.28);
      g.fillRect(cx - s * 0.22, cy + s * 0.34, s * 0.44, lw);
      for (const side of [-1, 1]) {
        const px = cx + side * s * 0.32;
        g.lineBetween(px, cy - s * 0.28, px - s * 0.13, cy + s * 0.06);
        g.lineBetween(px, cy - s * 0.28, px + s * 0.13, cy + s * 0.06);
        g.slice(px, cy + s * 0.06, s * 0.16, 0, Math.PI, false);
        g.fillPath();
      }
      break;
    }
    case 'alliance':
      g.strokeCircle(cx, cy, s * 0.4);
      g.strokeEllipse(cx, cy, s * 0.38, s * 0.8);
      g.lineBetween(cx - s * 0.4, cy, cx + s * 0.4, cy);
      g.lineBetween(cx, cy - s * 0.4, cx, cy + s * 0.4);
      break;
    case 'research':
      fillPoly(g, [
        cx - s * 0.1,
        cy - s * 0.42,
        cx + s * 0.1,
        cy - s * 0.42,
        cx + s * 0.1,
        cy - s * 0.1,
        cx + s * 0.36,
        cy + s * 0.38,
        cx - s * 0.36,
        cy + s * 0.38,
        cx - s * 0.1,
        cy - s * 0.1,
      ]);
      g.fillRect(cx - s * 0.16, cy - s * 0.46, s * 0.32, lw);
      break;
    default:
      g.fillCircle(cx, cy, s * 0.26);
  }
}

/** Room kinds: lab microscope, fab chip, data-centre rack, talent people, legal document, office case. */
export function drawKindIcon(
  g: G,
  kind: DoorModel['kind'],
  cx: number,
  cy: number,
  s: number,
  color: number,
): void {
  const lw = Math.max(1.2, s * 0.09);
  g.fillStyle(color, 1);
  g.lineStyle(lw, color, 1);
  switch (kind) {
    case 'lab':
      g.fillRect(cx - s * 0.36, cy + s * 0.32, s * 0.72, s * 0.12);
      fillPoly(g, [
        cx - s * 0.2,
        cy - s * 0.44,
        cx - s * 0.04,
        cy - s * 0.5,
        cx + s * 0.16,
        cy + s * 0.02,
        cx,
        cy + s * 0.08,
      ]);
      g.beginPath();
      g.arc(cx - s * 0.02, cy + s * 0.04, s * 0.3, -0.2, Math.PI * 0.55, false);
      g.strokePath();
      g.fillRect(cx - s * 0.28, cy + s * 0.06, s * 0.3, s * 0.08);
      break;
    case 'fab':
      // Pins first, then the body over their middles.
      for (let i = -1; i <= 1; i++) {
        const o = i * s * 0.15;
        g.lineBetween(cx + o, cy - s * 0.46, cx + o, cy + s * 0.46);
        g.lineBetween(cx - s * 0.46, cy + o, cx + s * 0.46, cy + o);
      }
      g.fillRoundedRect(cx - s * 0.26, cy - s * 0.26, s * 0.52, s * 0.52, s * 0.06);
      break;
    case 'datacentre':
      for (let i = 0; i < 3; i++) {
        const y = cy - s * 0.44 + i * s * 0.31;
        g.strokeRoundedRect(cx - s * 0.38, y, s * 0.76, s * 0.25, s * 0.05);
        g.fillCircle(cx + s * 0.22, y + s * 0.125, s * 0.05);
      }
      break;
    case 'talent':
      for (const [dx, r] of [
        [-0.18, 1],
        [0.2, 0.85],
      ] as const) {
        const x = cx + dx * s;
        g.fillCircle(x, cy - s * 0.18 * r, s * 0.14 * r);
        g.slice(x, cy + s * 0.4, s * 0.26 * r, Math.PI, 0, false);
        g.fillPath();
      }
      break;
    case 'legal':
      strokePoly(
        g,
        [
          cx - s * 0.3,
          cy - s * 0.44,
          cx + s * 0.12,
          cy - s * 0.44,
          cx + s * 0.3,
          cy - s * 0.26,
          cx + s * 0.3,
          cy + s * 0.44,
          cx - s * 0.3,
          cy + s * 0.44,
        ],
        true,
      );
      for (let i = 0; i < 3; i++)
        g.lineBetween(cx - s * 0.18, cy - s * 0.2 + i * s * 0.16, cx + s * 0.18, cy - s * 0.2 + i * s * 0.16);
      g.fillCircle(cx + s * 0.08, cy + s * 0.28, s * 0.1);
      break;
    default:
      g.fillRoundedRect(cx - s * 0.42, cy - s * 0.2, s * 0.84, s * 0.58, s * 0.08);
      g.strokeRoundedRect(cx - s * 0.16, cy - s * 0.36, s * 0.32, s * 0.2, s * 0.05);
  }
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
