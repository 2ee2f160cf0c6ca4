import type { CompiledOutcome, CompiledScenario } from './compile/types';
import type { Choice, Event } from './format/scenario';
import { isAvailable } from './run/choices';
import type { RunState } from './run/types';

/** What the player sees of one choice: hidden choices are left out; locked ones carry their reason. */
export interface ChoiceView {
  readonly index: number;
  readonly id: string;
  readonly source: Choice;
  readonly locked: boolean;
  /** Meter ids this choice moves right away (never how, nor delayed consequences). */
  readonly moves: readonly string[];
}

/** The event on screen while choosing, negotiating or reading its outcome; null once the run ended. */
export function currentEvent(scenario: CompiledScenario, run: RunState): Event | null {
  return run.phase.kind === 'ended' ? null : (scenario.events[run.phase.event]?.source ?? null);
}

export function visibleChoices(scenario: CompiledScenario, run: RunState): ChoiceView[] {
  if (run.phase.kind !== 'choosing') return [];
  const ctx = { run, terms: null, appeal: 0, failed: null };
  const views: ChoiceView[] = [];
  for (const choice of scenario.events[run.phase.event]?.choices ?? []) {
    const available = isAvailable(choice, ctx);
    if (!available && !choice.showLocked) continue;
    views.push({
      index: choice.index,
      id: choice.id,
      source: choice.source,
      locked: !available,
      moves: movedMeterIds(scenario, choice.outcome),
    });
  }
  return views;
}

export function movedMeterIds(scenario: CompiledScenario, outcome: CompiledOutcome): string[] {
  return outcome.meterIndexes.map((m) => scenario.meters[m]?.id ?? '');
}

/** Per clause option (clause-major), the meters it moves right away, for the negotiation preview. */
export function clauseOptionMoves(scenario: CompiledScenario, eventIndex: number): string[][][] {
  const negotiation = scenario.events[eventIndex]?.negotiation;
  if (!negotiation) return [];
  return negotiation.clauses.map((clause) => clause.options.map((o) => movedMeterIds(scenario, o.outcome)));
}

export interface MeterView {
  readonly id: string;
  readonly value: number;
  /** The side whose warning zone the meter stands in, or null. */
  readonly danger: 'low' | 'high' | null;
}

export function meterViews(scenario: CompiledScenario, run: RunState): MeterView[] {
  return scenario.meters.map((meter, m) => {
    const value = run.meters[m] as number;
    const danger = value <= meter.lowWarn ? 'low' : value >= meter.highWarn ? 'high' : null;
    return { id: meter.id, value, danger };
  });
}

/** Which of the institute's doors stand open now. */
export function doorStates(scenario: CompiledScenario, run: RunState): { id: string; open: boolean }[] {
  const ctx = { run, terms: null, appeal: 0, failed: null };
  return scenario.doors.map((door) => ({ id: door.id, open: door.open(ctx) }));
}
