import type { JsonObject } from './biome-json';
import { freshId } from './draft-doc';

/**
 * What a new item starts as: valid in the format and in both languages, with starter text that says
 * what to write (scenario text, so both languages whatever the studio's language). Ids are fresh and
 * the author renames them.
 */

const starter = (ko: string, en: string) => ({ ko, en });

export function newChoice(taken: readonly string[]): JsonObject {
  return { id: freshId('choice', taken), text: starter('선택지를 적으세요', 'Write the choice') };
}

export function newEvent(taken: readonly string[]): JsonObject {
  return {
    id: freshId('event', taken),
    title: starter('새 사건', 'A new event'),
    text: starter('플레이어가 읽을 상황을 적으세요.', 'Describe the situation the player reads.'),
    choices: [newChoice([]), newChoice(['choice-1'])],
  };
}

/**
 * A new ending with a starting condition on the first meter, since an ending without one always matches
 * and would hide every ending after it (the navigator puts it before a last catch-all ending).
 */
export function newEnding(taken: readonly string[], meters: readonly string[]): JsonObject {
  const first = meters[0];
  return {
    id: freshId('ending', taken),
    title: starter('새 결말', 'A new ending'),
    text: starter('이 결말에서 일어나는 일을 적으세요.', 'Describe what happens in this ending.'),
    why: starter('이 결말에 이른 이유를 적으세요.', 'Say why the player reached this ending.'),
    tone: 'mixed',
    ...(first !== undefined && { when: { meter: first, atLeast: 50 } }),
  };
}

export function newMeter(taken: readonly string[]): JsonObject {
  return { id: freshId('meter', taken), label: starter('새 지표', 'A new meter'), start: 50 };
}

export function newFlag(taken: readonly string[]): JsonObject {
  return { id: freshId('flag', taken) };
}

export function newCharacter(taken: readonly string[]): JsonObject {
  return {
    id: freshId('character', taken),
    name: starter('이름', 'Name'),
    role: starter('역할', 'Role'),
  };
}

export function newObjective(taken: readonly string[]): JsonObject {
  return {
    id: freshId('objective', taken),
    title: starter('새 학습 목표', 'A new learning objective'),
    summary: starter('플레이어가 익혀야 할 판단을 적으세요.', 'Write the judgement a player should learn.'),
  };
}

export function newReference(taken: readonly string[]): JsonObject {
  return { id: freshId('reference', taken), title: starter('참고 자료의 제목', 'The reference’s title') };
}

export function laterEvent(events: readonly string[]): JsonObject {
  return { in: 2, event: events[0] ?? '' };
}

export function laterEffects(): JsonObject {
  return { in: 2, effects: {}, note: starter('나중에 일어난 일을 적으세요.', 'Say what happened.') };
}
