import type { RunResult } from './result-schema';

/**
 * What makes two results the same run: the scenario (id and version), the seed and the moves. Nothing
 * else: the same run handed in as a file and as a code, re-encoded with another duration, a team name
 * with a trailing space, unknown times or another class code is still one run, and counts once.
 */
export function runIdentity(result: RunResult): string {
  const { scenario, seed, actions } = result.save;
  return JSON.stringify([scenario.id, scenario.version, seed, actions]);
}
