import type { CompiledScenario } from '../engine/compile/types';
import type { Locale } from '../engine/locales';
import type { RunState } from '../engine/run/types';
import { doorStates, meterViews } from '../engine/view';

/**
 * Everything the Phaser institute view draws, as plain data derived from the store. The view holds
 * no game rules and never reads the run itself: the overlay computes this and hands it over.
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

const finite = (n: number): number | null => (Number.isFinite(n) ? n : null);

export function deriveInstituteModel(
  scenario: CompiledScenario,
  run: RunState | null,
  display: { locale: Locale; reducedMotion: boolean; highContrast: boolean },
  change: { lastChange: Readonly<Record<string, number>>; changeSerial: number },
): InstituteModel {
  const text = (t: { ko?: string | undefined; en?: string | undefined }) =>
    t[display.locale] ?? t.en ?? t.ko ?? '';
  const values = run ? meterViews(scenario, run) : null;
  const open = run ? doorStates(scenario, run) : null;
  const source = scenario.source;
  const event = run && run.phase.kind !== 'ended' ? scenario.events[run.phase.event]?.source : undefined;
  const speaker = source.characters.find((c) => c.id === (event?.speaker ?? event?.negotiation?.partner));
  return {
    ...display,
    meters: scenario.meters.map((m, i) => ({
      id: m.id,
      label: text(m.source.label),
      value: values?.[i]?.value ?? m.start,
      min: m.min,
      max: m.max,
      good: m.good,
      danger: values?.[i]?.danger ?? null,
      lowWarn: finite(m.lowWarn),
      highWarn: finite(m.highWarn),
      lowFail: finite(m.lowFail),
      highFail: finite(m.highFail),
    })),
    doors: source.doors.map((d, i) => ({
      id: d.id,
      kind: d.kind,
      label: text(d.label),
      open: open?.[i]?.open ?? false,
    })),
    calendar: run
      ? {
          label: text(source.calendar.labels[Math.min(run.turn, scenario.turns) - 1] ?? { en: '' }),
          turn: Math.min(run.turn, scenario.turns),
          turns: scenario.turns,
        }
      : null,
    speaker: speaker ? { id: speaker.id, name: text(speaker.name), role: text(speaker.role) } : null,
    ...change,
  };
}
