import { describe, expect, it } from 'vitest';
import { summarize } from '../../src/classroom/aggregate';
import { resultsCsv } from '../../src/classroom/csv';
import { buildResult, resultJson } from '../../src/classroom/result-build';
import { encodeResultCode, readResultCode } from '../../src/classroom/result-code';
import { readResult } from '../../src/classroom/result-verify';
import { isAvailable } from '../../src/engine/run/choices';
import { createGameStore } from '../../src/store/game';
import { MemoryStorage } from '../../src/store/slot';
import { testScenario } from '../engine/test-scenario';

const scenario = testScenario();
const lookup = (id: string) => (id === scenario.source.id ? scenario : undefined);

/** A facilitated run through the real store: every choice by team vote, negotiations by proposal. */
function facilitatedRun() {
  let clock = Date.UTC(2026, 10, 28, 10, 0, 0);
  const store = createGameStore({
    catalog: { get: lookup },
    storage: new MemoryStorage(),
    now: () => clock,
    newSeed: () => 5,
  });
  const game = () => store.getState();
  game().begin('engine-test', 7, { mode: 'facilitator', classCode: 'ET-7F3Q', team: 'Room 2' });
  for (let n = 0; game().run?.phase.kind !== 'ended'; n++) {
    if (n > 200) throw new Error('the run did not end');
    clock += 60_000;
    const run = game().run;
    if (run === null) throw new Error('no run');
    const phase = run.phase;
    if (phase.kind === 'choosing') {
      const ctx = { run, terms: null, appeal: 0, failed: null };
      const open = (scenario.events[phase.event]?.choices ?? []).filter((c) => isAvailable(c, ctx));
      const [first, second] = open;
      if (first === undefined) throw new Error('no choice');
      // The second choice wins 3–1 where there is one; a lone choice wins 2–0.
      const counts = second ? { [first.id]: 1, [second.id]: 3 } : { [first.id]: 2 };
      expect(game().vote(counts).played).toBe(true);
    } else if (phase.kind === 'negotiating') {
      if (phase.counter !== null) game().acceptCounter();
      else game().propose({ ip: 'joint', review: 'days180' });
    } else game().proceed();
  }
  const { run, session } = game();
  if (run === null || session === null) throw new Error('no run');
  return { run, session };
}

describe('a facilitated run', () => {
  it('keeps its votes, which match the choices played, through a file and a code', async () => {
    const { run, session } = facilitatedRun();
    const result = buildResult(scenario, run, session);
    expect(result.mode).toBe('facilitator');
    expect(result.votes.length).toBeGreaterThan(0);
    for (const vote of result.votes) expect(result.decisions[vote.decision]?.choice).toBe(vote.chosen);
    expect(result.durationSeconds).toBeGreaterThan(0);

    const fromFile = await readResult(resultJson(result), lookup);
    expect(fromFile).toEqual({ ok: true, result });
    const fromCode = await readResultCode(await encodeResultCode(result), lookup);
    expect(fromCode.ok && fromCode.result.votes).toEqual(result.votes);

    const csv = resultsCsv([result]);
    const firstVote = result.votes[0];
    if (firstVote === undefined) throw new Error('no vote');
    const counts = Object.entries(firstVote.counts)
      .map(([c, n]) => `${c}:${n}`)
      .join(' ');
    expect(csv.split('\r\n')[firstVote.decision + 1]).toContain(`,${counts},`);
    expect(summarize([result]).runs).toBe(1);
  });
});
