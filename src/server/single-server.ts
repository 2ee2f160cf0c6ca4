import { Journal } from './journal';
import { type RegistryOptions, RoomRegistry } from './room-registry';
import type { RoomStore } from './room-store';

/**
 * One server alone: every room in its SQLite file. Messages are handled as they arrive, in order, and
 * each answer waits for the group commit that makes what it shows durable (journal.ts), as do the
 * updates to the room's screens: the protocol takes the same path as with several processes, where
 * answers wait for Redis. A commit that fails gives every room in it back to its journal (the last
 * durable state), and the intents it held are answered `unavailable`: their clients send them again.
 */
export function singleServer(dataFile: string, registryOptions: Omit<RegistryOptions, 'journal'>): RoomStore {
  let registry: RoomRegistry | undefined;
  const journal = new Journal(dataFile, {
    onFlushFailed: (roomIds, error) => {
      registryOptions.log(
        `could not write the journal of ${roomIds.length} room(s), taking them back to it: ${error instanceof Error ? error.message : String(error)}`,
      );
      registry?.reload(roomIds);
    },
  });
  registry = new RoomRegistry({ ...registryOptions, journal });
  return {
    registry,
    hooks: {
      route: (connection, message, here) => {
        const answer = here(connection, message);
        return journal.settled().then(() => answer);
      },
      durable: (roomId) => journal.settled(roomId),
    },
    useHandler: () => undefined,
    close: async () => journal.close(),
  };
}
