import type { CompiledScenario, EvalContext } from '../compile/types';
import type { Scenario } from '../format/scenario';
import { isAvailable } from '../run/choices';
import type { RunState } from '../run/types';
import { meterRefs } from './meters';
import type { CardView, CharacterView, ChoiceView } from './types';

export function characterView(source: Scenario, id: string | undefined): CharacterView | null {
  if (id === undefined) return null;
  const character = source.characters.find((c) => c.id === id);
  return character ? { id: character.id, name: character.name, role: character.role } : null;
}

/** The card on screen while choosing, negotiating or reading its outcome; null once the run ended. */
export function presentCard(scenario: CompiledScenario, run: RunState): CardView | null {
  const phase = run.phase;
  if (phase.kind === 'ended') return null;
  const event = scenario.events[phase.event];
  if (event === undefined) return null;
  const source = event.source;
  return {
    event: event.id,
    title: source.title,
    text: source.text,
    prompt: source.prompt ?? null,
    speaker: characterView(scenario.source, source.speaker ?? source.negotiation?.partner),
    arrival: phase.kind === 'outcome' ? arrivalOf(run, phase.event) : phase.source,
  };
}

/** The outcome phase no longer carries how its card arrived: the log's newest "shown" entry for it does. */
function arrivalOf(run: RunState, event: number): CardView['arrival'] {
  for (let node = run.log; node !== null; node = node.prev) {
    if (node.entry.kind === 'shown' && node.entry.event === event) return node.entry.source;
  }
  return 'deck';
}

/** The choices as the player sees them: hidden ones left out, locked ones with their reason, numbered. */
export function presentChoices(scenario: CompiledScenario, run: RunState): ChoiceView[] {
  if (run.phase.kind !== 'choosing') return [];
  const ctx: EvalContext = { run, terms: null, appeal: 0, failed: null };
  const views: ChoiceView[] = [];
  for (const choice of scenario.events[run.phase.event]?.choices ?? []) {
    const available = isAvailable(choice, ctx);
    if (!available && !choice.showLocked) continue;
    views.push({
      id: choice.id,
      number: views.length + 1,
      text: choice.source.text,
      locked: !available,
      lockedReason: available ? null : (choice.source.lockedReason ?? null),
      moves: meterRefs(scenario, choice.outcome.meterIndexes),
    });
  }
  return views;
}
