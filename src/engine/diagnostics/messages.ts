import type { Locale } from '../locales';
import type { CodeEntry } from './code-entry';
import { type ArgsParam, DIAGNOSTIC_CODES, type DiagnosticCode } from './codes';
import { type Diagnostic, type Finding, formatJsonPath, type JsonPath } from './index';

export { DIAGNOSTIC_CODES } from './codes';

/** A finding with the code's severity and its English message, built from the code's arguments. */
export function finding<C extends DiagnosticCode>(code: C, path: JsonPath, ...rest: ArgsParam<C>): Finding {
  const entry = DIAGNOSTIC_CODES[code] as CodeEntry<unknown>;
  const args = rest[0];
  return {
    code,
    severity: entry.severity,
    path,
    message: entry.en(args),
    ...(args === undefined ? {} : { args }),
  };
}

/** The diagnostic's message in `locale`, from its code's table entry and its arguments. */
export function messageIn(diagnostic: Pick<Diagnostic, 'code' | 'args'>, locale: Locale): string {
  const entry = DIAGNOSTIC_CODES[diagnostic.code] as CodeEntry<unknown>;
  return entry[locale](diagnostic.args);
}

/** One line as the CLI prints it; in Korean with `locale` 'ko' (`npm run validate -- --lang ko`). */
export function formatDiagnostic(d: Diagnostic, locale: Locale = 'en'): string {
  const where = d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file;
  const level = d.severity === 'warning' ? (locale === 'ko' ? '경고 ' : 'warning ') : '';
  const message = locale === 'en' || d.args === undefined ? d.message : messageIn(d, locale);
  return `${where} ${formatJsonPath(d.path)}  ${d.code} ${level}${message}`;
}
