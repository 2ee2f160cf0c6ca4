import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Finding } from '../engine/diagnostics';
import type { Unreadable } from '../engine/diagnostics/file-codes';
import { finding } from '../engine/diagnostics/messages';
import { MAX_FILE_CHARACTERS } from '../engine/load';

/** A character takes at most four bytes in UTF-8, so more bytes than this is surely over the limit. */
const MAX_FILE_BYTES = MAX_FILE_CHARACTERS * 4;

/** The text, or why not: LD001 (cannot read) or LD003 (too large), as the loader would say it. */
export type ReadOutcome = { readonly text: string } | { readonly problem: Finding };

const unreadable = (why: Unreadable): ReadOutcome => ({ problem: finding('LD001', [], why) });

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
    return unreadable(describeReadError(error));
  }
  try {
    const stats = fstatSync(descriptor);
    if (stats.isDirectory()) return unreadable({ reason: 'directory' });
    if (!stats.isFile()) return unreadable({ reason: 'special' });
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
      return { problem: finding('LD003', [], { moreThanBytes: maxBytes }) };
    }
    return { text: Buffer.concat(chunks, length).toString('utf8') };
  } catch (error) {
    return unreadable(describeReadError(error));
  } finally {
    closeSync(descriptor);
  }
}

function describeReadError(error: unknown): Unreadable {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  if (code === 'ENOENT') return { reason: 'missing' };
  if (code === 'EISDIR') return { reason: 'directory' };
  if (code === 'EACCES' || code === 'EPERM') return { reason: 'denied' };
  return { reason: 'other', detail: error instanceof Error ? error.message : String(error) };
}
