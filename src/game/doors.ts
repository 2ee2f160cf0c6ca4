import type Phaser from 'phaser';
import { doorIcon, SIGNS } from '../art/icons';
import type { Fadable } from './bake';
import type { ViewContext } from './context';
import { fillPoly } from './icons';
import type { Rect } from './layout';
import type { DoorModel } from './model';
import { mix } from './palette';
import { drawPeople, drawProps } from './props';
import { addText, type TextOptions } from './text';

/**
 * One room of the institute and its door. Everything static (walls, furniture, the name plate) is drawn
 * once; opening or closing only moves one number, `t` (0 shut, 1 open), which swings the door panel and
 * fades the lights, the people and the lock marks. Open reads without colour too: the panel stands
 * away from the frame, people are inside, and the plate shows an open-door mark instead of a padlock.
 */
const SWING_MS = 450;

export class RoomView {
  private readonly state = { t: 0 };
  private readonly door: Phaser.GameObjects.Graphics;
  private readonly faders: { readonly obj: Fadable; readonly whenOpen: boolean }[];
  private readonly dim: Phaser.GameObjects.Graphics;
  private readonly doorway: Rect;
  private open: boolean;

  constructor(
    private readonly ctx: ViewContext,
    model: DoorModel,
    rect: Rect,
    index: number,
    plateLines: number,
  ) {
    const { scene, palette: p } = ctx;
    const { m, iconS, textX, options } = plateSpec(ctx, rect);

    const base = scene.add.graphics();
    base.fillStyle(model.kind === 'fab' ? mix(p.roomLit, 0xffe98a, 0.35) : p.roomLit, 1);
    base.fillRect(rect.x, rect.y, rect.w, rect.h);

    // Every plate in the building has the same height (the longest label's), so doors line up.
    const label = addText(ctx, rect.x + textX, rect.y + m, model.label, options);
    const lineH = label.getTextMetrics().fontSize;
    const plateH = Math.max(iconS + m, plateLines * lineH + m * 0.8);
    label.setY(rect.y + m + (plateH - label.height) / 2);

    const floor = rect.y + rect.h;
    const top = rect.y + m + plateH + m;
    const doorH = Math.max(8, Math.min((floor - top) * 0.94, rect.h * 0.8));
    const doorW = Math.min(doorH * 0.5, rect.w * 0.2);
    // Room on the left for the panel, which swings out past the hinge.
    this.doorway = {
      x: rect.x + Math.max(m * 2, rect.w * 0.04) + doorW * 0.45,
      y: floor - doorH,
      w: doorW,
      h: doorH,
    };
    const readerW = Math.max(4, doorW * 0.34);
    const propsX = this.doorway.x + doorW + readerW + m * 2;
    const area = { x: propsX, y: top, w: Math.max(10, rect.x + rect.w - m - propsX), h: floor - top };

    const cone = scene.add.graphics();
    cone.fillStyle(p.lightCone, 0.5);
    fillPoly(cone, [
      area.x + area.w * 0.4,
      top,
      area.x + area.w * 0.6,
      top,
      area.x + area.w * 0.95,
      floor,
      area.x + area.w * 0.05,
      floor,
    ]);
    const props = scene.add.graphics();
    drawProps(props, model.kind, area);
    const drawn = scene.add.graphics();
    drawPeople(drawn, model.kind, area, index);
    const people = ctx.baker.bake([drawn], rect);

    this.dim = scene.add.graphics();
    this.dim.fillStyle(p.roomDim, 1);
    this.dim.fillRect(rect.x, rect.y, rect.w, rect.h);

    this.door = scene.add.graphics();
    const reader = scene.add.graphics();
    reader.fillStyle(p.doorFrame, 1);
    const ry = this.doorway.y + doorH * 0.38;
    reader.fillRoundedRect(this.doorway.x + doorW + m, ry, readerW, readerW * 1.5, readerW * 0.15);
    const lock = ctx.icons.add(
      SIGNS.lock,
      this.doorway.x + doorW + m + readerW / 2,
      ry + readerW * 0.75,
      readerW * 0.8,
      0xffffff,
    );

    const plate = scene.add.graphics();
    plate.fillStyle(p.plate, 0.94);
    plate.fillRoundedRect(rect.x + m * 0.5, rect.y + m * 0.5, rect.w - m, plateH + m, m);
    if (p.highContrast) {
      plate.lineStyle(2, p.structure, 1);
      plate.strokeRoundedRect(rect.x + m * 0.5, rect.y + m * 0.5, rect.w - m, plateH + m, m);
    }
    const midY = rect.y + m + plateH / 2;
    const kindIcon = ctx.icons.add(doorIcon(model.kind), rect.x + m + iconS * 0.6, midY, iconS, p.structure);
    const stateX = rect.x + rect.w - m - iconS * 0.65;
    const plateLock = ctx.icons.add(SIGNS.lock, stateX, midY, iconS, p.text);
    const plateOpen = ctx.icons.add(SIGNS.lockOpen, stateX, midY, iconS, p.text);

    this.faders = [
      ...people.map((obj) => ({ obj, whenOpen: true })),
      { obj: lock, whenOpen: false },
      { obj: plateLock, whenOpen: false },
      { obj: plateOpen, whenOpen: true },
    ];
    this.layers = {
      under: [base, cone, props],
      middle: [...people, this.dim, this.door],
      over: [reader, plate, kindIcon],
      top: [lock, plateLock, plateOpen, label],
    };
    this.open = model.open;
    this.apply(model.open ? 1 : 0);
  }

  /**
   * The room's objects by drawing layer. The building bakes every room's `under` (walls, furniture)
   * and `over` (badge reader, plate) into shared textures and stacks the moving parts between them.
   */
  readonly layers: {
    readonly under: Fadable[];
    readonly middle: Fadable[];
    readonly over: Fadable[];
    readonly top: Fadable[];
  };

  setOpen(open: boolean): void {
    if (open === this.open) return;
    this.open = open;
    const target = open ? 1 : 0;
    const tweens = this.ctx.scene.tweens;
    tweens.killTweensOf(this.state);
    if (this.ctx.reducedMotion) {
      this.apply(target);
      return;
    }
    tweens.add({
      targets: this.state,
      t: target,
      duration: SWING_MS,
      ease: 'Cubic.easeInOut',
      onUpdate: () => this.apply(this.state.t),
    });
  }

  private apply(t: number): void {
    this.state.t = t;
    this.dim.setAlpha(this.ctx.palette.dimAlpha * (1 - t));
    for (const f of this.faders) f.obj.setAlpha(f.whenOpen ? t : 1 - t);
    this.drawDoor(t);
  }

  /** The panel swings about its left hinge; its free edge grows a little taller as it nears the viewer. */
  private drawDoor(t: number): void {
    const { palette: p } = this.ctx;
    const { x, y, w, h } = this.doorway;
    const g = this.door;
    const angle = t * Math.PI * 0.64;
    const free = x + w * Math.cos(angle);
    const grow = h * 0.07 * Math.sin(angle);
    g.clear();
    g.fillStyle(p.corridor, 1);
    g.fillRect(x, y, w, h);
    g.fillStyle(mix(p.door, 0xffffff, 0.18 * Math.sin(angle)), 1);
    fillPoly(g, [x, y, free, y - grow, free, y + h + grow, x, y + h]);
    g.fillStyle(p.doorFrame, 1);
    g.fillCircle(x + (free - x) * 0.84, y + h * 0.53, Math.max(1.5, w * 0.06));
    g.lineStyle(Math.max(2, w * 0.08) + (p.highContrast ? 1 : 0), p.doorFrame, 1);
    g.strokeRect(x, y, w, h);
  }
}

/** Geometry and type of a room's name plate; shared by the room and by the building's measuring pass. */
function plateSpec(ctx: ViewContext, rect: Rect) {
  const { fs, compact, palette: p } = ctx;
  const m = Math.max(3, Math.round(fs * (compact ? 0.2 : 0.3)));
  const labelFs = Math.max(compact ? 10.5 : 11, fs * (compact ? 0.8 : 0.74));
  const iconS = Math.round(labelFs * 1.25);
  const options: TextOptions = {
    size: labelFs,
    weight: 600,
    color: p.plateText,
    width: Math.max(20, rect.w - 2 * m - iconS * 2.7),
    maxLines: 2,
    minSize: Math.max(10, labelFs * 0.8),
  };
  return { m, iconS, textX: m + iconS * 1.35, options };
}

/** How many lines the longest label needs at full size in a room of this width (within the limit). */
export function plateLinesFor(ctx: ViewContext, labels: readonly string[], rect: Rect): number {
  const { options } = plateSpec(ctx, rect);
  const probe = addText(ctx, 0, 0, '', { ...options, maxLines: 0 });
  let lines = 1;
  for (const label of labels) lines = Math.max(lines, probe.getWrappedText(label).length);
  probe.destroy();
  return Math.min(lines, options.maxLines ?? 1);
}
