import { useEffect, useState } from 'preact/hooks';
import { io, type Socket } from 'socket.io-client';
import type { ClassControlView, ClassPublicView, ClassStudentView, StudentProgress } from '../../room';

/** The server's answer to a class room's intent (see src/server/class-protocol.ts). */
export type ClassAnswer =
  | {
      readonly ok: true;
      readonly repeated: boolean;
      readonly room?: ClassControlView | ClassStudentView | ClassPublicView;
      readonly token?: string;
      readonly seq?: number;
    }
  | { readonly ok: false; readonly refusal: string };

export interface ClassLinkState {
  readonly online: boolean;
  /** The teacher's live view, or the student's own: whichever this screen holds a token for. */
  readonly room: ClassControlView | ClassStudentView | null;
  readonly deleted: boolean;
  /** Where students join: the server's `--public-url` when it has one, else this page's own origin. */
  readonly publicBase: string;
}

// An answer that never comes (server gone) frees the screen after this long; nothing asserts on it.
const ANSWER_PATIENCE_MS = 15_000;

/**
 * A class room screen's connection: same origin, WebSocket only, and after every (re)connection the
 * screen's `rejoin` (a `resume` with its token), so a reload or a dropped network comes back to the same
 * run. The teacher's view is kept up to date by each student's row as the server pushes it.
 */
export class ClassLink {
  private readonly socket: Socket;
  private state: ClassLinkState = { online: false, room: null, deleted: false, publicBase: location.origin };
  private readonly listeners = new Set<(state: ClassLinkState) => void>();
  seq = 0;
  token: string | null = null;
  /** Told when a student's screen came back (reconnection): where the server's run stands. */
  onResumed: ((view: ClassStudentView) => void) | null = null;

  constructor(private readonly rejoin: (link: ClassLink) => Promise<void>) {
    this.socket = io({ transports: ['websocket'], reconnectionDelayMax: 3000 });
    this.socket.on('connect', () => {
      this.update({ online: true });
      void this.rejoin(this);
    });
    this.socket.on('disconnect', () => this.update({ online: false }));
    this.socket.on('classStudent', (row: StudentProgress) => this.receiveRow(row));
    this.socket.on('deleted', () => this.update({ deleted: true }));
    this.socket.on('server', (hello: { publicUrl?: unknown }) => {
      if (typeof hello?.publicUrl === 'string') this.update({ publicBase: hello.publicUrl });
    });
  }

  get current(): ClassLinkState {
    return this.state;
  }

  subscribe(listener: (state: ClassLinkState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async send(message: Record<string, unknown>): Promise<ClassAnswer> {
    try {
      const answer = (await this.socket
        .timeout(ANSWER_PATIENCE_MS)
        .emitWithAck('intent', message)) as ClassAnswer;
      // Only a class room's own views are kept (a workshop room's code answers with its own kind of view).
      const room = answer.ok ? answer.room : undefined;
      if (room?.kind === 'class-control' || room?.kind === 'class-student') {
        this.update({ room });
      }
      return answer;
    } catch {
      return { ok: false, refusal: 'no-answer' };
    }
  }

  signed(message: Record<string, unknown>): Promise<ClassAnswer> {
    this.seq += 1;
    return this.send({ ...message, token: this.token, seq: this.seq });
  }

  async resume(token: string): Promise<ClassAnswer> {
    this.token = token;
    const answer = await this.send({ type: 'resume', token });
    if (answer.ok && answer.seq !== undefined) this.seq = Math.max(this.seq, answer.seq);
    return answer;
  }

  private receiveRow(row: StudentProgress): void {
    const room = this.state.room;
    if (room?.kind !== 'class-control') return;
    const others = room.students.filter((s) => s.number !== row.number);
    const students = [...others, row].sort((a, b) => a.number - b.number);
    this.update({ room: { ...room, students } });
  }

  private update(change: Partial<ClassLinkState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener(this.state);
  }
}

/** Re-renders on every change of the link's state. */
export function useClassLinkState(link: ClassLink): ClassLinkState {
  const [state, setState] = useState(link.current);
  useEffect(() => link.subscribe(setState), [link]);
  return state;
}
