import type { CompiledScenario } from './compile/types';
import type { LocalText } from './format/text';
import { meterChanges } from './notices';
import type { LogEntry, LogNode, RunState } from './run/types';

/** The partner's latest answer in the negotiation on screen (or just concluded). */
export interface ProposalView {
  readonly round: number;
  readonly answer: 'accept' | 'counter' | 'reject';
  readonly text: LocalText;
  /** Clause id → option id proposed by the player. */
  readonly terms: Readonly<Record<string, string>>;
}

/** The decision whose outcome is on screen: what was chosen, what the author says, what moved. */
export interface DecisionView {
  readonly kind: 'choice' | 'agreement' | 'no-deal';
  readonly event: string;
  readonly choice: string | null;
  readonly terms: Readonly<Record<string, string>>;
  readonly feedback: readonly LocalText[];
  readonly changes: Readonly<Record<string, number>>;
}

function findEntry<K extends LogEntry['kind']>(
  run: RunState,
  kinds: readonly K[],
  stopAt: readonly LogEntry['kind'][] = [],
): Extract<LogEntry, { kind: K }> | null {
  for (let node: LogNode | null = run.log; node !== null; node = node.prev) {
    if ((kinds as readonly string[]).includes(node.entry.kind))
      return node.entry as Extract<LogEntry, { kind: K }>;
    if (stopAt.includes(node.entry.kind)) return null;
  }
  return null;
}

function termsById(
  scenario: CompiledScenario,
  event: number,
  terms: readonly number[],
): Record<string, string> {
  const clauses = scenario.events[event]?.negotiation?.clauses ?? [];
  const out: Record<string, string> = {};
  terms.forEach((option, c) => {
    const clause = clauses[c];
    if (clause) out[clause.id] = clause.options[option]?.id ?? '';
  });
  return out;
}

export function lastProposal(scenario: CompiledScenario, run: RunState): ProposalView | null {
  const entry = findEntry(run, ['proposal'], ['choice', 'shown']);
  if (entry === null) return null;
  const negotiation = scenario.events[entry.event]?.source.negotiation;
  const rule = negotiation?.responses[entry.response];
  return {
    round: entry.round,
    answer: entry.answer,
    text: rule?.text ?? negotiation?.otherwise.text ?? {},
    terms: termsById(scenario, entry.event, entry.terms),
  };
}

export function lastDecision(scenario: CompiledScenario, run: RunState): DecisionView | null {
  const entry = findEntry(run, ['choice', 'agreement', 'no-deal']);
  if (entry === null) return null;
  const event = scenario.events[entry.event];
  const source = event?.source;
  const changes = meterChanges(scenario, entry.before, entry.after);
  if (entry.kind === 'choice') {
    const choice = source?.choices?.[entry.choice];
    return {
      kind: 'choice',
      event: event?.id ?? '',
      choice: choice?.id ?? null,
      terms: {},
      feedback: choice?.feedback ? [choice.feedback] : [],
      changes,
    };
  }
  const negotiation = source?.negotiation;
  const optionFeedback =
    entry.kind === 'agreement'
      ? (negotiation?.clauses.flatMap(
          (clause, c) => clause.options[entry.terms[c] as number]?.feedback ?? [],
        ) ?? [])
      : [];
  const closing =
    entry.kind === 'agreement' ? negotiation?.onAgreement?.feedback : negotiation?.onNoDeal?.feedback;
  return {
    kind: entry.kind,
    event: event?.id ?? '',
    choice: null,
    terms: termsById(scenario, entry.event, entry.terms),
    feedback: [...optionFeedback, ...(closing ? [closing] : [])],
    changes,
  };
}

/** The latest meter change (a decision or a landed consequence), numbered so a view animates it once. */
export function lastMeterChange(
  scenario: CompiledScenario,
  run: RunState,
): { changes: Record<string, number>; serial: number } {
  for (let node: LogNode | null = run.log; node !== null; node = node.prev) {
    const entry = node.entry;
    if (
      entry.kind === 'choice' ||
      entry.kind === 'agreement' ||
      entry.kind === 'no-deal' ||
      (entry.kind === 'consequence' && entry.result === 'fired')
    ) {
      return { changes: meterChanges(scenario, entry.before, entry.after), serial: node.n };
    }
  }
  return { changes: {}, serial: -1 };
}
