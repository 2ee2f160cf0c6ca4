import type { CompiledScenario, Debrief, ObjectiveEvidence, ObjectiveJudgement } from '../engine';
import { localize, useUi } from './context';
import { ObjectiveGlyph } from './glyphs';

/**
 * The debrief's learning objectives, as the engine judged them (src/engine/objectives.ts): each with its
 * status in words and as a shape, how many decisions showed it and went against it, and those
 * decisions, each with its month, card and the option taken.
 */
export function ObjectivesJudged(props: {
  scenario: CompiledScenario;
  debrief: Debrief;
  turnLabel(turn: number): string;
}) {
  const { scenario, debrief } = props;
  const { m, locale } = useUi();
  return (
    <section class="objectives-judged" aria-labelledby="objectives-heading">
      <h2 id="objectives-heading">{m.objectivesHeading}</h2>
      <p class="hint">{m.objectivesRule}</p>
      <ul class="objective-list">
        {debrief.objectives.map((judgement) => {
          const objective = scenario.source.objectives.find((o) => o.id === judgement.id);
          return (
            <li key={judgement.id} class={`objective objective-${judgement.status}`}>
              <p class="objective-head">
                <span class="objective-status">
                  <ObjectiveGlyph status={judgement.status} /> {m.objectiveStatus[judgement.status]}
                </span>{' '}
                <strong>{localize(objective?.title, locale)}</strong>
              </p>
              <p class="objective-summary">{localize(objective?.summary, locale)}</p>
              <Behind {...props} judgement={judgement} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Behind(props: {
  scenario: CompiledScenario;
  debrief: Debrief;
  judgement: ObjectiveJudgement;
  turnLabel(turn: number): string;
}) {
  const { judgement } = props;
  const { m } = useUi();
  if (judgement.evidence.length === 0) return <p class="objective-counts">{m.objectiveNoDecision}</p>;
  return (
    <>
      <p class="objective-counts">{m.objectiveCounts(judgement.shows, judgement.against)}</p>
      <ol class="objective-evidence">
        {judgement.evidence.map((evidence) => (
          <EvidenceItem
            key={`${evidence.decision}:${evidence.clause ?? ''}:${evidence.tag}`}
            {...props}
            evidence={evidence}
          />
        ))}
      </ol>
    </>
  );
}

/** One decision behind a status: "March 2026 · A lab inside your lab — Scope: Basic science only. Shows it" */
function EvidenceItem(props: {
  debrief: Debrief;
  evidence: ObjectiveEvidence;
  turnLabel(turn: number): string;
}) {
  const { debrief, evidence } = props;
  const { m, locale } = useUi();
  const decision = debrief.decisions[evidence.decision];
  const group = decision?.options.find((g) => (g.clause?.id ?? null) === evidence.clause);
  const option = group?.options.find((o) => o.id === evidence.option);
  return (
    <li class={`evidence evidence-${evidence.tag}`}>
      <span class="evidence-tag">
        {evidence.tag === 'shows' ? '+' : '−'}{' '}
        {evidence.tag === 'shows' ? m.objectiveShows : m.objectiveAgainst}
      </span>{' '}
      <span class="when">{props.turnLabel(evidence.turn)}</span> · {localize(decision?.title, locale)} —{' '}
      {group?.clause && <>{localize(group.clause.label, locale)}: </>}
      {localize(option?.text, locale)}
    </li>
  );
}
