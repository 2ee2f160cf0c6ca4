// First, before any module that imports zod (see src/zod-jitless.ts).
import '../../zod-jitless';
import { checkHere } from './check-here';
import type { CheckRequest, CheckResponse, WorkerNote } from './messages';

/**
 * The scenario checker's Web Worker: the same load and lint as `npm run validate`, away from the page, so
 * a hostile file (a list of a million conditions, nesting a hundred thousand deep) cannot freeze it; the
 * page stops this worker when it takes too long.
 */
const ready: WorkerNote = { ready: true };
self.postMessage(ready);

self.onmessage = (event: MessageEvent<CheckRequest>) => {
  const { fileName, text } = event.data;
  const response: CheckResponse = checkHere(fileName, text);
  self.postMessage(response);
};
