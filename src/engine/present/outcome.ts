import type { CompiledScenario } from '../compile/types';
import type { Event, Scenario } from '../format/scenario';
import type { LocalText } from '../format/text';
import type { RunState } from '../run/types';
import { type DecisionEntry, lastDecisionEntry, lastProposalEntry } from './log';
import { meterChanges } from './meters';
import { answerText } from './negotiation';
import type { ExpertGroupView, LessonView, OutcomeView } from './types';

/** After a decision: what was decided, the author's feedback, what moved, the lesson and the expert view. */
export function presentOutcome(scenario: CompiledScenario, run: RunState): OutcomeView | null {
  if (run.phase.kind !== 'outcome') return null;
  const entry = lastDecisionEntry(run);
  const event = entry === null ? undefined : scenario.events[entry.event];
  if (entry === null || event === undefined) return null;
  const source = event.source;
  const expert = expertGroups(source, entry);
  const base = {
    event: event.id,
    changes: meterChanges(scenario, entry.before, entry.after),
    lesson: lessonOf(scenario.source, source),
    expert: { any: expert.some((g) => g.options.some((o) => o.expert !== null)), groups: expert },
  };
  if (entry.kind === 'choice') {
    const choice = source.choices?.[entry.choice];
    return {
      kind: 'choice',
      ...base,
      chosen: choice ? { id: choice.id, text: choice.text } : null,
      terms: [],
      partnerText: null,
      feedback: choice?.feedback ? [choice.feedback] : [],
    };
  }
  const negotiation = source.negotiation;
  const clauses = negotiation?.clauses ?? [];
  const agreed = entry.kind === 'agreement';
  const terms = agreed
    ? clauses.flatMap((clause, c) => {
        const option = clause.options[entry.terms[c] as number];
        return option
          ? [{ clause: clause.id, label: clause.label, option: option.id, text: option.text }]
          : [];
      })
    : [];
  const optionFeedback = agreed
    ? clauses.flatMap((clause, c) => clause.options[entry.terms[c] as number]?.feedback ?? [])
    : [];
  const closing = agreed ? negotiation?.onAgreement?.feedback : negotiation?.onNoDeal?.feedback;
  // A counter the player accepted or walked away from is not the partner's closing word.
  const proposal = lastProposalEntry(run);
  const partnerText: LocalText | null =
    proposal !== null && proposal.answer !== 'counter' ? answerText(scenario, proposal) : null;
  return {
    kind: entry.kind,
    ...base,
    chosen: null,
    terms,
    partnerText,
    feedback: [...optionFeedback, ...(closing ? [closing] : [])],
  };
}

/**
 * Every option of the decision with the author's expert view of it, so a room can weigh the road not
 * taken beside the one it took. For a negotiation, one group per clause; with no deal, the options the
 * player last proposed are the ones marked.
 */
export function expertGroups(source: Event, entry: DecisionEntry): ExpertGroupView[] {
  if (entry.kind === 'choice') {
    const options = (source.choices ?? []).map((choice, i) => ({
      id: choice.id,
      text: choice.text,
      expert: choice.expert ?? null,
      chosen: i === entry.choice,
    }));
    return [{ clause: null, options }];
  }
  return (source.negotiation?.clauses ?? []).map((clause, c) => ({
    clause: { id: clause.id, label: clause.label },
    options: clause.options.map((option, o) => ({
      id: option.id,
      text: option.text,
      expert: option.expert ?? null,
      chosen: entry.terms[c] === o,
    })),
  }));
}

function lessonOf(scenario: Scenario, event: Event): LessonView | null {
  const lesson = event.lesson;
  if (lesson === undefined) return null;
  const objective = scenario.objectives.find((o) => o.id === lesson.objective);
  return {
    note: lesson.note,
    objective: objective ? { id: objective.id, title: objective.title, summary: objective.summary } : null,
    references: resolveReferences(scenario, lesson.references ?? []),
  };
}

/** References by id, resolved to their titles and addresses (unknown ids left out; lint reports them). */
export function resolveReferences(scenario: Scenario, ids: readonly string[]): LessonView['references'] {
  return ids.flatMap((id) => {
    const reference = scenario.references.find((r) => r.id === id);
    return reference ? [{ id: reference.id, title: reference.title, url: reference.url ?? null }] : [];
  });
}
