import * as Phaser from 'phaser';

/**
 * The bench's baseline: the least a Phaser page can do — one scene with a shape and a line of text —
 * built the way the game is built. `window.__firstFrame` is `performance.now()` (milliseconds since
 * navigation start) when Phaser has finished rendering its first frame; `window.__renderer` says whether
 * AUTO chose WebGL or Canvas.
 */
declare global {
  interface Window {
    __firstFrame?: number;
    __renderer?: string;
  }
}

class BareScene extends Phaser.Scene {
  private box: Phaser.GameObjects.Rectangle | undefined;

  create(): void {
    this.box = this.add.rectangle(640, 360, 240, 240, 0x2f6f8f);
    this.add.text(40, 40, 'Bare Phaser', { fontFamily: 'sans-serif', fontSize: '32px', color: '#1d1d1d' });
  }

  override update(_time: number, delta: number): void {
    if (this.box !== undefined) this.box.rotation += delta / 1000;
  }
}

const game = new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'stage',
  width: 1280,
  height: 720,
  backgroundColor: '#f4f1ea',
  banner: false,
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
  scene: BareScene,
});

game.events.once(Phaser.Core.Events.POST_RENDER, () => {
  window.__firstFrame = performance.now();
  window.__renderer = game.renderer.type === Phaser.WEBGL ? 'WebGL' : 'Canvas';
});
