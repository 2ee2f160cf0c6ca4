import type Phaser from 'phaser';
import { meterIcon, SIGNS } from '../art/icons';
import { ChangeBadge } from './badge';
import type { Fadable } from './bake';
import type { ViewContext } from './context';
import { hatchSegments } from './hatch';
import type { Rect } from './layout';
import type { MeterModel } from './model';
import { accentFor } from './palette';
import { addText } from './text';
import { drawTrackMarks } from './track-marks';

/**
 * One gauge: icon, label, a horizontal track, the value. The fill always shows the value itself, so a
 * "good when low" meter such as legal risk reads naturally: a short bar is little risk, and its warning
 * zone and fail line sit at the high end. Danger is shown four ways at once: a ⚠ triangle, a hatched
 * fill, an outline (pulsing a few times, then steady) and a tinted row.
 */
const TWEEN_MS = 400;
const PULSES = 4;

export class MeterRow {
  /** By drawing layer: the panel bakes every row's `under` and `over` into one texture each. */
  readonly layers: Readonly<Record<'back' | 'under' | 'fill' | 'over' | 'front', Fadable[]>>;
  private readonly fill: Phaser.GameObjects.Graphics;
  private readonly danger: Phaser.GameObjects.Graphics;
  private readonly outline: Phaser.GameObjects.Graphics;
  private readonly warning: Phaser.GameObjects.Image;
  private readonly value: Phaser.GameObjects.Text;
  private readonly badge: ChangeBadge;
  private readonly track: Rect;
  /** Hatch lines over the whole track, computed once; drawFill clips them to the fill, allocation-free. */
  private readonly hatch: number[];
  private readonly accent: number;
  private readonly state = { v: 0 };
  private shown = Number.NaN;
  private inDanger: MeterModel['danger'] = null;

  constructor(
    private readonly ctx: ViewContext,
    private meter: MeterModel,
    row: Rect,
  ) {
    const { scene, palette: p, fs, compact } = ctx;
    this.accent = accentFor(p, meter.id);
    const mid = row.y + row.h / 2;
    const iconD = Math.round(row.h * 0.66);
    const valueW = Math.round(fs * 2.3);
    const warnW = Math.round(row.h * 0.72);
    const labelX = row.x + iconD + fs * 0.9;
    const labelW = Math.round(Math.min(row.w * (compact ? 0.34 : 0.33), fs * 10));
    const trackX = labelX + labelW + fs * 0.5;
    const trackW = Math.max(20, row.x + row.w - valueW - warnW - fs * 0.4 - trackX);
    const trackH = Math.max(8, Math.round(row.h * 0.34));
    this.track = { x: trackX, y: Math.round(mid - trackH / 2), w: trackW, h: trackH };
    this.hatch = hatchSegments(this.track, Math.max(5, trackH * 0.55));

    this.danger = scene.add.graphics();
    this.danger.fillStyle(p.dangerBg, 1);
    this.danger.fillRoundedRect(row.x - fs * 0.25, row.y + 1, row.w + fs * 0.5, row.h - 2, fs * 0.3);
    this.outline = scene.add.graphics();
    this.outline.lineStyle(p.highContrast ? 4 : 3, p.dangerOutline, 1);
    this.outline.strokeRoundedRect(row.x - fs * 0.25, row.y + 1, row.w + fs * 0.5, row.h - 2, fs * 0.3);

    const icon = scene.add.graphics();
    icon.fillStyle(this.accent, 1);
    icon.fillCircle(row.x + iconD / 2 + fs * 0.1, mid, iconD / 2);
    const glyph = ctx.icons.add(
      meterIcon(meter.id),
      row.x + iconD / 2 + fs * 0.1,
      mid,
      iconD * 0.62,
      0xffffff,
    );
    const label = addText(ctx, labelX, mid, meter.label, {
      size: fs * (compact ? 0.95 : 1),
      weight: 600,
      color: p.text,
      width: labelW,
      maxLines: 1,
      minSize: Math.max(10, fs * 0.72),
    });
    label.setOrigin(0, 0.5);

    const trackG = scene.add.graphics();
    trackG.fillStyle(p.track, 1);
    trackG.fillRect(trackX, this.track.y, trackW, trackH);
    this.fill = scene.add.graphics();
    const marks = scene.add.graphics();
    drawTrackMarks(marks, p, meter, this.track);

    this.warning = ctx.icons.add(SIGNS.warning, row.x + row.w - valueW - warnW / 2, mid, warnW * 0.82, null);
    this.value = addText(ctx, row.x + row.w, mid, '', {
      size: fs * 1.1,
      weight: 700,
      color: p.text,
      align: 'right',
    });
    this.value.setOrigin(1, 0.5);
    this.badge = new ChangeBadge(ctx, this.accent);

    this.layers = {
      back: [this.danger],
      under: [icon, glyph, trackG],
      fill: [this.fill],
      over: [marks],
      front: [this.outline, this.warning, label, this.value, ...this.badge.objects],
    };
    this.setValue(meter.value, false);
    this.setDanger(meter.danger);
  }

  update(meter: MeterModel): void {
    const changed = meter.value !== this.meter.value;
    this.meter = meter;
    if (changed) this.setValue(meter.value, !this.ctx.reducedMotion);
    this.setDanger(meter.danger);
  }

  /** A "+10"/"−5" badge that rises from where the fill now ends. */
  showChange(delta: number): void {
    if (delta === 0 || !Number.isFinite(delta)) return;
    const x = this.track.x + this.track.w * this.fraction(this.meter.value);
    this.badge.show(delta, x, this.track.y - this.track.h * 0.2);
  }

  private setValue(v: number, animate: boolean): void {
    const tweens = this.ctx.scene.tweens;
    tweens.killTweensOf(this.state);
    if (!animate) {
      this.render(v);
      return;
    }
    tweens.add({
      targets: this.state,
      v,
      duration: TWEEN_MS,
      ease: 'Cubic.easeOut',
      onUpdate: () => this.render(this.state.v),
    });
  }

  private render(v: number): void {
    this.state.v = v;
    this.drawFill(this.fraction(v));
    const rounded = Math.round(v);
    if (rounded !== this.shown) {
      this.shown = rounded;
      this.value.setText(String(rounded));
    }
  }

  private fraction(v: number): number {
    const span = this.meter.max - this.meter.min;
    return span > 0 ? Math.min(1, Math.max(0, (v - this.meter.min) / span)) : 0;
  }

  private drawFill(f: number): void {
    const g = this.fill;
    const { x, y, w, h } = this.track;
    const end = x + w * f;
    g.clear();
    g.fillStyle(this.accent, 1);
    g.fillRect(x, y, w * f, h);
    if (!this.inDanger || f <= 0) return;
    // Danger hatching on the fill itself: "/" segments clipped at the fill's end.
    g.lineStyle(Math.max(1.5, h * 0.16), 0xffffff, 0.75);
    g.beginPath();
    for (let i = 0; i + 3 < this.hatch.length; i += 4) {
      const xa = this.hatch[i] ?? 0;
      const ya = this.hatch[i + 1] ?? 0;
      if (xa >= end) continue;
      const xb = Math.min(this.hatch[i + 2] ?? 0, end);
      g.moveTo(xa, ya);
      g.lineTo(xb, ya - (xb - xa));
    }
    g.strokePath();
  }

  private setDanger(danger: MeterModel['danger']): void {
    if (danger === this.inDanger && this.danger.visible === (danger !== null)) return;
    const tweens = this.ctx.scene.tweens;
    this.inDanger = danger;
    const on = danger !== null;
    this.danger.setVisible(on);
    this.outline.setVisible(on);
    this.warning.setVisible(on);
    tweens.killTweensOf(this.outline);
    this.outline.setAlpha(1);
    this.drawFill(this.fraction(this.state.v));
    if (on && !this.ctx.reducedMotion) {
      tweens.add({
        targets: this.outline,
        alpha: 0.15,
        duration: 450,
        yoyo: true,
        repeat: PULSES - 1,
        ease: 'Sine.easeInOut',
      });
    }
  }
}
