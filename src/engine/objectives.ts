import type { CompiledScenario } from './compile/types';
import type { Choice } from './format/scenario';
import { type DecisionEntry, isDecision } from './present/log';
import type { LogNode, RunState } from './run/types';

/**
 * Whether a run showed each learning objective, judged once, here, from what the player decided: the
 * debrief, the SCORM report and the class debrief all read this judgement and never count for
 * themselves.
 *
 * - **shown**: the decisions that show it outnumber those that go against it;
 * - **missed**: those that go against it are at least as many, and there was at least one;
 * - **not met**: no decision the player took showed it or went against it.
 *
 * Only decisions count: seeing a card, or deciding on a card whose lesson names the objective, is never
 * enough. An option tagged with neither list counts for neither, so a scenario whose options only ever
 * show (no `against` tags) judges every objective shown or not met.
 */
export type ObjectiveStatus = 'shown' | 'missed' | 'not-met';

export const OBJECTIVE_STATUSES: readonly ObjectiveStatus[] = ['shown', 'missed', 'not-met'];

/** One tagged option the player took, and which way it counted. */
export interface ObjectiveEvidence {
  /** The decision's number (0-based, as in the debrief). */
  readonly decision: number;
  readonly turn: number;
  readonly event: string;
  /** The negotiation clause the option belongs to; null for a card's choice. */
  readonly clause: string | null;
  /** The choice or clause option taken. */
  readonly option: string;
  readonly tag: 'shows' | 'against';
}

export interface ObjectiveJudgement {
  readonly id: string;
  readonly status: ObjectiveStatus;
  readonly shows: number;
  readonly against: number;
  /** The decisions behind the status, in the order they were taken. */
  readonly evidence: readonly ObjectiveEvidence[];
}

/** What one decision took: a choice, or each clause's option of the terms it concluded on. */
interface TakenOption {
  readonly clause: string | null;
  readonly option: Pick<Choice, 'id' | 'objectives'>;
}

/**
 * Every declared objective, in the scenario's order, judged over the run so far. For a negotiation the
 * terms it concluded on count: the agreement (the player's proposal, or the partner's counter the player
 * accepted), or with no deal the player's last proposal (the position they held; walking away before
 * proposing takes no option).
 */
export function judgeObjectives(scenario: CompiledScenario, run: RunState): ObjectiveJudgement[] {
  const evidence = new Map<string, ObjectiveEvidence[]>(scenario.source.objectives.map((o) => [o.id, []]));
  decisionsOf(run).forEach((entry, decision) => {
    const event = scenario.events[entry.event];
    if (event === undefined) return;
    for (const { clause, option } of takenOptions(scenario, entry)) {
      const record = (tag: ObjectiveEvidence['tag']) => (id: string) =>
        evidence
          .get(id)
          ?.push({ decision, turn: entry.turn, event: event.id, clause, option: option.id, tag });
      // An id written twice in one list still counts once: one option is one decision.
      new Set(option.objectives?.shows).forEach(record('shows'));
      new Set(option.objectives?.against).forEach(record('against'));
    }
  });
  return [...evidence].map(([id, items]) => {
    const shows = items.filter((e) => e.tag === 'shows').length;
    const against = items.length - shows;
    return { id, status: statusOf(shows, against), shows, against, evidence: items };
  });
}

/** The rule itself, on the two counts. */
export function statusOf(shows: number, against: number): ObjectiveStatus {
  if (shows > against) return 'shown';
  return against > 0 ? 'missed' : 'not-met';
}

function decisionsOf(run: RunState): DecisionEntry[] {
  const out: DecisionEntry[] = [];
  for (let node: LogNode | null = run.log; node !== null; node = node.prev) {
    if (isDecision(node.entry)) out.push(node.entry);
  }
  return out.reverse();
}

function takenOptions(scenario: CompiledScenario, entry: DecisionEntry): TakenOption[] {
  const source = scenario.events[entry.event]?.source;
  if (entry.kind === 'choice') {
    const choice = source?.choices?.[entry.choice];
    return choice ? [{ clause: null, option: choice }] : [];
  }
  return (source?.negotiation?.clauses ?? []).flatMap((clause, c) => {
    const option = clause.options[entry.terms[c] as number];
    return option ? [{ clause: clause.id, option }] : [];
  });
}
