import type { Server } from 'socket.io';
import type { RoomState, RoomView } from '../room';

export interface RoomUpdatesOptions {
  readonly io: Server;
  /** Resolves when the room's journal writes so far are durable (absent: every write is at once). */
  readonly durable?: ((roomId: string) => Promise<void>) | undefined;
  /** Whether the room is still here: a deleted room's update is dropped. */
  readonly holds: (roomId: string) => boolean;
  readonly viewFor: (room: RoomState, role: 'display' | 'control', withoutView: boolean) => RoomView;
}

interface Waiting {
  readonly durable: Promise<void>;
  /** The room before the first change this update shows (whether the engine's view changed since). */
  readonly before: RoomState | undefined;
  /** The room as the last change this update shows left it. */
  room: RoomState;
}

/**
 * Updates to every screen of a room (displays and participants share one, facilitators get another),
 * each sent once the change it shows is durable: a screen never shows what a failed write could still
 * take back. Each update carries the room as its own change left it, not as it is when the write
 * settles, since later changes may not be durable yet. Changes that become durable together (one SQLite
 * group commit) are shown by one update, the last of them: forty votes in one commit are one message per
 * screen, not forty.
 */
export function roomUpdates(
  options: RoomUpdatesOptions,
): (before: RoomState | undefined, room: RoomState) => void {
  const { io, durable, holds, viewFor } = options;
  const waiting = new Map<string, Waiting>();

  const send = (before: RoomState | undefined, room: RoomState) => {
    if (!holds(room.id)) return;
    const withoutView = before !== undefined && before.view === room.view;
    io.to(`display:${room.id}`).emit('room', viewFor(room, 'display', withoutView));
    io.to(`control:${room.id}`).emit('room', viewFor(room, 'control', withoutView));
  };

  return (before, room) => {
    if (durable === undefined) return send(before, room);
    const until = durable(room.id);
    const queued = waiting.get(room.id);
    if (queued?.durable === until) {
      queued.room = room;
      return;
    }
    const update: Waiting = { durable: until, before, room };
    waiting.set(room.id, update);
    const done = () => {
      if (waiting.get(room.id) === update) waiting.delete(room.id);
    };
    until.then(
      () => {
        done();
        send(update.before, update.room);
      },
      // The write failed: the room went back to its journal, and its screens keep what they showed.
      done,
    );
  };
}
