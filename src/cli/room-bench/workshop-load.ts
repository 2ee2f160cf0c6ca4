import type { RoomView } from '../../room';
import { BenchSocket, DeadlineError } from './bench-socket';

export interface LoadOptions {
  /** Base URLs of the room servers: rooms are created and projected on the first, phones spread over all. */
  readonly servers: readonly { readonly url: string; readonly hostToken: string }[];
  readonly scenario: string;
  readonly rooms: number;
  readonly participants: number;
  /** Stop each room after this many votes (null: play the whole scenario). */
  readonly decisions: number | null;
  /** Each participant votes at a random moment within this window after the vote opens. */
  readonly spreadMs: number;
  readonly seed: number;
  /** performance.now() by which the load stops, whatever it has done. */
  readonly deadline: number;
}

export interface LoadFigures {
  readonly participants: number;
  readonly roomsEnded: number;
  readonly votesOpened: number;
  readonly votesSent: number;
  /** Votes sent in votes the facilitator closed: the ones that must all be counted. */
  readonly votesSentClosed: number;
  readonly votesAccepted: number;
  readonly votesCounted: number;
  /** Send → the projector's update with that vote in its count, in ms. */
  readonly latencies: readonly number[];
  /** Why the load stopped early, if it did (the deadline, a refusal, a lost connection). */
  readonly stopped: string | null;
}

/** A small seeded generator (mulberry32): the same seed votes the same way in every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Tally {
  ended: number;
  opened: number;
  sent: number;
  sentClosed: number;
  accepted: number;
  counted: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Rooms of participants, each a socket of its own, played through the scenario at once: per card the
 * facilitator opens the vote, every participant votes once (at a random moment in the spread), the
 * facilitator closes it (breaking a tie), and goes on. Counted: votes sent, accepted, and counted in
 * the closed tally; for each vote, the time until the projector shows it counted.
 */
export async function runWorkshopLoad(options: LoadOptions): Promise<LoadFigures> {
  const sockets: BenchSocket[] = [];
  const socket = (url: string) => {
    const s = new BenchSocket(url, options.deadline);
    sockets.push(s);
    return s;
  };
  const tally: Tally = { ended: 0, opened: 0, sent: 0, sentClosed: 0, accepted: 0, counted: 0 };
  const latencies: number[] = [];
  let stopped: string | null = null;
  const rooms: Promise<void>[] = [];
  try {
    const first = options.servers[0];
    if (first === undefined) throw new Error('no server');
    const host = socket(first.url);
    await host.connected();
    const resumed = await host.send({ type: 'resume', token: first.hostToken });
    let hostSeq = resumed.ok ? (resumed.seq ?? 0) : 0;
    for (let r = 0; r < options.rooms; r++) {
      // Created one after another: the host token's numbers must rise in the order they arrive.
      const control = socket(first.url);
      await control.connected();
      hostSeq += 1;
      const created = await control.send({
        type: 'create',
        token: first.hostToken,
        seq: hostSeq,
        scenario: options.scenario,
      });
      if (!created.ok || created.token === undefined || created.room === undefined)
        throw new Error(`create refused: ${created.ok ? 'no room' : created.refusal}`);
      control.token = created.token;
      const code = created.room.code;
      const display = socket(first.url);
      await display.connected();
      const watched = await display.send({ type: 'watch', code });
      if (watched.ok && watched.room !== undefined) display.receive(watched.room, performance.now());
      rooms.push(playRoom(options, r, control, display, code, socket, tally, latencies));
    }
    const results = await Promise.allSettled(rooms);
    const failure = results.find((result) => result.status === 'rejected');
    if (failure !== undefined) stopped = String((failure as PromiseRejectedResult).reason);
  } catch (error) {
    stopped = error instanceof DeadlineError ? error.message : String(error);
    await Promise.allSettled(rooms);
  } finally {
    for (const s of sockets) s.close();
  }
  return {
    participants: options.rooms * options.participants,
    roomsEnded: tally.ended,
    votesOpened: tally.opened,
    votesSent: tally.sent,
    votesSentClosed: tally.sentClosed,
    votesAccepted: tally.accepted,
    votesCounted: tally.counted,
    latencies,
    stopped,
  };
}

async function playRoom(
  options: LoadOptions,
  index: number,
  control: BenchSocket,
  display: BenchSocket,
  code: string,
  socket: (url: string) => BenchSocket,
  tally: Tally,
  latencies: number[],
): Promise<void> {
  const next = random(options.seed + index);
  // When the projector first showed each count, by decision: `decision:voters` → time.
  const shown = new Map<string, number>();
  display.onUpdate = (room: RoomView, at: number) => {
    const key = `${room.vote.decision}:${room.vote.voters}`;
    if (!shown.has(key)) shown.set(key, at);
  };
  const phones: BenchSocket[] = [];
  for (let p = 0; p < options.participants; p++) {
    const server = options.servers[p % options.servers.length] ?? options.servers[0];
    const phone = socket(server?.url ?? '');
    phones.push(phone);
  }
  // Joining in small groups, as a room fills in the first minutes (not forty in one millisecond).
  for (let p = 0; p < phones.length; p += 10) {
    await Promise.all(
      phones.slice(p, p + 10).map(async (phone) => {
        await phone.connected();
        const joined = await phone.send({ type: 'join', code });
        if (!joined.ok || joined.token === undefined)
          throw new Error(`join refused: ${JSON.stringify(joined)}`);
        phone.token = joined.token;
      }),
    );
  }
  const act = async (message: Record<string, unknown>) => {
    const answer = await control.signed(message);
    if (!answer.ok) throw new Error(`${String(message.type)} refused: ${answer.refusal}`);
  };
  let votes = 0;
  for (;;) {
    const view = display.view;
    const vote = display.latest?.vote;
    if (view === null || vote === undefined) throw new Error('the projector has no view');
    if (view.phase === 'ended') {
      tally.ended += 1;
      return;
    }
    if (options.decisions !== null && votes >= options.decisions) return;
    const step = view.step;
    const moved = (room: RoomView) => room.view !== null && room.view.step !== step;
    if (view.phase === 'outcome') {
      await act({ type: 'continue' });
      await display.until(moved, 'the next card');
    } else if (view.phase === 'negotiating') {
      const n = view.negotiation;
      if (n?.counter != null) await act({ type: 'acceptCounter' });
      else if (n !== null && (n.answer === null || n.canProposeAgain))
        await act({ type: 'propose', terms: Object.fromEntries(n.clauses.map((c) => [c.id, c.preset])) });
      else await act({ type: 'walkAway' });
      await display.until(moved, 'the partner’s answer');
    } else {
      const decision = vote.decision;
      await act({ type: 'open', decision });
      tally.opened += 1;
      const choices = view.choices.filter((c) => !c.locked).map((c) => c.id);
      const sends = phones.map(async (phone) => {
        await sleep(next() * options.spreadMs);
        const choice = choices[Math.floor(next() * choices.length)];
        const sentAt = performance.now();
        tally.sent += 1;
        const answer = await phone.signed({ type: 'vote', decision, choice });
        if (!answer.ok) return null;
        tally.accepted += 1;
        return { sentAt, voters: answer.room?.vote.voters ?? null };
      });
      const sent = await Promise.all(sends);
      const accepted = sent.filter((s) => s !== null).length;
      await display.until(
        (room) => room.vote.decision === decision && room.vote.voters >= accepted,
        'the count',
      );
      for (const s of sent) {
        const at = s === null || s.voters === null ? undefined : firstShown(shown, decision, s.voters);
        if (s !== null && at !== undefined) latencies.push(at - s.sentAt);
      }
      await act({ type: 'close', decision });
      await display.until((room) => room.vote.tally !== null && room.vote.status !== 'open', 'the tally');
      tally.sentClosed += sent.length;
      tally.counted += display.latest?.vote.tally?.voters ?? 0;
      if (display.latest?.vote.status === 'tied')
        await act({ type: 'breakTie', decision, choice: display.latest.vote.tied[0] });
      await display.until(moved, 'the outcome');
      votes += 1;
    }
  }
}

/**
 * When the projector first showed a count that includes a vote answered with `voters`: that count or a
 * higher one (counts only grow while a vote is open, and the votes one commit makes durable reach the
 * projector as one update, so a vote's own count may never be shown by itself).
 */
function firstShown(
  shown: ReadonlyMap<string, number>,
  decision: number,
  voters: number,
): number | undefined {
  let first: number | undefined;
  for (const [key, at] of shown) {
    const [d, v] = key.split(':').map(Number);
    if (d === decision && (v ?? 0) >= voters && (first === undefined || at < first)) first = at;
  }
  return first;
}
