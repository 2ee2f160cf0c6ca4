import type { CompiledScenario } from '../../src/engine/compile/types';
import { logEntries } from '../../src/engine/debrief';
import { mixSeed, RandomStream } from '../../src/engine/rng';
import { start, step } from '../../src/engine/run/step';
import type { RunState } from '../../src/engine/run/types';
import { policyByName } from '../../src/engine/simulate/policies';

/**
 * How long a run takes a self-paced player, as issue 8 measures it: English words read ÷ 200 a minute,
 * plus one minute per decision. "Read" is what the screens show during play: each card's title, text
 * and options (a negotiation's clause labels and options), the chosen option's feedback, the notes of
 * consequences that land, and the ending. Debrief notes and expert lines are read after the run.
 */
const WORDS_PER_MINUTE = 200;

const words = (text: string | undefined): number => (text ? text.split(/\s+/).filter(Boolean).length : 0);

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

/** The minutes of the median run among `runs` random runs from `seed` (the story log kept, so step by step). */
export function measuredMinutes(scenario: CompiledScenario, runs: number, seed: number): number {
  const random = policyByName('random');
  const minutes: number[] = [];
  for (let k = 0; k < runs; k++) {
    const runSeed = (seed + k) >>> 0;
    const stream = new RandomStream(mixSeed(runSeed, 1));
    let run = start(scenario, runSeed);
    while (run.phase.kind !== 'ended') run = step(scenario, run, random.decide(scenario, run, stream));
    minutes.push(minutesOfRun(scenario, run));
  }
  minutes.sort((a, b) => a - b);
  return minutes[Math.floor(minutes.length / 2)] as number;
}
