import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readVoteFields, tallyVotes } from '../../src/classroom/votes';
import { compile } from '../../src/engine/compile';
import { loadScenario } from '../../src/engine/load';
import { start, step } from '../../src/engine/run/step';
import { scoreRun } from '../../src/lms/score';

/**
 * Ids that a plain object answers from its prototype: an author may pick them, and every lookup by
 * author id must treat them as the ordinary strings they are.
 */
const minimal = readFileSync(new URL('../fixtures/minimal.json', import.meta.url), 'utf8');
const hostile = minimal
  .replace('"id": "show"', '"id": "constructor"')
  .replace('"id": "decline"', '"id": "toString"')
  .replace('"id": "trusted"', '"id": "valueOf"')
  .replace('"id": "strained"', '"id": "constructor"');

function withRubric(endings: Record<string, number>): string {
  return hostile.replace(
    '"format": 1,',
    `"format": 1, "rubric": ${JSON.stringify({ endings, passingScore: 50 })},`,
  );
}

describe('author ids named like Object.prototype members', () => {
  it('load cleanly and play to an ending', () => {
    const { scenario, diagnostics } = loadScenario('x.json', hostile);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const compiled = compile(scenario as NonNullable<typeof scenario>);
    let run = start(compiled, 1);
    for (let guard = 0; run.phase.kind !== 'ended' && guard < 100; guard++) {
      run = step(
        compiled,
        run,
        run.phase.kind === 'outcome' ? { type: 'continue' } : { type: 'choose', choice: 0 },
      );
    }
    expect(run.phase.kind).toBe('ended');
  });

  it('the rubric check sees that "constructor" has no score', () => {
    const { diagnostics } = loadScenario('x.json', withRubric({ valueOf: 100 }));
    const unscored = diagnostics.find((d) => d.code === 'LD332');
    expect(unscored?.message).toContain('constructor');
  });

  it('an LMS score falls back to the tone, never NaN, for an unscored "constructor" ending', () => {
    const { scenario } = loadScenario('x.json', withRubric({ valueOf: 100 }));
    const compiled = compile(scenario as NonNullable<typeof scenario>);
    const ending = compiled.index.ending.get('constructor') as number;
    const ended = {
      ...start(compiled, 1),
      phase: { kind: 'ended', ending, cause: { kind: 'term-complete' } },
    } as const;
    const score = scoreRun(compiled, ended);
    expect(score?.raw).toBe(60);
    expect(score?.status).toBe('passed');
  });

  it('votes count nothing for a choice nobody voted for, even named "constructor"', () => {
    expect(tallyVotes({}, ['constructor', 'toString'])).toEqual({ kind: 'no-votes' });
    expect(tallyVotes({ toString: 2 }, ['constructor', 'toString'])).toEqual({
      kind: 'winner',
      choice: 'toString',
    });
    expect(readVoteFields({ toString: '3' }, ['constructor', 'toString', 'valueOf'])).toEqual({
      constructor: 0,
      toString: 3,
      valueOf: 0,
    });
  });
});
