import { RELEASE_LEASES, RENEW_LEASES } from './journal-scripts';
import type { Redis, RedisKeys } from './redis-keys';

export interface LeaseOptions {
  readonly redis: Redis;
  readonly keys: RedisKeys;
  /** This process, as the leases name it. */
  readonly owner: string;
  /** How long a lease lives without renewal: how soon a dead owner's rooms are taken over. */
  readonly leaseMs: number;
  /** A lease this process held was found lost (expired while it stalled, or its room deleted). */
  readonly onLost: (key: string) => void;
  readonly log: (line: string) => void;
}

/**
 * Who owns which room: one lease per room in Redis (SET NX PX), held by one process, renewed a few times
 * per lease period while that process lives. When it dies, its leases expire and the next process that
 * needs the room takes it. A lease guards the journal (writes check it), not the clock: a process that
 * stalls past its lease loses the room on its next write or renewal, and gives it up.
 */
export class Leases {
  private readonly held = new Set<string>();
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly options: LeaseOptions) {}

  holds(key: string): boolean {
    return this.held.has(key);
  }

  /** Takes the lease when it is free; answers who owns it now (this process when it took it). */
  async take(key: string): Promise<string> {
    const { redis, keys, owner, leaseMs } = this.options;
    for (;;) {
      if (this.held.has(key)) return owner;
      const set = await redis.set(keys.lease(key), owner, {
        condition: 'NX',
        expiration: { type: 'PX', value: leaseMs },
      });
      if (set === 'OK') {
        this.held.add(key);
        return owner;
      }
      const current = await redis.get(keys.lease(key));
      if (current === owner) this.held.add(key);
      // Null: it expired between the two calls; try again.
      if (current !== null) return current;
    }
  }

  start(): void {
    this.timer = setInterval(() => void this.renew(), Math.max(100, Math.floor(this.options.leaseMs / 3)));
    this.timer.unref();
  }

  /** Stops renewing and gives every lease up, so the other processes take the rooms at once. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    const held = [...this.held];
    this.held.clear();
    if (held.length === 0) return;
    const { redis, keys, owner } = this.options;
    await redis.eval(RELEASE_LEASES, { keys: held.map((key) => keys.lease(key)), arguments: [owner] });
  }

  /** Gives one lease up in memory (the room's write failed); Redis lets it expire. */
  drop(key: string): void {
    this.held.delete(key);
  }

  private async renew(): Promise<void> {
    const held = [...this.held];
    if (held.length === 0) return;
    const { redis, keys, owner, leaseMs } = this.options;
    try {
      const lost = (await redis.eval(RENEW_LEASES, {
        keys: held.map((key) => keys.lease(key)),
        arguments: [owner, String(leaseMs)],
      })) as number[];
      for (const index of lost) {
        const key = held[index - 1];
        if (key === undefined || !this.held.delete(key)) continue;
        this.options.onLost(key);
      }
    } catch (error) {
      // Redis unreachable: writes fail (and give their rooms up) until it is back; renewal tries again.
      this.options.log(`could not renew leases: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
