import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type CheckWorker, checkScenarioFile } from '../../src/ui/scenario-check';
import { checkHere as checkOnPage } from '../../src/ui/scenario-check/check-here';
import type { CheckResponse } from '../../src/ui/scenario-check/messages';

const SAMPLE = readFileSync('scenarios/sample-visiting-lab.json', 'utf8');

/** A stand-in worker: `behave` decides what it does when it is sent a file. */
function fakeWorker(behave: (worker: CheckWorker) => void) {
  const worker: CheckWorker & { terminated: boolean } = {
    onmessage: null,
    onerror: null,
    terminated: false,
    postMessage() {
      behave(worker);
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return worker;
}
const send = (worker: CheckWorker, data: unknown) => worker.onmessage?.({ data } as MessageEvent<never>);
const fail = (worker: CheckWorker) => worker.onerror?.({ preventDefault() {} } as unknown as ErrorEvent);
const onPage = () => {
  const calls: string[] = [];
  const checkHere = async (fileName: string, text: string): Promise<CheckResponse> => {
    calls.push(fileName);
    return checkOnPage(fileName, text);
  };
  return { calls, checkHere };
};

afterEach(() => {
  vi.useRealTimers();
});

describe('checking a scenario file', () => {
  it('gives the worker’s answer and stops the worker', async () => {
    const worker = fakeWorker((w) => {
      send(w, { ready: true });
      send(w, checkOnPage('mine.json', SAMPLE));
    });
    const page = onPage();
    const outcome = await checkScenarioFile('mine.json', SAMPLE, { startWorker: () => worker, ...page });
    expect(outcome.kind).toBe('checked');
    if (outcome.kind === 'checked') expect(outcome.result.scenario?.id).toBe('sample-visiting-lab');
    expect(worker.terminated).toBe(true);
    expect(page.calls).toEqual([]);
  });

  it('stops a check that takes longer than the limit, and says so', async () => {
    vi.useFakeTimers();
    const worker = fakeWorker((w) => send(w, { ready: true })); // ready, then never answers
    const page = onPage();
    const pending = checkScenarioFile('slow.json', '{}', {
      startWorker: () => worker,
      limitMs: 5000,
      ...page,
    });
    await vi.advanceTimersByTimeAsync(5000);
    expect(await pending).toEqual({ kind: 'stopped', reason: 'time', limitMs: 5000 });
    expect(worker.terminated).toBe(true);
    // It is not checked on the page instead: that is what would freeze it.
    expect(page.calls).toEqual([]);
  });

  it('reports a worker that fails during the check as stopped', async () => {
    const worker = fakeWorker((w) => {
      send(w, { ready: true });
      fail(w);
    });
    const page = onPage();
    const outcome = await checkScenarioFile('oom.json', '{}', { startWorker: () => worker, ...page });
    expect(outcome).toMatchObject({ kind: 'stopped', reason: 'error' });
    expect(page.calls).toEqual([]);
  });

  it('checks on the page where no worker can start, or it fails before it is ready', async () => {
    for (const startWorker of [() => null, () => fakeWorker(fail)]) {
      const page = onPage();
      const outcome = await checkScenarioFile('mine.json', SAMPLE, { startWorker, ...page });
      expect(outcome.kind).toBe('checked');
      expect(page.calls).toEqual(['mine.json']);
    }
  });
});
