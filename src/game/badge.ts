import type Phaser from 'phaser';
import type { ViewContext } from './context';
import { addText } from './text';

/**
 * The "+10" / "−5" that explains a meter change. One badge per gauge, reused for every change (no
 * objects are created per change). With motion it rises and fades; with reduced motion it simply
 * appears in place for a moment and disappears.
 */
const RISE_MS = 1000;
const HOLD_MS = 1000;
const STATIC_MS = 2200;

export function formatDelta(delta: number): string {
  const magnitude = Math.abs(delta);
  const digits = Number.isInteger(magnitude) ? String(magnitude) : magnitude.toFixed(1);
  // U+2212 MINUS SIGN: as wide as the plus sign, and not mistaken for a hyphen.
  return delta > 0 ? `+${digits}` : `\u2212${digits}`;
}

export class ChangeBadge {
  readonly objects: Phaser.GameObjects.Container[];
  private readonly container: Phaser.GameObjects.Container;
  private readonly pill: Phaser.GameObjects.Graphics;
  private readonly text: Phaser.GameObjects.Text;

  constructor(
    private readonly ctx: ViewContext,
    private readonly accent: number,
  ) {
    const { scene, palette: p, fs } = ctx;
    this.pill = scene.add.graphics();
    this.text = addText(ctx, 0, 0, '', { size: fs * 0.95, weight: 800, color: p.text });
    this.text.setOrigin(0.5, 0.5);
    this.container = scene.add.container(0, 0, [this.pill, this.text]);
    this.container.setVisible(false);
    this.objects = [this.container];
  }

  show(delta: number, x: number, y: number): void {
    const { scene, palette: p, fs, reducedMotion } = this.ctx;
    this.text.setText(formatDelta(delta));
    const w = this.text.width + fs * 0.8;
    const h = this.text.height + fs * 0.1;
    this.pill.clear();
    this.pill.fillStyle(p.panel, 1);
    this.pill.fillRoundedRect(-w / 2, -h / 2, w, h, h / 2);
    this.pill.lineStyle(p.highContrast ? 3 : 2, this.accent, 1);
    this.pill.strokeRoundedRect(-w / 2, -h / 2, w, h, h / 2);
    scene.tweens.killTweensOf(this.container);
    const top = Math.max(h / 2, y - h / 2);
    this.container.setPosition(x, top).setAlpha(1).setVisible(true);
    if (reducedMotion) {
      // A tween rather than a timer: the scene sleeps its loop once no tween is running, and a sleeping
      // loop would never fire the timer. A short fade is not movement, so it respects reduced motion.
      scene.tweens.add({
        targets: this.container,
        alpha: 0,
        delay: STATIC_MS,
        duration: 200,
        onComplete: () => this.container.setVisible(false),
      });
      return;
    }
    scene.tweens.add({
      targets: this.container,
      y: top - fs * 1.2,
      alpha: 0,
      delay: HOLD_MS,
      duration: RISE_MS,
      ease: 'Sine.easeIn',
      onComplete: () => this.container.setVisible(false),
    });
  }
}
