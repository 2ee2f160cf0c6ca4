import Phaser from 'phaser';
import { glyphsReady, loadGlyphs } from './fonts';
import { decodeIcons } from './icon-textures';
import type { InstituteHandle, InstituteModel } from './model';
import { modelText } from './model-keys';
import { paletteFor } from './palette';
import { InstituteScene } from './scene';

export type { InstituteHandle, InstituteModel } from './model';

export interface MountOptions {
  /**
   * 'auto' (default) picks WebGL when the GPU accelerates it and Canvas 2D otherwise. Phaser's own AUTO
   * takes WebGL whenever a context can be made, including software rasterisers such as SwiftShader,
   * where this view measured 16–28 fps against a steady 60 fps with Canvas 2D on the same machine.
   */
  readonly renderer?: 'auto' | 'webgl' | 'canvas';
}

/**
 * Mounts the Phaser institute view inside `parent` (sized by the overlay) and returns a handle to feed
 * it new models and to tear it down. The overlay imports this module dynamically, so Phaser arrives as
 * its own lazy chunk.
 *
 * Sizing: Phaser's RESIZE mode maps one canvas pixel to one CSS pixel, which blurs text and lines on
 * HiDPI projectors and phones. Instead the canvas has devicePixelRatio × the parent's size (scale mode
 * NONE with zoom 1/dpr for the CSS size), the camera zooms by dpr, and the scene lays out in CSS pixels.
 * A ResizeObserver on the parent drives `scale.resize`, whose RESIZE event the scene listens to.
 * The parent must have a size of its own (not one taken from its content), or the canvas would grow it.
 */
export async function mountInstitute(
  parent: HTMLElement,
  model: InstituteModel,
  options: MountOptions = {},
): Promise<InstituteHandle> {
  // Canvas text never redraws by itself: load the fonts (and the Hangul subsets in use) first.
  const [, icons] = await Promise.all([loadGlyphs(modelText(model)), decodeIcons()]);
  const size = () => ({ w: Math.max(1, parent.clientWidth), h: Math.max(1, parent.clientHeight) });
  const first = size();
  let dpr = pixelRatio(first.w, first.h);
  let markReady = () => {};
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  const scene = new InstituteScene(model, dpr, icons, () => markReady());
  const game = new Phaser.Game({
    type: rendererType(options.renderer ?? 'auto'),
    parent,
    width: Math.round(first.w * dpr),
    height: Math.round(first.h * dpr),
    scale: { mode: Phaser.Scale.NONE, zoom: 1 / dpr },
    backgroundColor: paletteFor(model.highContrast).background,
    banner: false,
    autoFocus: false,
    audio: { noAudio: true },
    // The overlay owns the keyboard and pointer; the view is a picture (aria-hidden in the page).
    input: { keyboard: false, mouse: false, touch: false, gamepad: false },
    scene,
  });
  await ready;
  game.canvas.style.display = 'block';

  let destroyed = false;
  let latest = model;
  const onResize = () => {
    if (destroyed) return;
    const now = size();
    dpr = pixelRatio(now.w, now.h);
    scene.resizeTo(now.w, now.h, dpr);
  };
  const observer = new ResizeObserver(onResize);
  observer.observe(parent);
  // Browser zoom and moving to another monitor change devicePixelRatio and fire a window resize.
  window.addEventListener('resize', onResize);
  onResize();

  return {
    update(next: InstituteModel): void {
      if (destroyed) return;
      latest = next;
      scene.setModel(next);
      const text = modelText(next);
      if (!glyphsReady(text)) {
        // New Hangul syllables: draw now with what is loaded, then redraw once their font file arrives.
        void loadGlyphs(text).then(() => {
          if (!destroyed && latest === next) scene.setModel(next, true);
        });
      }
    },
    destroy(): void {
      if (destroyed) return;
      destroyed = true;
      observer.disconnect();
      window.removeEventListener('resize', onResize);
      const gl = game.renderer instanceof Phaser.Renderer.WebGL.WebGLRenderer ? game.renderer.gl : null;
      game.events.once(Phaser.Core.Events.DESTROY, () => {
        releasePhaserLeftovers(game);
        // Phaser does not release its WebGL context; browsers cap live contexts (about 16), so a
        // facilitator restarting many runs would otherwise see "too many contexts" warnings.
        queueMicrotask(() => gl?.getExtension('WEBGL_lose_context')?.loseContext());
      });
      // Destruction happens on the next game step, so a sleeping loop must be woken first.
      scene.wake();
      game.destroy(true);
    },
  };
}

/** devicePixelRatio, capped so the canvas stays within a 4K frame (memory and fill rate). */
function pixelRatio(w: number, h: number): number {
  const wanted = Math.min(3, Math.max(1, window.devicePixelRatio || 1));
  const cap = Math.sqrt((3840 * 2160) / Math.max(1, w * h));
  return Math.max(1, Math.min(wanted, cap));
}

let accelerated: boolean | null = null;

/**
 * WebGL only where a GPU runs it. `failIfMajorPerformanceCaveat` is not enough: headless Chromium
 * happily hands out SwiftShader (a CPU rasteriser) without the caveat, so the renderer's name decides.
 */
function rendererType(choice: 'auto' | 'webgl' | 'canvas'): number {
  if (choice === 'webgl') return Phaser.WEBGL;
  if (choice === 'canvas') return Phaser.CANVAS;
  if (accelerated === null) accelerated = hasGpuWebGL();
  return accelerated ? Phaser.WEBGL : Phaser.CANVAS;
}

function hasGpuWebGL(): boolean {
  const gl = document.createElement('canvas').getContext('webgl', { failIfMajorPerformanceCaveat: true });
  if (!gl) return false;
  // Chromium masks RENDERER ("WebKit WebGL") and keeps the real name behind this extension; Firefox
  // reports it directly and warns that the extension is deprecated, so ask for it only when masked.
  let name = String(gl.getParameter(gl.RENDERER));
  if (/^webkit webgl$/i.test(name)) {
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    if (info) name = String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL));
  }
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return !/swiftshader|llvmpipe|softpipe|software|basic render/i.test(name);
}

/**
 * Phaser 4.2.1's TextureManager.destroy() destroys its internal stamp Image but not its TileSprite,
 * whose canvases (Canvas renderer) stay claimed in Phaser's global CanvasPool: one 2D canvas and its
 * font caches per mount, found with heap snapshots over 40 mount/destroy cycles. Hand them back.
 */
function releasePhaserLeftovers(game: Phaser.Game): void {
  const tile = (game.textures as unknown as { tileSprite?: { canvas?: unknown; fillCanvas?: unknown } })
    .tileSprite;
  for (const canvas of [tile?.canvas, tile?.fillCanvas]) {
    if (canvas instanceof HTMLCanvasElement) Phaser.Display.Canvas.CanvasPool.remove(canvas);
  }
}
