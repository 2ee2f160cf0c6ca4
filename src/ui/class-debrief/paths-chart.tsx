import type { MeterPath } from '../../classroom/aggregate';
import { type CompiledScenario, ownValue } from '../../engine';
import { localize, useUi } from '../context';
import { DASHES, dashFor, LineSample } from '../meter-chart';
import { MeterIcon } from '../meter-icon';

// Dash patterns tell the runs apart; each chart is one meter, in that meter's colour.
const WIDTH = 320;
const HEIGHT = 150;
const PAD = { left: 30, right: 8, top: 8, bottom: 18 };

/**
 * The meter paths of every run overlaid: one small chart per meter, one polyline per run. Up to as many
 * runs as there are dash patterns, each has its own, named in a legend; beyond that the patterns would
 * repeat, so the lines are drawn faint and plain instead (where many runs went, the chart is darkest).
 */
export function PathsCharts(props: { scenario: CompiledScenario; paths: readonly MeterPath[] }) {
  const { m, locale } = useUi();
  const { scenario, paths } = props;
  const longest = Math.max(1, ...paths.map((p) => p.points.length - 1));
  const crowd = paths.length > DASHES.length;
  // Faint enough that a few dozen overlapping lines still read darker than one.
  const opacity = crowd ? Math.max(0.03, Math.min(0.4, 4 / paths.length)) : null;
  return (
    <div class={crowd ? 'class-paths crowd' : 'class-paths'}>
      <p class="hint">{crowd ? m.classDebriefPathsCrowd(paths.length) : m.classDebriefPathsHint}</p>
      {!crowd && (
        <ul class="legend run-legend">
          {paths.map((p) => (
            <li key={p.run}>
              <LineSample dash={dashFor(p.run)} className="run-line" width={32} />
              <bdi>{p.label}</bdi>
            </li>
          ))}
        </ul>
      )}
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
                    stroke-dasharray={crowd ? undefined : dashFor(p.run)}
                    style={opacity === null ? undefined : { strokeOpacity: opacity }}
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
