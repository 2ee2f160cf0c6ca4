import * as z from 'zod/mini';
import { RunSaveSchema } from '../engine';
import {
  describeProblem,
  MAX_DURATION_SECONDS,
  type ReadResult,
  type ResultProblem,
  type RunResult,
  type ScenarioLookup,
} from './result-schema';
import { verify } from './result-verify';
import { VoteRecord } from './session';
import { normalizeTyped } from './typed-text';

/**
 * A result as a short code to paste into a chat: only what a replay needs (scenario id and version,
 * class code, team, mode, seed, actions, votes, time taken), as JSON, deflated, in base64url, with a
 * CRC-32 of the payload so that a truncated or mistyped paste is refused with a clear message:
 * `LD1-<crc32 hex>-<payload>`. A decoded code goes through the same replay as a result file.
 */
export const CODE_PREFIX = 'LD1';
/** A pasted code longer than this is refused before it is decoded. */
export const MAX_CODE_CHARS = 20_000;
const MAX_INFLATED_CHARS = 200_000;

const CodePayload = z.strictObject({
  s: RunSaveSchema.shape.scenario,
  c: z.nullable(z.string().check(z.maxLength(16))),
  t: z.nullable(z.string().check(z.maxLength(60))),
  m: z.enum(['solo', 'facilitator']),
  r: RunSaveSchema.shape.seed,
  a: RunSaveSchema.shape.actions,
  v: z.array(VoteRecord).check(z.maxLength(500)),
  d: z.nullable(z.number().check(z.minimum(0), z.maximum(MAX_DURATION_SECONDS))),
});
type CodePayload = z.infer<typeof CodePayload>;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** The standard CRC-32 (IEEE 802.3, as zip and PNG use) of some bytes. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const crcHex = (text: string) => crc32(new TextEncoder().encode(text)).toString(16).padStart(8, '0');

async function through(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  const piped = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** The result code of a result: `LD1-<crc32 of payload, hex>-<deflated JSON, base64url>`. */
export async function encodeResultCode(result: RunResult): Promise<string> {
  const payload: CodePayload = {
    s: result.save.scenario,
    c: result.classCode,
    t: result.team,
    m: result.mode,
    r: result.save.seed,
    a: [...result.save.actions],
    v: [...result.votes],
    d: result.durationSeconds,
  };
  const deflated = await through(
    new TextEncoder().encode(JSON.stringify(payload)),
    new CompressionStream('deflate-raw'),
  );
  const body = toBase64Url(deflated);
  return `${CODE_PREFIX}-${crcHex(body)}-${body}`;
}

const refuse = (problem: ResultProblem): ReadResult => ({
  ok: false,
  problem,
  reason: describeProblem(problem),
});

/**
 * Reads a pasted result code, replays it and returns the result. Whitespace (line breaks a chat inserts)
 * is ignored. Never throws.
 */
export async function readResultCode(pasted: string, lookup: ScenarioLookup): Promise<ReadResult> {
  const code = normalizeTyped(pasted).replace(/\s+/g, '');
  if (code.length > MAX_CODE_CHARS) return refuse({ kind: 'too-large' });
  const match = /^LD1-([0-9a-fA-F]{8})-(.*)$/.exec(code);
  if (match === null) {
    // A code cut off inside its checksum is still an incomplete code, not something else.
    return refuse(/^LD1-[0-9a-fA-F]{0,8}$/.test(code) ? { kind: 'checksum' } : { kind: 'code-format' });
  }
  const [, sum = '', body = ''] = match;
  if (crcHex(body) !== sum.toLowerCase()) return refuse({ kind: 'checksum' });
  const bytes = fromBase64Url(body);
  if (bytes === null) return refuse({ kind: 'code-corrupt' });
  let payload: CodePayload;
  try {
    const inflated = await through(bytes, new DecompressionStream('deflate-raw'));
    if (inflated.length > MAX_INFLATED_CHARS) return refuse({ kind: 'code-corrupt' });
    const parsed = z.safeParse(CodePayload, JSON.parse(new TextDecoder().decode(inflated)));
    if (!parsed.success) return refuse({ kind: 'code-corrupt' });
    payload = parsed.data;
  } catch {
    return refuse({ kind: 'code-corrupt' });
  }
  return verify(
    { scenario: payload.s, seed: payload.r, actions: payload.a },
    {
      mode: payload.m,
      classCode: payload.c,
      team: payload.t,
      startedAt: null,
      finishedAt: null,
      durationSeconds: payload.d,
      votes: payload.v,
    },
    lookup,
  );
}

/** Whether a pasted line looks like a result code (rather than a file's JSON). */
export function looksLikeCode(text: string): boolean {
  return /^\s*LD\d/i.test(text);
}

/** Whether a code (no whitespace) is whole: its checksum matches its payload. */
function checksOut(code: string): boolean {
  const match = /^LD1-([0-9a-fA-F]{8})-(.+)$/.exec(code);
  return match !== null && crcHex(match[2] ?? '') === (match[1] ?? '').toLowerCase();
}

/**
 * The codes in a paste: one or many, one per line or several on a line, and each possibly wrapped over
 * lines by a chat. Every piece of text between whitespace either starts a code (it begins with `LD` and
 * a digit) or continues the one before. A piece that happens to start like a code yet completes the
 * code before it (checksum) continues it: a wrap can fall anywhere in the payload.
 */
export function splitPastedCodes(pasted: string): string[] {
  const pieces = normalizeTyped(pasted)
    .split(/\s+/)
    .filter((piece) => piece !== '');
  const codes: string[] = [];
  for (const piece of pieces) {
    const current = codes.at(-1);
    const continues =
      current !== undefined && (!looksLikeCode(piece) || (!checksOut(current) && checksOut(current + piece)));
    if (continues) codes[codes.length - 1] = current + piece;
    else codes.push(piece);
  }
  return codes;
}
