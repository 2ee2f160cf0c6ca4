import type { CompiledScenario } from '../engine/compile/types';
import { localize, useUi } from './context';
import { MeterIcon } from './meter-icon';

/** The preview: which meters a choice moves right away (never which way, nor how much). */
export function Moves({ scenario, meters }: { scenario: CompiledScenario; meters: readonly string[] }) {
  const { m, locale } = useUi();
  if (meters.length === 0) return null;
  return (
    <span class="moves">
      <span class="visually-hidden">{m.moves}: </span>
      {meters.map((id) => (
        <span class="move-chip" key={id} data-meter={id}>
          <MeterIcon meter={id} size={16} />
          {localize(scenario.source.meters.find((x) => x.id === id)?.label, locale)}
        </span>
      ))}
    </span>
  );
}
