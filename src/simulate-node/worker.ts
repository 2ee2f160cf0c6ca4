import { parentPort, workerData } from 'node:worker_threads';
import { compile, type Scenario, simulateSlice } from '../engine';
import type { SliceReply, SliceRequest } from './protocol';

/**
 * A simulation worker thread: plays the slices it is sent and posts back their tallies. Its scenario
 * arrives once, as `workerData`: the parsed file the main thread has already checked (plain data;
 * a compiled scenario holds functions, which do not cross threads), compiled here once.
 */
const scenario = compile(workerData as Scenario);

parentPort?.on('message', (request: SliceRequest) => {
  let reply: SliceReply;
  try {
    reply = { id: request.id, tally: simulateSlice(scenario, request.slice) };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
