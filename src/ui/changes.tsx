import './styles/changes.css';
import type { CompiledScenario } from '../engine/compile/types';
import { localize, useUi } from './context';
import { MeterIcon } from './meter-icon';

/** A list of meter changes ("Trust +10") with icons; whether a change is good reads from the meter. */
export function Changes({
  scenario,
  changes,
}: {
  scenario: CompiledScenario;
  changes: Readonly<Record<string, number>>;
}) {
  const { m, locale } = useUi();
  const entries = Object.entries(changes);
  if (entries.length === 0) return <p class="no-change">{m.noChange}</p>;
  return (
    <ul class="changes" aria-label={m.meterChanges}>
      {entries.map(([id, delta]) => {
        const meter = scenario.source.meters.find((x) => x.id === id);
        const good = delta > 0 === ((meter?.good ?? 'high') === 'high');
        return (
          <li key={id} class={good ? 'change good' : 'change bad'}>
            <MeterIcon meter={id} />
            <span>{localize(meter?.label, locale)}</span>
            <strong>
              {delta > 0 ? '+' : '−'}
              {Math.abs(delta)}
            </strong>
          </li>
        );
      })}
    </ul>
  );
}
