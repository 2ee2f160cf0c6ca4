import * as z from 'zod/mini';
import { cleanName, cleanRoomCode, MAX_NAME_LENGTH } from './text';

/**
 * The room protocol's client intents, checked on arrival before anything else reads them. Every string
 * has a length limit (checked before any cleaning, so a huge string costs nothing), names are cleaned of
 * control characters, and every intent that carries a token carries that token's sequence number: the
 * room applies an intent once, answers a retransmission (same number) harmlessly and refuses an older one.
 * zod/mini: the browser's room screens will import these schemas too, and the game's chunks stay small.
 */

/** 128 bits as base64url without padding: 22 characters. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{22}$/;
export const Token = z.string().check(z.regex(TOKEN_PATTERN));

/** Room codes are read aloud and typed on phones: a few letters and digits, never 0/O or 1/I. */
export const ROOM_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const ROOM_CODE_LENGTH = 5;
export const RoomCode = z.pipe(
  z.string().check(z.maxLength(32)),
  z.pipe(
    z.transform(cleanRoomCode),
    z.string().check(z.regex(new RegExp(`^[${ROOM_CODE_ALPHABET}]{${ROOM_CODE_LENGTH}}$`))),
  ),
);

/** An author id of the scenario format (choice, clause, option, scenario). */
const Id = z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/));

/** A name or team name: cleaned, at most MAX_NAME_LENGTH characters after cleaning, empty means none. */
export const Name = z.pipe(
  z.string().check(z.maxLength(200)),
  z.pipe(z.transform(cleanName), z.string().check(z.maxLength(MAX_NAME_LENGTH))),
);

export const Seq = z.int().check(z.minimum(1), z.maximum(2 ** 31 - 1));
/** The decision a vote or a facilitator's action is meant for, so a late one cannot land on the next card. */
const Decision = z.int().check(z.minimum(0), z.maximum(10_000));
export const MAX_NOTE_LENGTH = 4000;
/**
 * A scenario for a room, from a file or the studio, is uploaded over HTTP POST with its own limit (the
 * socket's messages stay small): the flagship, the largest, is 0.64 MB.
 */
export const SCENARIO_UPLOAD_PATH = '/room/scenario';
export const MAX_SCENARIO_UPLOAD_BYTES = 2_000_000;
export const MAX_TEAMS = 12;

const signed = <T extends string, S extends z.core.$ZodLooseShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), token: Token, seq: Seq, ...shape });

/** A ballot: a choice on a card, or on a negotiation card one option (`choice`) of one `clause`. */
export const VoteIntent = signed('vote', { decision: Decision, choice: Id, clause: z.optional(Id) });
export const OpenVoteIntent = signed('open', { decision: Decision });
export const CloseVoteIntent = signed('close', { decision: Decision });
export const BreakTieIntent = signed('breakTie', { decision: Decision, choice: Id });
export const ContinueIntent = signed('continue', {});
export const ProposeIntent = signed('propose', {
  terms: z.record(Id, Id).check(z.refine((terms) => Object.keys(terms).length <= 16)),
});
export const AcceptCounterIntent = signed('acceptCounter', {});
export const WalkAwayIntent = signed('walkAway', {});
export const TimerIntent = signed('timer', {
  action: z.enum(['start', 'pause', 'resume', 'reset', 'clear']),
  seconds: z.optional(z.int().check(z.minimum(1), z.maximum(24 * 3600))),
});
export const NoteIntent = signed('note', {
  decision: Decision,
  text: z.string().check(z.maxLength(MAX_NOTE_LENGTH)),
});
export const SettingsIntent = signed('settings', {
  liveTally: z.optional(z.boolean()),
  voteMode: z.optional(z.enum(['person', 'team'])),
  teams: z.optional(z.array(Name).check(z.maxLength(MAX_TEAMS))),
});
export const DeleteRoomIntent = signed('delete', {});

export const MAX_IMPROVEMENT_ACTION = 300;
export const MAX_IMPROVEMENT_OWNER = 80;
export const MAX_IMPROVEMENTS = 50;
/** One line of text a person typed: cleaned like a name, limited before and after cleaning. */
const Line = (max: number) =>
  z.pipe(
    z.string().check(z.maxLength(max * 4)),
    z.pipe(z.transform(cleanName), z.string().check(z.maxLength(max))),
  );
/** A calendar date as a date field gives it (YYYY-MM-DD), or empty for none. */
export const DueDate = z.string().check(z.regex(/^(|\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))$/));
export const ImprovementItem = z.strictObject({
  action: Line(MAX_IMPROVEMENT_ACTION),
  owner: Line(MAX_IMPROVEMENT_OWNER),
  due: DueDate,
});
/**
 * An improvement item of the after-action report, added at the closing discussion: `add` needs `item`,
 * `edit` needs `id` and `item`, `remove` needs `id` (the room refuses what is missing).
 */
export const ImprovementIntent = signed('improvement', {
  op: z.enum(['add', 'edit', 'remove']),
  id: z.optional(z.int().check(z.minimum(1), z.maximum(1_000_000))),
  item: z.optional(ImprovementItem),
});

/** What changes a room once it exists, signed by a participant's or the facilitator's token. */
const SIGNED_INTENTS = [
  VoteIntent,
  OpenVoteIntent,
  CloseVoteIntent,
  BreakTieIntent,
  ContinueIntent,
  ProposeIntent,
  AcceptCounterIntent,
  WalkAwayIntent,
  TimerIntent,
  NoteIntent,
  SettingsIntent,
  DeleteRoomIntent,
  ImprovementIntent,
] as const;
export const SignedIntent = z.discriminatedUnion('type', [...SIGNED_INTENTS]);
export type SignedIntent = z.infer<typeof SignedIntent>;

/**
 * A participant joins with the room's code: anonymous unless they give a name, a team if the room has
 * some. `joinId` is made by the client (128 random bits, kept until the join is answered): sent again
 * with the same id, the join answers the same participant and token.
 */
export const JoinIntent = z.strictObject({
  type: z.literal('join'),
  code: RoomCode,
  joinId: z.optional(Token),
  name: z.optional(Name),
  team: z.optional(Name),
});
export type JoinIntent = z.infer<typeof JoinIntent>;

/** The facilitator creates a room with the server's host token (from the printed control link). */
export const CreateIntent = z.strictObject({
  type: z.literal('create'),
  token: Token,
  seq: Seq,
  scenario: Id,
  liveTally: z.optional(z.boolean()),
  voteMode: z.optional(z.enum(['person', 'team'])),
  teams: z.optional(z.array(Name).check(z.maxLength(MAX_TEAMS))),
});
export type CreateIntent = z.infer<typeof CreateIntent>;

/** A display (projector) watches a room by its code: it has no rights and sends nothing else. */
export const WatchIntent = z.strictObject({ type: z.literal('watch'), code: RoomCode });
/** A participant or facilitator comes back (reload, new connection) with the token it was given. */
export const ResumeIntent = z.strictObject({ type: z.literal('resume'), token: Token });

/**
 * The teacher opens a class room with the host token: the scenario, the class code (which fixes the seed;
 * none asks the server for a fresh one) and whether students are asked for a nickname.
 */
export const CreateClassIntent = z.strictObject({
  type: z.literal('createClass'),
  token: Token,
  seq: Seq,
  scenario: Id,
  classCode: z.optional(z.string().check(z.maxLength(16))),
  askNickname: z.boolean(),
});
export type CreateClassIntent = z.infer<typeof CreateClassIntent>;

/** An action of a solo run, as a save names it (by author id): what a student's browser streams. */
export const SavedMove = z.union([
  z.strictObject({ choose: Id }),
  z.strictObject({
    propose: z.record(Id, Id).check(z.refine((terms) => Object.keys(terms).length <= 16)),
  }),
  z.enum(['acceptCounter', 'walkAway', 'continue']),
]);

/** The most actions one run may take: the save format's own limit. */
export const MAX_MOVES = 5000;

/**
 * A student's next action in a class room. `move` is how many actions came before it, so an action can
 * only ever be the run's next one, whatever the network did to the order.
 */
export const ActIntent = signed('act', {
  move: z.int().check(z.minimum(0), z.maximum(MAX_MOVES - 1)),
  action: SavedMove,
});
export type ActIntent = z.infer<typeof ActIntent>;

/**
 * The facilitator asks for the after-action report: it changes nothing, so it carries no sequence
 * number (it may be asked for again at any time).
 */
export const ReportRequest = z.strictObject({ type: z.literal('report'), token: Token });

/** Everything a client may send, one message per intent. */
export const ClientMessage = z.discriminatedUnion('type', [
  CreateIntent,
  JoinIntent,
  WatchIntent,
  ResumeIntent,
  ReportRequest,
  ...SIGNED_INTENTS,
  CreateClassIntent,
  ActIntent,
]);
export type ClientMessage = z.infer<typeof ClientMessage>;
