import type { CompiledScenario } from '../compile/types';
import { logEntries } from '../debrief';
import { mixSeed } from '../rng';
import type { RunState } from '../run/types';
import { playRun } from './play';
import { policyByName } from './policies';

/**
 * How long a scenario takes a self-paced player, as issue 8 measures it: the English words read in the
 * median random run ÷ 200 a minute, plus one minute per decision of that run. "Read" is what the
 * screens show during play: each card's title, text and options (a negotiation's clause labels and
 * options), the chosen option's feedback, the notes of consequences that land, and the ending. Debrief
 * notes and expert lines are read after the run, with the class, and are not counted.
 */
export const WORDS_PER_MINUTE = 200;
/** A stated `minutes` further than this share from the measure is flagged (LD502) and fails for a shipped file. */
export const MINUTES_TOLERANCE = 0.2;
/** Random runs behind the measure: its median settles well before this. */
export const MINUTES_RUNS = 1000;

const words = (text: string | undefined): number => {
  if (!text) return 0;
  let count = 0;
  for (const part of text.split(/\s+/)) if (part !== '') count++;
  return count;
};

/** Minutes of one finished run (it must have been played with its story log: `record` not false). */
export function minutesOfRun(scenario: CompiledScenario, run: RunState): number {
  const source = scenario.source;
  let read = 0;
  for (const entry of logEntries(run)) {
    if (entry.kind === 'shown') {
      const event = source.events[entry.event];
      read += words(event?.title.en) + words(event?.text.en);
      for (const choice of event?.choices ?? []) read += words(choice.text.en);
      for (const clause of event?.negotiation?.clauses ?? []) {
        read += words(clause.label.en);
        for (const option of clause.options) read += words(option.text.en);
      }
    } else if (entry.kind === 'choice') {
      read += words(source.events[entry.event]?.choices?.[entry.choice]?.feedback?.en);
    } else if (entry.kind === 'consequence' && entry.result === 'fired') {
      read += words(scenario.schedules.get(entry.ref)?.note?.en);
    }
  }
  if (run.phase.kind === 'ended') {
    const ending = source.endings[run.phase.ending];
    read += words(ending?.title.en) + words(ending?.text.en) + words(ending?.why.en);
  }
  return read / WORDS_PER_MINUTE + run.decisions;
}

/**
 * The measured minutes: those of the median run among `runs` random runs from `seed` (the same run
 * seeds as `simulate`), and whether a stated figure is within the tolerance of it after rounding.
 */
export function measureMinutes(
  scenario: CompiledScenario,
  seed: number,
  runs = MINUTES_RUNS,
): { readonly measured: number; readonly rounded: number } {
  const random = policyByName('random');
  const minutes: number[] = [];
  for (let i = 0; i < runs; i++) {
    minutes.push(minutesOfRun(scenario, playRun(scenario, mixSeed(seed, i + 2), random).run));
  }
  minutes.sort((a, b) => a - b);
  const measured = minutes[Math.floor(minutes.length / 2)] as number;
  return { measured, rounded: Math.round(measured) };
}

/** Whether a scenario's stated minutes are within the tolerance of the rounded measure. */
export function minutesHold(stated: number, rounded: number): boolean {
  return Math.abs(stated - rounded) <= rounded * MINUTES_TOLERANCE;
}
