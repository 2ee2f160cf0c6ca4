import './styles/meter-chart.css';
import { type CompiledScenario, type Debrief, ownValue } from '../engine';
import { localize, useUi } from './context';
import { MeterIcon } from './meter-icon';

/** Dash patterns tell lines apart without colour (meters here, runs in the class debrief). */
export const DASHES = ['', '8 4', '2 4', '10 4 2 4', '4 4', '12 3 3 3 3 3', '1 3', '6 2 1 2'];

/** The n-th dash pattern, repeating when there are more lines than patterns. */
export function dashFor(n: number): string {
  return DASHES[n % DASHES.length] ?? '';
}

/** A short sample of a chart line for a legend. */
export function LineSample(props: { dash: string; className: string; meter?: string; width?: number }) {
  const width = props.width ?? 28;
  return (
    <svg width={width} height="10" aria-hidden="true">
      <line
        x1="0"
        x2={width}
        y1="5"
        y2="5"
        class={props.className}
        data-meter={props.meter}
        stroke-dasharray={props.dash}
      />
    </svg>
  );
}
const WIDTH = 640;
const HEIGHT = 240;
const PAD = { left: 36, right: 12, top: 12, bottom: 24 };

/** The meter history as an SVG line chart, with the same numbers in a table for screen readers. */
export function MeterChart({
  scenario,
  history,
}: {
  scenario: CompiledScenario;
  history: Debrief['meterHistory'];
}) {
  const { m, locale } = useUi();
  const meters = scenario.meters;
  const low = Math.min(...meters.map((x) => x.min));
  const high = Math.max(...meters.map((x) => x.max));
  const x = (i: number) => PAD.left + (i * (WIDTH - PAD.left - PAD.right)) / Math.max(1, history.length - 1);
  const y = (v: number) => PAD.top + ((high - v) * (HEIGHT - PAD.top - PAD.bottom)) / Math.max(1, high - low);
  return (
    <figure class="meter-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={m.meterHistoryDescription}>
        {[low, (low + high) / 2, high].map((v) => (
          <g key={v} class="grid">
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(v)} y2={y(v)} />
            <text x={PAD.left - 6} y={y(v) + 4} text-anchor="end">
              {v}
            </text>
          </g>
        ))}
        {meters.map((meter, k) => (
          <polyline
            key={meter.id}
            class="line"
            data-meter={meter.id}
            stroke-dasharray={dashFor(k)}
            points={history
              .map((h, i) => `${x(i)},${y(ownValue(h.meters, meter.id) ?? meter.start)}`)
              .join(' ')}
          />
        ))}
      </svg>
      <figcaption>
        <ul class="legend">
          {meters.map((meter, k) => (
            <li key={meter.id} data-meter={meter.id}>
              <LineSample dash={dashFor(k)} className="line" meter={meter.id} />
              <MeterIcon meter={meter.id} size={16} />
              {localize(meter.source.label, locale)}
            </li>
          ))}
        </ul>
      </figcaption>
      {/* Tables ignore the 1px box of .visually-hidden, so the wrapper carries it. */}
      <div class="visually-hidden">
        <table>
          <caption>{m.meterHistory}</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              {meters.map((meter) => (
                <th scope="col" key={meter.id}>
                  {localize(meter.source.label, locale)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {history.map((h, i) => (
              <tr key={i}>
                <th scope="row">{i === 0 ? m.start : m.afterDecision(i)}</th>
                {meters.map((meter) => (
                  <td key={meter.id}>{ownValue(h.meters, meter.id)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
