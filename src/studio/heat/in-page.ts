import { type HeatOptions, type HeatProgress, type HeatResult, playHeat } from './heat-job';
import { HeatCancelled, ScenarioProblems } from './problems';

/** The page gets a turn at least this often (ms) while it plays the heat itself. */
const TURN_MS = 40;

/**
 * Plays the heat on the page, for the offline file that may start no worker: slice after slice, giving
 * the page a turn (input, drawing the progress) every few hundredths of a second, and stopping between
 * slices once `stopped()` says so.
 */
export async function playInPage(
  text: string,
  options: HeatOptions,
  onProgress: (progress: HeatProgress) => void,
  stopped: () => boolean,
): Promise<HeatResult> {
  const job = playHeat(text, options);
  let turn = performance.now();
  for (let step = job.next(); ; step = job.next()) {
    if (step.done) {
      if (step.value.kind === 'problems') throw new ScenarioProblems(step.value.diagnostics);
      return step.value.result;
    }
    if (performance.now() - turn < TURN_MS) continue;
    onProgress(step.value);
    await new Promise((resolve) => setTimeout(resolve, 0));
    turn = performance.now();
    if (stopped()) throw new HeatCancelled();
  }
}
