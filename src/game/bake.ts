import type Phaser from 'phaser';
import type { Rect } from './layout';

/**
 * Turns finished vector drawings into one texture each. Phaser re-triangulates every Graphics object on
 * every frame it renders (and allocates while doing so); the building, furniture, portrait and gauge
 * scales never change between layouts, so they are rendered once into a DynamicTexture at the screen's
 * pixel ratio and shown as a plain Image. Only the few shapes that actually move stay as Graphics.
 *
 * One Baker per layout: it owns the textures it made and removes them when the layout is replaced, so a
 * resize or a language switch leaves nothing behind in the texture manager.
 */
/** Anything drawable whose opacity can be set: Graphics, Image, Text. */
export type Fadable = Phaser.GameObjects.GameObject & { setAlpha(value: number): unknown };

export class Baker {
  private readonly keys = new Set<string>();
  private count = 0;

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly dpr: number,
    private readonly prefix: string,
  ) {}

  /**
   * Renders `parts` (in order) clipped to `area`, destroys them, and returns the Image that replaces
   * them. If the renderer cannot make the texture, the parts are returned untouched instead.
   */
  bake<T extends Fadable>(parts: readonly T[], area: Rect): (T | Phaser.GameObjects.Image)[] {
    const x = Math.floor(area.x);
    const y = Math.floor(area.y);
    const w = Math.ceil(area.x + area.w) - x;
    const h = Math.ceil(area.y + area.h) - y;
    const key = `${this.prefix}-${this.count++}`;
    const texture =
      w > 0 && h > 0
        ? this.scene.textures.addDynamicTexture(key, Math.ceil(w * this.dpr), Math.ceil(h * this.dpr))
        : null;
    if (!texture) return [...parts];
    // The texture's own camera maps CSS pixels of `area` onto device pixels, like the scene camera.
    texture.camera.setOrigin(0, 0).setZoom(this.dpr).setScroll(x, y);
    texture.draw([...parts]);
    texture.render();
    for (const part of parts) part.destroy();
    this.keys.add(key);
    const image = this.scene.add
      .image(x, y, key)
      .setOrigin(0, 0)
      .setScale(1 / this.dpr);
    return [image];
  }

  /** Frees the texture behind an image this baker made (the image itself is destroyed by its owner). */
  release(objects: readonly Phaser.GameObjects.GameObject[]): void {
    for (const o of objects) {
      const key = (o as Partial<Phaser.GameObjects.Image>).texture?.key;
      if (key && this.keys.delete(key)) {
        o.destroy();
        this.scene.textures.remove(key);
      }
    }
  }

  releaseAll(): void {
    for (const key of this.keys) this.scene.textures.remove(key);
    this.keys.clear();
  }
}
