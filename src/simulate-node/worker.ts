import { parentPort } from 'node:worker_threads';
import {
  type CompiledScenario,
  compile,
  formatDiagnostic,
  hasErrors,
  loadScenario,
  simulateSlice,
} from '../engine/index';
import type { SliceReply, SliceRequest } from './protocol';

/**
 * A simulation worker thread: plays the slices it is sent and posts back their tallies. The scenario
 * arrives as file text and is checked and compiled here (compiled scenarios hold functions, which do
 * not cross threads); it is compiled once per worker, not once per slice.
 */
let compiled: { readonly text: string; readonly scenario: CompiledScenario } | null = null;

function scenarioOf(file: string, text: string): CompiledScenario {
  if (compiled?.text === text) return compiled.scenario;
  const { scenario, diagnostics } = loadScenario(file, text);
  if (scenario === undefined || hasErrors(diagnostics)) {
    throw new Error(diagnostics.map(formatDiagnostic).join('\n') || `${file}: cannot be played`);
  }
  compiled = { text, scenario: compile(scenario) };
  return compiled.scenario;
}

parentPort?.on('message', (request: SliceRequest) => {
  let reply: SliceReply;
  try {
    reply = { id: request.id, tally: simulateSlice(scenarioOf(request.file, request.text), request.slice) };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
