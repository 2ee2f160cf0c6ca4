import type { CompiledScenario } from './compile/types';
import type { LocalText } from './format/text';
import { judgeObjectives, type ObjectiveJudgement } from './objectives';
import { meterChanges } from './present/meters';
import { expertGroups, resolveReferences } from './present/outcome';
import type { ExpertGroupView, LessonView, MeterChangeView } from './present/types';
import type { EndCause, LogEntry, LogNode, RunState } from './run/types';

/**
 * Everything the debrief and result files show about a finished (or unfinished) run, by author ids.
 * Built at the edge from the run's log, so the hot path never pays for it.
 */
export interface Debrief {
  readonly scenario: { readonly id: string; readonly version: string };
  readonly seed: number;
  readonly turnsPlayed: number;
  readonly ending: DebriefEnding | null;
  readonly decisions: readonly DebriefDecision[];
  /** Meter values after each decision, starting with the values at the start. */
  readonly meterHistory: readonly {
    readonly turn: number;
    readonly meters: Readonly<Record<string, number>>;
  }[];
  readonly warnings: readonly {
    readonly turn: number;
    readonly meter: string;
    readonly side: 'low' | 'high';
    readonly held: boolean;
  }[];
  /** Every declared objective: shown, missed or not met, and the decisions behind it (see objectives.ts). */
  readonly objectives: readonly ObjectiveJudgement[];
  readonly references: readonly string[];
}

export interface DebriefEnding {
  readonly id: string;
  readonly tone: string;
  readonly cause:
    | { readonly kind: 'failed'; readonly meter: string; readonly side: 'low' | 'high' }
    | { readonly kind: 'term-complete' }
    | { readonly kind: 'chosen'; readonly decision: number };
}

export interface DebriefDecision {
  readonly number: number;
  readonly turn: number;
  readonly event: string;
  /** The card's title, discussion prompt and lesson note, so the debrief shows them without a lookup. */
  readonly title: LocalText;
  readonly prompt: LocalText | null;
  readonly lessonNote: LocalText | null;
  readonly kind: 'choice' | 'agreement' | 'no-deal';
  readonly choice: string | null;
  /** Clause id → option id for negotiations. */
  readonly terms: Readonly<Record<string, string>> | null;
  readonly proposals: readonly {
    readonly round: number;
    readonly terms: Readonly<Record<string, string>>;
    readonly answer: string;
  }[];
  readonly before: Readonly<Record<string, number>>;
  readonly after: Readonly<Record<string, number>>;
  /** Each meter the decision moved, with whether that was good for it. */
  readonly changes: readonly MeterChangeView[];
  /** Objectives the decision touched: its card's lesson, and those its options show or go against. */
  readonly objectives: readonly string[];
  readonly references: readonly string[];
  /** The same references with their titles and addresses, for "learn more". */
  readonly links: LessonView['references'];
  /**
   * Every option of the decision (one group per negotiation clause) with its expert view, the one taken
   * marked: the debrief weighs the roads not taken beside the one taken, as the facilitator's reveal does.
   */
  readonly options: readonly ExpertGroupView[];
  readonly consequences: readonly DebriefConsequence[];
}

export interface DebriefConsequence {
  readonly ref: string;
  readonly turn: number;
  readonly result: 'fired' | 'shown' | 'averted' | 'pending';
  /** The event it showed, for event consequences. */
  readonly event: string | null;
  /** What the debrief says of it: the event's title, or an effects consequence's note. */
  readonly text: LocalText | null;
  readonly before: Readonly<Record<string, number>>;
  readonly after: Readonly<Record<string, number>>;
}

export function logEntries(run: RunState): LogEntry[] {
  const out: LogEntry[] = [];
  for (let node: LogNode | null = run.log; node !== null; node = node.prev) out.push(node.entry);
  return out.reverse();
}

export function buildDebrief(scenario: CompiledScenario, run: RunState): Debrief {
  const meterRecord = (values: readonly number[]) =>
    Object.fromEntries(scenario.meters.map((m, i) => [m.id, values[i] as number]));
  const decisions: (Omit<DebriefDecision, 'consequences'> & { consequences: DebriefConsequence[] })[] = [];
  const warnings: Debrief['warnings'][number][] = [];
  const history: Debrief['meterHistory'][number][] = [
    { turn: 1, meters: meterRecord(scenario.meters.map((m) => m.start)) },
  ];
  let proposals: DebriefDecision['proposals'][number][] = [];
  const termsRecord = (event: number, terms: readonly number[]) => {
    if (terms.length === 0) return {};
    const clauses = scenario.events[event]?.negotiation?.clauses ?? [];
    return Object.fromEntries(clauses.map((c, i) => [c.id, c.options[terms[i] as number]?.id ?? '']));
  };
  for (const entry of logEntries(run)) {
    if (entry.kind === 'proposal') {
      proposals.push({
        round: entry.round,
        terms: termsRecord(entry.event, entry.terms),
        answer: entry.answer,
      });
    } else if (entry.kind === 'choice' || entry.kind === 'agreement' || entry.kind === 'no-deal') {
      const event = scenario.events[entry.event];
      const choice = entry.kind === 'choice' ? event?.choices[entry.choice] : undefined;
      const touched = touchedBy(scenario, entry);
      decisions.push({
        number: decisions.length,
        turn: entry.turn,
        event: event?.id ?? '',
        title: event?.source.title ?? {},
        prompt: event?.source.prompt ?? null,
        lessonNote: event?.source.lesson?.note ?? null,
        kind: entry.kind,
        choice: choice?.id ?? null,
        terms: entry.kind === 'choice' ? null : termsRecord(entry.event, entry.terms),
        proposals,
        before: meterRecord(entry.before),
        after: meterRecord(entry.after),
        changes: meterChanges(scenario, entry.before, entry.after),
        objectives: touched.objectives,
        references: touched.references,
        links: resolveReferences(scenario.source, touched.references),
        options: event ? expertGroups(event.source, entry) : [],
        consequences: [],
      });
      proposals = [];
      history.push({ turn: entry.turn, meters: meterRecord(entry.after) });
    } else if (entry.kind === 'consequence') {
      decisions[entry.cause]?.consequences.push({
        ref: entry.ref,
        turn: entry.turn,
        result: entry.result,
        ...consequenceTarget(scenario, entry.ref),
        before: meterRecord(entry.before),
        after: meterRecord(entry.after),
      });
    } else if (entry.kind === 'warning' || entry.kind === 'held') {
      const meter = scenario.meters[entry.meter]?.id ?? '';
      warnings.push({ turn: entry.turn, meter, side: entry.side, held: entry.kind === 'held' });
    }
  }
  for (const pending of run.pending) {
    decisions[pending.cause]?.consequences.push({
      ref: pending.ref,
      turn: pending.due,
      result: 'pending',
      ...consequenceTarget(scenario, pending.ref),
      before: {},
      after: {},
    });
  }
  return {
    scenario: { id: run.scenarioId, version: run.scenarioVersion },
    seed: run.seed,
    turnsPlayed: Math.min(run.turn, scenario.turns),
    ending: endingOf(scenario, run),
    decisions,
    meterHistory: history,
    warnings,
    objectives: judgeObjectives(scenario, run),
    references: [...new Set(decisions.flatMap((d) => d.references))],
  };
}

/** The event a consequence shows (its id and title), or for an effects consequence its note. */
function consequenceTarget(
  scenario: CompiledScenario,
  ref: string,
): Pick<DebriefConsequence, 'event' | 'text'> {
  const schedule = scenario.schedules.get(ref);
  const event = schedule && schedule.event >= 0 ? scenario.events[schedule.event] : undefined;
  if (event !== undefined) return { event: event.id, text: event.source.title };
  return { event: null, text: schedule?.note ?? null };
}

/** Objectives and references a decision touched: its own, plus the event's lesson. */
function touchedBy(
  scenario: CompiledScenario,
  entry: Extract<LogEntry, { kind: 'choice' | 'agreement' | 'no-deal' }>,
) {
  const event = scenario.events[entry.event]?.source;
  const objectives = new Set<string>();
  const references = new Set<string>();
  if (event?.lesson?.objective) objectives.add(event.lesson.objective);
  for (const r of event?.lesson?.references ?? []) references.add(r);
  const parts =
    entry.kind === 'choice'
      ? [event?.choices?.[entry.choice]]
      : (event?.negotiation?.clauses.map((c, i) => c.options[entry.terms[i] as number]) ?? []);
  for (const part of parts) {
    // Going against an objective touches it as much as showing it does.
    for (const o of part?.objectives?.shows ?? []) objectives.add(o);
    for (const o of part?.objectives?.against ?? []) objectives.add(o);
    for (const r of part?.references ?? []) references.add(r);
  }
  return { objectives: [...objectives], references: [...references] };
}

function endingOf(scenario: CompiledScenario, run: RunState): DebriefEnding | null {
  if (run.phase.kind !== 'ended') return null;
  const ending = scenario.endings[run.phase.ending];
  if (ending === undefined) return null;
  return { id: ending.id, tone: ending.source.tone, cause: describeCause(scenario, run.phase.cause) };
}

function describeCause(scenario: CompiledScenario, cause: EndCause): DebriefEnding['cause'] {
  if (cause.kind !== 'failed') return cause;
  return { kind: 'failed', meter: scenario.meters[cause.failed.meter]?.id ?? '', side: cause.failed.side };
}
