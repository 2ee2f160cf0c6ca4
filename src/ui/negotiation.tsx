import './styles/negotiation.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CompiledScenario } from '../engine/compile/types';
import { lastProposal } from '../engine/decision-view';
import { ownValue } from '../engine/own-value';
import type { RunState } from '../engine/run/types';
import { clauseOptionMoves } from '../engine/view';
import { localize, useUi } from './context';
import { Moves } from './moves';
import { useStore } from './use-store';

type Negotiating = Extract<RunState['phase'], { kind: 'negotiating' }>;

/**
 * A clause-by-clause agreement: one radio group per clause, then propose. After a counter-proposal the
 * partner's terms are preselected and marked; the player accepts, proposes again (while rounds remain)
 * or walks away. The partner's rules live in the engine; this only shows and sends.
 */
export function NegotiationForm({
  scenario,
  run,
  phase,
}: {
  scenario: CompiledScenario;
  run: RunState;
  phase: Negotiating;
}) {
  const { m, locale, game, settings } = useUi();
  const preview = useStore(settings, (s) => s.preview);
  const event = scenario.events[phase.event];
  const negotiation = event?.source.negotiation;
  const compiled = event?.negotiation;
  const proposal = phase.counter !== null ? lastProposal(scenario, run) : null;
  const counterIds =
    phase.counter?.map((option, c) => compiled?.clauses[c]?.options[option]?.id ?? '') ?? null;
  const lastIds =
    phase.lastTerms?.map((option, c) => compiled?.clauses[c]?.options[option]?.id ?? '') ?? null;
  const initial = () =>
    Object.fromEntries(
      (negotiation?.clauses ?? []).map((clause, c) => [
        clause.id,
        counterIds?.[c] ?? clause.options[0]?.id ?? '',
      ]),
    );
  const [terms, setTerms] = useState<Record<string, string>>(initial);
  useEffect(() => setTerms(initial()), [phase.counter, phase.event]);
  const answer = useRef<HTMLDivElement>(null);
  // A counter-proposal arrives where the player is not looking: bring it into view and read it out.
  useEffect(() => {
    if (phase.counter !== null) {
      answer.current?.focus({ preventScroll: true });
      answer.current?.scrollIntoView({ block: 'start' });
    }
  }, [phase.counter]);
  if (negotiation === undefined || compiled == null) return null;
  const moves = clauseOptionMoves(scenario, phase.event);
  const canProposeAgain = phase.counter === null || phase.round < compiled.maxRounds;

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
        {m.roundOf(phase.round, compiled.maxRounds)} · {m.negotiationHint}
      </p>
      {proposal && (
        <div class="partner-answer" role="status" tabIndex={-1} ref={answer}>
          <h3>{m.counterProposal}</h3>
          <p>{localize(proposal.text, locale)}</p>
        </div>
      )}
      {negotiation.clauses.map((clause, c) => {
        const changed = counterIds !== null && lastIds !== null && counterIds[c] !== lastIds[c];
        return (
          <fieldset key={clause.id} class={changed ? 'clause changed' : 'clause'}>
            <legend>
              {localize(clause.label, locale)}
              {changed && <span class="changed-tag">{m.changedByPartner}</span>}
            </legend>
            {clause.options.map((option, o) => (
              <label key={option.id} class="option">
                <input
                  type="radio"
                  name={`clause-${clause.id}`}
                  value={option.id}
                  checked={ownValue(terms, clause.id) === option.id}
                  onChange={() => setTerms({ ...terms, [clause.id]: option.id })}
                />
                <span class="option-text">{localize(option.text, locale)}</span>
                {preview && <Moves scenario={scenario} meters={moves[c]?.[o] ?? []} />}
              </label>
            ))}
          </fieldset>
        );
      })}
      <div class="negotiation-actions">
        {phase.counter !== null && (
          <button type="button" class="primary" onClick={() => game.getState().acceptCounter()}>
            {m.acceptCounter}
          </button>
        )}
        {canProposeAgain && (
          <button type="submit" class={phase.counter === null ? 'primary' : ''}>
            {phase.counter === null ? m.propose : m.proposeAgain}
          </button>
        )}
        <button type="button" onClick={() => game.getState().walkAway()}>
          {m.walkAway}
        </button>
      </div>
    </form>
  );
}
