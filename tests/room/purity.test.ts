import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

// The type check (src/room/tsconfig.json) keeps Node and the DOM out; what the language itself offers
// (a clock, randomness) is held out here: the server passes time, tokens, codes and seeds in.
const IMPURE = /\bDate\.now\b|\bnew Date\b|\bperformance\.now\b|\bMath\.random\b|\bcrypto\b/;

test('the room rules read no clock and draw no randomness', () => {
  const files = readdirSync('src/room').filter((name) => name.endsWith('.ts'));
  expect(files.length).toBeGreaterThan(5);
  const impure = files.filter((name) => IMPURE.test(readFileSync(path.join('src/room', name), 'utf8')));
  expect(impure).toEqual([]);
});
