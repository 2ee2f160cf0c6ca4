import type { Severity } from './code-entry';
import type { DiagnosticCode } from './codes';

// The message tables (codes.ts) and what builds messages from them (messages.ts) are kept out of this
// module: the game's first chunk needs these types and `hasErrors`, and the tables load only with the
// loader, when a player opens a scenario file.
export type { ArgsOf, ArgsParam, DiagnosticCode } from './codes';
export { type Phrase, phrase } from './phrase';

/** A JSON path as keys and indexes, e.g. ['events', 3, 'choices', 1]. */
export type JsonPath = readonly (string | number)[];

/**
 * A finding about a scenario file, in the shape every tool prints:
 * `scenarios/x.json:42:17 events[3].choices[1].effects.trsut  LD104 unknown meter "trsut" (meters: ...)`.
 * The code's table entry (codes.ts) gives its severity and its message in each language.
 */
export interface Diagnostic {
  readonly file: string;
  /** 1-based; 0 when the finding is about the file as a whole. */
  readonly line: number;
  readonly column: number;
  readonly path: JsonPath;
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  /** In English, as the CLI prints it; `messageIn` gives it in another language. */
  readonly message: string;
  /** What the message is built from (ids, numbers, phrases in both languages): plain JSON. */
  readonly args?: unknown;
}

/** `events[3].choices[1].effects.trsut`; `(root)` for the whole document. */
export function formatJsonPath(path: JsonPath): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** A finding before it is placed in a file: the loader adds file, line and column from the parse tree. */
export type Finding = Omit<Diagnostic, 'file' | 'line' | 'column'>;
