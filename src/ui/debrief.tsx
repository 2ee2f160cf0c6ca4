import './styles/debrief.css';
import { useEffect, useRef } from 'preact/hooks';
import type { CompiledScenario } from '../engine/compile/types';
import { buildDebrief, type DebriefDecision } from '../engine/debrief';
import { ownValue } from '../engine/own-value';
import type { RunState } from '../engine/run/types';
import { Changes } from './changes';
import { ResultActions } from './class-debrief/result-actions';
import { localize, useUi } from './context';
import { MeterChart } from './meter-chart';

/**
 * The debrief, the point of a training game: every decision with what it moved and what it caused
 * later, the objectives and real rules it touched, the meter history, discussion questions. Printable
 * (see the print stylesheet) and downloadable as JSON. Loaded lazily: it is the heaviest screen.
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
  const touched = new Set(debrief.objectives.map((o) => o.id));

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
      <section aria-labelledby="history-heading">
        <h2 id="history-heading">{m.meterHistory}</h2>
        <MeterChart scenario={scenario} history={debrief.meterHistory} />
      </section>
      <section aria-labelledby="decisions-heading">
        <h2 id="decisions-heading">{m.decisions}</h2>
        <ol class="timeline">
          {debrief.decisions.map((d) => (
            <DecisionItem key={d.number} scenario={scenario} decision={d} turnLabel={turnLabel} />
          ))}
        </ol>
      </section>
      <section aria-labelledby="objectives-heading">
        <h2 id="objectives-heading">{m.objectivesTouched}</h2>
        <ul class="objectives">
          {source.objectives.map((o) => (
            <li key={o.id} class={touched.has(o.id) ? 'touched' : 'untouched'}>
              <strong>{localize(o.title, locale)}</strong> — {localize(o.summary, locale)}
              {!touched.has(o.id) && <em> ({m.notTouched})</em>}
            </li>
          ))}
        </ul>
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

function DecisionItem(props: {
  scenario: CompiledScenario;
  decision: DebriefDecision;
  turnLabel(turn: number): string;
}) {
  const { scenario, decision, turnLabel } = props;
  const { m, locale } = useUi();
  const event = scenario.events[scenario.index.event.get(decision.event) ?? -1]?.source;
  const choice = event?.choices?.find((c) => c.id === decision.choice);
  const changes = scenario.meters.flatMap((meter) => {
    const delta = (ownValue(decision.after, meter.id) ?? 0) - (ownValue(decision.before, meter.id) ?? 0);
    if (delta === 0) return [];
    return [
      { meter: meter.id, label: meter.source.label, delta, good: delta > 0 === (meter.good === 'high') },
    ];
  });
  const references = scenario.source.references.filter((r) => decision.references.includes(r.id));
  return (
    <li class="decision">
      <p class="when">{turnLabel(decision.turn)}</p>
      <h3>{localize(event?.title, locale)}</h3>
      {choice && (
        <p>
          <span class="label">{m.decisionChose}:</span> {localize(choice.text, locale)}
        </p>
      )}
      {decision.kind !== 'choice' && event?.negotiation && (
        <div>
          <p class="label">{decision.kind === 'agreement' ? m.decisionAgreed : m.decisionNoDeal}</p>
          {decision.kind === 'agreement' && (
            <ul>
              {event.negotiation.clauses.map((clause) => (
                <li key={clause.id}>
                  {localize(clause.label, locale)}:{' '}
                  {localize(
                    clause.options.find((o) => o.id === ownValue(decision.terms, clause.id))?.text,
                    locale,
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <Changes changes={changes} />
      {decision.consequences.length > 0 && (
        <div class="consequences">
          <h4>{m.consequences}</h4>
          <ul>
            {decision.consequences.map((c) => {
              const target = c.event
                ? scenario.events[scenario.index.event.get(c.event) ?? -1]?.source
                : undefined;
              const note = scenario.schedules.get(c.ref)?.note;
              const when = turnLabel(c.turn);
              const status =
                c.result === 'averted'
                  ? m.consequenceAverted(when)
                  : c.result === 'pending'
                    ? m.consequencePending(when)
                    : m.consequenceFired(when);
              return (
                <li key={`${c.ref}:${c.turn}`} class={`consequence-${c.result}`}>
                  <span class="label">{status}</span>{' '}
                  {target ? localize(target.title, locale) : localize(note ?? undefined, locale)}
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {event?.prompt && (
        <p class="prompt">
          <span class="label">{m.discussionPrompt}:</span> {localize(event.prompt, locale)}
        </p>
      )}
      {event?.lesson && (
        <div class="lesson">
          <h4>{m.lesson}</h4>
          <p>{localize(event.lesson.note, locale)}</p>
        </div>
      )}
      {references.length > 0 && (
        <p class="references">
          <span class="label">{m.learnMore}:</span>{' '}
          {references.map((r, i) => (
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
