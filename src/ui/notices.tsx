import type { NoticeView } from '../engine';
import { Changes } from './changes';
import { localize, useUi } from './context';
import { WarningGlyph } from './glyphs';

/** What happened since the last decision: consequences that landed or were averted, and warnings. */
export function Notices({ notices }: { notices: readonly NoticeView[] }) {
  const { m, locale } = useUi();
  if (notices.length === 0) return null;
  return (
    <section class="notices" aria-label={m.sinceLastTime}>
      <h3>{m.sinceLastTime}</h3>
      <ul>
        {notices.map((n, i) => (
          <li key={i} class={`notice notice-${n.kind}`}>
            {n.kind === 'consequence' && (
              <>
                <p class="notice-cause">{m.consequenceOf(localize(n.cause.turnLabel, locale))}</p>
                {n.note && <p>{localize(n.note, locale)}</p>}
                <Changes changes={n.changes} />
              </>
            )}
            {n.kind === 'averted' && <p>{m.averted}</p>}
            {n.kind === 'warning' && (
              <p class="warning">
                <WarningGlyph />{' '}
                {n.side === 'low'
                  ? m.warningLow(localize(n.meter.label, locale))
                  : m.warningHigh(localize(n.meter.label, locale))}
              </p>
            )}
            {n.kind === 'held' && <p class="warning">{m.held(localize(n.meter.label, locale))}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
