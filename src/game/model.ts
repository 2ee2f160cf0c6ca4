import type { Locale, LocalText, PresentedView } from '../engine';

/**
 * Everything the Phaser institute view draws, in the display language: its part of the presented view
 * (see src/engine/present). The view holds no game rules and never reads the run itself.
 */
export interface InstituteModel {
  readonly locale: Locale;
  readonly reducedMotion: boolean;
  readonly highContrast: boolean;
  readonly meters: readonly MeterModel[];
  readonly doors: readonly DoorModel[];
  /** null before a run has started (e.g. behind the title screen). */
  readonly calendar: { readonly label: string; readonly turn: number; readonly turns: number } | null;
  /** The character speaking on the current card, if any. */
  readonly speaker: { readonly id: string; readonly name: string; readonly role: string } | null;
  /** Meter id → change made by the last decision or consequence, for a brief "+10"/"−5" animation. */
  readonly lastChange: Readonly<Record<string, number>>;
  /** Increments with every new change, so the view animates each change once. */
  readonly changeSerial: number;
}

export interface MeterModel {
  readonly id: string;
  readonly label: string;
  readonly value: number;
  readonly min: number;
  readonly max: number;
  /** Which end is desirable: legal risk is good when low. */
  readonly good: 'high' | 'low';
  /** The side whose warning zone the meter stands in now, or null. */
  readonly danger: 'low' | 'high' | null;
  readonly lowWarn: number | null;
  readonly highWarn: number | null;
  readonly lowFail: number | null;
  readonly highFail: number | null;
}

export interface DoorModel {
  readonly id: string;
  readonly kind: 'lab' | 'fab' | 'datacentre' | 'talent' | 'legal' | 'office';
  readonly label: string;
  readonly open: boolean;
}

/** What the overlay mounts: a Phaser game inside `parent`, redrawn whenever `update` is called. */
export interface InstituteHandle {
  update(model: InstituteModel): void;
  destroy(): void;
}

/** The view's text in the display language, falling back to the other one if a translation is missing. */
function text(t: LocalText, locale: Locale): string {
  return t[locale] ?? t.en ?? t.ko ?? '';
}

/** The institute's part of the presented view, in one language, with the display settings. */
export function instituteModel(
  view: PresentedView,
  display: { locale: Locale; reducedMotion: boolean; highContrast: boolean },
): InstituteModel {
  const { locale } = display;
  const speaker = view.card?.speaker ?? null;
  const lastChange: Record<string, number> = {};
  for (const change of view.lastChange.changes) lastChange[change.meter] = change.delta;
  return {
    ...display,
    meters: view.meters.map((meter) => ({
      id: meter.id,
      label: text(meter.label, locale),
      value: meter.value,
      min: meter.min,
      max: meter.max,
      good: meter.good,
      danger: meter.danger,
      lowWarn: meter.lowWarn,
      highWarn: meter.highWarn,
      lowFail: meter.lowFail,
      highFail: meter.highFail,
    })),
    doors: view.doors.map((door) => ({ ...door, label: text(door.label, locale) })),
    calendar: {
      label: text(view.calendar.label, locale),
      turn: view.calendar.turn,
      turns: view.calendar.turns,
    },
    speaker: speaker
      ? { id: speaker.id, name: text(speaker.name, locale), role: text(speaker.role, locale) }
      : null,
    lastChange,
    changeSerial: view.lastChange.serial,
  };
}
