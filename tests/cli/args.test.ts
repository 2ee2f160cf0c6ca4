import { describe, expect, it } from 'vitest';
import { intOption, parseArgs } from '../../src/cli/args';

const spec = { valued: ['seed', 'runs'], flags: ['json'] };

describe('parseArgs', () => {
  it('reads values, flags and files, and passes a bare -- through', () => {
    const args = parseArgs(['--', 'a.json', '--seed', '7', '--json'], spec);
    expect(args.positional).toEqual(['a.json']);
    expect([...args.options]).toEqual([
      ['seed', '7'],
      ['json', true],
    ]);
    expect(args.problems).toEqual([]);
  });

  it('reports a valued option without its value instead of reading it as 0', () => {
    expect(parseArgs(['a.json', '--seed'], spec).problems).toEqual(['--seed needs a value']);
    const followed = parseArgs(['--seed', '--json'], spec);
    expect(followed.problems).toEqual(['--seed needs a value']);
    expect(followed.options.get('json')).toBe(true);
  });

  it('reports an unknown option instead of ignoring it', () => {
    expect(parseArgs(['--run', '5'], spec).problems).toEqual(['unknown option --run']);
  });
});

describe('intOption', () => {
  it('refuses an empty or blank value', () => {
    const args = { positional: [], options: new Map([['seed', ' ']]), problems: [] };
    expect(intOption(args, 'seed', 1, 0, 9)).toMatch(/--seed needs a whole number/);
  });
});
