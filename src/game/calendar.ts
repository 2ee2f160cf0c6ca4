import type Phaser from 'phaser';
import type { ViewContext } from './context';
import type { Rect } from './layout';
import type { InstituteModel } from './model';
import { drawPanel } from './panel';
import { addText } from './text';

/**
 * Where the term stands: the calendar label (e.g. "2026년 3월") and one pip per turn. Past turns are
 * filled, the current one is filled and ringed, future ones are hollow: shape, not colour, tells them
 * apart. Long terms get a progress bar instead of pips that would be too small to see.
 */
export type CalendarModel = NonNullable<InstituteModel['calendar']>;

export class CalendarView {
  readonly container: Phaser.GameObjects.Container;
  private baked: Phaser.GameObjects.GameObject[] = [];

  constructor(
    private readonly ctx: ViewContext,
    calendar: CalendarModel | null,
    rect: Rect,
  ) {
    const { scene, palette: p, fs, compact } = ctx;
    this.container = scene.add.container(0, 0);
    if (!calendar) return;
    const g = scene.add.graphics();
    drawPanel(g, p, rect, fs * 0.5);
    const inset = fs * (compact ? 0.5 : 0.7);
    const iconS = Math.round(fs * (compact ? 1.3 : 1.6));
    const labelSize = fs * (compact ? 1.05 : 1.3);
    const x = rect.x + inset + iconS + fs * 0.5;
    const right = rect.x + rect.w - inset;
    const rowGap = fs * (compact ? 0.2 : 0.35);
    // "3 / 8" sits at the end of the pips' row, so the label ("September–October 2027") gets the whole
    // width of its line: a two-month label did not fit beside the count on a laptop.
    const caption = addText(ctx, right, 0, `${calendar.turn} / ${calendar.turns}`, {
      size: fs * 0.85,
      weight: 600,
      color: p.textMuted,
    });
    const label = addText(ctx, x, 0, calendar.label, {
      size: labelSize,
      weight: 700,
      color: p.text,
      width: Math.max(fs * 3, right - x),
      maxLines: 1,
      minSize: fs * 0.8,
    });
    const pipD = Math.round(fs * (compact ? 0.55 : 0.62));
    const pipsH = Math.max(pipD * 1.6, caption.height);
    const blockH = label.height + rowGap + pipsH;
    const top = rect.y + (rect.h - blockH) / 2;
    label.setY(top);
    const pipsY = top + label.height + rowGap + pipsH / 2;
    caption.setOrigin(1, 0.5).setY(pipsY);
    drawCalendarIcon(g, rect.x + inset + iconS / 2, rect.y + rect.h / 2, iconS, p.structure);
    const pipsX = x + pipD * 0.3;
    this.drawProgress(g, ctx, calendar, pipsX, pipsY, right - caption.width - fs * 0.6 - pipsX, pipD);
    this.baked = ctx.baker.bake([g], rect);
    this.container.add([...this.baked, label, caption]);
  }

  destroy(): void {
    this.ctx.baker.release(this.baked);
    this.container.destroy();
  }

  private drawProgress(
    g: Phaser.GameObjects.Graphics,
    ctx: ViewContext,
    cal: CalendarModel,
    x: number,
    y: number,
    width: number,
    d: number,
  ): void {
    const p = ctx.palette;
    const turns = Math.max(1, cal.turns);
    const step = Math.min(d * 2.1, width / turns);
    if (turns > 16 || step < d * 1.7) {
      const w = Math.min(width, d * 20);
      g.fillStyle(p.track, 1);
      g.fillRect(x, y - d / 3, w, (d * 2) / 3);
      g.fillStyle(p.structure, 1);
      g.fillRect(x, y - d / 3, (w * Math.min(cal.turn, turns)) / turns, (d * 2) / 3);
      g.lineStyle(1, p.structure, 1);
      g.strokeRect(x, y - d / 3, w, (d * 2) / 3);
      return;
    }
    for (let i = 1; i <= turns; i++) {
      const cx = x + (i - 0.5) * step;
      g.lineStyle(Math.max(1.5, d * 0.16), p.structure, 1);
      if (i < cal.turn) {
        g.fillStyle(p.structure, 1);
        g.fillCircle(cx, y, d / 2);
      } else if (i === cal.turn) {
        g.fillStyle(p.structure, 1);
        g.fillCircle(cx, y, d / 2);
        g.strokeCircle(cx, y, d * 0.8);
      } else {
        g.strokeCircle(cx, y, d / 2 - d * 0.08);
      }
    }
  }
}

function drawCalendarIcon(
  g: Phaser.GameObjects.Graphics,
  cx: number,
  cy: number,
  s: number,
  color: number,
): void {
  g.lineStyle(Math.max(1.5, s * 0.08), color, 1);
  g.strokeRoundedRect(cx - s * 0.42, cy - s * 0.34, s * 0.84, s * 0.76, s * 0.08);
  g.fillStyle(color, 1);
  g.fillRect(cx - s * 0.42, cy - s * 0.34, s * 0.84, s * 0.2);
  g.fillRect(cx - s * 0.26, cy - s * 0.46, s * 0.08, s * 0.2);
  g.fillRect(cx + s * 0.18, cy - s * 0.46, s * 0.08, s * 0.2);
  for (let r = 0; r < 2; r++) {
    for (let c = 0; c < 3; c++)
      g.fillRect(cx - s * 0.28 + c * s * 0.22, cy - s * 0.04 + r * s * 0.2, s * 0.12, s * 0.1);
  }
}
