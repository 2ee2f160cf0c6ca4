import { useEffect, useState } from 'preact/hooks';

/**
 * `value` as it was when its changes last paused for `delayMs`: for what the editor derives from the
 * whole draft but need not follow each keystroke (the draft's name, its file name), so a keystroke in a
 * flagship does not parse the whole text once more.
 */
export function usePausedValue<T>(value: T, delayMs: number): T {
  const [paused, setPaused] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setPaused(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return paused;
}
