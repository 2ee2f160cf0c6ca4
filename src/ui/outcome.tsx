import './styles/outcome.css';
import { useEffect, useRef } from 'preact/hooks';
import type { CompiledScenario } from '../engine/compile/types';
import { lastDecision, lastProposal } from '../engine/decision-view';
import { ownValue } from '../engine/own-value';
import type { RunState } from '../engine/run/types';
import { Changes } from './changes';
import { localize, useUi } from './context';

/** After a decision: what was decided, the author's feedback, the partner's answer, what moved; then continue. */
export function OutcomePanel({ scenario, run }: { scenario: CompiledScenario; run: RunState }) {
  const { m, locale, game } = useUi();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), [run.decisions]);
  const decision = lastDecision(scenario, run);
  if (decision === null) return null;
  const event = scenario.events[scenario.index.event.get(decision.event) ?? -1]?.source;
  const choice = event?.choices?.find((c) => c.id === decision.choice);
  const answer = decision.kind === 'choice' ? null : lastProposal(scenario, run);
  return (
    <section class="outcome" aria-labelledby="outcome-heading">
      <h3 id="outcome-heading">
        {decision.kind === 'choice'
          ? m.outcome
          : decision.kind === 'agreement'
            ? m.agreementReached
            : m.noDeal}
      </h3>
      {choice && (
        <p class="chosen">
          <span class="label">{m.decisionChose}:</span> {localize(choice.text, locale)}
        </p>
      )}
      {answer && answer.answer !== 'counter' && (
        <blockquote class="partner-answer">{localize(answer.text, locale)}</blockquote>
      )}
      {decision.kind === 'agreement' && event?.negotiation && (
        <dl class="agreed-terms">
          {event.negotiation.clauses.map((clause) => (
            <div key={clause.id}>
              <dt>{localize(clause.label, locale)}</dt>
              <dd>
                {localize(
                  clause.options.find((o) => o.id === ownValue(decision.terms, clause.id))?.text,
                  locale,
                )}
              </dd>
            </div>
          ))}
        </dl>
      )}
      {decision.feedback.map((text, i) => (
        <p class="feedback" key={i}>
          {localize(text, locale)}
        </p>
      ))}
      <h4 class="visually-hidden">{m.meterChanges}</h4>
      <Changes scenario={scenario} changes={decision.changes} />
      <button type="button" class="primary continue" ref={button} onClick={() => game.getState().proceed()}>
        {m.continueButton}
      </button>
    </section>
  );
}
