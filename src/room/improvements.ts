import { MAX_IMPROVEMENTS, type SignedIntent } from './protocol';
import { APPLIED, refuse } from './refusals';
import type { Improvement, RoomState } from './state';
import type { Change } from './voting';

type ImprovementIntent = Extract<SignedIntent, { type: 'improvement' }>;

/**
 * The closing discussion's improvement items: the facilitator adds, edits and removes them at any time
 * (the workshop may end before the scenario does). Ids are counted by the room and never reused, so an
 * edit or removal sent late never lands on another item. The text arrives cleaned by the protocol.
 */
export function changeImprovements(room: RoomState, intent: ImprovementIntent): Change {
  const { improvements } = room;
  const unchanged = (refusal: Parameters<typeof refuse>[0]): Change => ({ room, reply: refuse(refusal) });
  if (intent.op === 'add') {
    if (intent.item === undefined || intent.item.action === '') return unchanged('empty-item');
    if (improvements.length >= MAX_IMPROVEMENTS) return unchanged('too-many-items');
    const added: Improvement = { id: room.nextImprovement, ...intent.item };
    return {
      room: { ...room, improvements: [...improvements, added], nextImprovement: room.nextImprovement + 1 },
      reply: APPLIED,
    };
  }
  const index = improvements.findIndex((item) => item.id === intent.id);
  if (index < 0) return unchanged('no-such-item');
  if (intent.op === 'remove') {
    return { room: { ...room, improvements: improvements.filter((_, i) => i !== index) }, reply: APPLIED };
  }
  if (intent.item === undefined || intent.item.action === '') return unchanged('empty-item');
  const edited: Improvement = { id: improvements[index]?.id ?? 0, ...intent.item };
  return {
    room: { ...room, improvements: improvements.map((item, i) => (i === index ? edited : item)) },
    reply: APPLIED,
  };
}
