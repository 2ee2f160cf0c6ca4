import { expect, test } from 'vitest';
import { RateLimiter } from '../../src/server/rate-limit';

test('a bucket spends its burst, then refills at its rate, per key', () => {
  let now = 0;
  const limiter = new RateLimiter(3, 1, () => now);
  expect([1, 2, 3, 4].map(() => limiter.take('a'))).toEqual([true, true, true, false]);
  expect(limiter.take('b')).toBe(true);
  now += 1_000;
  expect(limiter.allows('a')).toBe(true);
  expect(limiter.take('a')).toBe(true);
  expect(limiter.take('a')).toBe(false);
  now += 60_000;
  expect([1, 2, 3, 4].map(() => limiter.take('a'))).toEqual([true, true, true, false]);
});
