/**
 * A finding about a scenario file, in the shape every tool prints:
 * `scenarios/x.json:42:17 events[3].choices[1].effects.trsut  LD104 unknown meter "trsut" (meters: ...)`.
 * Codes are stable so authors can search for them in scenarios/README.md:
 *   LD0xx the file itself (unreadable, empty, too large, not JSON)
 *   LD1xx references and ids (duplicates, unknown meters/flags/events/…)
 *   LD2xx shape (wrong type, missing or unknown key, out of range)
 *   LD3xx meaning (unreachable events and endings, dead ends, cycles, unused flags)
 *   LD4xx translations
 */
export type Severity = 'error' | 'warning';

/** A JSON path as keys and indexes, e.g. ['events', 3, 'choices', 1]. */
export type JsonPath = readonly (string | number)[];

export interface Diagnostic {
  readonly file: string;
  /** 1-based; 0 when the finding is about the file as a whole. */
  readonly line: number;
  readonly column: number;
  readonly path: JsonPath;
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
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

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file;
  const level = d.severity === 'warning' ? 'warning ' : '';
  return `${where} ${formatJsonPath(d.path)}  ${d.code} ${level}${d.message}`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** A finding before it is placed in a file: the loader adds file, line and column from the parse tree. */
export type Finding = Omit<Diagnostic, 'file' | 'line' | 'column'>;
