import type { CompiledScenario, EvalContext } from '../compile/types';
import type { RunState } from '../run/types';
import { presentCard, presentChoices } from './card';
import { presentEnding } from './ending';
import { actionCount, lastChangeEntry } from './log';
import { cueOf, meterChanges, presentMeters } from './meters';
import { presentNegotiation } from './negotiation';
import { presentNotices } from './notices';
import { presentOutcome } from './outcome';
import type { PresentedView, SoundCue } from './types';

export type * from './types';

/**
 * Everything one screen of this run shows, computed once per step: the store keeps it beside the run,
 * and every screen (the overlay, the institute view, later a room's projector and phones) renders parts
 * of it without reading the run or looking an id up again. Pure: the same run gives an equal view.
 */
export function present(scenario: CompiledScenario, run: RunState): PresentedView {
  const source = scenario.source;
  const turn = Math.min(run.turn, scenario.turns);
  const ctx: EvalContext = { run, terms: null, appeal: 0, failed: null };
  const last = lastChangeEntry(run);
  const outcome = presentOutcome(scenario, run);
  return {
    scenario: { id: source.id, version: source.version, title: source.title, disclaimer: source.disclaimer },
    phase: run.phase.kind,
    step: actionCount(run),
    decisions: run.decisions,
    calendar: { turn, turns: scenario.turns, label: source.calendar.labels[turn - 1] ?? {} },
    meters: presentMeters(scenario, run),
    doors: source.doors.map((door, i) => ({
      id: door.id,
      kind: door.kind,
      label: door.label,
      open: scenario.doors[i]?.open(ctx) ?? false,
    })),
    card: presentCard(scenario, run),
    notices: presentNotices(scenario, run),
    choices: presentChoices(scenario, run),
    negotiation: presentNegotiation(scenario, run),
    outcome,
    ending: presentEnding(scenario, run),
    // Said after a decision: what it changed. A card's own arrival is read out by moving focus to it.
    announcement: outcome === null ? null : { kind: 'changes', changes: outcome.changes },
    sound: soundOf(scenario, last),
    lastChange:
      last === null
        ? { serial: -1, changes: [] }
        : { serial: last.serial, changes: meterChanges(scenario, last.entry.before, last.entry.after) },
  };
}

/** The cue of the run's latest meter change; a screen plays each serial once (see ui/sound.ts). */
function soundOf(scenario: CompiledScenario, last: ReturnType<typeof lastChangeEntry>): SoundCue | null {
  if (last === null) return null;
  const cue = cueOf(scenario, last.entry.before, last.entry.after);
  return cue === null ? null : { cue, serial: last.serial };
}
