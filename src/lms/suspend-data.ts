import { safeParse } from 'zod/mini';
import type { SessionInfo } from '../classroom/session';
import type { SavedAction } from '../engine';
import { type GameSave, GameSaveSchema } from '../store/game';

/** SCORM 1.2's cmi.suspend_data is a CMIString4096. */
export const SUSPEND_DATA_LIMIT = 4096;

/** Marks the encoding, so a later format can tell old data apart. */
const PREFIX = 'LD1';

/**
 * The game's save (the slot's GameSave: a run as seed + actions by author id, and its session) in as
 * few characters as SCORM 1.2's suspend_data allows. Still by author id, so it needs no scenario to
 * read and replays like any save (restoreRun checks every action). Actions are one token each, joined by
 * ",": "." continue, "!a" accept a counter-proposal, "!w" walk away, a bare id for a choice, and
 * "(clause=option+clause=option)" for a proposal (ids never hold these characters). The flagship's
 * longest runs (about 100 actions) take about 1,500 characters; the JSON slot format about 2,600.
 */
export function encodeSuspendData(save: GameSave): string | null {
  const full = encodeWith(save, save.session.votes);
  if (full.length <= SUSPEND_DATA_LIMIT) return full;
  // Facilitated runs with many votes: the run matters more than the vote counts.
  const lean = encodeWith(save, []);
  return lean.length <= SUSPEND_DATA_LIMIT ? lean : null;
}

function encodeWith(save: GameSave, votes: SessionInfo['votes']): string {
  const { run, session } = save;
  return `${PREFIX}${JSON.stringify([
    run.scenario.id,
    run.scenario.version,
    run.seed,
    run.actions.map(encodeAction).join(','),
    session.mode === 'solo' ? 0 : 1,
    session.classCode,
    session.team,
    session.startedAt,
    session.finishedAt,
    votes,
  ])}`;
}

function encodeAction(action: SavedAction): string {
  if (action === 'continue') return '.';
  if (action === 'acceptCounter') return '!a';
  if (action === 'walkAway') return '!w';
  if ('choose' in action) return action.choose;
  return `(${Object.entries(action.propose)
    .map(([clause, option]) => `${clause}=${option}`)
    .join('+')})`;
}

const ID = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

function decodeAction(token: string): SavedAction | null {
  if (token === '.') return 'continue';
  if (token === '!a') return 'acceptCounter';
  if (token === '!w') return 'walkAway';
  if (ID.test(token)) return { choose: token };
  if (!token.startsWith('(') || !token.endsWith(')')) return null;
  const propose: Record<string, string> = {};
  for (const pair of token.slice(1, -1).split('+')) {
    const [clause, option, extra] = pair.split('=');
    if (clause === undefined || option === undefined || extra !== undefined) return null;
    if (!ID.test(clause) || !ID.test(option) || clause in propose) return null;
    propose[clause] = option;
  }
  return { propose };
}

/**
 * Reads suspend data back into a save, or null when it is not one of ours or is damaged. The result is
 * checked against the slot's schema; whether its actions still fit the scenario is checked on replay.
 */
export function decodeSuspendData(text: string): GameSave | null {
  if (!text.startsWith(PREFIX)) return null;
  let fields: unknown;
  try {
    fields = JSON.parse(text.slice(PREFIX.length));
  } catch {
    return null;
  }
  if (!Array.isArray(fields) || fields.length !== 10) return null;
  const [id, version, seed, actionText, mode, classCode, team, startedAt, finishedAt, votes] = fields;
  if (typeof actionText !== 'string') return null;
  const actions: SavedAction[] = [];
  for (const token of actionText === '' ? [] : actionText.split(',')) {
    const action = decodeAction(token);
    if (action === null) return null;
    actions.push(action);
  }
  const candidate = {
    run: { scenario: { id, version }, seed, actions },
    session: {
      mode: mode === 0 ? 'solo' : mode === 1 ? 'facilitator' : mode,
      classCode,
      team,
      startedAt,
      finishedAt,
      votes,
    },
  };
  const parsed = safeParse(GameSaveSchema, candidate);
  return parsed.success ? parsed.data : null;
}
