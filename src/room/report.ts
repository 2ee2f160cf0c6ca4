import {
  buildDebrief,
  type DebriefConsequence,
  type DebriefDecision,
  type LocalText,
  type MeterChangeView,
  type ObjectiveStatus,
  type Scenario,
} from '../engine';
import type { Improvement, PlayedVote, RoomState, VoteMode } from './state';

/**
 * The after-action report of a workshop room, as data: what the facilitator prints and exports (JSON as
 * it is, Markdown through markdown.ts). Scenario text stays in both languages, so one report serves both;
 * every judgement is the engine's (its debrief and objectives), never counted again here. Plain JSON.
 */
export interface RoomReport {
  readonly format: 'lab-doors-room-report';
  readonly version: 1;
  readonly scenario: { readonly id: string; readonly version: string; readonly title: LocalText };
  readonly room: {
    readonly code: string;
    /** When the room was created and when this report was made (server time, ms since 1970). */
    readonly createdAt: number;
    readonly generatedAt: number;
    readonly participants: number;
    readonly voteMode: VoteMode;
    readonly teams: readonly string[];
  };
  /** The ending the room reached; null while the scenario is still being played. */
  readonly ending: { readonly id: string; readonly title: LocalText; readonly tone: string } | null;
  readonly objectives: readonly ReportObjective[];
  readonly decisions: readonly ReportDecision[];
  /** Numbers of the decisions the room split most on (most split first): the ones to talk about. */
  readonly mostSplit: readonly number[];
  readonly improvements: readonly Improvement[];
}

export interface ReportObjective {
  readonly id: string;
  readonly title: LocalText;
  readonly summary: LocalText;
  /** The engine's one judgement (shown, missed, not met) over the choices the room played. */
  readonly status: ObjectiveStatus;
  /** The decisions that showed it, and those that went against it. */
  readonly shownBy: readonly number[];
  readonly missedBy: readonly number[];
}

export interface ReportDecision {
  /** 0-based, as the room and the debrief count them. */
  readonly number: number;
  readonly turn: number;
  readonly title: LocalText;
  readonly prompt: LocalText | null;
  readonly kind: DebriefDecision['kind'];
  /** What was played: the choice, or each clause's option of a negotiation. */
  readonly played: readonly { readonly clause: LocalText | null; readonly text: LocalText }[];
  /** The room's vote on a choice card; null for a negotiation (see clauseVotes) or a card played unvoted. */
  readonly vote: ReportVote | null;
  /** A negotiation the room voted on clause by clause: each clause's count, the agreed option marked. */
  readonly clauseVotes: readonly ReportClauseVote[];
  /** What happened: the author's feedback on what was played (and a negotiation's closing words). */
  readonly outcome: readonly LocalText[];
  readonly changes: readonly MeterChangeView[];
  readonly lessonNote: LocalText | null;
  readonly consequences: readonly {
    readonly turn: number;
    readonly result: DebriefConsequence['result'];
    readonly text: LocalText | null;
  }[];
  /** The facilitator's discussion note on it, or null. */
  readonly note: string | null;
}

export interface ReportVote {
  /** Every option one could vote for, in the order shown, with its votes (teams' votes in team mode). */
  readonly options: readonly {
    readonly id: string;
    readonly text: LocalText;
    readonly votes: number;
    readonly played: boolean;
  }[];
  readonly total: number;
  /** The facilitator broke a tie (or picked when nobody voted). */
  readonly tieBroken: boolean;
  /** 1 − the largest option's share: 0 when everyone agreed (as the class debrief measures it). */
  readonly split: number;
}

export interface ReportClauseVote extends ReportVote {
  readonly clause: LocalText;
}

/** How many of the most split decisions the report names. */
export const MOST_SPLIT_COUNT = 3;

/** The report of `room` as it stands at `now` (the scenario need not be finished). */
export function roomReport(room: RoomState, now: number): RoomReport {
  const source = room.scenario.source;
  const debrief = buildDebrief(room.scenario, room.run);
  const votes = new Map(room.played.map((vote) => [vote.decision, vote]));
  const decisions = debrief.decisions.map((d) =>
    reportDecision(d, votes.get(d.number), room.notes.get(d.number), outcomeOf(source, d)),
  );
  const ending =
    debrief.ending === null
      ? null
      : {
          id: debrief.ending.id,
          tone: debrief.ending.tone,
          title: source.endings.find((e) => e.id === debrief.ending?.id)?.title ?? {},
        };
  return {
    format: 'lab-doors-room-report',
    version: 1,
    scenario: { id: source.id, version: source.version, title: source.title },
    room: {
      code: room.code,
      createdAt: room.createdAt,
      generatedAt: now,
      participants: room.participants.size,
      voteMode: room.settings.voteMode,
      teams: room.settings.teams,
    },
    ending,
    objectives: debrief.objectives.map((judgement) => {
      const objective = source.objectives.find((o) => o.id === judgement.id);
      const by = (tag: 'shows' | 'against') => [
        ...new Set(judgement.evidence.filter((e) => e.tag === tag).map((e) => e.decision)),
      ];
      return {
        id: judgement.id,
        title: objective?.title ?? {},
        summary: objective?.summary ?? {},
        status: judgement.status,
        shownBy: by('shows'),
        missedBy: by('against'),
      };
    }),
    decisions,
    mostSplit: mostSplit(decisions),
    improvements: room.improvements,
  };
}

function reportDecision(
  decision: DebriefDecision,
  vote: PlayedVote | undefined,
  note: string | undefined,
  outcome: readonly LocalText[],
): ReportDecision {
  const played = decision.options.flatMap((group) =>
    group.options
      .filter((option) => option.chosen)
      .map((option) => ({ clause: group.clause?.label ?? null, text: option.text })),
  );
  return {
    number: decision.number,
    turn: decision.turn,
    title: decision.title,
    prompt: decision.prompt,
    kind: decision.kind,
    played,
    vote: vote === undefined || vote.negotiation !== undefined ? null : reportVote(decision, vote),
    clauseVotes: vote?.negotiation === undefined ? [] : clauseVotes(decision, vote.negotiation),
    outcome,
    changes: decision.changes,
    lessonNote: decision.lessonNote,
    consequences: decision.consequences.map((c) => ({ turn: c.turn, result: c.result, text: c.text })),
    note: note ?? null,
  };
}

/** The feedback the outcome screen showed for this decision, as the engine's outcome view builds it. */
function outcomeOf(scenario: Scenario, decision: DebriefDecision): LocalText[] {
  const event = scenario.events.find((e) => e.id === decision.event);
  if (event === undefined) return [];
  if (decision.kind === 'choice') {
    const feedback = event.choices?.find((c) => c.id === decision.choice)?.feedback;
    return feedback === undefined ? [] : [feedback];
  }
  const negotiation = event.negotiation;
  if (decision.kind === 'no-deal')
    return negotiation?.onNoDeal?.feedback ? [negotiation.onNoDeal.feedback] : [];
  const options = (negotiation?.clauses ?? []).flatMap((clause) => {
    const feedback = clause.options.find((o) => o.id === decision.terms?.[clause.id])?.feedback;
    return feedback === undefined ? [] : [feedback];
  });
  const closing = negotiation?.onAgreement?.feedback;
  return closing === undefined ? options : [...options, closing];
}

function reportVote(decision: DebriefDecision, vote: PlayedVote): ReportVote {
  // The options one could vote for are those the count lists (shown and unlocked), in the card's order.
  const options = (decision.options[0]?.options ?? [])
    .filter((option) => Object.hasOwn(vote.counts, option.id))
    .map((option) => ({
      id: option.id,
      text: option.text,
      votes: vote.counts[option.id] ?? 0,
      played: option.id === vote.chosen,
    }));
  const total = options.reduce((sum, option) => sum + option.votes, 0);
  const largest = Math.max(0, ...options.map((option) => option.votes));
  return { options, total, tieBroken: vote.tieBroken, split: total === 0 ? 0 : (total - largest) / total };
}

/** Each clause's count as the room voted it; `played` marks the option of the terms the card ended on. */
function clauseVotes(
  decision: DebriefDecision,
  negotiation: NonNullable<PlayedVote['negotiation']>,
): ReportClauseVote[] {
  return decision.options.flatMap((group) => {
    const clause = group.clause;
    const counts = clause === null ? undefined : negotiation.clauses[clause.id];
    if (clause === null || counts === undefined) return [];
    const options = group.options.map((option) => ({
      id: option.id,
      text: option.text,
      votes: counts[option.id] ?? 0,
      played: negotiation.terms[clause.id] === option.id,
    }));
    const total = options.reduce((sum, option) => sum + option.votes, 0);
    const largest = Math.max(0, ...options.map((option) => option.votes));
    const split = total === 0 ? 0 : (total - largest) / total;
    return [{ clause: clause.label, options, total, tieBroken: false, split }];
  });
}

/** Voted decisions with any split, most split first (then the most votes, then the earliest). */
function mostSplit(decisions: readonly ReportDecision[]): number[] {
  return decisions
    .filter((d) => d.vote !== null && d.vote.split > 0)
    .sort(
      (a, b) =>
        (b.vote?.split ?? 0) - (a.vote?.split ?? 0) ||
        (b.vote?.total ?? 0) - (a.vote?.total ?? 0) ||
        a.number - b.number,
    )
    .slice(0, MOST_SPLIT_COUNT)
    .map((d) => d.number);
}
