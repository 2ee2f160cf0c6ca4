import type { IncomingMessage, ServerResponse } from 'node:http';
import * as z from 'zod/mini';
import {
  type CompiledScenario,
  compile,
  type Diagnostic,
  formatJsonPath,
  hasErrors,
  loadScenario,
  messageIn,
  type Scenario,
} from '../engine';
import { MAX_SCENARIO_UPLOAD_BYTES, SCENARIO_UPLOAD_PATH } from '../room';
import { RateLimiter } from './rate-limit';
import type { ScenarioCatalog } from './room-registry';

/** Uploaded scenarios kept for creating rooms (the latest ones; a room keeps its own copy in its record). */
const KEPT_UPLOADS = 20;
// Checking a large file takes the server a moment: a few at once, then one every ten seconds.
const UPLOAD_BURST = 5;
const UPLOAD_RATE = 1 / 10;

const Upload = z.strictObject({
  name: z.string().check(z.maxLength(200)),
  text: z.string(),
});

/** One finding as the control screen lists it: where (file, line, path), what, in both languages. */
export interface UploadFinding {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly path: string;
  readonly code: string;
  readonly severity: Diagnostic['severity'];
  readonly message: { readonly en: string; readonly ko: string };
}

export type UploadAnswer =
  | {
      readonly ok: true;
      readonly scenario: string;
      readonly title: Scenario['title'];
      readonly warnings: readonly UploadFinding[];
    }
  | {
      readonly ok: false;
      readonly refusal: 'unknown-token' | 'rate-limited' | 'too-large' | 'invalid' | 'shipped-id' | 'errors';
      readonly findings?: readonly UploadFinding[];
      readonly shippedId?: string;
    };

export interface UploadOptions {
  readonly hostToken: () => string;
  readonly shipped: ScenarioCatalog;
  readonly now: () => number;
  readonly log: (line: string) => void;
}

/**
 * A scenario the facilitator opened from a file or wrote in the studio, for a room: POSTed as JSON
 * `{name, text}` with the host token (`Authorization: Bearer …`), checked with the same load and lint as
 * `npm run validate`, refused with its findings when it has errors, and refused when its id is a
 * shipped scenario's (as the game and the studio refuse it: one id, one scenario). Accepted, it is kept
 * for `create` by its id; the room then journals the whole scenario in its record.
 */
export class ScenarioUploads {
  private readonly kept = new Map<string, { source: Scenario; compiled: CompiledScenario }>();
  private readonly limiter: RateLimiter;

  constructor(private readonly options: UploadOptions) {
    this.limiter = new RateLimiter(UPLOAD_BURST, UPLOAD_RATE, options.now);
  }

  /** The uploaded scenarios a room may be created for. */
  get catalog(): ScenarioCatalog {
    return this.kept;
  }

  /** Checks one upload's text; accepted, it is kept under its scenario id. */
  check(name: string, text: string): UploadAnswer {
    const { scenario, diagnostics } = loadScenario(name, text);
    const findings = diagnostics.map(finding);
    if (scenario === undefined || hasErrors(diagnostics)) return { ok: false, refusal: 'errors', findings };
    if (this.options.shipped.has(scenario.id))
      return { ok: false, refusal: 'shipped-id', shippedId: scenario.id };
    this.kept.delete(scenario.id);
    this.kept.set(scenario.id, { source: scenario, compiled: compile(scenario) });
    for (const old of [...this.kept.keys()].slice(0, Math.max(0, this.kept.size - KEPT_UPLOADS)))
      this.kept.delete(old);
    return {
      ok: true,
      scenario: scenario.id,
      title: scenario.title,
      warnings: findings.filter((f) => f.severity !== 'error'),
    };
  }

  /** The HTTP handler: true when the request was this one (answered), false for any other path. */
  handle(request: IncomingMessage, response: ServerResponse): boolean {
    if (new URL(request.url ?? '/', 'http://room.invalid').pathname !== SCENARIO_UPLOAD_PATH) return false;
    const address = request.socket.remoteAddress ?? '';
    const answer = (status: number, body: UploadAnswer) => {
      if (!body.ok) this.options.log(`refused scenario upload from ${address}: ${body.refusal}`);
      response.writeHead(status, {
        'Content-Type': 'application/json; charset=utf-8',
        'X-Content-Type-Options': 'nosniff',
      });
      response.end(JSON.stringify(body));
    };
    if (request.method !== 'POST') {
      response.writeHead(405, { Allow: 'POST' });
      response.end();
      return true;
    }
    if (!this.limiter.take(address)) {
      answer(429, { ok: false, refusal: 'rate-limited' });
      request.resume();
      return true;
    }
    // The token before the body: nothing is read for someone without it.
    if (request.headers.authorization !== `Bearer ${this.options.hostToken()}`) {
      answer(403, { ok: false, refusal: 'unknown-token' });
      request.resume();
      return true;
    }
    const declared = Number(request.headers['content-length'] ?? '0');
    if (declared > MAX_SCENARIO_UPLOAD_BYTES) {
      answer(413, { ok: false, refusal: 'too-large' });
      request.resume();
      return true;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_SCENARIO_UPLOAD_BYTES) over = true;
      else chunks.push(chunk);
    });
    request.on('end', () => {
      if (over) return answer(413, { ok: false, refusal: 'too-large' });
      let body: unknown;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return answer(400, { ok: false, refusal: 'invalid' });
      }
      const upload = Upload.safeParse(body);
      if (!upload.success) return answer(400, { ok: false, refusal: 'invalid' });
      const checked = this.check(upload.data.name, upload.data.text);
      if (checked.ok) this.options.log(`scenario ${checked.scenario} uploaded and checked`);
      answer(checked.ok ? 200 : 422, checked);
    });
    return true;
  }
}

function finding(d: Diagnostic): UploadFinding {
  return {
    file: d.file,
    line: d.line,
    column: d.column,
    path: formatJsonPath(d.path),
    code: d.code,
    severity: d.severity,
    message: { en: d.message, ko: d.args === undefined ? d.message : messageIn(d, 'ko') },
  };
}
