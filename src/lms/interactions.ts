import { type CompiledScenario, logEntries, type RunState } from '../engine';

/** One decision as a SCORM 1.2 interaction (cmi.interactions.n.*), every value within its data type. */
export interface InteractionRecord {
  /** CMIIdentifier: `d<number>_<event id>`, unique in a run, no spaces, at most 255 characters. */
  readonly id: string;
  readonly type: 'choice';
  /** The learning objectives the decision touched: the event's lesson first, then the choice's own. */
  readonly objectives: readonly string[];
  /** CMITime (HH:MM:SS), local clock. */
  readonly time: string;
  /** The choice id, or a negotiation's agreed terms as `clause.option` items joined by commas. */
  readonly studentResponse: string;
  /** Decisions in this game have no right answer to mark: the debrief discusses them. */
  readonly result: 'neutral';
}

const MAX_IDENTIFIER = 255;
const MAX_STRING = 255;

/** A CMIIdentifier from any text: printable ASCII without spaces, at most 255 characters. */
export function toCmiIdentifier(text: string): string {
  const cleaned = text.replace(/[^\u0021-\u007E]/g, '_').slice(0, MAX_IDENTIFIER);
  return cleaned === '' ? '_' : cleaned;
}

/** CMITime: the time of day as HH:MM:SS. */
export function formatCmiTime(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}

/** CMITimespan (HHHH:MM:SS) for cmi.core.session_time; capped at 9999 hours. */
export function formatCmiTimespan(milliseconds: number): string {
  const seconds = Math.min(Math.max(0, Math.floor(milliseconds / 1000)), 9999 * 3600 + 3599);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(Math.floor(seconds / 3600)).padStart(4, '0')}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
}

/**
 * The interactions for the run's decisions numbered `from` (0-based) onwards, read from its log: a
 * choice, or a concluded negotiation (an agreement or no deal).
 */
export function decisionInteractions(
  scenario: CompiledScenario,
  run: RunState,
  from: number,
  at: Date,
): InteractionRecord[] {
  const out: InteractionRecord[] = [];
  let number = 0;
  for (const entry of logEntries(run)) {
    if (entry.kind !== 'choice' && entry.kind !== 'agreement' && entry.kind !== 'no-deal') continue;
    const n = number++;
    if (n < from) continue;
    const event = scenario.events[entry.event];
    const source = event?.source;
    const objectives = new Set<string>();
    if (source?.lesson?.objective) objectives.add(source.lesson.objective);
    let response: string;
    if (entry.kind === 'choice') {
      const choice = source?.choices?.[entry.choice];
      for (const o of [...(choice?.objectives?.shows ?? []), ...(choice?.objectives?.against ?? [])]) {
        objectives.add(o);
      }
      response = choice?.id ?? String(entry.choice);
    } else {
      const clauses = source?.negotiation?.clauses ?? [];
      const items = clauses.map((clause, c) => {
        const option = clause.options[entry.terms[c] as number];
        for (const o of [...(option?.objectives?.shows ?? []), ...(option?.objectives?.against ?? [])]) {
          objectives.add(o);
        }
        return `${clause.id}.${option?.id ?? ''}`;
      });
      response = entry.kind === 'no-deal' ? 'no-deal' : items.join(',');
    }
    out.push({
      id: toCmiIdentifier(`d${n + 1}_${event?.id ?? entry.event}`),
      type: 'choice',
      objectives: [...objectives].map(toCmiIdentifier),
      time: formatCmiTime(at),
      studentResponse: response.slice(0, MAX_STRING),
      result: 'neutral',
    });
  }
  return out;
}

/** The cmi.interactions.n.* values of a record, in the order an LMS accepts them (id first). */
export function interactionValues(n: number, record: InteractionRecord): [string, string][] {
  const base = `cmi.interactions.${n}`;
  return [
    [`${base}.id`, record.id],
    [`${base}.type`, record.type],
    ...record.objectives.map((o, i): [string, string] => [`${base}.objectives.${i}.id`, o]),
    [`${base}.time`, record.time],
    [`${base}.student_response`, record.studentResponse],
    [`${base}.result`, record.result],
  ];
}
