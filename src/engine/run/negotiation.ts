import type { CompiledNegotiation, EvalContext, FailedMeter, PartnerAnswer } from '../compile/types';
import type { Draft } from './draft';
import { applyOutcome } from './outcome';
import type { Phase } from './types';

type Negotiating = Extract<Phase, { kind: 'negotiating' }>;

/** The partner's answer to a proposal: the first response rule that holds, else `otherwise`. */
export function answerProposal(
  negotiation: CompiledNegotiation,
  d: Draft,
  terms: readonly number[],
): { answer: PartnerAnswer; response: number; counter: readonly number[] | null } {
  let appeal = 0;
  terms.forEach((option, clause) => {
    appeal += negotiation.clauses[clause]?.options[option]?.appeal ?? 0;
  });
  const ctx: EvalContext = { run: d, terms, appeal, failed: null };
  const response = negotiation.responses.findIndex((r) => r.when(ctx));
  const rule = negotiation.responses[response];
  if (rule === undefined) return { answer: negotiation.otherwise, response: -1, counter: null };
  if (rule.answer !== 'counter') return { answer: rule.answer, response, counter: null };
  const counter = terms.map((option, clause) => {
    const wanted = rule.counter[clause] ?? -1;
    return wanted >= 0 ? wanted : option;
  });
  // A counter that asks for nothing new is agreement.
  const changed = counter.some((option, clause) => option !== terms[clause]);
  return changed ? { answer: 'counter', response, counter } : { answer: 'accept', response, counter: null };
}

export function isValidTerms(negotiation: CompiledNegotiation, terms: readonly number[]): boolean {
  return (
    terms.length === negotiation.clauses.length &&
    terms.every(
      (option, clause) =>
        Number.isInteger(option) &&
        option >= 0 &&
        option < (negotiation.clauses[clause]?.options.length ?? 0),
    )
  );
}

/** Handles a proposal in the negotiating phase: records it, then concludes or waits on a counter. */
export function propose(
  d: Draft,
  phase: Negotiating,
  negotiation: CompiledNegotiation,
  terms: readonly number[],
): void {
  const { answer, response, counter } = answerProposal(negotiation, d, terms);
  if (d.recording)
    d.append({
      kind: 'proposal',
      turn: d.turn,
      event: phase.event,
      round: phase.round,
      terms,
      answer,
      response,
    });
  if (answer === 'accept') conclude(d, phase, negotiation, 'agreement', terms);
  else if (answer === 'reject') conclude(d, phase, negotiation, 'no-deal', terms);
  else d.phase = { ...phase, counter, lastTerms: terms };
}

/** Applies an agreement (every agreed option, then onAgreement) or a failed negotiation (onNoDeal). */
export function conclude(
  d: Draft,
  phase: Negotiating,
  negotiation: CompiledNegotiation,
  result: 'agreement' | 'no-deal',
  terms: readonly number[],
): void {
  const before = d.meters;
  const decision = d.decisions;
  let failed: FailedMeter | null = null;
  if (result === 'agreement') {
    terms.forEach((option, clause) => {
      const outcome = negotiation.clauses[clause]?.options[option]?.outcome;
      if (outcome !== undefined) failed = applyOutcome(d, outcome, decision) ?? failed;
    });
    failed = applyOutcome(d, negotiation.onAgreement, decision) ?? failed;
    d.ownAgreements()[phase.event] = terms;
  } else {
    failed = applyOutcome(d, negotiation.onNoDeal, decision);
  }
  d.decisions += 1;
  if (d.recording) {
    d.append({ kind: result, turn: d.turn, event: phase.event, terms, before, after: d.meters });
    d.flush();
  }
  d.phase = {
    kind: 'outcome',
    event: phase.event,
    decision,
    next: -1,
    depth: phase.depth,
    endsRun: false,
    failed,
  };
}
