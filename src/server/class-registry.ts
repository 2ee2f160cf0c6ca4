import { CLASS_SEEDS, makeClassCode, readClassCode } from '../classroom/class-code';
import { type CompiledScenario, compile, type Scenario } from '../engine';
import {
  type ActIntent,
  applyClassAct,
  type ClassChange,
  type ClassRoomState,
  type CreateClassIntent,
  classRoleOf,
  createClassRoom,
  type JoinIntent,
  joinClassRoom,
  type Reply,
  refuse,
} from '../room';
import type { ClassJournal, ClassJournalEntry, ClassRoomRecord } from './class-journal';
import type { ScenarioCatalog } from './room-registry';
import type { Randomness } from './secrets';

export interface ClassRegistryOptions {
  readonly journal: ClassJournal;
  readonly catalog: ScenarioCatalog;
  readonly random: Randomness;
  readonly now: () => number;
  readonly expireMs: number;
  readonly log: (line: string) => void;
  /** The host token of the server (the printed control link): it creates class rooms as it creates workshops. */
  readonly hostToken: string;
  /** Whether a workshop room already uses a code, so a class room never gets the same one. */
  readonly codeTaken: (code: string) => boolean;
}

const HOST_SEQ = 'host-seq';
const HOST_LAST_ROOM = 'host-last-room';

/**
 * Every class room of this server, in memory, over its journal: whatever changes a room is written
 * first and only then kept and acknowledged; on start every room is rebuilt by replaying its journal
 * through the same pure rules (src/room/class-room.ts).
 */
export class ClassRegistry {
  private readonly rooms = new Map<string, ClassRoomState>();
  private readonly byCode = new Map<string, string>();
  private readonly byToken = new Map<string, string>();
  private readonly expiresAt = new Map<string, number>();

  constructor(private readonly options: ClassRegistryOptions) {
    for (const record of options.journal.rooms()) {
      try {
        this.restore(record);
      } catch (error) {
        this.forget(record.id, record.code);
        options.log(
          `could not restore class room ${record.code}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  }

  room(id: string): ClassRoomState | undefined {
    return this.rooms.get(id);
  }

  roomByCode(code: string): ClassRoomState | undefined {
    const id = this.byCode.get(code);
    return id === undefined ? undefined : this.rooms.get(id);
  }

  roomByToken(token: string): { room: ClassRoomState; role: 'control' | 'student' } | undefined {
    const id = this.byToken.get(token);
    const room = id === undefined ? undefined : this.rooms.get(id);
    const role = room === undefined ? null : classRoleOf(room, token);
    return room === undefined || role === null ? undefined : { room, role };
  }

  expiryOf(id: string): number | null {
    return this.expiresAt.get(id) ?? null;
  }

  /** The last sequence number the host token used to create a class room. */
  hostSeq(): number {
    return Number(this.options.journal.meta(HOST_SEQ) ?? '0');
  }

  create(intent: CreateClassIntent): Reply & { readonly room?: ClassRoomState } {
    const { journal, random, now } = this.options;
    if (intent.token !== this.options.hostToken) return refuse('unknown-token');
    const last = this.hostSeq();
    if (intent.seq === last) {
      const room = this.rooms.get(journal.meta(HOST_LAST_ROOM) ?? '');
      return room === undefined ? refuse('stale-seq') : { ok: true, repeated: true, room };
    }
    if (intent.seq < last) return refuse('stale-seq');
    const entry = this.options.catalog.get(intent.scenario);
    if (entry === undefined) return refuse('unknown-scenario');
    const seeded = classSeed(
      entry.source.classKey,
      intent.classCode ?? '',
      () => random.seed() % CLASS_SEEDS,
    );
    if (seeded === null) return refuse('bad-class-code');
    let code = random.roomCode();
    while (this.byCode.has(code) || this.options.codeTaken(code)) code = random.roomCode();
    const createdAt = now();
    const record: ClassRoomRecord = {
      id: random.roomId(),
      code,
      controlToken: random.token(),
      seed: seeded.seed,
      classCode: seeded.classCode,
      askNickname: intent.askNickname,
      createdAt,
      expiresAt: createdAt + this.options.expireMs,
      scenario: entry.source,
    };
    journal.createRoom(record, { [HOST_SEQ]: String(intent.seq), [HOST_LAST_ROOM]: record.id });
    return { ok: true, repeated: false, room: this.keep(record, entry.compiled) };
  }

  join(intent: JoinIntent): { reply: Reply; room?: ClassRoomState; token?: string } {
    const room = this.roomByCode(intent.code);
    if (room === undefined) return { reply: refuse('unknown-room') };
    const token = this.options.random.token();
    const change = joinClassRoom(room, intent, token, this.options.now());
    if (!change.reply.ok) return { reply: change.reply };
    this.commit(room, change, { kind: 'join', intent, token });
    this.byToken.set(token, room.id);
    return { reply: change.reply, room: change.room, token };
  }

  act(roomId: string, intent: ActIntent): ClassChange {
    const room = this.rooms.get(roomId);
    if (room === undefined) throw new Error(`no class room ${roomId}`);
    const change = applyClassAct(room, intent, this.options.now());
    this.commit(room, change, { kind: 'act', intent });
    return change;
  }

  expire(): { id: string; code: string | null }[] {
    const ids = this.options.journal.expired(this.options.now());
    const gone = ids.map((id) => ({ id, code: this.rooms.get(id)?.code ?? null }));
    for (const id of ids) this.delete(id);
    return gone;
  }

  delete(roomId: string): void {
    const room = this.rooms.get(roomId);
    this.options.journal.deleteRoom(roomId);
    if (room !== undefined) this.forget(roomId, room.code);
  }

  private forget(roomId: string, code: string): void {
    this.rooms.delete(roomId);
    this.byCode.delete(code);
    this.expiresAt.delete(roomId);
    for (const [token, id] of this.byToken) if (id === roomId) this.byToken.delete(token);
  }

  /**
   * Journal first, then memory. A refused action that used up its sequence number is written too: the
   * number must stay used after a restart, or the refused action could be sent again and land.
   */
  private commit(before: ClassRoomState, change: ClassChange, entry: ClassJournalEntry): void {
    if (change.room === before) return;
    this.options.journal.append(before.id, this.options.now(), entry);
    this.rooms.set(before.id, change.room);
  }

  private keep(record: ClassRoomRecord, scenario: CompiledScenario): ClassRoomState {
    const room = createClassRoom(scenario, {
      id: record.id,
      code: record.code,
      controlToken: record.controlToken,
      seed: record.seed,
      classCode: record.classCode,
      askNickname: record.askNickname,
      now: record.createdAt,
    });
    this.rooms.set(room.id, room);
    this.byCode.set(room.code, room.id);
    this.byToken.set(room.controlToken, room.id);
    this.expiresAt.set(room.id, record.expiresAt);
    return room;
  }

  private restore(record: ClassRoomRecord): void {
    let room = this.keep(record, compile(record.scenario as Scenario));
    let count = 0;
    for (const { at, entry } of this.options.journal.entries(record.id)) {
      if (entry.kind === 'join') {
        room = joinClassRoom(room, entry.intent, entry.token, at).room;
        this.byToken.set(entry.token, room.id);
      } else room = applyClassAct(room, entry.intent, at).room;
      count += 1;
    }
    this.rooms.set(room.id, room);
    this.options.log(`restored class room ${room.code} (${count} journal entries)`);
  }
}

/**
 * The seed and class code of a new class room. A class code the teacher typed is read as learners' codes
 * are (typos caught by its check character) and must be for this scenario; none gives a fresh seed and
 * the code for it. A scenario without a class key has no class codes: only a fresh seed. Null: refused.
 */
export function classSeed(
  classKey: string | undefined,
  typed: string,
  freshSeed: () => number,
): { seed: number; classCode: string | null } | null {
  if (typed.trim() === '') {
    const seed = freshSeed();
    return { seed, classCode: classKey === undefined ? null : makeClassCode(classKey, seed) };
  }
  if (classKey === undefined) return null;
  const read = readClassCode(typed, [classKey]);
  return read.ok ? { seed: read.seed, classCode: read.code } : null;
}
