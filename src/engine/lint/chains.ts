import type { JsonPath } from '../diagnostics';
import type { Event } from '../format/scenario';
import type { LintContext } from './context';

interface NextEdge {
  readonly target: string;
  readonly path: JsonPath;
}

interface Frame {
  readonly id: string;
  readonly edges: readonly NextEdge[];
  next: number;
}

/**
 * LD310: a choice's `next` presents another event in the same turn, so a cycle of `next`s never lets the
 * turn end. Depth-first search without recursion (1000 chained events must not overflow the stack);
 * every edge back into the current trail closes a cycle and is reported where it is written.
 */
export function checkThenCycles(context: LintContext): void {
  const { events } = context.catalog;
  const state = new Map<string, 'open' | 'done'>();
  for (const [start, { index }] of events) {
    if (state.has(start)) continue;
    const stack: Frame[] = [{ id: start, edges: nextEdges(events.get(start)?.item, index), next: 0 }];
    const trail = [start];
    state.set(start, 'open');
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      const edge = frame?.edges[frame.next];
      if (frame === undefined || edge === undefined) {
        if (frame !== undefined) state.set(frame.id, 'done');
        stack.pop();
        trail.pop();
        continue;
      }
      frame.next++;
      const seen = state.get(edge.target);
      if (seen === 'open') {
        reportCycle(context, [...trail.slice(trail.indexOf(edge.target)), edge.target], edge.path);
      } else if (seen === undefined) {
        const target = events.get(edge.target);
        if (target === undefined) continue;
        state.set(edge.target, 'open');
        trail.push(edge.target);
        stack.push({ id: edge.target, edges: nextEdges(target.item, target.index), next: 0 });
      }
    }
  }
}

function nextEdges(event: Event | undefined, index: number): NextEdge[] {
  const edges: NextEdge[] = [];
  event?.choices?.forEach((choice, i) => {
    if (choice.next !== undefined) {
      edges.push({ target: choice.next, path: ['events', index, 'choices', i, 'next'] });
    }
  });
  return edges;
}

function reportCycle(context: LintContext, cycle: readonly string[], path: JsonPath): void {
  context.report('LD310', path, { cycle: [...cycle] });
}
