import { compile } from '../engine/compile';
import type { CompiledScenario } from '../engine/compile/types';
import { hasErrors } from '../engine/diagnostics';
import { formatDiagnostic } from '../engine/diagnostics/messages';
import { loadScenario } from '../engine/load';
import { readTextFile } from './read-text-file';

/** Reads, validates and compiles one scenario file for a command; prints its errors and returns null. */
export function readScenario(file: string, printError: (line: string) => void): CompiledScenario | null {
  const read = readTextFile(file);
  if ('problem' in read) {
    printError(`${file}  ${read.problem.code} ${read.problem.message}`);
    return null;
  }
  const { scenario, diagnostics } = loadScenario(file, read.text);
  if (scenario === undefined || hasErrors(diagnostics)) {
    for (const d of diagnostics) printError(formatDiagnostic(d));
    return null;
  }
  return compile(scenario);
}
