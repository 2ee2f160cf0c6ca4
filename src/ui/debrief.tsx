import './styles/debrief.css';
import { useEffect, useRef } from 'preact/hooks';
import { buildDebrief, type CompiledScenario, type DebriefDecision, type RunState } from '../engine';
import { Changes } from './changes';
import { ResultActions } from './class-debrief/result-actions';
import { localize, useUi } from './context';
import { ExpertView } from './expert-view';
import { MeterChart } from './meter-chart';
import { ObjectivesJudged } from './objectives-judged';

/**
 * The debrief, the point of a training game: which learning objectives the player's decisions showed or
 * missed, and why; every decision with every option weighed (the expert view), what it moved and what it
 * caused later, the real rules it touched; the meter history; discussion questions. Printable (see the
 * print stylesheet) and downloadable as JSON. Loaded lazily: it is the heaviest screen.
 */
export default function DebriefScreen(props: { scenario: CompiledScenario; run: RunState; onBack(): void }) {
  const { scenario, run } = props;
  const { m, locale } = useUi();
  const debrief = buildDebrief(scenario, run);
  const source = scenario.source;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const turnLabel = (turn: number) =>
    localize(source.calendar.labels[Math.min(turn, scenario.turns) - 1], locale);
  const ending = debrief.ending ? source.endings.find((e) => e.id === debrief.ending?.id) : undefined;

  return (
    <main class="screen debrief-screen" aria-labelledby="debrief-heading">
      <header class="screen-header no-print">
        <button type="button" class="back" onClick={props.onBack}>
          {m.back}
        </button>
      </header>
      <h1 id="debrief-heading" tabIndex={-1} ref={heading}>
        {m.debrief}: {localize(source.title, locale)}
      </h1>
      {ending && (
        <section class="debrief-ending">
          <h2>{localize(ending.title, locale)}</h2>
          <p>{localize(ending.why, locale)}</p>
        </section>
      )}
      <div class="debrief-actions no-print">
        <button type="button" onClick={() => window.print()}>
          {m.print}
        </button>
      </div>
      <ResultActions scenario={scenario} run={run} />
      {source.objectives.length > 0 && (
        <ObjectivesJudged scenario={scenario} debrief={debrief} turnLabel={turnLabel} />
      )}
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{m.meterHistory}</h2>
        <MeterChart scenario={scenario} history={debrief.meterHistory} />
      </section>
      <section aria-labelledby="decisions-heading">
        <h2 id="decisions-heading">{m.decisions}</h2>
        <ol class="timeline">
          {debrief.decisions.map((d) => (
            <DecisionItem key={d.number} decision={d} turnLabel={turnLabel} />
          ))}
        </ol>
      </section>
      {source.debriefQuestions.length > 0 && (
        <section aria-labelledby="questions-heading">
          <h2 id="questions-heading">{m.discussion}</h2>
          <ol>
            {source.debriefQuestions.map((q) => (
              <li key={localize(q, 'en')}>{localize(q, locale)}</li>
            ))}
          </ol>
        </section>
      )}
      <p class="disclaimer">{localize(source.disclaimer, locale)}</p>
      <p class="disclaimer">{m.debriefDisclaimer}</p>
    </main>
  );
}

function DecisionItem(props: { decision: DebriefDecision; turnLabel(turn: number): string }) {
  const { decision, turnLabel } = props;
  const { m, locale } = useUi();
  return (
    <li class="decision">
      <p class="when">{turnLabel(decision.turn)}</p>
      <h3>{localize(decision.title, locale)}</h3>
      {decision.kind !== 'choice' && (
        <p class="label">{decision.kind === 'agreement' ? m.decisionAgreed : m.decisionNoDeal}</p>
      )}
      {decision.options.length > 0 && (
        <ExpertView
          groups={decision.options}
          heading={
            decision.options.some((g) => g.options.some((o) => o.expert !== null))
              ? m.decisionOptionsExpert
              : m.decisionOptions
          }
          takenLabel={decision.kind === 'no-deal' ? m.expertProposed : m.expertTaken}
        />
      )}
      <Changes changes={decision.changes} />
      {decision.consequences.length > 0 && (
        <div class="consequences">
          <h4>{m.consequences}</h4>
          <ul>
            {decision.consequences.map((c) => {
              const when = turnLabel(c.turn);
              const status =
                c.result === 'averted'
                  ? m.consequenceAverted(when)
                  : c.result === 'pending'
                    ? m.consequencePending(when)
                    : m.consequenceFired(when);
              return (
                <li key={`${c.ref}:${c.turn}`} class={`consequence-${c.result}`}>
                  <span class="label">{status}</span> {localize(c.text ?? undefined, locale)}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {decision.prompt && (
        <p class="prompt">
          <span class="label">{m.discussionPrompt}:</span> {localize(decision.prompt, locale)}
        </p>
      )}
      {decision.lessonNote && (
        <div class="lesson">
          <h4>{m.lesson}</h4>
          <p>{localize(decision.lessonNote, locale)}</p>
        </div>
      )}
      {decision.links.length > 0 && (
        <p class="references">
          <span class="label">{m.learnMore}:</span>{' '}
          {decision.links.map((r, i) => (
            <span key={r.id}>
              {i > 0 && ' · '}
              {r.url ? (
                <a href={r.url} target="_blank" rel="noopener noreferrer">
                  {localize(r.title, locale)}
                </a>
              ) : (
                localize(r.title, locale)
              )}
            </span>
          ))}
        </p>
      )}
    </li>
  );
}
