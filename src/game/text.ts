import type Phaser from 'phaser';
import type { ViewContext } from './context';
import { css } from './palette';

/** The page loads Pretendard (it has Hangul); sans-serif keeps the view usable if it did not. */
const FONT_FAMILY = '"Pretendard Variable", Pretendard, sans-serif';
/** Tall Hangul and Latin descenders, so Phaser measures a line high enough for both scripts. */
const TEST_STRING = '|MÃ‰qgy한글';

export interface TextOptions {
  readonly size: number;
  readonly color: number;
  readonly weight?: 400 | 500 | 600 | 700 | 800;
  readonly align?: 'left' | 'center' | 'right';
  /** Wrap width in CSS px; lines beyond `maxLines` are shrunk, then cut with an ellipsis. */
  readonly width?: number;
  readonly maxLines?: number;
  /** Smallest size `fitText` may shrink to. */
  readonly minSize?: number;
}

/**
 * A Text whose canvas is rendered at devicePixelRatio: the camera zooms by the same ratio, so one
 * texture pixel lands on one screen pixel and Korean strokes stay sharp on HiDPI screens.
 */
export function addText(
  ctx: ViewContext,
  x: number,
  y: number,
  value: string,
  options: TextOptions,
): Phaser.GameObjects.Text {
  const text = ctx.scene.add.text(x, y, '', {
    fontFamily: FONT_FAMILY,
    fontSize: `${Math.round(options.size)}px`,
    fontStyle: String(options.weight ?? 500),
    color: css(options.color),
    align: options.align ?? 'left',
    resolution: ctx.dpr,
    testString: TEST_STRING,
    ...(options.width ? { wordWrap: { width: options.width, useAdvancedWrap: true } } : {}),
  });
  text.setText(value);
  if (options.width && options.maxLines) {
    fitText(text, value, options.maxLines, options.minSize ?? options.size);
  }
  return text;
}

/**
 * Keep a label within `maxLines`: first shrink the type down to `minSize`, then cut the text and end
 * it with "…". Runs at layout time only, never per frame.
 */
function fitText(text: Phaser.GameObjects.Text, value: string, maxLines: number, minSize: number): void {
  let size = Number.parseFloat(String(text.style.fontSize));
  while (text.getWrappedText(value).length > maxLines && size > minSize) {
    size = Math.max(minSize, size - 1);
    text.setFontSize(size);
  }
  if (text.getWrappedText(value).length <= maxLines) return;
  const chars = Array.from(value);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    const candidate = `${chars.slice(0, mid).join('').trimEnd()}…`;
    if (text.getWrappedText(candidate).length <= maxLines) lo = mid;
    else hi = mid - 1;
  }
  text.setText(`${chars.slice(0, lo).join('').trimEnd()}…`);
}
