import type Phaser from 'phaser';
import type { ViewContext } from './context';
import type { Rect } from './layout';
import type { InstituteModel } from './model';
import { drawPanel } from './panel';
import { drawPortrait } from './portrait';
import { portraitLook } from './portrait-look';
import { addText } from './text';

/**
 * Who is speaking on the current card: a generated portrait with a name and role plate. With no
 * speaker the slot stays empty rather than showing a placeholder face.
 */
export type SpeakerModel = NonNullable<InstituteModel['speaker']>;

export class SpeakerView {
  readonly container: Phaser.GameObjects.Container;
  private baked: Phaser.GameObjects.GameObject[] = [];

  constructor(
    private readonly ctx: ViewContext,
    speaker: SpeakerModel | null,
    rect: Rect,
    fadeIn: boolean,
  ) {
    const { scene, palette: p, fs, compact } = ctx;
    this.container = scene.add.container(0, 0);
    if (!speaker) return;
    const g = scene.add.graphics();
    drawPanel(g, p, rect, fs * 0.5);
    const inset = Math.round(fs * (compact ? 0.3 : 0.4));
    const r = (rect.h - 2 * inset) / 2;
    drawPortrait(
      g,
      portraitLook(speaker.id),
      rect.x + inset + r,
      rect.y + rect.h / 2,
      r,
      p.structure,
      p.highContrast ? 3 : 2,
    );

    const x = rect.x + inset * 2 + r * 2 + fs * 0.3;
    const width = Math.max(40, rect.x + rect.w - inset - x);
    const name = addText(ctx, x, 0, speaker.name, {
      size: fs * (compact ? 1 : 1.1),
      weight: 700,
      color: p.text,
      width,
      maxLines: 1,
      minSize: fs * 0.8,
    });
    const role = addText(ctx, x, 0, speaker.role, {
      size: fs * (compact ? 0.8 : 0.78),
      weight: 500,
      color: p.textMuted,
      width,
      maxLines: compact ? 1 : 2,
      minSize: Math.max(10, fs * 0.7),
    });
    const gap = fs * 0.15;
    const top = rect.y + (rect.h - name.height - gap - role.height) / 2;
    name.setY(top);
    role.setY(top + name.height + gap);
    this.baked = ctx.baker.bake([g], rect);
    this.container.add([...this.baked, name, role]);
    if (fadeIn && !ctx.reducedMotion) {
      this.container.setAlpha(0);
      scene.tweens.add({ targets: this.container, alpha: 1, duration: 250, ease: 'Sine.easeOut' });
    }
  }

  destroy(): void {
    this.ctx.scene.tweens.killTweensOf(this.container);
    this.ctx.baker.release(this.baked);
    this.container.destroy();
  }
}
