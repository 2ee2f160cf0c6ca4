import type { ResultDecision, RunResult } from './result-schema';

/**
 * The class debrief's numbers, as pure functions over verified results of one scenario version: how
 * many runs, the share of each ending, for each decision point the share of each choice (and of each
 * clause option in negotiations), the meter paths, where the room split most, and each team's path.
 * Shares are exact fractions of counts (count / total); the interface rounds them for display.
 */
export interface Share {
  readonly id: string;
  readonly count: number;
  /** count / total, between 0 and 1. */
  readonly share: number;
}

export interface DecisionShares {
  /** The event's id: the decision point. */
  readonly event: string;
  /** How many times the event was decided, over all runs (an event can come back in a run). */
  readonly total: number;
  /** How many runs decided it at least once. */
  readonly runs: number;
  /** Choice ids, or `agreement` / `no-deal` for a negotiation, most taken first. */
  readonly choices: readonly Share[];
  /** Negotiations: for each clause, the share of each option among agreements. */
  readonly clauses: readonly { readonly clause: string; readonly options: readonly Share[] }[];
  /** 1 − the largest choice share: 0 when everyone chose alike, higher when the room split. */
  readonly split: number;
}

export interface MeterPath {
  readonly run: number;
  readonly label: string;
  /** Meter values at the start, then after each decision. */
  readonly points: readonly Readonly<Record<string, number>>[];
}

export interface TeamPath {
  readonly run: number;
  readonly label: string;
  readonly steps: readonly ResultDecision[];
  readonly ending: string | null;
}

export interface ClassSummary {
  readonly scenario: { readonly id: string; readonly version: string };
  readonly runs: number;
  readonly endings: readonly Share[];
  readonly decisions: readonly DecisionShares[];
  /** The decisions faced by at least two runs, most split first: the ones to discuss first. */
  readonly mostSplit: readonly DecisionShares[];
  readonly meterPaths: readonly MeterPath[];
  readonly teams: readonly TeamPath[];
}

/** What identifies a run in the debrief: its team name, else its number in the list (#1, #2…). */
export function runLabel(result: RunResult, index: number): string {
  const team = result.team?.trim();
  if (team) return team;
  return `#${index + 1}`;
}

/** Counts as shares of their total, most first; ties keep the order of `order`, then first seen. */
export function shares(counts: ReadonlyMap<string, number>, order: readonly string[] = []): Share[] {
  let total = 0;
  for (const n of counts.values()) total += n;
  const rank = (id: string) => {
    const i = order.indexOf(id);
    return i < 0 ? order.length : i;
  };
  const seen = [...counts.keys()];
  return [...counts]
    .map(([id, count]) => ({ id, count, share: total === 0 ? 0 : count / total }))
    .sort((a, b) => b.count - a.count || rank(a.id) - rank(b.id) || seen.indexOf(a.id) - seen.indexOf(b.id));
}

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

/** The choice a decision records: its choice id, or `agreement` / `no-deal` for a negotiation. */
export function choiceKey(decision: ResultDecision): string {
  return decision.kind === 'choice' ? (decision.choice ?? '') : decision.kind;
}

export function endingShares(results: readonly RunResult[], order: readonly string[] = []): Share[] {
  const counts = new Map<string, number>();
  for (const id of order) counts.set(id, 0);
  for (const r of results) bump(counts, r.ending?.id ?? 'unfinished');
  return shares(counts, order);
}

export function decisionShares(results: readonly RunResult[]): DecisionShares[] {
  const byEvent = new Map<
    string,
    { choices: Map<string, number>; clauses: Map<string, Map<string, number>>; runs: Set<number> }
  >();
  results.forEach((result, run) => {
    for (const d of result.decisions) {
      let entry = byEvent.get(d.event);
      if (entry === undefined) {
        entry = { choices: new Map(), clauses: new Map(), runs: new Set() };
        byEvent.set(d.event, entry);
      }
      entry.runs.add(run);
      bump(entry.choices, choiceKey(d));
      if (d.kind === 'agreement' && d.terms) {
        for (const [clause, option] of Object.entries(d.terms)) {
          let options = entry.clauses.get(clause);
          if (options === undefined) {
            options = new Map();
            entry.clauses.set(clause, options);
          }
          bump(options, option);
        }
      }
    }
  });
  return [...byEvent].map(([event, entry]) => {
    const choices = shares(entry.choices);
    const total = choices.reduce((sum, s) => sum + s.count, 0);
    return {
      event,
      total,
      runs: entry.runs.size,
      choices,
      clauses: [...entry.clauses].map(([clause, options]) => ({ clause, options: shares(options) })),
      split: total === 0 ? 0 : (total - (choices[0]?.count ?? 0)) / total,
    };
  });
}

/** Decisions faced by two runs or more, most split first (then the most faced, then first seen). */
export function mostSplit(decisions: readonly DecisionShares[]): DecisionShares[] {
  return decisions
    .map((d, i) => ({ d, i }))
    .filter(({ d }) => d.runs >= 2)
    .sort((a, b) => b.d.split - a.d.split || b.d.total - a.d.total || a.i - b.i)
    .map(({ d }) => d);
}

export function meterPaths(results: readonly RunResult[]): MeterPath[] {
  return results.map((result, run) => {
    const first = result.decisions[0];
    const points = first ? [first.before, ...result.decisions.map((d) => d.after)] : [];
    return { run, label: runLabel(result, run), points };
  });
}

export function teamPaths(results: readonly RunResult[]): TeamPath[] {
  return results.map((result, run) => ({
    run,
    label: runLabel(result, run),
    steps: result.decisions,
    ending: result.ending?.id ?? null,
  }));
}

/**
 * Everything the class debrief shows about `results`, which must be verified results of one scenario
 * version (see `groupByScenario`). `endingOrder` lists the scenario's endings so that endings nobody
 * reached show as 0.
 */
export function summarize(results: readonly RunResult[], endingOrder: readonly string[] = []): ClassSummary {
  const first = results[0];
  const decisions = decisionShares(results);
  return {
    scenario: first ? { ...first.scenario } : { id: '', version: '' },
    runs: results.length,
    endings: endingShares(results, endingOrder),
    decisions,
    mostSplit: mostSplit(decisions),
    meterPaths: meterPaths(results),
    teams: teamPaths(results),
  };
}

/** Results grouped by scenario id and version (`id@version`), in the order first seen. */
export function groupByScenario(results: readonly RunResult[]): Map<string, RunResult[]> {
  const groups = new Map<string, RunResult[]>();
  for (const r of results) {
    const key = `${r.scenario.id}@${r.scenario.version}`;
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  return groups;
}
