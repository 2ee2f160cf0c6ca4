import { playHeat } from './heat-job';
import type { HeatReply, HeatRequest } from './protocol';

/**
 * The studio's heat worker (a module Web Worker): plays the heat with the engine and posts its progress
 * and result, so the page stays responsive while it runs. Stopping it is terminating it.
 */
interface WorkerScope {
  onmessage: ((event: MessageEvent<HeatRequest>) => void) | null;
  postMessage(reply: HeatReply): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const { id, text, options } = event.data;
  try {
    const job = playHeat(text, options);
    for (let step = job.next(); ; step = job.next()) {
      if (!step.done) {
        scope.postMessage({ id, progress: step.value });
        continue;
      }
      const outcome = step.value;
      scope.postMessage(
        outcome.kind === 'heat' ? { id, result: outcome.result } : { id, diagnostics: outcome.diagnostics },
      );
      return;
    }
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
