import { describe, expect, it } from 'vitest';
import { tallyVotes } from '../../src/classroom/votes';

describe('tallyVotes', () => {
  const allowed = ['a', 'b', 'c'];
  it('names the choice with the most votes', () => {
    expect(tallyVotes({ a: 1, b: 4, c: 2 }, allowed)).toEqual({ kind: 'winner', choice: 'b' });
  });
  it('reports a tie among the leaders, in choice order', () => {
    expect(tallyVotes({ c: 3, a: 3, b: 1 }, allowed)).toEqual({ kind: 'tie', tied: ['a', 'c'] });
  });
  it('ignores votes for choices not on offer and counts that are not whole and positive', () => {
    expect(tallyVotes({ z: 9, a: -2, b: 1.5 }, allowed)).toEqual({ kind: 'no-votes' });
    expect(tallyVotes({ z: 9, c: 1 }, allowed)).toEqual({ kind: 'winner', choice: 'c' });
  });
});
