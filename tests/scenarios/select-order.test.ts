import { readdirSync } from 'node:fs';
import { expect, it } from 'vitest';
import { byStem } from '../../src/build/scenario-plugin';

it('lists a cut of a scenario right after the scenario it cuts, on the select screen', () => {
  expect(['b.json', 'a-workshop.json', 'a.json'].sort(byStem)).toEqual([
    'a.json',
    'a-workshop.json',
    'b.json',
  ]);
  const shipped = readdirSync('scenarios')
    .filter((name) => name.endsWith('.json'))
    .sort(byStem);
  const flagship = shipped.indexOf('after-the-summit.json');
  expect(flagship).toBeGreaterThanOrEqual(0);
  expect(shipped[flagship + 1]).toBe('after-the-summit-workshop.json');
});
