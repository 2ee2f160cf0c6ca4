import type Phaser from 'phaser';
import type { ViewContext } from './context';
import type { Rect } from './layout';
import { MeterRow } from './meter-row';
import type { MeterModel } from './model';
import { drawPanel } from './panel';

/**
 * The card of gauges, one row per declared meter, in the scenario's order. Icons, tracks and scale
 * marks of all rows are baked into two textures; fills, danger marks, values and badges stay live.
 */
export class MeterPanel {
  readonly container: Phaser.GameObjects.Container;
  private readonly rows = new Map<string, MeterRow>();

  constructor(ctx: ViewContext, meters: readonly MeterModel[], rect: Rect, rowH: number) {
    const { scene, palette: p, baker } = ctx;
    const pad = Math.round(ctx.fs * 0.5);
    this.container = scene.add.container(0, 0);
    const card = scene.add.graphics();
    drawPanel(card, p, rect, pad);
    const top = rect.y + (rect.h - rowH * meters.length) / 2;
    const rows = meters.map((meter, i) => {
      const row = new MeterRow(ctx, meter, {
        x: rect.x + pad,
        y: top + i * rowH,
        w: rect.w - 2 * pad,
        h: rowH,
      });
      this.rows.set(meter.id, row);
      return row;
    });
    const layer = (name: keyof MeterRow['layers']) => rows.flatMap((r) => r.layers[name]);
    this.container.add([card, ...layer('back')]);
    this.container.add(baker.bake(layer('under'), rect));
    this.container.add(layer('fill'));
    // Scale marks reach a little above and below the track, so bake a slightly larger area.
    this.container.add(
      baker.bake(layer('over'), { x: rect.x, y: rect.y - pad, w: rect.w, h: rect.h + 2 * pad }),
    );
    this.container.add(layer('front'));
  }

  update(meters: readonly MeterModel[]): void {
    for (const meter of meters) this.rows.get(meter.id)?.update(meter);
  }

  showChanges(changes: Readonly<Record<string, number>>): void {
    for (const [id, delta] of Object.entries(changes)) this.rows.get(id)?.showChange(delta);
  }

  destroy(): void {
    this.rows.clear();
    this.container.destroy();
  }
}
