/**
 * Where each part of the institute view goes, computed from the parent's size alone. Pure, so it can be
 * tested without a browser. All numbers are CSS pixels: the scene's camera zooms by devicePixelRatio.
 *
 * Two arrangements: "stack" for the usual projector half-screen (about square) and phones (header with
 * calendar and speaker, the building, then the meters), and "side" for wide stages (building left,
 * everything else in a column on the right).
 */
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface InstituteLayout {
  readonly mode: 'stack' | 'side';
  /** Phone-sized: smaller type, single-line labels, fewer decorations. */
  readonly compact: boolean;
  /** Base type size; everything else scales from it. */
  readonly fs: number;
  readonly pad: number;
  readonly calendar: Rect;
  readonly speaker: Rect;
  readonly building: Rect;
  readonly meters: Rect;
  readonly meterRowH: number;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Smallest base type size: below this a projected label stops being readable. */
export const MIN_FS = 12;
/** Largest: beyond it the view only wastes space (1080p projector half). */
export const MAX_FS = 28;

export function computeLayout(width: number, height: number, meterCount: number): InstituteLayout {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  const rows = Math.max(1, meterCount);
  if (w / h >= 1.45) return sideLayout(w, h, rows);
  const fs = clamp(Math.min(w / 34, h / 34), MIN_FS, MAX_FS);
  const compact = fs < 15;
  const pad = Math.round(clamp(fs * 0.6, 6, 18));
  const headerH = Math.round(compact ? fs * 3.4 : fs * 4.4);
  const meterRowH = Math.round(compact ? fs * 1.8 : fs * 2.05);
  const metersH = rows * meterRowH + pad;
  const innerW = w - 2 * pad;
  const calendarW = Math.round(innerW * (compact ? 0.4 : 0.38));
  const buildingY = pad + headerH + pad;
  const metersY = h - pad - metersH;
  return {
    mode: 'stack',
    compact,
    fs,
    pad,
    calendar: { x: pad, y: pad, w: calendarW, h: headerH },
    speaker: { x: pad * 2 + calendarW, y: pad, w: innerW - calendarW - pad, h: headerH },
    building: { x: pad, y: buildingY, w: innerW, h: Math.max(fs * 4, metersY - pad - buildingY) },
    meters: { x: pad, y: metersY, w: innerW, h: metersH },
    meterRowH,
  };
}

function sideLayout(w: number, h: number, rows: number): InstituteLayout {
  const fs = clamp(Math.min(w / 52, h / 30), MIN_FS, MAX_FS);
  const compact = fs < 15;
  const pad = Math.round(clamp(fs * 0.6, 6, 18));
  const buildingW = Math.round((w - 3 * pad) * 0.55);
  const colX = pad * 2 + buildingW;
  const colW = w - colX - pad;
  const calendarH = Math.round(fs * 3.2);
  const speakerH = Math.round(fs * 4.4);
  const metersY = pad + calendarH + pad + speakerH + pad;
  const meterRowH = Math.round(clamp((h - metersY - 2 * pad) / rows, fs * 1.7, fs * 2.3));
  return {
    mode: 'side',
    compact,
    fs,
    pad,
    calendar: { x: colX, y: pad, w: colW, h: calendarH },
    speaker: { x: colX, y: pad + calendarH + pad, w: colW, h: speakerH },
    building: { x: pad, y: pad, w: buildingW, h: h - 2 * pad },
    meters: { x: colX, y: metersY, w: colW, h: rows * meterRowH + pad },
    meterRowH,
  };
}

export interface RoomGrid {
  readonly cols: number;
  readonly rows: number;
}

/**
 * How many storeys and rooms per storey: the arrangement whose rooms come closest to a 3:2 shape
 * (wide enough for a door and props), preferring fewer empty cells on a tie.
 */
export function roomGrid(count: number, width: number, height: number): RoomGrid {
  const n = Math.max(1, count);
  let best: RoomGrid = { cols: n, rows: 1 };
  let bestScore = Number.POSITIVE_INFINITY;
  for (let rows = 1; rows <= Math.min(4, n); rows++) {
    const cols = Math.ceil(n / rows);
    // A storey with no room at all would float empty over the others.
    if ((rows - 1) * cols >= n) continue;
    const aspect = width / cols / (height / rows);
    const empty = cols * rows - n;
    const score = Math.abs(Math.log(aspect / 1.5)) + empty * 0.08;
    if (score < bestScore) {
      bestScore = score;
      best = { cols, rows };
    }
  }
  return best;
}
