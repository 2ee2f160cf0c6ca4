import './styles/ending.css';
import { useEffect, useRef } from 'preact/hooks';
import type { CompiledScenario } from '../engine/compile/types';
import type { RunState } from '../engine/run/types';
import { ResultActions } from './class-debrief/result-actions';
import { localize, useUi } from './context';

/** Which ending, what it means and why it happened. */
export function EndingPanel(props: {
  scenario: CompiledScenario;
  run: RunState;
  onDebrief(): void;
  onTitle(): void;
}) {
  const { scenario, run } = props;
  const { m, locale, game } = useUi();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  if (run.phase.kind !== 'ended') return null;
  const ending = scenario.endings[run.phase.ending]?.source;
  const cause = run.phase.cause;
  const meterLabel = (m2: number) => localize(scenario.meters[m2]?.source.label, locale);
  const causeText =
    cause.kind === 'failed'
      ? cause.failed.side === 'low'
        ? m.causeFailedLow(meterLabel(cause.failed.meter))
        : m.causeFailedHigh(meterLabel(cause.failed.meter))
      : cause.kind === 'term-complete'
        ? m.causeTermComplete
        : m.causeChosen;
  return (
    <section class={`ending tone-${ending?.tone ?? 'mixed'}`} aria-labelledby="ending-heading">
      <p class="eyebrow">{m.ending}</p>
      <h2 id="ending-heading" tabIndex={-1} ref={heading}>
        {localize(ending?.title, locale)}
      </h2>
      <p class="ending-text">{localize(ending?.text, locale)}</p>
      <h3>{m.whyThisEnding}</h3>
      <p class="cause">{causeText}</p>
      <p>{localize(ending?.why, locale)}</p>
      <p class="disclaimer">{localize(scenario.source.disclaimer, locale)}</p>
      <div class="ending-actions">
        <button type="button" class="primary" onClick={props.onDebrief}>
          {m.seeDebrief}
        </button>
        <button type="button" onClick={() => game.getState().restart()}>
          {m.playAgain}
        </button>
        <button type="button" onClick={props.onTitle}>
          {m.titleScreen}
        </button>
      </div>
      <ResultActions scenario={scenario} run={run} />
    </section>
  );
}
