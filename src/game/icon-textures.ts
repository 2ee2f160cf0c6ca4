import type Phaser from 'phaser';
import { allIcons, type IconArt, iconDataUrl } from '../art/icons';
import { css } from './palette';

export type IconImages = ReadonlyMap<string, HTMLImageElement>;

let decoded: Promise<IconImages> | null = null;

/**
 * The pictogram files (src/art/icons.ts) decoded as images, once per page: the institute view waits for
 * them, as for its fonts, before it first draws. Loaded from data: URLs rather than Phaser's loader,
 * which fetches with XHR and so could not run in the offline file (its CSP allows no connection).
 */
export function decodeIcons(): Promise<IconImages> {
  decoded ??= Promise.all(
    allIcons().map(async (icon) => {
      const image = new Image();
      image.src = iconDataUrl(icon);
      await image.decode();
      return [icon.name, image] as const;
    }),
  ).then((entries) => new Map(entries));
  return decoded;
}

/**
 * Textures of the pictograms, each in one colour at one size, made on first use: the SVG is rasterised
 * at the screen's pixel ratio (crisp at any size) and recoloured. One per layout: it owns the textures
 * it made and removes them when the layout is replaced, as the Baker does.
 */
export class IconTextures {
  private readonly keys = new Set<string>();

  constructor(
    private readonly scene: Phaser.Scene,
    private readonly dpr: number,
    private readonly prefix: string,
    private readonly images: IconImages,
  ) {}

  /** `icon` in `colour` (null: its own colours), `size` CSS pixels square, centred on (cx, cy). */
  add(icon: IconArt, cx: number, cy: number, size: number, colour: number | null): Phaser.GameObjects.Image {
    const px = Math.max(1, Math.round(size * this.dpr));
    const key = `${this.prefix}-${icon.name}-${colour?.toString(16) ?? 'own'}-${px}`;
    const made = this.scene.textures.exists(key) || this.paint(key, icon, px, colour);
    const image = this.scene.add.image(cx, cy, made ? key : '__DEFAULT').setDisplaySize(size, size);
    return made ? image : image.setVisible(false);
  }

  releaseAll(): void {
    for (const key of this.keys) this.scene.textures.remove(key);
    this.keys.clear();
  }

  private paint(key: string, icon: IconArt, px: number, colour: number | null): boolean {
    const image = this.images.get(icon.name);
    const texture = image ? this.scene.textures.createCanvas(key, px, px) : null;
    if (!image || !texture) return false;
    const context = texture.getContext();
    context.drawImage(image, 0, 0, px, px);
    if (colour !== null) {
      // Keep the drawing's shape, take the colour asked for.
      context.globalCompositeOperation = 'source-in';
      context.fillStyle = css(colour);
      context.fillRect(0, 0, px, px);
    }
    texture.refresh();
    this.keys.add(key);
    return true;
  }
}
