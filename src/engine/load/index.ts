import { getNodePath, type Node } from 'jsonc-parser';
import { type Diagnostic, type Finding, hasErrors } from '../diagnostics';
import { finding } from '../diagnostics/messages';
import { Scenario } from '../format/scenario';
import { lint } from '../lint';
import { checkCitedSources } from '../lint/cited-sources';
import { findTooDeepNesting, MAX_NESTING_DEPTH } from './depth';
import { checkKeys, removeReservedKeys } from './keys';
import { findTooLongList, MAX_LIST_LENGTH } from './list-length';
import { type Anchor, createLocator, type Locator, type PlacedFinding } from './locate';
import { type PositionOf, positionsIn } from './position';
import { explainIssues } from './shape';
import { checkSyntax, parseJsonValue } from './syntax';

/** About a hundred times the largest scenario we expect; beyond it the file is a mistake, not content. */
export const MAX_FILE_CHARACTERS = 2_000_000;

export interface LoadResult {
  /** The parsed scenario with defaults filled in; present only when no diagnostic is an error. */
  readonly scenario?: Scenario;
  /** Sorted by line, then column; whole-file diagnostics (line 0) first. */
  readonly diagnostics: Diagnostic[];
}

export interface LoadOptions {
  /**
   * The addresses the project's sources file lists (`sourceUrls`): given, a reference `url` outside it
   * is LD505, placed at its line like any other finding. Left out where there is no such file.
   */
  readonly citedSources?: ReadonlySet<string>;
}

/**
 * Checks a scenario file from its text: size, JSON syntax, shape (the zod format), then meaning (lint).
 * Each stage runs only when the one before found no error, because later stages would mostly
 * report echoes of it. Never throws: anything unexpected becomes an LD000 diagnostic.
 */
export function loadScenario(file: string, text: string, options: LoadOptions = {}): LoadResult {
  try {
    const { scenario, diagnostics } = loadChecked(file, text, options);
    return { ...(scenario && { scenario }), diagnostics: capFindings(file, diagnostics) };
  } catch (error) {
    // Nesting (LD004) and list length (LD005) are checked before anything recursive runs, so a stack
    // overflow here has some other cause: calling it "nesting too deep" would send the author hunting
    // for nesting a flat file does not have. It is an internal error, reported with the engine's words.
    const detail = error instanceof Error ? error.message : String(error);
    return { diagnostics: [{ file, line: 0, column: 0, ...finding('LD000', [], { detail }) }] };
  }
}

/** Enough to fix a file in several passes; beyond it a list prints faster than anyone reads it. */
export const MAX_FINDINGS_PER_FILE = 200;

/** The first findings, then one LD006 line saying how many more there are. */
function capFindings(file: string, diagnostics: Diagnostic[]): Diagnostic[] {
  if (diagnostics.length <= MAX_FINDINGS_PER_FILE) return diagnostics;
  const kept = diagnostics.slice(0, MAX_FINDINGS_PER_FILE);
  const rest = diagnostics.slice(MAX_FINDINGS_PER_FILE);
  const more = finding(hasErrors(rest) ? 'LD006' : 'LD007', [], { more: rest.length });
  return [...kept, { file, line: 0, column: 0, ...more }];
}

function loadChecked(file: string, text: string, options: LoadOptions): LoadResult {
  const fileProblem = checkWholeFile(text);
  if (fileProblem) {
    return { diagnostics: [{ file, line: 0, column: 0, ...fileProblem }] };
  }
  // A byte-order mark is invisible in editors; a space keeps every offset and column the same.
  const source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  const positionOf = positionsIn(source);
  const inFile = (placed: PlacedFinding): Diagnostic => ({ file, ...placed });
  const json = readJson(source, positionOf);
  if ('problems' in json) return { diagnostics: json.problems.map(inFile) };
  const tooLong = findTooLongList(json.tree);
  if (tooLong) return { diagnostics: [inFile(tooLongProblem(tooLong, positionOf))] };
  const { scenario, findings } = checkScenario(json, positionOf, options);
  const diagnostics = sortByPosition(findings.map(inFile));
  return scenario && !hasErrors(diagnostics) ? { scenario, diagnostics } : { diagnostics };
}

/** The document's value and parse tree, or why it is not JSON this loader can read (LD002, LD004). */
function readJson(
  source: string,
  positionOf: PositionOf,
): { tree: Node | undefined; value: unknown } | { problems: PlacedFinding[] } {
  const tooDeep = findTooDeepNesting(source);
  if (tooDeep !== undefined) {
    return { problems: [{ ...positionOf(tooDeep), ...finding('LD004', [], { limit: MAX_NESTING_DEPTH }) }] };
  }
  const syntax = checkSyntax(source, positionOf);
  const parsed = syntax.problems.length === 0 ? parseJsonValue(source) : undefined;
  if (parsed && 'value' in parsed) return { tree: syntax.tree, value: parsed.value };
  const problems = parsed ? [parsed.problem] : syntax.problems;
  return {
    problems: problems.map(({ offset, path, problem }) => ({
      ...positionOf(offset),
      ...finding('LD002', path, { problem }),
    })),
  };
}

/** LD005: a list (or object) longer than any the format allows, found before zod walks its items. */
function tooLongProblem(node: Node, positionOf: PositionOf): PlacedFinding {
  const args = {
    container: node.type === 'array' ? ('list' as const) : ('object' as const),
    count: node.children?.length ?? 0,
    limit: MAX_LIST_LENGTH,
  };
  return { ...positionOf(node.offset), ...finding('LD005', getNodePath(node), args) };
}

/** Keys JSON.parse mishandles (LD209, LD210), then the shape (LD2xx), then, if the shape holds, lint. */
function checkScenario(
  json: { tree: Node | undefined; value: unknown },
  positionOf: PositionOf,
  options: LoadOptions,
): { scenario?: Scenario; findings: PlacedFinding[] } {
  const keys = json.tree ? checkKeys(json.tree, positionOf) : { findings: [], reservedKeyPaths: [] };
  removeReservedKeys(json.value, keys.reservedKeyPaths);
  const locator = createLocator(json.tree, positionOf);
  const shape = Scenario.safeParse(json.value);
  if (!shape.success) {
    const context = { schema: Scenario, value: json.value, basePath: [] };
    const shapeFindings = explainIssues(shape.error.issues, context);
    return { findings: [...keys.findings, ...shapeFindings.map((f) => place(locator, f, f.anchor))] };
  }
  const cited = options.citedSources ? checkCitedSources(shape.data, options.citedSources) : [];
  const lintFindings = [...lint(shape.data), ...cited].map((finding) => place(locator, finding, 'value'));
  return { scenario: shape.data, findings: [...keys.findings, ...lintFindings] };
}

/** Problems with the file as a whole (LD001 empty, LD003 too large), before reading it as JSON. */
function checkWholeFile(text: string): Finding | undefined {
  if (text.length > MAX_FILE_CHARACTERS) {
    return finding('LD003', [], { characters: text.length, limit: MAX_FILE_CHARACTERS });
  }
  if (text.length === 0) return finding('LD001', [], { reason: 'empty' });
  if (text.trim() === '') return finding('LD001', [], { reason: 'whitespace' });
  return undefined;
}

function place(locator: Locator, finding: Finding, anchor: Anchor): PlacedFinding {
  const { path, code, severity, message, args } = finding;
  return {
    ...locator.at(path, anchor),
    path,
    code,
    severity,
    message,
    ...(args === undefined ? {} : { args }),
  };
}

function sortByPosition(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
}
