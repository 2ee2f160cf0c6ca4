import Phaser from 'phaser';
import { Baker } from './bake';
import { BuildingView } from './building';
import { CalendarView } from './calendar';
import type { ViewContext } from './context';
import { type IconImages, IconTextures } from './icon-textures';
import { computeLayout, type InstituteLayout } from './layout';
import { MeterPanel } from './meters';
import type { InstituteModel } from './model';
import { calendarKey, speakerKey, structureKey } from './model-keys';
import { paletteFor } from './palette';
import { SpeakerView } from './speaker';

/**
 * The one scene of the institute view. It holds no rules: it draws whatever model it is given and, on a
 * new model, works out what changed (doors, meter values, speaker, calendar) and animates only that.
 * Anything that changes the layout (size, language, contrast, motion setting, the set of doors or
 * meters) rebuilds the view from scratch, which is cheap and keeps the code free of special cases.
 *
 * Between changes nothing moves, so the game loop is put to sleep after a short quiet spell and woken
 * again by the next change: a static view costs no CPU on the facilitator's laptop.
 */
const QUIET_FRAMES = 20;

interface Views {
  readonly building: BuildingView;
  readonly meters: MeterPanel;
  calendar: CalendarView;
  speaker: SpeakerView;
}

export class InstituteScene extends Phaser.Scene {
  private views: Views | null = null;
  private layoutNow: InstituteLayout | null = null;
  private ctx: ViewContext | null = null;
  private keys = { structure: '', calendar: '', speaker: '' };
  private lastSerial: number;
  private size = { w: 0, h: 0 };
  private quiet = 0;
  private baker: Baker | null = null;
  private icons: IconTextures | null = null;
  /** Texture keys must be unique per game; each layout gets its own prefix. */
  private layouts = 0;

  constructor(
    private model: InstituteModel,
    private dpr: number,
    private readonly iconImages: IconImages,
    private readonly onReady: () => void,
  ) {
    super({ key: 'institute' });
    this.lastSerial = model.changeSerial;
  }

  create(): void {
    this.scale.on(Phaser.Scale.Events.RESIZE, this.onResize, this);
    // game.destroy() emits DESTROY but not SHUTDOWN: clean up on both.
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, this.teardown, this);
    this.events.once(Phaser.Scenes.Events.DESTROY, this.teardown, this);
    this.onResize();
    this.onReady();
  }

  /** Called by the mount when the parent or the pixel ratio changes; Phaser then emits RESIZE. */
  resizeTo(cssW: number, cssH: number, dpr: number): void {
    if (dpr !== this.dpr) {
      this.dpr = dpr;
      this.size = { w: 0, h: 0 };
      // Set directly, not with setZoom(): that would emit RESIZE with the old canvas size first.
      this.scale.zoom = 1 / dpr;
    }
    const w = Math.max(1, Math.round(cssW * dpr));
    const h = Math.max(1, Math.round(cssH * dpr));
    // Resizing a canvas to its own size still clears it; skip the no-op calls observers make.
    if (w === this.scale.gameSize.width && h === this.scale.gameSize.height && this.size.w > 0) return;
    this.scale.resize(w, h);
    this.wake();
  }

  setModel(next: InstituteModel, forceRebuild = false): void {
    this.model = next;
    const structure = structureKey(next);
    if (forceRebuild || structure !== this.keys.structure || !this.views) {
      this.rebuild();
    } else {
      this.applyChanges(next, this.views);
    }
    if (next.changeSerial > this.lastSerial) this.views?.meters.showChanges(next.lastChange);
    this.lastSerial = next.changeSerial;
    this.wake();
  }

  override update(): void {
    if (this.tweens.tweens.length > 0) {
      this.quiet = 0;
      return;
    }
    this.quiet += 1;
    if (this.quiet > QUIET_FRAMES) this.game.loop.sleep();
  }

  wake(): void {
    this.quiet = 0;
    this.game.loop.wake();
  }

  private onResize(): void {
    const w = Math.round(this.scale.gameSize.width / this.dpr);
    const h = Math.round(this.scale.gameSize.height / this.dpr);
    if (w === this.size.w && h === this.size.h) return;
    this.size = { w, h };
    const cam = this.cameras.main;
    cam.setSize(this.scale.gameSize.width, this.scale.gameSize.height);
    cam.setOrigin(0, 0);
    cam.setZoom(this.dpr);
    this.rebuild();
    this.wake();
  }

  private applyChanges(next: InstituteModel, views: Views): void {
    for (const door of next.doors) views.building.setOpen(door.id, door.open);
    views.meters.update(next.meters);
    const ctx = this.ctx;
    const layout = this.layoutNow;
    if (!ctx || !layout) return;
    const cal = calendarKey(next);
    if (cal !== this.keys.calendar) {
      this.keys.calendar = cal;
      views.calendar.destroy();
      views.calendar = new CalendarView(ctx, next.calendar, layout.calendar);
    }
    const speaker = speakerKey(next);
    if (speaker !== this.keys.speaker) {
      this.keys.speaker = speaker;
      views.speaker.destroy();
      views.speaker = new SpeakerView(ctx, next.speaker, layout.speaker, true);
    }
  }

  private rebuild(): void {
    this.destroyViews();
    const m = this.model;
    const palette = paletteFor(m.highContrast);
    const layout = computeLayout(this.size.w, this.size.h, m.meters.length);
    this.cameras.main.setBackgroundColor(palette.background);
    const ctx: ViewContext = {
      scene: this,
      palette,
      dpr: this.dpr,
      fs: layout.fs,
      compact: layout.compact,
      reducedMotion: m.reducedMotion,
      baker: new Baker(this, this.dpr, `layout${++this.layouts}`),
      icons: new IconTextures(this, this.dpr, `icons${this.layouts}`, this.iconImages),
    };
    this.baker = ctx.baker;
    this.icons = ctx.icons;
    this.ctx = ctx;
    this.layoutNow = layout;
    this.views = {
      building: new BuildingView(ctx, m.doors, layout.building),
      calendar: new CalendarView(ctx, m.calendar, layout.calendar),
      speaker: new SpeakerView(ctx, m.speaker, layout.speaker, false),
      // Last, so change badges rising out of the gauges pass over everything else.
      meters: new MeterPanel(ctx, m.meters, layout.meters, layout.meterRowH),
    };
    this.keys = { structure: structureKey(m), calendar: calendarKey(m), speaker: speakerKey(m) };
  }

  private destroyViews(): void {
    this.tweens.killAll();
    const v = this.views;
    this.views = null;
    if (!v) return;
    v.building.destroy();
    v.meters.destroy();
    v.calendar.destroy();
    v.speaker.destroy();
    this.baker?.releaseAll();
    this.baker = null;
    this.icons?.releaseAll();
    this.icons = null;
  }

  /** The scene's display list and tweens are torn down by Phaser itself; drop our references. */
  private teardown(): void {
    this.scale.off(Phaser.Scale.Events.RESIZE, this.onResize, this);
    this.views = null;
    this.ctx = null;
    this.layoutNow = null;
    this.baker = null;
    this.icons = null;
  }
}
