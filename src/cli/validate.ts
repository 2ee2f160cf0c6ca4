import { readdirSync } from 'node:fs';
import path from 'node:path';
import { sourceUrls } from '../engine';
import { type Diagnostic, hasErrors } from '../engine/diagnostics';
import { formatDiagnostic } from '../engine/diagnostics/messages';
import { loadScenario } from '../engine/load';
import { LOCALES, type Locale } from '../engine/locales';
import { isEntryPoint, parseArgs } from './args';
import { type ReadOutcome, readTextFile } from './read-text-file';

/**
 * `npm run validate -- [files...]`: checks scenario files and prints one line per finding.
 * Exit 0 when there is no error (warnings allowed), 1 when any file has an error, 2 for a usage mistake.
 * All checking lives in src/engine (load, and lint/cited-sources for the project's sources file); this
 * file only finds and reads files and prints.
 */

const SCENARIO_DIRECTORY = 'scenarios';
/** Generated from the format by `npm run schema`; it is not a scenario. */
const SCHEMA_FILE = 'scenario.schema.json';
/** The project's list of real sources; when it is there, cited addresses are checked against it (LD505). */
const SOURCES_FILE = 'docs/sources.md';

const USAGE = `usage: npm run validate -- [--lang en|ko] [files...]
Checks scenario files (default: every ${SCENARIO_DIRECTORY}/*.json except ${SCHEMA_FILE}).
--lang ko prints the messages in Korean (default en).
Exit status: 0 no errors (warnings allowed), 1 errors found, 2 usage mistake.`;

export const EXIT_CLEAN = 0;
export const EXIT_ERRORS = 1;
export const EXIT_USAGE = 2;

/** What the command needs from the outside world, so tests can run it without files or a process. */
export interface ValidateIo {
  /** Paths are shown relative to this directory. */
  readonly cwd: string;
  /** The file's text, or why it cannot be read (bounded: see read-text-file.ts). */
  readText(file: string): ReadOutcome;
  /** The names of the entries in a directory; throws when it cannot be read. */
  listDirectory(directory: string): string[];
  out(line: string): void;
  err(line: string): void;
}

export function main(args: readonly string[], io: ValidateIo = nodeIo()): number {
  const { positional, options, problems } = parseArgs(args, { valued: ['lang'], flags: ['help'] });
  if (options.has('help') || positional.includes('-h')) {
    io.out(USAGE);
    return EXIT_CLEAN;
  }
  const lang = options.get('lang') ?? 'en';
  if (!LOCALES.includes(lang as Locale))
    problems.push(`--lang must be ${LOCALES.join(' or ')}, not "${lang}"`);
  if (problems.length > 0) {
    io.err(`${problems.join('; ')}\n${USAGE}`);
    return EXIT_USAGE;
  }
  const files = positional.length > 0 ? positional : defaultScenarioFiles(io);
  if (files.length === 0) {
    io.err(`no scenario files found in ${SCENARIO_DIRECTORY}/; pass the files to check\n${USAGE}`);
    return EXIT_USAGE;
  }
  const sources = readSources(io);
  const diagnostics = files.flatMap((file) => checkFile(file, io, sources));
  for (const diagnostic of diagnostics) io.out(formatDiagnostic(diagnostic, lang as Locale));
  io.out(summary(files.length, diagnostics));
  return hasErrors(diagnostics) ? EXIT_ERRORS : EXIT_CLEAN;
}

function defaultScenarioFiles(io: ValidateIo): string[] {
  let names: string[];
  try {
    names = io.listDirectory(path.join(io.cwd, SCENARIO_DIRECTORY));
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith('.json') && name !== SCHEMA_FILE)
    .sort()
    .map((name) => `${SCENARIO_DIRECTORY}/${name}`);
}

function readSources(io: ValidateIo): Set<string> | null {
  const read = io.readText(path.join(io.cwd, SOURCES_FILE));
  return 'problem' in read ? null : sourceUrls(read.text);
}

function checkFile(file: string, io: ValidateIo, sources: Set<string> | null): Diagnostic[] {
  const absolute = path.resolve(io.cwd, file);
  const shown = path.relative(io.cwd, absolute).split(path.sep).join('/') || file;
  const read = io.readText(absolute);
  if ('problem' in read) {
    return [{ file: shown, line: 0, column: 0, ...read.problem }];
  }
  return loadScenario(shown, read.text, sources === null ? {} : { citedSources: sources }).diagnostics;
}

/** `3 files checked: 2 errors, 1 warning`, or `1 file checked: clean`. */
export function summary(fileCount: number, diagnostics: readonly Diagnostic[]): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  const counts = [plural(errors, 'error'), plural(warnings, 'warning')].filter(
    (part) => !part.startsWith('0 '),
  );
  return `${plural(fileCount, 'file')} checked: ${counts.length > 0 ? counts.join(', ') : 'clean'}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function nodeIo(): ValidateIo {
  return {
    cwd: process.cwd(),
    readText: (file) => readTextFile(file),
    listDirectory: (directory) => readdirSync(directory),
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  };
}

if (isEntryPoint(import.meta.url)) process.exitCode = main(process.argv.slice(2));
