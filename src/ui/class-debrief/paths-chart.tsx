import type { MeterPath } from '../../classroom/aggregate';
import type { CompiledScenario } from '../../engine/compile/types';
import { ownValue } from '../../engine/own-value';
import { localize, useUi } from '../context';
import { dashFor, LineSample } from '../meter-chart';
import { MeterIcon } from '../meter-icon';

// Dash patterns tell the runs apart; each chart is one meter, in that meter's colour.
const WIDTH = 320;
const HEIGHT = 150;
const PAD = { left: 30, right: 8, top: 8, bottom: 18 };

/** The meter paths of every run overlaid: one small chart per meter, one polyline per run. */
export function PathsCharts(props: { scenario: CompiledScenario; paths: readonly MeterPath[] }) {
  const { m, locale } = useUi();
  const { scenario, paths } = props;
  const longest = Math.max(1, ...paths.map((p) => p.points.length - 1));
  return (
    <div class="class-paths">
      <ul class="legend run-legend">
        {paths.map((p) => (
          <li key={p.run}>
            <LineSample dash={dashFor(p.run)} className="run-line" width={32} />
            {p.label}
          </li>
        ))}
      </ul>
      <div class="class-path-charts">
        {scenario.meters.map((meter) => {
          const x = (i: number) => PAD.left + (i * (WIDTH - PAD.left - PAD.right)) / longest;
          const span = Math.max(1, meter.max - meter.min);
          const y = (v: number) => PAD.top + ((meter.max - v) * (HEIGHT - PAD.top - PAD.bottom)) / span;
          const label = localize(meter.source.label, locale);
          return (
            <figure key={meter.id} class="class-path-chart" data-meter={meter.id}>
              <figcaption>
                <MeterIcon meter={meter.id} size={16} /> {label}
              </figcaption>
              <svg
                viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
                role="img"
                aria-label={`${m.classDebriefPaths}: ${label}`}
              >
                {[meter.min, (meter.min + meter.max) / 2, meter.max].map((v) => (
                  <g key={v} class="grid">
                    <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(v)} y2={y(v)} />
                    <text x={PAD.left - 4} y={y(v) + 4} text-anchor="end">
                      {v}
                    </text>
                  </g>
                ))}
                {paths.map((p) => (
                  <polyline
                    key={p.run}
                    class="run-line"
                    data-run={p.run}
                    stroke-dasharray={dashFor(p.run)}
                    points={p.points
                      .map((pt, i) => `${x(i)},${y(ownValue(pt, meter.id) ?? meter.start)}`)
                      .join(' ')}
                  />
                ))}
              </svg>
            </figure>
          );
        })}
      </div>
    </div>
  );
}
