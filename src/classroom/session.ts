import * as z from 'zod/mini';

const SessionId = z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/));

/** One decision taken by team vote: the counts entered, the choice played, whether a tie was broken. */
export const VoteRecord = z.strictObject({
  decision: z.int().check(z.minimum(0)),
  counts: z.record(SessionId, z.int().check(z.minimum(0), z.maximum(10000))),
  chosen: SessionId,
  tieBroken: z.boolean(),
});
export type VoteRecord = z.infer<typeof VoteRecord>;

/**
 * What a run is part of, beside the run itself: solo or a facilitated session, the class code and team
 * name if any (no other personal data), when it started and ended, and the votes. Not game rules: the
 * engine never sees it; results and the class debrief do.
 */
export const SessionInfo = z.strictObject({
  mode: z.enum(['solo', 'facilitator']),
  classCode: z.nullable(z.string().check(z.maxLength(16))),
  team: z.nullable(z.string().check(z.maxLength(60))),
  startedAt: z.number(),
  finishedAt: z.nullable(z.number()),
  votes: z.array(VoteRecord).check(z.maxLength(500)),
});
export type SessionInfo = z.infer<typeof SessionInfo>;

export function soloSession(startedAt: number): SessionInfo {
  return { mode: 'solo', classCode: null, team: null, startedAt, finishedAt: null, votes: [] };
}
