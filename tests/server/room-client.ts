import { io, type Socket } from 'socket.io-client';
import type { RoomView } from '../../src/room';
import type { Answer } from '../../src/server/room-protocol';

/** How long a test waits for an answer or an update before it fails: generous, never a measurement. */
export const PATIENCE_MS = 30_000;

type Unsigned = Record<string, unknown> & { type: string };

/**
 * A room client for tests, as the phone and projector screens will be: one Socket.IO connection
 * (WebSocket only), each intent sent with the next sequence number of its token, the latest update
 * kept, and, after any reconnection, a `resume` with its token so it comes back as itself.
 */
export class RoomClient {
  readonly socket: Socket;
  token: string | null = null;
  seq = 0;
  latest: RoomView | null = null;
  /** How many times this client came back (a resume answered) after a reconnection. */
  resumes = 0;
  /** The engine's view from the latest message that carried one. */
  view: RoomView['view'] = null;
  private waiters: { test: (view: RoomView) => boolean; resolve: (view: RoomView) => void }[] = [];

  constructor(url: string) {
    this.socket = io(url, {
      transports: ['websocket'],
      forceNew: true,
      reconnectionDelay: 100,
      reconnectionDelayMax: 500,
      timeout: PATIENCE_MS,
    });
    this.socket.on('room', (view: RoomView) => this.receive(view));
    this.socket.on('connect', () => {
      if (this.token !== null && this.socket.recovered !== true) {
        void this.send({ type: 'resume', token: this.token }).then((answer) => {
          if (!answer.ok || !answer.room) return;
          this.resumes += 1;
          this.receive(answer.room);
        });
      }
    });
  }

  connected(): Promise<void> {
    if (this.socket.connected) return Promise.resolve();
    return new Promise((resolve) => this.socket.once('connect', () => resolve()));
  }

  send(message: Unsigned): Promise<Answer> {
    return this.socket.timeout(PATIENCE_MS).emitWithAck('intent', message) as Promise<Answer>;
  }

  /** Sends an intent signed with this client's token and its next sequence number. */
  signed(message: Unsigned, seq = this.seq + 1): Promise<Answer> {
    this.seq = Math.max(this.seq, seq);
    return this.send({ ...message, token: this.token, seq });
  }

  async join(code: string, extra: Record<string, string> = {}): Promise<Answer> {
    const answer = await this.send({ type: 'join', code, ...extra });
    if (answer.ok) {
      this.token = answer.token ?? null;
      if (answer.room) this.receive(answer.room);
    }
    return answer;
  }

  /**
   * Resolves with the first update (or the latest already received) that passes `test`; fails, saying
   * what it last saw, when none does within PATIENCE_MS (a bound on a hang, not a measurement).
   */
  until(test: (view: RoomView) => boolean): Promise<RoomView> {
    if (this.latest !== null && test(this.latest)) return Promise.resolve(this.latest);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const last = this.latest === null ? 'nothing' : JSON.stringify({ ...this.latest, view: undefined });
        reject(new Error(`no update passed the test; the last was ${last}`));
      }, PATIENCE_MS);
      this.waiters.push({
        test,
        resolve: (view) => {
          clearTimeout(timer);
          resolve(view);
        },
      });
    });
  }

  receive(view: RoomView): void {
    this.latest = view;
    if (view.view !== null) this.view = view.view;
    const ready = this.waiters.filter((w) => w.test(view));
    this.waiters = this.waiters.filter((w) => !w.test(view));
    for (const waiter of ready) waiter.resolve(view);
  }

  close(): void {
    this.socket.close();
  }
}
