import type Phaser from 'phaser';
import { fillPoly } from './icons';
import type { Rect } from './layout';
import type { DoorModel } from './model';
import { SKIN_TONES } from './portrait-look';

/**
 * The furniture that tells rooms apart at a glance: benches and glassware in a lab, a deposition
 * chamber in the fab, racks in the data centre, desks and a whiteboard for visiting talent, shelves of
 * files in legal, a window and a desk in an office. Drawn once per layout; the room's lighting overlay
 * decides how bright they look.
 */
type G = Phaser.GameObjects.Graphics;

const STEEL = 0x8d9aa7;
const CABINET = 0xdfe5eb;
const DARK = 0x34404c;
const WOOD = 0x9a7650;
const GLASS = 0xd3e9f5;
const SCREEN = 0x2f6f9f;

/** `area` is the free part of a room right of the door; its bottom edge is the floor. */
export function drawProps(g: G, kind: DoorModel['kind'], area: Rect): void {
  const u = Math.min(area.h, area.w * 0.7);
  const fy = area.y + area.h;
  const { x, w } = area;
  switch (kind) {
    case 'lab': {
      bench(g, x, fy, w * 0.92, u);
      const top = fy - u * 0.42;
      g.fillStyle(0x3aa7a3, 1);
      fillPoly(g, [
        x + w * 0.12,
        top,
        x + w * 0.12 + u * 0.22,
        top,
        x + w * 0.12 + u * 0.14,
        top - u * 0.14,
        x + w * 0.12 + u * 0.08,
        top - u * 0.14,
      ]);
      g.fillStyle(GLASS, 1);
      g.fillRect(x + w * 0.12 + u * 0.08, top - u * 0.26, u * 0.06, u * 0.12);
      g.fillStyle(0x7fb3e0, 1);
      g.fillRect(x + w * 0.4, top - u * 0.16, u * 0.12, u * 0.16);
      g.fillStyle(DARK, 1);
      g.fillRect(x + w * 0.62, top - u * 0.04, u * 0.2, u * 0.04);
      g.fillRect(x + w * 0.62 + u * 0.14, top - u * 0.3, u * 0.05, u * 0.28);
      fillPoly(g, [
        x + w * 0.62 + u * 0.02,
        top - u * 0.34,
        x + w * 0.62 + u * 0.08,
        top - u * 0.38,
        x + w * 0.62 + u * 0.16,
        top - u * 0.14,
        x + w * 0.62 + u * 0.1,
        top - u * 0.1,
      ]);
      shelf(g, x + w * 0.05, fy - u * 0.86, w * 0.5, u, [0x3aa7a3, 0xe0a23a, 0x7fb3e0, 0xc56b8f]);
      break;
    }
    case 'fab': {
      const cw = Math.min(w * 0.55, u * 0.9);
      const ch = u * 0.72;
      g.lineStyle(Math.max(1, u * 0.03), STEEL, 1);
      g.lineBetween(x + cw * 0.3, fy - ch, x + cw * 0.3, area.y);
      g.lineBetween(x + cw * 0.7, fy - ch, x + cw * 0.7, area.y);
      g.fillStyle(0xb9c3cd, 1);
      g.fillRoundedRect(x + w * 0.04, fy - ch, cw, ch, u * 0.06);
      g.fillStyle(0x9aa6b2, 1);
      g.fillRect(x + w * 0.04, fy - ch, cw, u * 0.1);
      g.fillStyle(0x5b6b7b, 1);
      g.fillCircle(x + w * 0.04 + cw / 2, fy - ch * 0.5, u * 0.16);
      g.fillStyle(0xa7dcf7, 1);
      g.fillCircle(x + w * 0.04 + cw / 2, fy - ch * 0.5, u * 0.11);
      controlPanel(g, x + w * 0.08 + cw, fy, Math.min(w * 0.28, u * 0.4), u);
      break;
    }
    case 'datacentre': {
      const rw = u * 0.28;
      const count = Math.max(2, Math.min(5, Math.floor(w / (rw * 1.3))));
      const gap = (w - count * rw) / (count + 1);
      for (let i = 0; i < count; i++) rack(g, x + gap + i * (rw + gap), fy, rw, u * 0.86, i);
      g.lineStyle(Math.max(1, u * 0.03), DARK, 1);
      g.lineBetween(x, area.y + u * 0.04, x + w, area.y + u * 0.04);
      break;
    }
    case 'talent': {
      g.fillStyle(0xffffff, 1);
      g.fillRect(x + w * 0.08, fy - u * 0.92, w * 0.48, u * 0.34);
      g.lineStyle(Math.max(1, u * 0.02), 0x9aa6b2, 1);
      g.strokeRect(x + w * 0.08, fy - u * 0.92, w * 0.48, u * 0.34);
      g.lineStyle(Math.max(1, u * 0.025), 0x4a90c2, 1);
      g.lineBetween(x + w * 0.14, fy - u * 0.84, x + w * 0.4, fy - u * 0.84);
      g.lineBetween(x + w * 0.14, fy - u * 0.76, x + w * 0.32, fy - u * 0.76);
      g.lineStyle(Math.max(1, u * 0.025), 0xd56a4a, 1);
      g.strokeCircle(x + w * 0.48, fy - u * 0.76, u * 0.06);
      desk(g, x + w * 0.04, fy, w * 0.42, u, true);
      desk(g, x + w * 0.54, fy, w * 0.42, u, true);
      break;
    }
    case 'legal': {
      const sw = Math.min(w * 0.42, u * 0.8);
      g.fillStyle(WOOD, 1);
      g.fillRect(x + w * 0.04, fy - u * 0.84, sw, u * 0.84);
      g.fillStyle(0xf4ead8, 1);
      const colours = [0x2f4b7c, 0x8f3f24, 0x56633a, 0x6e2f3d, 0xc9a266, 0x454d57];
      for (let row = 0; row < 3; row++) {
        const ry = fy - u * 0.8 + row * u * 0.27;
        g.fillStyle(0xf4ead8, 1);
        g.fillRect(x + w * 0.04 + u * 0.04, ry, sw - u * 0.08, u * 0.22);
        let bx = x + w * 0.04 + u * 0.06;
        for (let b = 0; bx < x + w * 0.04 + sw - u * 0.1; b++) {
          const bw = u * (0.05 + ((b * 7 + row * 3) % 4) * 0.012);
          g.fillStyle(colours[(b + row * 2) % colours.length] ?? DARK, 1);
          g.fillRect(
            bx,
            ry + u * 0.03 + ((b + row) % 3) * u * 0.015,
            bw,
            u * 0.19 - ((b + row) % 3) * u * 0.015,
          );
          bx += bw + u * 0.012;
        }
      }
      desk(g, x + w * 0.5, fy, w * 0.46, u, false);
      g.fillStyle(0xffffff, 1);
      g.fillRect(x + w * 0.56, fy - u * 0.4, u * 0.18, u * 0.06);
      g.fillRect(x + w * 0.57, fy - u * 0.44, u * 0.18, u * 0.04);
      break;
    }
    default: {
      g.fillStyle(0x8fa1b3, 1);
      g.fillRect(x + w * 0.08, fy - u * 0.94, w * 0.42, u * 0.42);
      g.fillStyle(GLASS, 1);
      g.fillRect(x + w * 0.08 + u * 0.03, fy - u * 0.91, w * 0.42 - u * 0.06, u * 0.36);
      g.fillStyle(0x8fa1b3, 1);
      g.fillRect(x + w * 0.29 - u * 0.01, fy - u * 0.94, u * 0.02, u * 0.42);
      desk(g, x + w * 0.08, fy, w * 0.5, u, true);
      g.fillStyle(0xb5714f, 1);
      g.fillRect(x + w * 0.78, fy - u * 0.14, u * 0.14, u * 0.14);
      g.fillStyle(0x5f9e6e, 1);
      g.fillCircle(x + w * 0.78 + u * 0.07, fy - u * 0.24, u * 0.1);
      g.fillCircle(x + w * 0.78 + u * 0.02, fy - u * 0.32, u * 0.07);
      g.fillCircle(x + w * 0.78 + u * 0.13, fy - u * 0.33, u * 0.07);
    }
  }
}

function bench(g: G, x: number, fy: number, w: number, u: number): void {
  g.fillStyle(CABINET, 1);
  g.fillRect(x, fy - u * 0.38, w, u * 0.38);
  g.fillStyle(STEEL, 1);
  g.fillRect(x - u * 0.02, fy - u * 0.42, w + u * 0.04, u * 0.05);
  g.lineStyle(Math.max(1, u * 0.015), STEEL, 1);
  for (let cx = x + w / 3; cx < x + w - 1; cx += w / 3) g.lineBetween(cx, fy - u * 0.36, cx, fy);
}

function shelf(g: G, x: number, y: number, w: number, u: number, colours: readonly number[]): void {
  g.fillStyle(STEEL, 1);
  g.fillRect(x, y, w, u * 0.03);
  colours.forEach((c, i) => {
    g.fillStyle(c, 1);
    g.fillRoundedRect(x + u * 0.05 + i * w * 0.22, y - u * 0.13, u * 0.07, u * 0.13, u * 0.02);
  });
}

function controlPanel(g: G, x: number, fy: number, w: number, u: number): void {
  g.fillStyle(0xc4ccd4, 1);
  g.fillRect(x, fy - u * 0.5, w, u * 0.5);
  g.fillStyle(SCREEN, 1);
  g.fillRect(x + w * 0.12, fy - u * 0.44, w * 0.76, u * 0.18);
  g.fillStyle(0x4caf7d, 1);
  g.fillCircle(x + w * 0.25, fy - u * 0.16, u * 0.025);
  g.fillStyle(0xe0a23a, 1);
  g.fillCircle(x + w * 0.45, fy - u * 0.16, u * 0.025);
}

function rack(g: G, x: number, fy: number, w: number, h: number, index: number): void {
  g.fillStyle(0x2c3742, 1);
  g.fillRect(x, fy - h, w, h);
  for (let i = 0; i < 6; i++) {
    const y = fy - h + h * 0.06 + i * h * 0.15;
    g.fillStyle(0x46525e, 1);
    g.fillRect(x + w * 0.1, y, w * 0.8, h * 0.1);
    g.fillStyle((i + index) % 3 === 0 ? 0x7cc4ff : 0x5fd38d, 1);
    g.fillCircle(x + w * 0.75, y + h * 0.05, Math.max(1, w * 0.05));
  }
}

function desk(g: G, x: number, fy: number, w: number, u: number, monitor: boolean): void {
  g.fillStyle(WOOD, 1);
  g.fillRect(x, fy - u * 0.34, w, u * 0.04);
  g.fillRect(x + w * 0.06, fy - u * 0.3, u * 0.03, u * 0.3);
  g.fillRect(x + w * 0.94 - u * 0.03, fy - u * 0.3, u * 0.03, u * 0.3);
  if (!monitor) return;
  g.fillStyle(DARK, 1);
  g.fillRect(x + w * 0.3, fy - u * 0.56, u * 0.3, u * 0.2);
  g.fillRect(x + w * 0.3 + u * 0.13, fy - u * 0.36, u * 0.04, u * 0.03);
  g.fillStyle(SCREEN, 1);
  g.fillRect(x + w * 0.3 + u * 0.02, fy - u * 0.54, u * 0.26, u * 0.16);
}

/** People in an open room: plain figures, skin tones from the portrait palette, cleanroom suits in the fab. */
export function drawPeople(g: G, kind: DoorModel['kind'], area: Rect, seed: number): void {
  const u = Math.min(area.h, area.w * 0.7);
  const h = u * 0.62;
  const fy = area.y + area.h;
  const spots = area.w > u * 1.3 ? [0.36, 0.82] : [0.6];
  spots.forEach((at, i) => {
    const skin = SKIN_TONES[(seed * 3 + i * 5) % SKIN_TONES.length] ?? 0xcf9670;
    const shirt =
      kind === 'fab' ? 0xf3f6f9 : ([0x2f4b7c, 0x2c6e6f, 0x6e2f3d, 0x594a78][(seed + i) % 4] ?? 0x2f4b7c);
    person(g, area.x + area.w * at, fy, h, skin, shirt, kind === 'fab');
  });
}

function person(g: G, cx: number, fy: number, h: number, skin: number, shirt: number, suit: boolean): void {
  g.fillStyle(0x2c3742, 1);
  g.fillRect(cx - h * 0.12, fy - h * 0.42, h * 0.1, h * 0.42);
  g.fillRect(cx + h * 0.02, fy - h * 0.42, h * 0.1, h * 0.42);
  g.fillStyle(shirt, 1);
  g.fillRoundedRect(cx - h * 0.17, fy - h * 0.8, h * 0.34, h * 0.44, h * 0.08);
  if (suit) g.fillCircle(cx, fy - h * 0.88, h * 0.13);
  g.fillStyle(skin, 1);
  g.fillCircle(cx, fy - h * 0.88, suit ? h * 0.075 : h * 0.11);
}
