import type { CompiledScenario } from '../compile/types';
import type { LocalText } from '../format/text';
import type { LogEntry, Phase, RunState } from '../run/types';
import { characterView } from './card';
import { lastProposalEntry } from './log';
import { meterRefs } from './meters';
import type { NegotiationView, PartnerAnswerView } from './types';

type Negotiating = Extract<Phase, { kind: 'negotiating' }>;
type Proposal = Extract<LogEntry, { kind: 'proposal' }>;

/** Clause id → option id, for terms held as option indexes per clause. */
export function termsById(
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

/** The words of the partner's answer: the matching response rule's, or the `otherwise` text. */
export function answerText(scenario: CompiledScenario, entry: Proposal): LocalText {
  const negotiation = scenario.events[entry.event]?.source.negotiation;
  return negotiation?.responses[entry.response]?.text ?? negotiation?.otherwise.text ?? {};
}

export function partnerAnswer(scenario: CompiledScenario, run: RunState): PartnerAnswerView | null {
  const entry = lastProposalEntry(run);
  if (entry === null) return null;
  return {
    round: entry.round,
    answer: entry.answer,
    text: answerText(scenario, entry),
    terms: termsById(scenario, entry.event, entry.terms),
  };
}

/** The agreement form: clauses with their options, the partner's latest answer and counter. */
export function presentNegotiation(scenario: CompiledScenario, run: RunState): NegotiationView | null {
  if (run.phase.kind !== 'negotiating') return null;
  const phase: Negotiating = run.phase;
  const event = scenario.events[phase.event];
  const compiled = event?.negotiation;
  const source = event?.source.negotiation;
  if (compiled == null || source === undefined) return null;
  const counter = phase.counter;
  const last = phase.lastTerms;
  return {
    partner: characterView(scenario.source, source.partner),
    round: phase.round,
    maxRounds: compiled.maxRounds,
    clauses: compiled.clauses.map((clause, c) => {
      const wanted = counter === null ? undefined : counter[c];
      const preset = clause.options[wanted ?? 0] ?? clause.options[0];
      return {
        id: clause.id,
        label: source.clauses[c]?.label ?? {},
        options: clause.options.map((option, o) => ({
          id: option.id,
          text: source.clauses[c]?.options[o]?.text ?? {},
          moves: meterRefs(scenario, option.outcome.meterIndexes),
        })),
        preset: preset?.id ?? '',
        changedByPartner: counter !== null && last !== null && counter[c] !== last[c],
      };
    }),
    answer: partnerAnswer(scenario, run),
    counter: counter === null ? null : termsById(scenario, phase.event, counter),
    canProposeAgain: counter === null || phase.round < compiled.maxRounds,
  };
}
