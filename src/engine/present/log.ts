import type { ActionNode, LogEntry, LogNode, RunState } from '../run/types';

/**
 * Reading the run's log for one screen. The log is newest-first and append-only; a screen needs only
 * its tail (since the last decision) plus, for consequences, the turn of the decision that caused them.
 */
export type DecisionEntry = Extract<LogEntry, { kind: 'choice' | 'agreement' | 'no-deal' }>;
export type ChangeEntry = Extract<LogEntry, { before: readonly number[] }>;

export function isDecision(entry: LogEntry): entry is DecisionEntry {
  return entry.kind === 'choice' || entry.kind === 'agreement' || entry.kind === 'no-deal';
}

/** The newest decision, or null before the first. */
export function lastDecisionEntry(run: RunState): DecisionEntry | null {
  for (let node: LogNode | null = run.log; node !== null; node = node.prev) {
    if (isDecision(node.entry)) return node.entry;
  }
  return null;
}

/** The partner's answer to the newest proposal on the current card (not one from an earlier card). */
export function lastProposalEntry(run: RunState): Extract<LogEntry, { kind: 'proposal' }> | null {
  for (let node: LogNode | null = run.log; node !== null; node = node.prev) {
    const entry = node.entry;
    if (entry.kind === 'proposal') return entry;
    if (entry.kind === 'choice' || entry.kind === 'shown') return null;
  }
  return null;
}

/** Entries since the newest decision, oldest first. */
export function entriesSinceDecision(run: RunState): LogEntry[] {
  const entries: LogEntry[] = [];
  for (let node: LogNode | null = run.log; node !== null; node = node.prev) {
    if (isDecision(node.entry)) break;
    entries.push(node.entry);
  }
  return entries.reverse();
}

/** The turn of each decision, by decision number. */
export function decisionTurns(run: RunState): number[] {
  const turns: number[] = [];
  for (let node: LogNode | null = run.log; node !== null; node = node.prev) {
    if (isDecision(node.entry)) turns.push(node.entry.turn);
  }
  return turns.reverse();
}

/** The newest entry that moved meters (a decision or a consequence that fired), with its log number. */
export function lastChangeEntry(run: RunState): { entry: ChangeEntry; serial: number } | null {
  for (let node: LogNode | null = run.log; node !== null; node = node.prev) {
    const entry = node.entry;
    if (isDecision(entry) || (entry.kind === 'consequence' && entry.result === 'fired')) {
      return { entry, serial: node.n };
    }
  }
  return null;
}

export function actionCount(run: RunState): number {
  let count = 0;
  for (let node: ActionNode | null = run.actions; node !== null; node = node.prev) count++;
  return count;
}
