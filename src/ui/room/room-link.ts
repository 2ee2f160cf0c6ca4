import { io, type Socket } from 'socket.io-client';
import type { PresentedView } from '../../engine';
import type { RoomReport, RoomView } from '../../room';

/** The server's answer to an intent (see src/server/room-protocol.ts). */
export type Answer =
  | {
      readonly ok: true;
      readonly repeated: boolean;
      readonly room?: RoomView;
      readonly token?: string;
      readonly seq?: number;
      readonly report?: RoomReport;
    }
  | { readonly ok: false; readonly refusal: string };

/** What a screen renders: the latest room view, with the engine's view kept across updates that omit it. */
export interface LinkState {
  readonly online: boolean;
  readonly room: RoomView | null;
  readonly view: PresentedView | null;
  readonly deleted: boolean;
  /** The server's clock minus this one's, as of the latest view: timers count down in server time. */
  readonly clockOffset: number;
  /** Where people reach the server (its `--public-url`), else this page's origin: join links use it. */
  readonly publicBase: string;
}

// An answer that never comes (server gone) frees the button after this long; nothing asserts on it.
const ANSWER_PATIENCE_MS = 15_000;

/**
 * One screen's connection to the room server: same origin, WebSocket only (as the server accepts), the
 * latest view kept, and after every (re)connection the screen's `rejoin` (a `resume` with its token, or
 * a `watch`), so a reload or a dropped network comes back as the same device.
 */
export class RoomLink {
  private readonly socket: Socket;
  private state: LinkState = {
    online: false,
    room: null,
    view: null,
    deleted: false,
    clockOffset: 0,
    publicBase: location.origin,
  };
  private readonly listeners = new Set<(state: LinkState) => void>();
  /** The signing token's last used sequence number: each signed intent carries the next. */
  seq = 0;
  token: string | null = null;

  constructor(private readonly rejoin: (link: RoomLink) => Promise<void>) {
    this.socket = io({ transports: ['websocket'], reconnectionDelayMax: 3000 });
    this.socket.on('connect', () => {
      this.update({ online: true });
      void this.rejoin(this);
    });
    this.socket.on('disconnect', () => this.update({ online: false }));
    this.socket.on('room', (room: RoomView) => this.receive(room));
    this.socket.on('deleted', () => this.update({ deleted: true }));
    this.socket.on('server', (hello: { publicUrl?: unknown }) => {
      if (typeof hello?.publicUrl === 'string') this.update({ publicBase: hello.publicUrl });
    });
  }

  get current(): LinkState {
    return this.state;
  }

  subscribe(listener: (state: LinkState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async send(message: Record<string, unknown>): Promise<Answer> {
    try {
      const answer = (await this.socket.timeout(ANSWER_PATIENCE_MS).emitWithAck('intent', message)) as Answer;
      if (answer.ok && answer.room !== undefined) this.receive(answer.room);
      return answer;
    } catch {
      return { ok: false, refusal: 'no-answer' };
    }
  }

  /** An intent signed with this screen's token and the next sequence number. */
  signed(message: Record<string, unknown>): Promise<Answer> {
    this.seq += 1;
    return this.send({ ...message, token: this.token, seq: this.seq });
  }

  /** Comes back as the token's holder; the server says where its sequence numbers stand. */
  async resume(token: string): Promise<Answer> {
    this.token = token;
    const answer = await this.send({ type: 'resume', token });
    if (answer.ok && answer.seq !== undefined) this.seq = Math.max(this.seq, answer.seq);
    return answer;
  }

  close(): void {
    this.socket.close();
  }

  private receive(room: RoomView): void {
    const previous = this.state.room;
    // Broadcasts carry no `you`: keep the participant's own ballot while it is for the same decision.
    const you =
      room.you ??
      (previous?.you != null && previous.vote.decision === room.vote.decision
        ? previous.you
        : previous?.you != null
          ? { ...previous.you, choice: null }
          : null);
    this.update({
      room: { ...room, you },
      view: room.view ?? this.state.view,
      clockOffset: room.serverTime - Date.now(),
    });
  }

  private update(change: Partial<LinkState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener(this.state);
  }
}
