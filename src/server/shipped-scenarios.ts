import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { compile, formatDiagnostic, hasErrors, loadScenario } from '../engine';
import type { ScenarioCatalog } from './room-registry';

/**
 * The shipped scenarios a room may play, each checked with the same load and lint as `validate` and
 * compiled once. A file with errors is left out and said so (the build refuses it anyway).
 */
export function shippedScenarios(directory: string, log: (line: string) => void): ScenarioCatalog {
  const catalog = new Map<string, ReturnType<ScenarioCatalog['get']> & object>();
  const files = readdirSync(directory).filter(
    (name) => name.endsWith('.json') && name !== 'scenario.schema.json',
  );
  for (const name of files.sort()) {
    const file = path.join(directory, name);
    const { scenario, diagnostics } = loadScenario(file, readFileSync(file, 'utf8'));
    if (scenario === undefined || hasErrors(diagnostics)) {
      log(`left out ${file}: ${diagnostics.map((d) => formatDiagnostic(d)).join('; ')}`);
      continue;
    }
    catalog.set(scenario.id, { source: scenario, compiled: compile(scenario) });
  }
  return catalog;
}
