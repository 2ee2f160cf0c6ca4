import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { Journal } from './journal';
import { serveRoomProtocol } from './room-protocol';
import { RoomRegistry, type ScenarioCatalog } from './room-registry';
import { ScenarioUploads } from './scenario-upload';
import { type Randomness, systemRandomness } from './secrets';
import { staticSite } from './static-site';

export interface RoomServerOptions {
  readonly port: number;
  readonly host: string;
  /** The SQLite file that keeps every room. */
  readonly dataFile: string;
  /** The built game to serve. */
  readonly distDir: string;
  readonly catalog: ScenarioCatalog;
  /** The address people reach the server by, when not this machine's own (a reverse proxy, a test). */
  readonly publicUrl?: string;
  readonly expireMs: number;
  readonly log: (line: string) => void;
  readonly now?: () => number;
  readonly random?: Randomness;
}

export interface RunningRoomServer {
  readonly port: number;
  readonly registry: RoomRegistry;
  close(): Promise<void>;
}

/** The largest message a client may send, in bytes: a facilitator's longest note in Korean fits. */
export const MAX_MESSAGE_BYTES = 20_000;
const HOUR = 3_600_000;

/**
 * The room server: the built game over HTTP, the room protocol over Socket.IO (WebSocket only, so no
 * sticky sessions are ever needed, and only from the server's own origin), every room kept in the
 * journal. Rooms come back from the journal on start; expired ones are deleted hourly.
 */
export async function startRoomServer(options: RoomServerOptions): Promise<RunningRoomServer> {
  const now = options.now ?? Date.now;
  const journal = new Journal(options.dataFile);
  let hostToken = '';
  const uploads = new ScenarioUploads({
    hostToken: () => hostToken,
    shipped: options.catalog,
    now,
    log: options.log,
  });
  const registry = new RoomRegistry({
    journal,
    catalog: options.catalog,
    uploads: uploads.catalog,
    random: options.random ?? systemRandomness,
    now,
    expireMs: options.expireMs,
    log: options.log,
  });
  hostToken = registry.hostToken;
  const site = staticSite(options.distDir);
  const http = createServer((request, response) => {
    if (!uploads.handle(request, response)) site(request, response);
  });
  const io = new Server(http, {
    transports: ['websocket'],
    maxHttpBufferSize: MAX_MESSAGE_BYTES,
    serveClient: false,
    allowRequest: (request, done) => {
      const allowed = originAllowed(request, options.publicUrl);
      if (!allowed)
        options.log(`refused connection from origin ${String(request.headers.origin).slice(0, 100)}`);
      done(null, allowed);
    },
  });
  serveRoomProtocol(io, {
    registry,
    now,
    log: options.log,
    ...(options.publicUrl === undefined ? {} : { publicUrl: options.publicUrl }),
  });
  const sweep = () => {
    for (const { id, code } of registry.expire()) {
      io.to(`display:${id}`).to(`control:${id}`).emit('deleted', { code });
      options.log(`room ${code ?? id} expired and was deleted`);
    }
  };
  sweep();
  const timer = setInterval(sweep, HOUR);
  timer.unref();

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.host, () => resolve());
  });
  const port = (http.address() as AddressInfo).port;
  return {
    port,
    registry,
    close: async () => {
      clearInterval(timer);
      await io.close();
      journal.close();
    },
  };
}

/**
 * Browsers send the page's origin with a WebSocket: only the server's own page (as reached, or as the
 * public URL names it) may open one, so another site cannot act for a visitor. Non-browser clients
 * send none; they hold tokens or nothing, like anyone on the network.
 */
function originAllowed(request: IncomingMessage, publicUrl: string | undefined): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  try {
    const url = new URL(origin);
    if (url.host === request.headers.host) return true;
    return publicUrl !== undefined && url.origin === new URL(publicUrl).origin;
  } catch {
    return false;
  }
}
