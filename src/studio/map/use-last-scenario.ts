import { useRef } from 'preact/hooks';
import type { Scenario } from '../../engine';
import type { LiveCheck } from '../use-live-check';

/**
 * The last scenario the live check loaded: the map keeps drawing it while the draft has an error (the
 * checker gives no scenario then), so a typo does not blank the map the author is working from.
 */
export function useLastScenario(check: LiveCheck): Scenario | null {
  const last = useRef<Scenario | null>(null);
  if (check.kind === 'checked' && check.result.scenario !== undefined) last.current = check.result.scenario;
  return last.current;
}
