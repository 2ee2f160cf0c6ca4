import type { CompiledScenario } from './compile/types';
import type { LocalText } from './format/text';
import type { LogEntry, LogNode, RunState } from './run/types';

/** Something that happened between the player's last decision and the card now on screen. */
export type Notice =
  | {
      readonly kind: 'consequence';
      /** The note of an effects consequence; event consequences show as the card itself. */
      readonly note: LocalText | null;
      readonly event: string | null;
      readonly changes: Readonly<Record<string, number>>;
      /** The decision (by number) that caused it, and the turn that decision was made in. */
      readonly cause: number;
      readonly causeTurn: number;
    }
  | {
      readonly kind: 'averted';
      readonly event: string | null;
      readonly cause: number;
      readonly causeTurn: number;
    }
  | { readonly kind: 'warning'; readonly meter: string; readonly side: 'low' | 'high' }
  | { readonly kind: 'held'; readonly meter: string; readonly side: 'low' | 'high' };

/** Meter id → change between two snapshots, leaving out meters that did not move. */
export function meterChanges(
  scenario: CompiledScenario,
  before: readonly number[],
  after: readonly number[],
): Record<string, number> {
  const changes: Record<string, number> = {};
  scenario.meters.forEach((meter, m) => {
    const delta = (after[m] as number) - (before[m] as number);
    if (delta !== 0) changes[meter.id] = delta;
  });
  return changes;
}

/**
 * What the player should be told before the current card: consequences that landed or were averted,
 * warnings and held meters, since the last decision (or since the start). Newest last.
 */
export function recentNotices(scenario: CompiledScenario, run: RunState): Notice[] {
  const entries: LogEntry[] = [];
  for (let node: LogNode | null = run.log; node !== null; node = node.prev) {
    const kind = node.entry.kind;
    if (kind === 'choice' || kind === 'agreement' || kind === 'no-deal') break;
    entries.push(node.entry);
  }
  const turns = entries.length === 0 ? [] : decisionTurns(run);
  return entries.reverse().flatMap((entry): Notice[] => {
    if (entry.kind === 'warning' || entry.kind === 'held') {
      return [{ kind: entry.kind, meter: scenario.meters[entry.meter]?.id ?? '', side: entry.side }];
    }
    if (entry.kind !== 'consequence') return [];
    const schedule = scenario.schedules.get(entry.ref);
    const event = schedule && schedule.event >= 0 ? (scenario.events[schedule.event]?.id ?? null) : null;
    const causeTurn = turns[entry.cause] ?? 1;
    if (entry.result === 'averted') return [{ kind: 'averted', event, cause: entry.cause, causeTurn }];
    const note = schedule?.note ?? null;
    return [
      {
        kind: 'consequence',
        note,
        event,
        changes: meterChanges(scenario, entry.before, entry.after),
        cause: entry.cause,
        causeTurn,
      },
    ];
  });
}

/** The turn of each decision, by decision number. */
export function decisionTurns(run: RunState): number[] {
  const turns: number[] = [];
  for (let node: LogNode | null = run.log; node !== null; node = node.prev) {
    const e = node.entry;
    if (e.kind === 'choice' || e.kind === 'agreement' || e.kind === 'no-deal') turns.push(e.turn);
  }
  return turns.reverse();
}
