import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { MAX_FILE_CHARACTERS } from '../engine/load';

/** A character takes at most four bytes in UTF-8, so more bytes than this is surely over the limit. */
export const MAX_FILE_BYTES = MAX_FILE_CHARACTERS * 4;

/** The text, or why not: LD001 (cannot read) or LD003 (too large), as the loader would say it. */
export type ReadOutcome =
  | { readonly text: string }
  | { readonly problem: { readonly code: 'LD001' | 'LD003'; readonly message: string } };

const unreadable = (message: string): ReadOutcome => ({ problem: { code: 'LD001', message } });

/** Read in pieces so a file that grows while being read is still cut at the limit. */
const CHUNK_BYTES = 1 << 20;

/**
 * Reads a scenario file without trusting what the path names. Only a regular file is read: `/dev/zero`
 * never ends and a FIFO blocks until someone writes. The file is opened non-blocking (so opening a FIFO
 * returns at once), checked with fstat on the open descriptor (so it cannot be swapped in between),
 * and read to at most the limit plus one byte, so even a file that grows while read stays bounded.
 */
export function readTextFile(file: string, maxBytes = MAX_FILE_BYTES): ReadOutcome {
  let descriptor: number;
  try {
    descriptor = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return unreadable(`cannot read file: ${describeReadError(error)}`);
  }
  try {
    const stats = fstatSync(descriptor);
    if (stats.isDirectory()) return unreadable('cannot read file: it is a directory');
    if (!stats.isFile()) return unreadable('cannot read file: not a regular file (a device, pipe or socket)');
    const chunks: Buffer[] = [];
    let length = 0;
    while (length <= maxBytes) {
      const chunk = Buffer.alloc(Math.min(CHUNK_BYTES, maxBytes + 1 - length));
      const read = readSync(descriptor, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      length += read;
    }
    if (length > maxBytes) {
      return {
        problem: { code: 'LD003', message: `file too large: more than ${groupThousands(maxBytes)} bytes` },
      };
    }
    return { text: Buffer.concat(chunks, length).toString('utf8') };
  } catch (error) {
    return unreadable(`cannot read file: ${describeReadError(error)}`);
  } finally {
    closeSync(descriptor);
  }
}

function describeReadError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

function groupThousands(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
