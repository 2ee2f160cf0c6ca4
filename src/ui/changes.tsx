import './styles/changes.css';
import type { MeterChangeView } from '../engine';
import { localize, useUi } from './context';
import { MeterIcon } from './meter-icon';

/** A list of meter changes ("Trust +10") with icons; the view says whether each is good for its meter. */
export function Changes({
  changes,
}: {
  changes: readonly Pick<MeterChangeView, 'meter' | 'label' | 'delta' | 'good'>[];
}) {
  const { m, locale } = useUi();
  if (changes.length === 0) return <p class="no-change">{m.noChange}</p>;
  return (
    <ul class="changes" aria-label={m.meterChanges}>
      {changes.map((change) => (
        <li key={change.meter} class={change.good ? 'change good' : 'change bad'}>
          <MeterIcon meter={change.meter} />
          <span>{localize(change.label, locale)}</span>
          <strong>
            {change.delta > 0 ? '+' : '−'}
            {Math.abs(change.delta)}
          </strong>
        </li>
      ))}
    </ul>
  );
}
