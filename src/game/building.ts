import type Phaser from 'phaser';
import type { ViewContext } from './context';
import { plateLinesFor, RoomView } from './doors';
import { type Rect, roomGrid } from './layout';
import type { DoorModel } from './model';

/**
 * The institute in cross-section: roof, storeys and one room per door, standing on a strip of ground.
 * Spare cells of the grid become a stairwell with a lift, so the facade never has holes. Rooms are kept
 * to a sensible shape: a very wide stage gets trees beside the building rather than stretched rooms.
 */
export class BuildingView {
  readonly container: Phaser.GameObjects.Container;
  private readonly rooms = new Map<string, RoomView>();

  constructor(ctx: ViewContext, doors: readonly DoorModel[], rect: Rect) {
    const { scene, palette: p, fs } = ctx;
    this.container = scene.add.container(0, 0);
    const g = scene.add.graphics();

    const groundH = clamp(rect.h * 0.06, 6, 24);
    const roofH = clamp(rect.h * 0.08, 8, 34);
    const wall = Math.round(clamp(fs * 0.32, 3, 9));
    const groundY = rect.y + rect.h - groundH;
    const grid = roomGrid(doors.length, rect.w, groundY - rect.y - roofH);
    let cellH = (groundY - rect.y - roofH - (grid.rows + 1) * wall) / grid.rows;
    let cellW = (rect.w * 0.96 - (grid.cols + 1) * wall) / grid.cols;
    cellW = Math.min(cellW, cellH * 2.1);
    cellH = Math.min(cellH, cellW * 1.05);
    const facW = grid.cols * cellW + (grid.cols + 1) * wall;
    const facH = grid.rows * cellH + (grid.rows + 1) * wall;
    const facX = rect.x + (rect.w - facW) / 2;
    const facY = groundY - facH;

    g.fillStyle(p.ground, 1);
    g.fillRect(rect.x, groundY, rect.w, groundH);
    g.lineStyle(Math.max(1, p.line), p.groundLine, 1);
    g.lineBetween(rect.x, groundY, rect.x + rect.w, groundY);
    this.drawTrees(g, rect, facX, groundY, cellH);
    this.drawRoof(g, ctx, facX, facY, facW, wall, Math.min(roofH, facY - rect.y - wall));

    g.fillStyle(p.structure, 1);
    g.fillRect(facX, facY, facW, facH);

    const first = this.cell(facX, facY, cellW, cellH, wall, grid.cols, 0);
    const lines = plateLinesFor(
      ctx,
      doors.map((d) => d.label),
      first,
    );
    for (let i = doors.length; i < grid.cols * grid.rows; i++) {
      this.drawStairwell(g, ctx, this.cell(facX, facY, cellW, cellH, wall, grid.cols, i));
    }
    const rooms = doors.map((door, i) => {
      const room = new RoomView(ctx, door, this.cell(facX, facY, cellW, cellH, wall, grid.cols, i), i, lines);
      this.rooms.set(door.id, room);
      return room;
    });
    // Static layers become two textures; the moving parts of every room sit between them.
    this.container.add(ctx.baker.bake([g, ...rooms.flatMap((r) => r.layers.under)], rect));
    for (const room of rooms) this.container.add(room.layers.middle);
    this.container.add(
      ctx.baker.bake(
        rooms.flatMap((r) => r.layers.over),
        rect,
      ),
    );
    for (const room of rooms) this.container.add(room.layers.top);
  }

  setOpen(id: string, open: boolean): void {
    this.rooms.get(id)?.setOpen(open);
  }

  destroy(): void {
    this.rooms.clear();
    this.container.destroy();
  }

  private cell(x: number, y: number, w: number, h: number, wall: number, cols: number, i: number): Rect {
    const col = i % cols;
    const row = Math.floor(i / cols);
    return { x: x + wall + col * (w + wall), y: y + wall + row * (h + wall), w, h };
  }

  /** A parapet, two plant-room boxes with fans and a slim mast: enough to read as a rooftop. */
  private drawRoof(
    g: Phaser.GameObjects.Graphics,
    ctx: ViewContext,
    x: number,
    y: number,
    w: number,
    wall: number,
    h: number,
  ): void {
    const p = ctx.palette;
    g.fillStyle(p.structure, 1);
    g.fillRect(x - wall, y - wall, w + 2 * wall, wall * 1.5);
    if (h < 10) return;
    const lw = Math.max(1, p.line);
    for (const [at, bw, bh] of [
      [0.1, 0.17, 0.62],
      [0.3, 0.11, 0.46],
    ] as const) {
      const bx = x + w * at;
      const by = y - wall - h * bh;
      g.fillStyle(p.facade, 1);
      g.fillRect(bx, by, w * bw, h * bh);
      g.lineStyle(lw, p.structure, 1);
      g.strokeRect(bx, by, w * bw, h * bh);
      g.strokeCircle(bx + w * bw * 0.3, by + h * bh * 0.5, Math.min(w * bw, h * bh) * 0.3);
    }
    g.lineStyle(lw * 1.5, p.structure, 1);
    g.lineBetween(x + w * 0.84, y - wall, x + w * 0.84, y - wall - h * 0.9);
    g.fillStyle(p.structure, 1);
    g.fillCircle(x + w * 0.84, y - wall - h * 0.9, Math.max(2, wall * 0.5));
  }

  private drawStairwell(g: Phaser.GameObjects.Graphics, ctx: ViewContext, r: Rect): void {
    const p = ctx.palette;
    g.fillStyle(p.facade, 1);
    g.fillRect(r.x, r.y, r.w, r.h);
    const steps = 6;
    const sw = (r.w * 0.5) / steps;
    const sh = (r.h * 0.7) / steps;
    g.lineStyle(Math.max(1.5, p.line), p.structure, 0.6);
    g.beginPath();
    g.moveTo(r.x + r.w * 0.08, r.y + r.h);
    for (let s = 0; s < steps; s++) {
      g.lineTo(r.x + r.w * 0.08 + s * sw, r.y + r.h - (s + 1) * sh);
      g.lineTo(r.x + r.w * 0.08 + (s + 1) * sw, r.y + r.h - (s + 1) * sh);
    }
    g.strokePath();
    const lw = Math.min(r.w * 0.26, r.h * 0.4);
    const lx = r.x + r.w * 0.66;
    g.fillStyle(0xaab6c2, 1);
    g.fillRect(lx, r.y + r.h - lw * 1.7, lw, lw * 1.7);
    g.lineStyle(Math.max(1, p.line), p.structure, 0.8);
    g.lineBetween(lx + lw / 2, r.y + r.h - lw * 1.7, lx + lw / 2, r.y + r.h);
  }

  /** Plain round trees on wide stages: they fill the sides without stretching any room. */
  private drawTrees(
    g: Phaser.GameObjects.Graphics,
    rect: Rect,
    facX: number,
    groundY: number,
    cellH: number,
  ): void {
    const margin = facX - rect.x;
    if (margin < 40) return;
    const r = Math.min(margin * 0.3, cellH * 0.45);
    for (const cx of [rect.x + margin * 0.45, rect.x + rect.w - margin * 0.45]) {
      g.fillStyle(0x8a6a4a, 1);
      g.fillRect(cx - r * 0.1, groundY - r * 1.4, r * 0.2, r * 1.4);
      g.fillStyle(0x7fae8a, 1);
      g.fillCircle(cx, groundY - r * 1.75, r);
      g.fillStyle(0x6c9c78, 1);
      g.fillCircle(cx + r * 0.35, groundY - r * 1.55, r * 0.6);
    }
  }
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}
