import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ScenarioCatalog } from '../../src/server/room-registry';
import { type RunningRoomServer, startRoomServer } from '../../src/server/room-server';
import { sampleScenario } from '../room/sample-room';

export interface TestServer {
  readonly server: RunningRoomServer;
  readonly url: string;
  readonly logs: string[];
  /** The server's SQLite file (a test may open it beside the server, e.g. to make its writes fail). */
  readonly dataFile: string;
  /** The server's clock: it moves only when a test moves it, so rate limits never depend on speed. */
  advance(ms: number): void;
  stop(): Promise<void>;
}

/** A room server on 127.0.0.1 and a free port, with the sample scenario and a data file of its own. */
export async function startTestServer(options: { publicUrl?: string } = {}): Promise<TestServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'lab-doors-room-'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Lab Doors</title>');
  const scenario = sampleScenario();
  const catalog: ScenarioCatalog = new Map([
    [scenario.source.id, { source: scenario.source, compiled: scenario }],
  ]);
  const logs: string[] = [];
  let clock = 1_000_000;
  const dataFile = path.join(dir, 'rooms.sqlite');
  const server = await startRoomServer({
    port: 0,
    host: '127.0.0.1',
    dataFile,
    distDir: dir,
    catalog,
    expireMs: 7 * 86_400_000,
    log: (line) => logs.push(line),
    now: () => clock,
    ...options,
  });
  return {
    server,
    url: `http://127.0.0.1:${server.port}`,
    logs,
    dataFile,
    advance: (ms) => {
      clock += ms;
    },
    stop: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
