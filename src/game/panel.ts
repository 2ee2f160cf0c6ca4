import type Phaser from 'phaser';
import type { Rect } from './layout';
import type { Palette } from './palette';

/** The rounded card behind the calendar, the speaker and the meters: one look for all three. */
export function drawPanel(
  g: Phaser.GameObjects.Graphics,
  palette: Palette,
  rect: Rect,
  radius: number,
): void {
  g.fillStyle(palette.panel, 1);
  g.fillRoundedRect(rect.x, rect.y, rect.w, rect.h, radius);
  g.lineStyle(palette.line, palette.panelLine, 1);
  g.strokeRoundedRect(rect.x, rect.y, rect.w, rect.h, radius);
}
