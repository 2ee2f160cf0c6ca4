import type Phaser from 'phaser';
import { fillPoly } from './icons';
import { mix } from './palette';
import type { HairStyle, PortraitLook } from './portrait-look';

/**
 * A flat head-and-shoulders portrait inside a circle of radius r, drawn from a PortraitLook. Shapes are
 * computed to stay inside the circle, so no mask is needed (masks are filters in Phaser 4 and cost a
 * render pass). Kept deliberately simple and calm: dot eyes, a small smile, everyday clothes.
 */
type G = Phaser.GameObjects.Graphics;

export function drawPortrait(
  g: G,
  look: PortraitLook,
  cx: number,
  cy: number,
  r: number,
  ring: number,
  ringW: number,
): void {
  g.fillStyle(look.backdrop, 1);
  g.fillCircle(cx, cy, r);
  // The figure is drawn in units of u, a little larger than the circle, so the face fills the frame.
  const u = r * 1.12;
  const hy = cy - r * 0.07;
  const rx = u * 0.27;
  const ry = u * 0.33;
  const shade = mix(look.skin, 0x000000, 0.14);

  drawBackHair(g, look, cx, hy, u);
  g.fillStyle(look.clothingColor, 1);
  fillPoly(g, bodyOutline(cx, cy, r));
  g.fillStyle(shade, 1);
  g.fillRect(cx - u * 0.1, hy + ry * 0.6, u * 0.2, u * 0.3);
  drawCollar(g, look, cx, cy + r * 0.5, u);
  g.fillStyle(shade, 1);
  g.fillCircle(cx - rx, hy + u * 0.02, u * 0.06);
  g.fillCircle(cx + rx, hy + u * 0.02, u * 0.06);
  g.fillStyle(look.skin, 1);
  g.fillEllipse(cx, hy, rx * 2, ry * 2);
  drawFrontHair(g, look.hairStyle, look.hair, cx, hy, rx, ry, u);

  const ink = 0x2a2420;
  g.fillStyle(ink, 1);
  g.fillCircle(cx - u * 0.1, hy + u * 0.03, u * 0.028);
  g.fillCircle(cx + u * 0.1, hy + u * 0.03, u * 0.028);
  g.lineStyle(Math.max(1, u * 0.022), mix(look.hair, ink, 0.4), 1);
  g.lineBetween(cx - u * 0.14, hy - u * 0.05, cx - u * 0.06, hy - u * 0.055);
  g.lineBetween(cx + u * 0.06, hy - u * 0.055, cx + u * 0.14, hy - u * 0.05);
  g.lineStyle(Math.max(1, u * 0.022), mix(look.skin, 0x6b2b2b, 0.55), 1);
  g.beginPath();
  g.arc(cx, hy + u * 0.1, u * 0.075, Math.PI * 0.2, Math.PI * 0.8, false);
  g.strokePath();
  // Below this size lenses shrink to dark dots that read as sunglasses; leave them off.
  if (look.glasses !== 'none' && r >= 28) {
    // Thin frames even on small portraits: a clamped-up line width would turn lenses into dark blobs.
    g.lineStyle(Math.max(0.6, u * 0.02), 0x2a2f36, 1);
    for (const side of [-1, 1]) {
      if (look.glasses === 'round') g.strokeCircle(cx + side * u * 0.1, hy + u * 0.03, u * 0.068);
      else g.strokeRoundedRect(cx + side * u * 0.1 - u * 0.075, hy - u * 0.025, u * 0.15, u * 0.11, u * 0.02);
    }
    g.lineBetween(cx - u * 0.03, hy + u * 0.02, cx + u * 0.03, hy + u * 0.02);
  }
  g.lineStyle(ringW, ring, 1);
  g.strokeCircle(cx, cy, r);
}

/** Shoulders: an ellipse below the face, pulled in to the circle wherever it would stick out. */
function bodyOutline(cx: number, cy: number, r: number): number[] {
  const pts: number[] = [];
  const limit = r * 0.985;
  for (let k = 0; k < 48; k++) {
    const a = (k / 48) * Math.PI * 2;
    let x = r * 0.86 * Math.cos(a);
    let y = r * 0.98 + r * 0.52 * Math.sin(a);
    const d = Math.hypot(x, y);
    if (d > limit) {
      x = (x * limit) / d;
      y = (y * limit) / d;
    }
    pts.push(cx + x, cy + y);
  }
  return pts;
}

function drawCollar(g: G, look: PortraitLook, cx: number, top: number, r: number): void {
  const dark = mix(look.clothingColor, 0x000000, 0.28);
  switch (look.clothing) {
    case 'blazer':
      g.fillStyle(0xf4f4f2, 1);
      fillPoly(g, [cx - r * 0.13, top, cx + r * 0.13, top, cx, top + r * 0.3]);
      g.fillStyle(dark, 1);
      fillPoly(g, [cx - r * 0.13, top, cx - r * 0.22, top + r * 0.06, cx - r * 0.03, top + r * 0.36]);
      fillPoly(g, [cx + r * 0.13, top, cx + r * 0.22, top + r * 0.06, cx + r * 0.03, top + r * 0.36]);
      break;
    case 'collar':
      g.fillStyle(0xf4f4f2, 1);
      fillPoly(g, [cx - r * 0.14, top - r * 0.02, cx, top + r * 0.08, cx - r * 0.06, top + r * 0.16]);
      fillPoly(g, [cx + r * 0.14, top - r * 0.02, cx, top + r * 0.08, cx + r * 0.06, top + r * 0.16]);
      break;
    case 'cardigan':
      g.fillStyle(mix(look.clothingColor, 0xffffff, 0.55), 1);
      fillPoly(g, [cx - r * 0.12, top, cx + r * 0.12, top, cx, top + r * 0.34]);
      g.lineStyle(Math.max(1, r * 0.03), dark, 1);
      g.lineBetween(cx - r * 0.12, top, cx, top + r * 0.34);
      g.lineBetween(cx + r * 0.12, top, cx, top + r * 0.34);
      break;
    default:
      g.fillStyle(mix(look.clothingColor, 0xffffff, 0.25), 1);
      g.fillEllipse(cx, top - r * 0.01, r * 0.3, r * 0.1);
  }
}

function drawBackHair(g: G, look: PortraitLook, cx: number, hy: number, r: number): void {
  g.fillStyle(look.hair, 1);
  if (look.hairStyle === 'long') g.fillRoundedRect(cx - r * 0.34, hy - r * 0.3, r * 0.68, r * 0.78, r * 0.2);
  else if (look.hairStyle === 'bob') g.fillEllipse(cx, hy + r * 0.04, r * 0.7, r * 0.74);
  else if (look.hairStyle === 'bun') g.fillCircle(cx, hy - r * 0.38, r * 0.13);
}

/** The hair over the top of the head, closed by a hairline whose shape is the style. */
function drawFrontHair(
  g: G,
  style: HairStyle,
  hair: number,
  cx: number,
  hy: number,
  rx: number,
  ry: number,
  r: number,
): void {
  if (style === 'curly') {
    g.fillStyle(hair, 1);
    for (let k = 0; k <= 8; k++) {
      const a = Math.PI + (k / 8) * Math.PI;
      g.fillCircle(cx + Math.cos(a) * rx * 1.02, hy - r * 0.02 + Math.sin(a) * ry * 0.98, r * 0.1);
    }
    g.fillEllipse(cx, hy - ry * 0.62, rx * 1.8, ry * 0.7);
    return;
  }
  const spec: Record<
    Exclude<HairStyle, 'curly'>,
    { grow: number; line: number; tilt: number; side: number }
  > = {
    short: { grow: 1.07, line: -0.13, tilt: 0, side: 0.02 },
    crop: { grow: 1.03, line: -0.19, tilt: 0, side: -0.06 },
    sidepart: { grow: 1.08, line: -0.13, tilt: 0.08, side: 0.02 },
    bob: { grow: 1.1, line: -0.1, tilt: 0, side: 0.2 },
    long: { grow: 1.1, line: -0.14, tilt: 0.05, side: 0.16 },
    bun: { grow: 1.04, line: -0.17, tilt: 0, side: -0.02 },
    shaved: { grow: 1.02, line: -0.2, tilt: 0, side: -0.08 },
  };
  const s = spec[style];
  const pts: number[] = [];
  const RX = rx * s.grow;
  const RY = ry * s.grow;
  for (let k = 0; k <= 16; k++) {
    const a = Math.PI + (k / 16) * Math.PI;
    pts.push(cx + Math.cos(a) * RX, hy - r * 0.01 + Math.sin(a) * RY);
  }
  pts.push(cx + RX * 0.97, hy + r * s.side);
  for (let j = 0; j <= 8; j++) {
    const t = j / 8;
    const x = cx + RX * 0.92 * (1 - 2 * t);
    // A gentle arch, lower at the temples; `tilt` sweeps it to one side for a side parting.
    const y = hy + r * (s.line + 0.07 * Math.abs(1 - 2 * t) ** 2 + s.tilt * (t - 0.5));
    pts.push(x, y);
  }
  pts.push(cx - RX * 0.97, hy + r * s.side);
  g.fillStyle(hair, style === 'shaved' ? 0.45 : 1);
  fillPoly(g, pts);
}
