import type Scorm12APIType from 'scorm-again/scorm12';
import * as scorm12 from 'scorm-again/scorm12';
import { describe, expect, it } from 'vitest';
import type { CompiledScenario } from '../../src/engine/compile/types';
import { startScorm } from '../../src/lms/scorm-adapter';
import { decodeSuspendData, SUSPEND_DATA_LIMIT } from '../../src/lms/suspend-data';
import { createGameStore, type GameState } from '../../src/store/game';
import { MemoryStorage } from '../../src/store/slot';
import { playStore } from './play-store';
import { shippedScenarios } from './shipped';

// The package's types declare a default export; its ES module has a named one.
const { Scorm12API } = scorm12 as unknown as { Scorm12API: typeof Scorm12APIType };
type Scorm12API = Scorm12APIType;
const scenarios = shippedScenarios();
const catalog = { get: (id: string) => scenarios.get(id) };
const SAMPLE = 'sample-visiting-lab';

/** A window holding the LMS's API, whose unload listeners a test can fire. */
function lmsWindow(api: unknown) {
  const listeners: (() => void)[] = [];
  return {
    win: {
      API: api,
      addEventListener: (_type: string, listener: () => void) => {
        listeners.push(listener);
      },
    },
    unload: () => {
      for (const listener of listeners) listener();
    },
  };
}

function launch(api: Scorm12API, storage = new MemoryStorage()) {
  const lms = lmsWindow(api);
  let clock = 1_764_300_000_000;
  const now = () => (clock += 1000);
  const session = startScorm({ win: lms.win, storage, now });
  const game = createGameStore({ catalog, storage, now, newSeed: () => 7 });
  if (session !== null) session.attach(game);
  return { session, game, unload: lms.unload, storage };
}

/** What the LMS holds (scorm-again's CMI as JSON). */
function cmiOf(api: Scorm12API) {
  return JSON.parse(JSON.stringify(api.cmi)) as {
    core: Record<string, string> & { score: Record<string, string> };
    suspend_data: string;
    interactions: Record<string, Record<string, unknown>>;
  };
}

const interactionsOf = (api: Scorm12API) => Object.values(cmiOf(api).interactions);

describe('the SCORM 1.2 adapter', () => {
  it('is absent outside an LMS', () => {
    expect(
      startScorm({ win: { addEventListener: () => undefined }, storage: new MemoryStorage(), now: Date.now }),
    ).toBeNull();
  });

  it('reports progress, decisions, suspend data and, at the end, score and status', () => {
    const api = new Scorm12API({ logLevel: 5 });
    const { game, unload } = launch(api);
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('incomplete');
    expect(game.getState().begin(SAMPLE)).toBe(true);
    playStore(game, 3);
    const run = game.getState().run as NonNullable<GameState['run']>;
    const cmi = cmiOf(api);
    expect(interactionsOf(api)).toHaveLength(3);
    const [first] = interactionsOf(api);
    expect(first?.id).toMatch(/^d1_/);
    expect(first?.type).toBe('choice');
    expect(JSON.stringify(first?.objectives)).toMatch(/"id":"[a-z-]+"/);
    expect(cmi.core.lesson_status).toBe('incomplete');
    expect(cmi.core.exit).toBe('suspend');
    expect(cmi.core.lesson_location).toMatch(new RegExp(`^${SAMPLE}/3/`));
    expect(cmi.suspend_data.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    const kept = decodeSuspendData(cmi.suspend_data);
    expect(kept?.run.scenario.id).toBe(SAMPLE);
    expect(kept?.run.seed).toBe(run.seed);

    playStore(game);
    const ended = game.getState().run as NonNullable<GameState['run']>;
    expect(ended.phase.kind).toBe('ended');
    const scenario = scenarios.get(SAMPLE) as CompiledScenario;
    const endingId = ended.phase.kind === 'ended' ? scenario.endings[ended.phase.ending]?.id : '';
    const score = scenario.source.rubric?.endings[endingId ?? ''] as number;
    const done = cmiOf(api);
    expect(Number(done.core.score.raw)).toBe(score);
    expect(done.core.score.min).toBe('0');
    expect(done.core.score.max).toBe('100');
    expect(done.core.lesson_status).toBe(
      score >= (scenario.source.rubric?.passingScore ?? 0) ? 'passed' : 'failed',
    );
    expect(done.core.exit).toBe('');
    expect(interactionsOf(api)).toHaveLength(ended.decisions);
    unload();
    unload();
    expect(api.isTerminated()).toBe(true);
    expect(cmiOf(api).core.session_time).toMatch(/^\d{2,4}:\d{2}:\d{2}/);
  });

  it('resumes a run from suspend data in a new session, on a browser without the save', () => {
    const first = new Scorm12API({ logLevel: 5 });
    const one = launch(first);
    one.game.getState().begin(SAMPLE);
    playStore(one.game, 4);
    const before = one.game.getState().run as NonNullable<GameState['run']>;
    one.unload();
    const kept = cmiOf(first);

    const second = new Scorm12API({ logLevel: 5 });
    second.loadFromJSON(
      {
        core: {
          entry: 'resume',
          lesson_status: kept.core.lesson_status,
          lesson_location: kept.core.lesson_location,
        },
        suspend_data: kept.suspend_data,
      },
      '',
    );
    // A different browser: nothing in local storage.
    const two = launch(second, new MemoryStorage());
    expect(two.session?.resumable).toBe(true);
    expect(two.game.getState().canResume).toBe(true);
    expect(two.game.getState().savedScenarioId()).toBe(SAMPLE);
    expect(two.game.getState().resume()).toBe(true);
    const after = two.game.getState().run as NonNullable<GameState['run']>;
    expect(after.phase).toEqual(before.phase);
    expect(after.meters).toEqual(before.meters);
    expect(after.decisions).toBe(4);
    // Resuming reports no decision again; the next one is numbered on.
    playStore(two.game, 1);
    expect(interactionsOf(second).map((i) => i.id)).toEqual([expect.stringMatching(/^d5_/)]);
  });

  it('ignores suspend data that is not a save and starts clean', () => {
    const api = new Scorm12API({ logLevel: 5 });
    api.loadFromJSON({ core: { entry: 'resume' }, suspend_data: 'LD1[garbage' }, '');
    const { session, game } = launch(api);
    expect(session?.resumable).toBe(false);
    expect(game.getState().canResume).toBe(false);
  });
});

describe('an LMS whose API misbehaves', () => {
  it('does not stop the game', () => {
    let calls = 0;
    const api = {
      LMSInitialize: () => 'true',
      LMSFinish: () => {
        throw new Error('boom');
      },
      LMSGetValue: () => '',
      LMSSetValue: () => {
        calls += 1;
        if (calls > 3) throw new Error('boom');
        return 'true';
      },
      LMSCommit: () => 'true',
      LMSGetLastError: () => '101',
    };
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const { game, unload } = launch(api as unknown as Scorm12API);
      expect(game.getState().begin(SAMPLE)).toBe(true);
      playStore(game, 2);
      expect(game.getState().run?.decisions).toBe(2);
      expect(() => unload()).not.toThrow();
    } finally {
      console.warn = warn;
    }
  });
});
