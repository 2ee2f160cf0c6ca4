import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { hasErrors } from '../engine/diagnostics';
import { formatDiagnostic } from '../engine/diagnostics/messages';
import type { Scenario } from '../engine/format/scenario';
import { loadScenario } from '../engine/load';
import { scenarioCard } from '../engine/scenario-card';

const CATALOG_ID = 'virtual:scenario-catalog';
const SCENARIO_PREFIX = 'virtual:scenario/';
const SOURCES_ID = 'virtual:scenario-sources';
const SOURCE_PREFIX = 'virtual:scenario-source/';

/** Runs in the browser: fetches a built scenario file, with an error that names it. */
const FETCH_SCENARIO = `async function fetchScenario(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(\`cannot load \${url}: HTTP \${response.status}\`);
  return response.json();
}`;

/** Runs in the browser: a gzipped, base64 text back to a string (see the sources module). */
const UNPACK_SOURCE = `function unpack(base64) {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
}`;

export interface ShippedScenarioOptions {
  /**
   * `true`: each scenario is a JavaScript module in the build (as in the dev server) instead of a JSON
   * file fetched when chosen. The offline single file needs this: `fetch()` fails under file://.
   */
  readonly inline?: boolean;
}

/**
 * The select screen's order: by file name without `.json`, so that a cut of a scenario named after it
 * (`after-the-summit-workshop`) comes right after it. Sorting whole names would put it first, since
 * `-` sorts before `.`.
 */
export function byStem(a: string, b: string): number {
  const stem = (name: string) => name.replace(/\.json$/, '');
  return stem(a) < stem(b) ? -1 : stem(a) > stem(b) ? 1 : 0;
}

/**
 * The files that ship: every `.json` directly in `directory` but the schema. Subfolders (the git-ignored
 * `drafts/`) are not read, so a draft there never reaches the build or the shipped-scenario tests.
 */
export function shippedFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true })
    .filter(
      (entry) => entry.isFile() && entry.name.endsWith('.json') && entry.name !== 'scenario.schema.json',
    )
    .map((entry) => entry.name)
    .sort(byStem);
}

function checkShipped(directory: string, name: string): { scenario?: Scenario; lines: string[] } {
  const shown = path.relative(process.cwd(), path.join(directory, name));
  const { scenario, diagnostics } = loadScenario(shown, readFileSync(path.join(directory, name), 'utf8'));
  const lines = diagnostics.filter((d) => d.severity === 'error').map((d) => formatDiagnostic(d));
  return scenario === undefined || hasErrors(diagnostics) ? { lines } : { scenario, lines };
}

/** The checker's lines for every error in the shipped files (as `validate` prints them); empty when none. */
export function shippedScenarioErrors(directory: string): string[] {
  return shippedFiles(directory).flatMap((name) => checkShipped(directory, name).lines);
}

/**
 * Checks the shipped scenarios at build time and hands the game their parsed form, so the game's
 * first chunk needs neither zod nor the linter (together over 100 kB gzipped): they load only when a
 * player opens a scenario file of their own. A shipped file with an error fails the build, naming
 * file, line, JSON path and code. The catalog holds what the select screen shows; each scenario's
 * full text is its own chunk, loaded when chosen.
 */
export function shippedScenarios(directory: string, options: ShippedScenarioOptions = {}): Plugin {
  const files = () => shippedFiles(directory);
  const load = (name: string): Scenario => {
    const { scenario, lines } = checkShipped(directory, name);
    if (scenario === undefined) throw new Error(`shipped scenario has errors:\n${lines.join('\n')}`);
    return scenario;
  };
  let building = false;
  return {
    name: 'lab-doors-shipped-scenarios',
    configResolved(config) {
      building = config.command === 'build';
    },
    buildStart() {
      if (!building) return;
      // Checked up front, so that a build stops with the checker's lines alone: an error thrown from
      // `load` would come out wrapped in the bundler's stack traces, once per module that reads the file.
      const lines = shippedScenarioErrors(directory);
      if (lines.length === 0) return;
      process.stderr.write(`Shipped scenarios in ${directory} have errors:\n${lines.join('\n')}\n`);
      process.exit(1);
    },
    resolveId(id) {
      const ours =
        id === CATALOG_ID ||
        id === SOURCES_ID ||
        id.startsWith(SCENARIO_PREFIX) ||
        id.startsWith(SOURCE_PREFIX);
      return ours ? `\0${id}` : null;
    },
    load(id) {
      if (id === `\0${CATALOG_ID}`) {
        for (const name of files()) this.addWatchFile(path.join(directory, name));
        const entries = files().map((name) => {
          const s = load(name);
          const card = scenarioCard(s);
          const stem = name.replace(/\.json$/, '');
          if (building && options.inline !== true) {
            // In the build each scenario is a JSON file fetched when chosen: content, not code, so it
            // neither weighs on the JavaScript the game runs nor is parsed as script.
            const ref = this.emitFile({ type: 'asset', name: `${stem}.json`, source: JSON.stringify(s) });
            return `{ card: ${JSON.stringify(card)}, load: () => fetchScenario(import.meta.ROLLUP_FILE_URL_${ref}) }`;
          }
          // No ".json" on the virtual id: Vite's JSON plugin would try to parse this module's code.
          return `{ card: ${JSON.stringify(card)}, load: () => import(${JSON.stringify(`${SCENARIO_PREFIX}${stem}`)}).then((m) => m.default) }`;
        });
        const fetcher = building && options.inline !== true ? `${FETCH_SCENARIO}\n` : '';
        return `${fetcher}export const shippedScenarios = [\n${entries.join(',\n')}\n];\n`;
      }
      if (id === `\0${SOURCES_ID}`) {
        // Only the studio imports this: a template is the shipped file's own text, formatted as the
        // file is, and each text is a chunk of its own, loaded when chosen.
        const entries = files().map((name) => {
          const source = `${SOURCE_PREFIX}${name.replace(/\.json$/, '')}`;
          return `  ${JSON.stringify(load(name).id)}: () => import(${JSON.stringify(source)}).then((m) => m.default)`;
        });
        return `export const shippedSources = {\n${entries.join(',\n')}\n};\n`;
      }
      if (id.startsWith(`\0${SOURCE_PREFIX}`)) {
        const file = path.join(directory, `${id.slice(SOURCE_PREFIX.length + 1)}.json`);
        this.addWatchFile(file);
        const text = readFileSync(file, 'utf8');
        if (options.inline !== true) return `export default ${JSON.stringify(text)};\n`;
        // The offline single file holds every chunk, wanted or not: the texts (about 1.9 MB) go in
        // gzipped, as base64, and are unpacked only when a template is chosen.
        return `${UNPACK_SOURCE}\nexport default unpack(${JSON.stringify(gzipSync(text, { level: 9 }).toString('base64'))});\n`;
      }
      if (id.startsWith(`\0${SCENARIO_PREFIX}`)) {
        const name = `${id.slice(SCENARIO_PREFIX.length + 1)}.json`;
        this.addWatchFile(path.join(directory, name));
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(load(name)))});\n`;
      }
      return null;
    },
  };
}
