import type Phaser from 'phaser';
import type { Baker } from './bake';
import type { IconTextures } from './icon-textures';
import type { Palette } from './palette';

/**
 * What every view part needs to draw itself, passed explicitly instead of reached through globals:
 * the scene to add objects to, the colours, the pixel ratio for crisp text, the base type size of the
 * current layout, and whether motion is allowed.
 */
export interface ViewContext {
  readonly scene: Phaser.Scene;
  readonly palette: Palette;
  readonly dpr: number;
  readonly fs: number;
  readonly compact: boolean;
  readonly reducedMotion: boolean;
  /** Renders finished static drawings into textures (see bake.ts). */
  readonly baker: Baker;
  /** The pictograms of assets/icons/ as textures (see icon-textures.ts). */
  readonly icons: IconTextures;
}
