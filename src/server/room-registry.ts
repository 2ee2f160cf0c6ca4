import { type CompiledScenario, compile, type Scenario } from '../engine';
import {
  applyIntent,
  type Change,
  type CreateIntent,
  createRoom,
  type JoinIntent,
  joinedAs,
  joinRoom,
  REPEATED,
  type Reply,
  type RoomState,
  refuse,
  roleOf,
  type SignedIntent,
} from '../room';
import type { JournalEntry, RoomJournal, RoomRecord } from './journal';
import type { Randomness } from './secrets';

/** The scenarios a room may be created for, by id (the shipped ones). */
export type ScenarioCatalog = ReadonlyMap<
  string,
  { readonly source: Scenario; readonly compiled: CompiledScenario }
>;

export interface RegistryOptions {
  readonly journal: RoomJournal;
  readonly catalog: ScenarioCatalog;
  /** Scenarios the facilitator uploaded (checked like `validate`); a shipped id is never among them. */
  readonly uploads?: ScenarioCatalog;
  readonly random: Randomness;
  readonly now: () => number;
  readonly expireMs: number;
  readonly log: (line: string) => void;
}

export type CreateReply = Reply & { readonly room?: RoomState };

export const HOST_TOKEN = 'host-token';
const HOST_SEQ = 'host-seq';
const HOST_LAST_ROOM = 'host-last-room';

/**
 * Every room of this server, in memory, and the journal under them. Whatever changes a room is kept in
 * memory and appended to the journal at once, in arrival order; the protocol acknowledges it, and shows
 * it on any screen, only once the journal says it is durable (`settled`). A write that failed takes its
 * rooms back to the journal (`reload`); on start every room is rebuilt by replaying its journal through
 * the same pure rules.
 */
export class RoomRegistry {
  private readonly rooms = new Map<string, RoomState>();
  private readonly byCode = new Map<string, string>();
  private readonly byToken = new Map<string, string>();
  private readonly expiresAt = new Map<string, number>();
  readonly hostToken: string;

  constructor(private readonly options: RegistryOptions) {
    const { journal } = options;
    this.hostToken = journal.meta(HOST_TOKEN) ?? options.random.token();
    journal.setMeta(HOST_TOKEN, this.hostToken);
    for (const record of journal.rooms()) this.bringBack(record);
  }

  get size(): number {
    return this.rooms.size;
  }

  room(id: string): RoomState | undefined {
    return this.rooms.get(id);
  }

  roomByCode(code: string): RoomState | undefined {
    const id = this.byCode.get(code);
    return id === undefined ? undefined : this.rooms.get(id);
  }

  /** The room a token belongs to and who it is there. */
  roomByToken(token: string): { room: RoomState; role: 'control' | 'participant' } | undefined {
    const id = this.byToken.get(token);
    const room = id === undefined ? undefined : this.rooms.get(id);
    const role = room === undefined ? null : roleOf(room, token);
    return room === undefined || role === null ? undefined : { room, role };
  }

  expiryOf(id: string): number | null {
    return this.expiresAt.get(id) ?? null;
  }

  /** The last sequence number the host token used (to create a room). */
  hostSeq(): number {
    return Number(this.options.journal.meta(HOST_SEQ) ?? '0');
  }

  /** The facilitator creates a room with the host token; a retransmission answers with the same room. */
  create(intent: CreateIntent): CreateReply {
    const { journal, random, now } = this.options;
    if (intent.token !== this.hostToken) return refuse('unknown-token');
    const last = this.hostSeq();
    if (intent.seq === last) {
      const room = this.rooms.get(journal.meta(HOST_LAST_ROOM) ?? '');
      return room === undefined ? refuse('stale-seq') : { ok: true, repeated: true, room };
    }
    if (intent.seq < last) return refuse('stale-seq');
    const shipped = this.options.catalog.get(intent.scenario);
    const entry = shipped ?? this.options.uploads?.get(intent.scenario);
    if (entry === undefined) return refuse('unknown-scenario');
    let code = random.roomCode();
    while (this.byCode.has(code)) code = random.roomCode();
    const createdAt = now();
    const record: RoomRecord = {
      id: random.roomId(),
      code,
      controlToken: random.token(),
      seed: random.seed(),
      createdAt,
      expiresAt: createdAt + this.options.expireMs,
      scenario: entry.source,
      scenarioFrom: shipped === undefined ? 'uploaded' : 'shipped',
      settings: { liveTally: intent.liveTally, voteMode: intent.voteMode, teams: intent.teams },
    };
    journal.createRoom(record, { [HOST_SEQ]: String(intent.seq), [HOST_LAST_ROOM]: record.id });
    const room = this.keep(record, entry.compiled);
    return { ok: true, repeated: false, room };
  }

  /** A participant joins; a join id already answered gets the same participant's token back, unchanged. */
  join(intent: JoinIntent): { reply: Reply; room?: RoomState; token?: string } {
    const room = this.roomByCode(intent.code);
    if (room === undefined) return { reply: refuse('unknown-room') };
    const again = joinedAs(room, intent.joinId);
    if (again !== undefined) return { reply: REPEATED, room, token: again };
    const token = this.options.random.token();
    const change = joinRoom(room, intent, token, this.options.now());
    if (!change.reply.ok) return { reply: change.reply };
    this.commit(room, change, { kind: 'join', intent, token });
    this.byToken.set(token, room.id);
    return { reply: change.reply, room: change.room, token };
  }

  /** A signed intent for the room `roomId`: refused as unknown when its token is not of that room. */
  apply(roomId: string, intent: SignedIntent): Change & { deleted: boolean } {
    const room = this.rooms.get(roomId);
    if (room === undefined) throw new Error(`no room ${roomId}`);
    const change = applyIntent(room, intent, this.options.now());
    if (intent.type === 'delete' && change.reply.ok && !change.reply.repeated) {
      this.delete(roomId);
      return { ...change, deleted: true };
    }
    this.commit(room, change, { kind: 'intent', intent });
    return { ...change, deleted: false };
  }

  /** Deletes every room whose time is up; returns their ids and codes. */
  expire(): { id: string; code: string | null }[] {
    const ids = this.options.journal.expired(this.options.now());
    const gone = ids.map((id) => ({ id, code: this.rooms.get(id)?.code ?? null }));
    for (const id of ids) this.delete(id);
    return gone;
  }

  /** Brings back a room from its journal (a process taking over a room that another one held). */
  adopt(record: RoomRecord): RoomState {
    this.restore(record);
    return this.rooms.get(record.id) as RoomState;
  }

  /**
   * The journal could not write these rooms' latest changes: each is rebuilt from what its journal holds,
   * the last durable state, as on start. Replaying rather than undoing keeps one way of making a room
   * from its record, and drops the join tokens and votes that were never written with it.
   */
  reload(roomIds: readonly string[]): void {
    const records = new Map(this.options.journal.rooms().map((record) => [record.id, record]));
    for (const roomId of roomIds) {
      const record = records.get(roomId);
      this.release(roomId);
      if (record !== undefined) this.bringBack(record);
    }
  }

  /** Forgets a room held in memory, keeping its data (another process takes it over). */
  release(roomId: string): void {
    const room = this.rooms.get(roomId);
    if (room !== undefined) this.forget(roomId, room.code);
  }

  delete(roomId: string): void {
    const room = this.rooms.get(roomId);
    this.options.journal.deleteRoom(roomId);
    if (room === undefined) return;
    this.forget(roomId, room.code);
  }

  private forget(roomId: string, code: string): void {
    this.rooms.delete(roomId);
    this.byCode.delete(code);
    this.expiresAt.delete(roomId);
    for (const [token, id] of this.byToken) if (id === roomId) this.byToken.delete(token);
  }

  /**
   * Memory and journal together, in arrival order (the write becomes durable at the journal's next
   * commit): an intent that changed nothing (a retransmission, a refusal by token) is not written.
   */
  private commit(before: RoomState, change: Change, entry: JournalEntry): void {
    if (change.room === before) return;
    this.options.journal.append(before.id, this.options.now(), entry);
    this.rooms.set(before.id, change.room);
  }

  private keep(record: RoomRecord, scenario: CompiledScenario): RoomState {
    const room = createRoom(scenario, {
      id: record.id,
      code: record.code,
      controlToken: record.controlToken,
      seed: record.seed,
      now: record.createdAt,
      settings: definedOnly(record.settings),
    });
    this.rooms.set(room.id, room);
    this.byCode.set(room.code, room.id);
    this.byToken.set(room.controlToken, room.id);
    this.expiresAt.set(room.id, record.expiresAt);
    return room;
  }

  /** Restores a room; one unreadable room must not keep the others back (its data stays for a look). */
  private bringBack(record: RoomRecord): void {
    try {
      this.restore(record);
    } catch (error) {
      this.forget(record.id, record.code);
      this.options.log(
        `could not restore room ${record.code}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  private restore(record: RoomRecord): void {
    let room = this.keep(record, compile(record.scenario as Scenario));
    let count = 0;
    for (const { at, entry } of this.options.journal.entries(record.id)) {
      const change =
        entry.kind === 'join'
          ? joinRoom(room, entry.intent, entry.token, at)
          : applyIntent(room, entry.intent, at);
      if (entry.kind === 'join') this.byToken.set(entry.token, room.id);
      room = change.room;
      count += 1;
    }
    this.rooms.set(room.id, room);
    this.options.log(`restored room ${room.code} (${count} journal entries)`);
  }
}

/** Settings as stored: JSON drops undefined, but a settings object from an intent may carry it. */
function definedOnly(settings: unknown): Record<string, unknown> {
  if (typeof settings !== 'object' || settings === null) return {};
  return Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined));
}
