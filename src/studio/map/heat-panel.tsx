import './heat.css';
import { type Locale, messageIn, POLICY_NAMES, type PolicyName } from '../../engine';
import type { MapMessages } from '../i18n/map';
import { HEAT_BUCKETS, type HeatSelection, neverUnderAnyStyle, percent } from './heat-shares';
import type { FinishedHeat, HeatStatus } from './use-heat';

/** Choices of runs per play style: all "thousands", the first a quick look, the last a closer one. */
export const RUN_CHOICES = [1000, 2000, 5000] as const;

/**
 * The heat's controls (runs per style, Run and Stop, progress) and, once a run finished, what to colour
 * by, the legend, and what no style did: cards never shown, choices never taken, endings never reached,
 * and how often the styles that read nothing reach a best ending, with their warnings.
 */
export function HeatControls(props: {
  m: MapMessages;
  status: HeatStatus;
  finished: FinishedHeat | null;
  stale: boolean;
  playable: boolean;
  runs: number;
  onRuns(runs: number): void;
  onRun(): void;
  onCancel(): void;
  selection: HeatSelection;
  onSelection(selection: HeatSelection): void;
}) {
  const { m, status, finished } = props;
  const running = status.kind === 'running';
  const progress = running ? status.progress : null;
  const line =
    status.kind === 'running'
      ? progress === null
        ? m.heatProgress(0, props.runs * POLICY_NAMES.length)
        : m.heatProgress(progress.done, progress.total)
      : status.kind === 'stopped'
        ? m.heatStopped
        : status.kind === 'failed'
          ? m.heatFailed(status.message)
          : !props.playable
            ? m.heatNeedsClean
            : finished === null
              ? ''
              : `${m.heatDone(finished.runs, finished.result.reports.length, finished.seconds.toFixed(1))}${props.stale ? ` ${m.heatStale}` : ''}`;
  return (
    <div class="studio-heat-controls">
      <label>
        {m.runsPerStyle}{' '}
        <select
          value={props.runs}
          disabled={running}
          onChange={(e) => props.onRuns(Number(e.currentTarget.value))}
        >
          {RUN_CHOICES.map((n) => (
            <option key={n} value={n}>
              {n.toLocaleString()}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        class="primary run-heat"
        disabled={running || !props.playable}
        onClick={props.onRun}
      >
        {m.runHeat}
      </button>
      {running && (
        <button type="button" class="stop-heat" onClick={props.onCancel}>
          {m.stopHeat}
        </button>
      )}
      {running && <progress max={progress?.total ?? 1} value={progress?.done ?? 0} aria-hidden="true" />}
      <p class="heat-status" role="status">
        {line}
      </p>
      {finished !== null && (
        <label>
          {m.colourBy}{' '}
          <select
            class="heat-selection"
            value={props.selection}
            onChange={(e) => props.onSelection(e.currentTarget.value as HeatSelection)}
          >
            <option value="all">{m.allStyles}</option>
            {finished.result.reports.map((r) => (
              <option key={r.policy} value={r.policy}>
                {m.policies[r.policy]}
              </option>
            ))}
          </select>
        </label>
      )}
      {finished !== null && <HeatLegend m={m} />}
    </div>
  );
}

export function HeatLegend(props: { m: MapMessages }) {
  return (
    <figure class="heat-legend">
      <figcaption>{props.m.legend}</figcaption>
      <ul>
        {HEAT_BUCKETS.map((bucket) => (
          <li key={bucket} class={`heat-${bucket}`}>
            <span class="swatch" aria-hidden="true" />
            {props.m.buckets[bucket]}
          </li>
        ))}
      </ul>
    </figure>
  );
}

/** What no style did, and the guessability of the read-nothing styles: as text, under the map. */
export function HeatFindings(props: { m: MapMessages; finished: FinishedHeat; locale: Locale }) {
  const { m, finished } = props;
  const never = neverUnderAnyStyle(finished.result);
  const teaching = finished.result.teaching;
  const list = (items: readonly string[]) =>
    items.length === 0 ? (
      <p>{m.none}</p>
    ) : (
      <ul class="heat-list">
        {items.map((item) => (
          <li key={item}>
            <code>{item}</code>
          </li>
        ))}
      </ul>
    );
  const guessable = teaching.warnings.filter((w) => w.code === 'LD501');
  return (
    <section class="studio-heat-findings" aria-labelledby="studio-heat-findings-heading">
      <h3 id="studio-heat-findings-heading">{m.heatHeading}</h3>
      <h4>{m.neverDrawn}</h4>
      {list(never.events)}
      <h4>{m.neverTaken}</h4>
      {list(never.choices.map((c) => `${c.event}/${c.choice}`))}
      <h4>{m.endingsUnreached}</h4>
      {list(never.endings)}
      <h4>{m.guessability}</h4>
      <ul class="heat-list">
        <li>{m.randomForComparison(percent(teaching.guessability.random))}</li>
        {teaching.guessability.styles.map((style) => (
          <li key={style.policy}>
            {m.guessabilityRow(m.policies[style.policy as PolicyName], percent(style.share))}
          </li>
        ))}
      </ul>
      {guessable.length > 0 && (
        <ul class="heat-warnings">
          {guessable.map((w, i) => (
            <li key={`${w.code}${i}`}>
              <span class="finding-code">{w.code}</span> {messageIn(w, props.locale)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
