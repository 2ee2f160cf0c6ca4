import { readFileSync } from 'node:fs';
import { compile } from '../engine/compile';
import type { CompiledScenario } from '../engine/compile/types';
import { formatDiagnostic, hasErrors } from '../engine/diagnostics';
import { loadScenario } from '../engine/load';

/** Reads, validates and compiles one scenario file for a command; prints its errors and returns null. */
export function readScenario(file: string, printError: (line: string) => void): CompiledScenario | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    printError(`${file}  LD001 cannot read file: ${(error as Error).message}`);
    return null;
  }
  const { scenario, diagnostics } = loadScenario(file, text);
  if (scenario === undefined || hasErrors(diagnostics)) {
    for (const d of diagnostics) printError(formatDiagnostic(d));
    return null;
  }
  return compile(scenario);
}
