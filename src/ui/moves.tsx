import type { MeterRef } from '../engine';
import { localize, useUi } from './context';
import { MeterIcon } from './meter-icon';

/** The preview: which meters a choice moves right away (never which way, nor how much). */
export function Moves({ meters }: { meters: readonly MeterRef[] }) {
  const { m, locale } = useUi();
  if (meters.length === 0) return null;
  return (
    <span class="moves">
      <span class="visually-hidden">{m.moves}: </span>
      {meters.map((meter) => (
        <span class="move-chip" key={meter.id} data-meter={meter.id}>
          <MeterIcon meter={meter.id} size={16} />
          {localize(meter.label, locale)}
        </span>
      ))}
    </span>
  );
}
