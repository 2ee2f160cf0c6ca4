import type { CompiledScenario } from '../compile/types';
import type { Diagnostic } from '../diagnostics';
import { finding } from '../diagnostics/messages';
import type { SimulationReport } from './batch';
import { measureMinutes, minutesHold } from './minutes';
import { READ_NOTHING_NAMES, type ReadNothingName } from './read-nothing';

/** Issue 8's bar: a style that reads nothing reaches a best ending in at most this share of runs. */
export const GUESSABLE_ABOVE = 0.15;

/** The share of a report's runs that reached an ending of tone `best`. */
export function bestShare(scenario: CompiledScenario, report: SimulationReport): number {
  let share = 0;
  report.endings.forEach((e, i) => {
    if (scenario.endings[i]?.source.tone === 'best') share += e.share;
  });
  return share;
}

/** What `simulate` says about teaching, beside the per-policy reports: plain JSON for `--json`. */
export interface TeachingReport {
  /** Best-ending share per read-nothing style that was played, and random play's beside them. */
  readonly guessability: {
    readonly random: number;
    readonly styles: readonly { readonly policy: ReadNothingName; readonly share: number }[];
  };
  readonly minutes: { readonly stated: number; readonly measured: number; readonly rounded: number };
  /** LD501 (a guessable answer) and LD502 (minutes off the measure), as `validate` would print them. */
  readonly warnings: readonly Diagnostic[];
}

/**
 * The teaching checks that need the simulator, from the reports of one batch (random play's among
 * them) and a minutes measure from the same seed: the same for a seed whatever threads played it.
 */
export function teachingReport(
  file: string,
  scenario: CompiledScenario,
  reports: readonly SimulationReport[],
  seed: number,
): TeachingReport {
  const random = reports.find((r) => r.policy === 'random');
  const randomShare = random === undefined ? 0 : bestShare(scenario, random);
  const styles = READ_NOTHING_NAMES.flatMap((policy) => {
    const report = reports.find((r) => r.policy === policy);
    return report === undefined ? [] : [{ policy, share: bestShare(scenario, report) }];
  });
  const minutes = { stated: scenario.source.minutes, ...measureMinutes(scenario, seed) };
  const warnings: Diagnostic[] = [];
  const place = (f: ReturnType<typeof finding>): Diagnostic => ({ file, line: 0, column: 0, ...f });
  for (const style of styles) {
    if (style.share <= GUESSABLE_ABOVE) continue;
    warnings.push(
      place(
        finding('LD501', [], {
          policy: style.policy,
          share: style.share,
          random: randomShare,
          bar: GUESSABLE_ABOVE,
        }),
      ),
    );
  }
  if (!minutesHold(minutes.stated, minutes.rounded)) {
    warnings.push(
      place(finding('LD502', ['minutes'], { stated: minutes.stated, measured: minutes.rounded })),
    );
  }
  return { guessability: { random: randomShare, styles }, minutes, warnings };
}
