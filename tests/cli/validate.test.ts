import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, summary, type ValidateIo } from '../../src/cli/validate';
import type { Diagnostic } from '../../src/engine/diagnostics';
import { finding } from '../../src/engine/diagnostics/messages';

const minimal = readFileSync(new URL('../fixtures/minimal.json', import.meta.url), 'utf8');
const CWD = path.resolve('/project');

/** An in-memory project: file contents by path relative to CWD, and what the command printed. */
function fakeProject(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const byAbsolutePath = new Map(Object.entries(files).map(([name, text]) => [path.join(CWD, name), text]));
  const io: ValidateIo = {
    cwd: CWD,
    readText(file) {
      const text = byAbsolutePath.get(file);
      if (text === undefined) return { problem: finding('LD001', [], { reason: 'missing' }) };
      return { text };
    },
    listDirectory(directory) {
      const names = [...byAbsolutePath.keys()]
        .filter((file) => path.dirname(file) === directory)
        .map((file) => path.basename(file));
      if (names.length === 0) throw Object.assign(new Error(`ENOENT: ${directory}`), { code: 'ENOENT' });
      return names;
    },
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  };
  return { io, out, err };
}

const withoutBestEnding = minimal.replace('"tone": "best"', '"tone": "good"');
const withWrongType = minimal.replace('"minutes": 5', '"minutes": "ten"');

describe('validate', () => {
  it('checks every scenario in scenarios/ except the schema, in name order', () => {
    const { io, out } = fakeProject({
      'scenarios/b.json': minimal,
      'scenarios/a.json': minimal,
      'scenarios/scenario.schema.json': '{ "not": "a scenario" }',
      'scenarios/notes.md': '# notes',
    });
    expect(main([], io)).toBe(0);
    expect(out).toEqual(['2 files checked: clean']);
  });

  it('prints each diagnostic with a relative path, then the totals, and exits 1 on errors', () => {
    const { io, out } = fakeProject({ 'scenarios/bad.json': withWrongType, 'scenarios/good.json': minimal });
    expect(main(['scenarios/bad.json', path.join(CWD, 'scenarios/good.json')], io)).toBe(1);
    expect(out).toEqual([
      'scenarios/bad.json:14:14 minutes  LD201 expected a number, got a string ("ten")',
      '2 files checked: 1 error',
    ]);
  });

  it('exits 0 when there are only warnings', () => {
    const { io, out } = fakeProject({ 'mine.json': withoutBestEnding });
    expect(main(['mine.json'], io)).toBe(0);
    expect(out.at(-1)).toMatch(/^1 file checked: \d+ warnings?$/);
    expect(
      out.slice(0, -1).every((line) => line.startsWith('mine.json:') && line.includes(' warning ')),
    ).toBe(true);
  });

  it('prints the messages in Korean with --lang ko, and refuses another language', () => {
    const { io, out } = fakeProject({ 'scenarios/bad.json': withWrongType });
    expect(main(['--lang', 'ko', 'scenarios/bad.json'], io)).toBe(1);
    expect(out[0]).toBe('scenarios/bad.json:14:14 minutes  LD201 숫자가 와야 하는데 문자열 "ten"입니다');
    const other = fakeProject({ 'scenarios/bad.json': withWrongType });
    expect(main(['--lang', 'fr', 'scenarios/bad.json'], other.io)).toBe(2);
    expect(other.err.join('\n')).toContain('--lang must be ko or en');
  });

  it('reports a file it cannot read as LD001 and exits 1', () => {
    const { io, out } = fakeProject({});
    expect(main(['missing.json'], io)).toBe(1);
    expect(out).toEqual([
      'missing.json (root)  LD001 cannot read file: no such file',
      '1 file checked: 1 error',
    ]);
  });

  it('exits 2 on an unknown option or when there is nothing to check', () => {
    const unknownOption = fakeProject({ 'scenarios/a.json': minimal });
    expect(main(['--fix'], unknownOption.io)).toBe(2);
    expect(unknownOption.err.join('\n')).toContain('unknown option --fix');

    const empty = fakeProject({});
    expect(main([], empty.io)).toBe(2);
    expect(empty.err.join('\n')).toContain('no scenario files found in scenarios/');
  });

  it('prints usage for --help', () => {
    const { io, out } = fakeProject({});
    expect(main(['--help'], io)).toBe(0);
    expect(out.join('\n')).toContain('usage: npm run validate -- [--lang en|ko] [files...]');
  });
});

describe('summary', () => {
  const diagnostic = (severity: Diagnostic['severity']): Diagnostic => ({
    file: 'x.json',
    line: 1,
    column: 1,
    path: [],
    code: 'LD000',
    severity,
    message: '',
  });

  it('counts errors and warnings, or says clean', () => {
    expect(summary(3, [diagnostic('error'), diagnostic('error'), diagnostic('warning')])).toBe(
      '3 files checked: 2 errors, 1 warning',
    );
    expect(summary(1, [diagnostic('warning'), diagnostic('warning')])).toBe('1 file checked: 2 warnings');
    expect(summary(2, [])).toBe('2 files checked: clean');
  });
});
