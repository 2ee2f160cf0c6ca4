import type Phaser from 'phaser';
import { drawHatch } from './hatch';
import type { Rect } from './layout';
import type { MeterModel } from './model';
import type { Palette } from './palette';

/**
 * The fixed marks on a gauge, drawn once over the fill: hatched warning zones (from the end of the
 * scale to the warning threshold) and a solid fail line that stands out above and below the track.
 * Hatching rather than colour, so the zones read the same for everyone.
 */
export function drawTrackMarks(
  g: Phaser.GameObjects.Graphics,
  p: Palette,
  meter: MeterModel,
  track: Rect,
): void {
  const span = meter.max - meter.min;
  // Where a value sits on the track, clamped to its ends.
  const at = (v: number) =>
    track.x + track.w * Math.min(1, Math.max(0, span > 0 ? (v - meter.min) / span : 0));
  const spacing = Math.max(5, track.h * 0.55);
  const lw = Math.max(1, track.h * 0.12);
  if (meter.lowWarn !== null) {
    const x1 = at(meter.lowWarn);
    drawHatch(g, { x: track.x, y: track.y, w: x1 - track.x, h: track.h }, spacing, lw, p.hatch, p.hatchAlpha);
    zoneEdge(g, p, x1, track);
  }
  if (meter.highWarn !== null) {
    const x0 = at(meter.highWarn);
    drawHatch(
      g,
      { x: x0, y: track.y, w: track.x + track.w - x0, h: track.h },
      spacing,
      lw,
      p.hatch,
      p.hatchAlpha,
    );
    zoneEdge(g, p, x0, track);
  }
  g.lineStyle(p.highContrast ? 2.5 : 1.5, p.highContrast ? p.structure : p.panelLine, 1);
  g.strokeRect(track.x, track.y, track.w, track.h);
  for (const fail of [meter.lowFail, meter.highFail]) {
    if (fail === null) continue;
    const x = Math.round(at(fail));
    const over = Math.max(3, track.h * 0.35);
    g.fillStyle(p.failLine, 1);
    g.fillRect(
      x - Math.max(1.5, track.h * 0.1),
      track.y - over,
      Math.max(3, track.h * 0.2),
      track.h + over * 2,
    );
  }
}

/** A thin dashed tick where a warning zone begins, so its edge is visible even over an empty track. */
function zoneEdge(g: Phaser.GameObjects.Graphics, p: Palette, x: number, track: Rect): void {
  g.lineStyle(Math.max(1, track.h * 0.08), p.hatch, Math.min(1, p.hatchAlpha + 0.2));
  g.lineBetween(x, track.y, x, track.y + track.h);
}
