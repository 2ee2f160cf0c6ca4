import type { createAdapter } from '@socket.io/redis-streams-adapter';
import type { HandleMessage, ProtocolOptions } from './room-protocol';
import type { RoomRegistry } from './room-registry';

/**
 * Where a server's rooms live: in its own SQLite file (one server), or in Redis, shared with other
 * server processes (cluster/cluster.ts). The registry and the room protocol are the same either way.
 */
export interface RoomStore {
  readonly registry: RoomRegistry;
  /** Several processes: the Socket.IO adapter that carries broadcasts to every process's sockets. */
  readonly adapter?: ReturnType<typeof createAdapter>;
  /** The protocol's hooks that wait for durable writes (and, with several processes, forward to owners). */
  readonly hooks: Pick<ProtocolOptions, 'route' | 'durable'>;
  /** The protocol's handler, which an owner runs for messages other processes forward to it. */
  useHandler(handle: HandleMessage): void;
  close(): Promise<void>;
}
