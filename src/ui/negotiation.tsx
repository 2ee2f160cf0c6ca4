import './styles/negotiation.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { type NegotiationView, ownValue } from '../engine';
import { localize, useUi } from './context';
import { Moves } from './moves';
import { useStore } from './use-store';

/**
 * A clause-by-clause agreement: one radio group per clause, then propose. After a counter-proposal the
 * partner's terms are preselected and marked; the player accepts, proposes again (while rounds remain)
 * or walks away. The partner's rules live in the engine; this only shows and sends.
 */
export function NegotiationForm({ negotiation }: { negotiation: NegotiationView }) {
  const { m, locale, game, settings } = useUi();
  const preview = useStore(settings, (s) => s.preview);
  const { counter } = negotiation;
  const initial = () => Object.fromEntries(negotiation.clauses.map((clause) => [clause.id, clause.preset]));
  const [terms, setTerms] = useState<Record<string, string>>(initial);
  // A new counter resets the form to what the partner asks for (a new card mounts a new form).
  const counterKey = counter === null ? null : JSON.stringify(counter);
  useEffect(() => setTerms(initial()), [counterKey]);
  const answer = useRef<HTMLDivElement>(null);
  // A counter-proposal arrives where the player is not looking: bring it into view and read it out.
  useEffect(() => {
    if (counter !== null) {
      answer.current?.focus({ preventScroll: true });
      answer.current?.scrollIntoView({ block: 'start' });
    }
  }, [counterKey]);

  return (
    <form
      class="negotiation"
      aria-label={m.negotiation}
      onSubmit={(e) => {
        e.preventDefault();
        game.getState().propose(terms);
      }}
    >
      <p class="round">
        {m.roundOf(negotiation.round, negotiation.maxRounds)} · {m.negotiationHint}
      </p>
      {counter !== null && negotiation.answer && (
        <div class="partner-answer" role="status" tabIndex={-1} ref={answer}>
          <h3>{m.counterProposal}</h3>
          <p>{localize(negotiation.answer.text, locale)}</p>
        </div>
      )}
      {negotiation.clauses.map((clause) => (
        <fieldset key={clause.id} class={clause.changedByPartner ? 'clause changed' : 'clause'}>
          <legend>
            {localize(clause.label, locale)}
            {clause.changedByPartner && <span class="changed-tag">{m.changedByPartner}</span>}
          </legend>
          {clause.options.map((option) => (
            <label key={option.id} class="option">
              <input
                type="radio"
                name={`clause-${clause.id}`}
                value={option.id}
                checked={ownValue(terms, clause.id) === option.id}
                onChange={() => setTerms({ ...terms, [clause.id]: option.id })}
              />
              <span class="option-text">{localize(option.text, locale)}</span>
              {preview && <Moves meters={option.moves} />}
            </label>
          ))}
        </fieldset>
      ))}
      <div class="negotiation-actions">
        {counter !== null && (
          <button type="button" class="primary" onClick={() => game.getState().acceptCounter()}>
            {m.acceptCounter}
          </button>
        )}
        {negotiation.canProposeAgain && (
          <button type="submit" class={counter === null ? 'primary' : ''}>
            {counter === null ? m.propose : m.proposeAgain}
          </button>
        )}
        <button type="button" onClick={() => game.getState().walkAway()}>
          {m.walkAway}
        </button>
      </div>
    </form>
  );
}
