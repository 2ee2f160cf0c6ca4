import type { CompiledScenario } from '../engine/compile/types';
import type { Notice } from '../engine/notices';
import { Changes } from './changes';
import { localize, useUi } from './context';
import { WarningGlyph } from './glyphs';

/** What happened since the last decision: consequences that landed or were averted, and warnings. */
export function Notices({ scenario, notices }: { scenario: CompiledScenario; notices: readonly Notice[] }) {
  const { m, locale } = useUi();
  if (notices.length === 0) return null;
  const meterLabel = (id: string) => localize(scenario.source.meters.find((x) => x.id === id)?.label, locale);
  const turnLabel = (turn: number) => localize(scenario.source.calendar.labels[turn - 1], locale);
  return (
    <section class="notices" aria-label={m.sinceLastTime}>
      <h3>{m.sinceLastTime}</h3>
      <ul>
        {notices.map((n, i) => (
          <li key={i} class={`notice notice-${n.kind}`}>
            {n.kind === 'consequence' && (
              <>
                <p class="notice-cause">{m.consequenceOf(turnLabel(n.causeTurn))}</p>
                {n.note && <p>{localize(n.note, locale)}</p>}
                <Changes scenario={scenario} changes={n.changes} />
              </>
            )}
            {n.kind === 'averted' && <p>{m.averted}</p>}
            {n.kind === 'warning' && (
              <p class="warning">
                <WarningGlyph />{' '}
                {n.side === 'low' ? m.warningLow(meterLabel(n.meter)) : m.warningHigh(meterLabel(n.meter))}
              </p>
            )}
            {n.kind === 'held' && <p class="warning">{m.held(meterLabel(n.meter))}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
