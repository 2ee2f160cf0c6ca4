import { io, type Socket } from 'socket.io-client';
import type { PresentedView } from '../../engine';
import type { RoomView } from '../../room';
import type { Answer } from '../../server/room-protocol';

/**
 * One simulated device of the bench: a Socket.IO connection (WebSocket only, as the room's screens
 * use), its token and sequence numbers, the latest room update and the engine view it last carried.
 * Every wait is bounded by the bench's deadline: nothing here can hang the bench.
 */
export class BenchSocket {
  readonly socket: Socket;
  token: string | null = null;
  seq = 0;
  latest: RoomView | null = null;
  view: PresentedView | null = null;
  /** Called with each room update and the time it arrived (performance.now()). */
  onUpdate: ((room: RoomView, at: number) => void) | null = null;
  private waiters: { test: (room: RoomView) => boolean; resolve: () => void }[] = [];

  constructor(
    url: string,
    private readonly deadline: number,
  ) {
    this.socket = io(url, { transports: ['websocket'], forceNew: true, reconnection: false });
    this.socket.on('room', (room: RoomView) => this.receive(room, performance.now()));
  }

  connected(): Promise<void> {
    if (this.socket.connected) return Promise.resolve();
    return this.bounded(
      new Promise((resolve, reject) => {
        this.socket.once('connect', () => resolve());
        this.socket.once('connect_error', (error) => reject(error));
      }),
      'connect',
    );
  }

  send(message: Record<string, unknown>): Promise<Answer> {
    return this.bounded(
      this.socket.timeout(this.left()).emitWithAck('intent', message) as Promise<Answer>,
      String(message.type),
    );
  }

  signed(message: Record<string, unknown>): Promise<Answer> {
    this.seq += 1;
    return this.send({ ...message, token: this.token, seq: this.seq });
  }

  /** Resolves when an update passes `test` (at once if the latest does); rejects at the deadline. */
  until(test: (room: RoomView) => boolean, what: string): Promise<void> {
    if (this.latest !== null && test(this.latest)) return Promise.resolve();
    return this.bounded(
      new Promise((resolve) => this.waiters.push({ test, resolve })),
      `waiting for ${what}`,
    );
  }

  receive(room: RoomView, at: number): void {
    this.latest = room;
    if (room.view !== null) this.view = room.view;
    this.onUpdate?.(room, at);
    if (this.waiters.length === 0) return;
    const ready = this.waiters.filter((w) => w.test(room));
    this.waiters = this.waiters.filter((w) => !ready.includes(w));
    for (const waiter of ready) waiter.resolve();
  }

  close(): void {
    this.socket.close();
  }

  private left(): number {
    return Math.max(1, this.deadline - performance.now());
  }

  private bounded<T>(promise: Promise<T>, what: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new DeadlineError(what)), this.left());
      promise.then(
        (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error);
        },
      );
    });
  }
}

/** The bench's time ran out while it waited for something. */
export class DeadlineError extends Error {
  constructor(what: string) {
    super(`the bench's deadline passed (${what})`);
  }
}
