import { randomBytes } from 'node:crypto';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient } from 'redis';
import { type RegistryOptions, RoomRegistry } from '../room-registry';
import type { RoomStore } from '../room-store';
import { newToken } from '../secrets';
import { Forwarding } from './forwarding';
import { Leases } from './leases';
import { RedisJournal } from './redis-journal';
import { RedisKeys } from './redis-keys';
import { RoomRouter } from './room-router';

/** How long a room's owner lease lives unrenewed: a dead process's rooms are taken over after this. */
export const LEASE_MS = 5_000;

/**
 * This process as one of several sharing rooms through Redis: the journal in Redis, owner leases, a
 * pub/sub channel for messages forwarded to owners, and Socket.IO's Redis streams adapter for
 * broadcasts. The registry and the room's rules are the same as a single server's.
 */
export async function joinCluster(
  url: string,
  registryOptions: Omit<RegistryOptions, 'journal'>,
): Promise<RoomStore> {
  const { log } = registryOptions;
  let started = false;
  const redis = createClient({
    url,
    socket: {
      // At start a Redis that cannot be reached is an error to report; later, a Redis that restarts is
      // waited for (writes wait too, and nothing is acknowledged meanwhile).
      reconnectStrategy: (retries, cause) =>
        started ? Math.min(100 * 2 ** retries, 2_000) : new Error(`cannot reach Redis: ${cause.message}`),
    },
  });
  redis.on('error', (error: unknown) => {
    if (started) log(`redis: ${error instanceof Error ? error.message : String(error)}`);
  });
  await redis.connect();
  started = true;
  const subscriber = redis.duplicate();
  subscriber.on('error', () => undefined);
  await subscriber.connect();

  const keys = new RedisKeys();
  const self = randomBytes(9).toString('base64url');
  let router: RoomRouter | undefined;
  const journal = await RedisJournal.open(
    {
      redis,
      keys,
      owner: self,
      onRoomCreated: (roomId) => router?.roomCreated(roomId),
      onWriteFailed: (key, error) => router?.writeFailed(key, error),
    },
    newToken,
  );
  const registry = new RoomRegistry({ ...registryOptions, journal });
  const leases = new Leases({
    redis,
    keys,
    owner: self,
    leaseMs: LEASE_MS,
    onLost: (key) => {
      log(`lost the lease of ${key}`);
      router?.giveUp(key);
    },
    log,
  });
  const forwarding: Forwarding = new Forwarding({
    redis,
    subscriber,
    keys,
    self,
    serve: (body) => (router as RoomRouter).serve(body),
    log,
  });
  router = new RoomRouter({
    registry,
    journal,
    leases,
    self,
    send: (to, body) => forwarding.request(to, body),
    log,
  });
  await forwarding.start();
  leases.start();
  log(`sharing rooms through Redis at ${redactedAddress(url)} as process ${self}`);
  const shared = router;
  return {
    registry,
    adapter: createAdapter(redis),
    hooks: { route: shared.route, durable: (roomId) => journal.settled(roomId) },
    useHandler: (handle) => shared.useHandler(handle),
    close: async () => {
      await leases.stop();
      await subscriber.quit();
      await redis.quit();
    },
  };
}

/** Where Redis is, without a password the URL may carry (it goes to the log). */
function redactedAddress(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
}
