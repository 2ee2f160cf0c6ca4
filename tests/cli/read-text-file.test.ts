import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTextFile } from '../../src/cli/read-text-file';

const directory = mkdtempSync(path.join(tmpdir(), 'lab-doors-read-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('readTextFile', () => {
  it('reads a regular file', () => {
    const file = path.join(directory, 'a.json');
    writeFileSync(file, '{"한": 1}');
    expect(readTextFile(file)).toEqual({ text: '{"한": 1}' });
  });

  it('refuses /dev/zero, which never ends, as not a regular file', () => {
    expect(readTextFile('/dev/zero')).toMatchObject({
      problem: { code: 'LD001', message: 'cannot read file: not a regular file (a device, pipe or socket)' },
    });
  });

  it('refuses a FIFO without blocking on it', () => {
    const fifo = path.join(directory, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    expect(readTextFile(fifo)).toMatchObject({ problem: { code: 'LD001' } });
  });

  it('reads at most the limit plus one byte and then calls the file too large', () => {
    const file = path.join(directory, 'big.json');
    writeFileSync(file, 'x'.repeat(101));
    expect(readTextFile(file, 100)).toMatchObject({
      problem: { code: 'LD003', message: 'file too large: more than 100 bytes' },
    });
    expect(readTextFile(file, 101)).toEqual({ text: 'x'.repeat(101) });
  });

  it('says so for a missing file and a directory', () => {
    expect(readTextFile(path.join(directory, 'none.json'))).toMatchObject({
      problem: { code: 'LD001', message: 'cannot read file: no such file' },
    });
    expect(readTextFile(directory)).toMatchObject({ problem: { code: 'LD001' } });
  });
});
