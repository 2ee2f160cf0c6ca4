import './styles/outcome.css';
import { useEffect, useRef } from 'preact/hooks';
import type { OutcomeView } from '../engine';
import { Changes } from './changes';
import { localize, useUi } from './context';

/** After a decision: what was decided, the author's feedback, the partner's answer, what moved; then continue. */
export function OutcomePanel({ outcome, step }: { outcome: OutcomeView; step: number }) {
  const { m, locale, game } = useUi();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => button.current?.focus(), [step]);
  return (
    <section class="outcome" aria-labelledby="outcome-heading">
      <h3 id="outcome-heading">
        {outcome.kind === 'choice' ? m.outcome : outcome.kind === 'agreement' ? m.agreementReached : m.noDeal}
      </h3>
      {outcome.chosen && (
        <p class="chosen">
          <span class="label">{m.decisionChose}:</span> {localize(outcome.chosen.text, locale)}
        </p>
      )}
      {outcome.partnerText && (
        <blockquote class="partner-answer">{localize(outcome.partnerText, locale)}</blockquote>
      )}
      {outcome.terms.length > 0 && (
        <dl class="agreed-terms">
          {outcome.terms.map((term) => (
            <div key={term.clause}>
              <dt>{localize(term.label, locale)}</dt>
              <dd>{localize(term.text, locale)}</dd>
            </div>
          ))}
        </dl>
      )}
      {outcome.feedback.map((text, i) => (
        <p class="feedback" key={i}>
          {localize(text, locale)}
        </p>
      ))}
      <h4 class="visually-hidden">{m.meterChanges}</h4>
      <Changes changes={outcome.changes} />
      <button type="button" class="primary continue" ref={button} onClick={() => game.getState().proceed()}>
        {m.continueButton}
      </button>
    </section>
  );
}
