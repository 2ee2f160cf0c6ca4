import type { Redis, RedisKeys } from './redis-keys';

/** How long a process waits for another's reply before it looks again at who owns the room. */
const REPLY_PATIENCE_MS = 10_000;

type Envelope =
  | { readonly kind: 'request'; readonly id: number; readonly from: string; readonly body: unknown }
  | { readonly kind: 'reply'; readonly id: number; readonly body: unknown };

/** Why a request got no reply: nobody listens for that process (it is gone), or it did not answer in time. */
export type NoReply = 'gone' | 'timeout';

export interface ForwardingOptions {
  readonly redis: Redis;
  /** A connection of its own: a subscribed node-redis client sends nothing else. */
  readonly subscriber: Redis;
  readonly keys: RedisKeys;
  readonly self: string;
  /** Answers a request another process sent to this one. */
  readonly serve: (body: unknown) => Promise<unknown>;
  readonly log: (line: string) => void;
}

/**
 * Requests between server processes over Redis pub/sub, one channel per process: a process sends a
 * room's intent to the room's owner and waits for its answer. Pub/sub delivers at most once, which is
 * enough here: a request that got no reply is sent again, and intents are harmless to repeat (each carries
 * its sequence number). PUBLISH says how many listened, so a dead owner is known at once.
 */
export class Forwarding {
  private nextId = 1;
  private readonly waiting = new Map<number, (body: unknown) => void>();

  constructor(private readonly options: ForwardingOptions) {}

  async start(): Promise<void> {
    const { subscriber, keys, self } = this.options;
    await subscriber.subscribe(keys.process(self), (text) => this.receive(text));
  }

  async request(to: string, body: unknown): Promise<unknown | NoReply> {
    const id = this.nextId++;
    const envelope: Envelope = { kind: 'request', id, from: this.options.self, body };
    let timer: NodeJS.Timeout | undefined;
    const reply = new Promise<unknown>((resolve) => {
      this.waiting.set(id, resolve);
      timer = setTimeout(() => resolve('timeout'), REPLY_PATIENCE_MS);
    });
    try {
      const listeners = await this.options.redis.publish(
        this.options.keys.process(to),
        JSON.stringify(envelope),
      );
      if (listeners === 0) return 'gone';
      return await reply;
    } finally {
      clearTimeout(timer);
      this.waiting.delete(id);
    }
  }

  private receive(text: string): void {
    let envelope: Envelope;
    try {
      envelope = JSON.parse(text) as Envelope;
    } catch {
      this.options.log('ignored an unreadable message from another process');
      return;
    }
    if (envelope.kind === 'reply') {
      this.waiting.get(envelope.id)?.(envelope.body);
      return;
    }
    const { redis, keys } = this.options;
    void this.options
      .serve(envelope.body)
      .then((body) => {
        const reply: Envelope = { kind: 'reply', id: envelope.id, body };
        return redis.publish(keys.process(envelope.from), JSON.stringify(reply));
      })
      .catch((error: unknown) =>
        this.options.log(
          `could not answer process ${envelope.from}: ${error instanceof Error ? error.message : String(error)}`,
        ),
      );
  }
}
