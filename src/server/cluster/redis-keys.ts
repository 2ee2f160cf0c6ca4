import type { createClient } from 'redis';

/** The Redis client the cluster uses (node-redis, RESP2, no modules). */
export type Redis = ReturnType<typeof createClient>;

/**
 * Every key the room cluster keeps in Redis, under one prefix so several deployments can share a Redis.
 * A room's keys expire with the room (PXAT its expiry), so Redis itself drops a room nobody deletes.
 */
export class RedisKeys {
  constructor(private readonly prefix = 'lab-doors') {}

  /** Hash: the host token and the host's last sequence number and room (the registry's meta values). */
  get meta(): string {
    return `${this.prefix}:meta`;
  }
  /** String: the process that owns a room (or `host`: creates rooms), with a short expiry. */
  lease(key: string): string {
    return `${this.prefix}:lease:${key}`;
  }
  /** String: what a room was created from (JSON of its RoomRecord). */
  room(roomId: string): string {
    return `${this.prefix}:room:${roomId}`;
  }
  /** List: the room's journal, one JSON entry per accepted intent, appended in order. */
  journal(roomId: string): string {
    return `${this.prefix}:journal:${roomId}`;
  }
  /** String: the room id a room code belongs to. */
  code(code: string): string {
    return `${this.prefix}:code:${code}`;
  }
  /** String: the room id a token (control or participant) belongs to. */
  token(token: string): string {
    return `${this.prefix}:token:${token}`;
  }
  /** Set: the token keys of a room, so deleting the room deletes them. */
  tokens(roomId: string): string {
    return `${this.prefix}:tokens:${roomId}`;
  }
  /** Pub/sub channel: requests for the rooms a process owns, and replies to the requests it sent. */
  process(processId: string): string {
    return `${this.prefix}:process:${processId}`;
  }
}
