import { compile, hasErrors, loadScenario, simulate } from '../../engine';
import type { HeatReply, HeatRequest } from './protocol';

/**
 * The studio's heat worker (a module Web Worker): checks and compiles a scenario's text with the engine,
 * plays the batch and posts back the balance report, so the page stays responsive while it runs.
 * The same engine code as `npm run simulate`, so the same seed gives the same report.
 */
interface WorkerScope {
  onmessage: ((event: MessageEvent<HeatRequest>) => void) | null;
  postMessage(reply: HeatReply): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => scope.postMessage(answer(event.data));

function answer(request: HeatRequest): HeatReply {
  try {
    const { scenario, diagnostics } = loadScenario(request.file, request.text);
    if (scenario === undefined || hasErrors(diagnostics)) return { id: request.id, diagnostics };
    const options = { runs: request.runs, seed: request.seed, policy: request.policy };
    return { id: request.id, report: simulate(compile(scenario), options) };
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
}
