import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { ClassJournal } from './class-journal';
import { classProtocol } from './class-protocol';
import { ClassRegistry } from './class-registry';
import { joinCluster } from './cluster/cluster';
import { serveRoomProtocol } from './room-protocol';
import type { RoomRegistry, ScenarioCatalog } from './room-registry';
import { ScenarioUploads } from './scenario-upload';
import { type Randomness, systemRandomness } from './secrets';
import { singleServer } from './single-server';
import { staticSite } from './static-site';

export interface RoomServerOptions {
  readonly port: number;
  readonly host: string;
  /** The SQLite file that keeps every room (a single server, without `redisUrl`). */
  readonly dataFile: string;
  /** Share rooms with other server processes through this Redis (the journal then lives there). */
  readonly redisUrl?: string;
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
 * journal. Rooms come back from the journal on start; expired ones are deleted hourly. With `redisUrl`,
 * this process is one of several sharing rooms through Redis (cluster/cluster.ts).
 */
export async function startRoomServer(options: RoomServerOptions): Promise<RunningRoomServer> {
  const now = options.now ?? Date.now;
  let hostToken = '';
  const uploads = new ScenarioUploads({
    hostToken: () => hostToken,
    shipped: options.catalog,
    now,
    log: options.log,
  });
  const registryOptions = {
    catalog: options.catalog,
    uploads: uploads.catalog,
    random: options.random ?? systemRandomness,
    now,
    expireMs: options.expireMs,
    log: options.log,
  };
  const rooms =
    options.redisUrl === undefined
      ? singleServer(options.dataFile, registryOptions)
      : await joinCluster(options.redisUrl, registryOptions);
  const { registry } = rooms;
  hostToken = registry.hostToken;
  const site = staticSite(options.distDir);
  const http = createServer((request, response) => {
    if (!uploads.handle(request, response)) site(request, response);
  });
  const io = new Server(http, {
    transports: ['websocket'],
    maxHttpBufferSize: MAX_MESSAGE_BYTES,
    serveClient: false,
    ...(rooms.adapter === undefined ? {} : { adapter: rooms.adapter }),
    allowRequest: (request, done) => {
      const allowed = originAllowed(request, options.publicUrl);
      if (!allowed)
        options.log(`refused connection from origin ${String(request.headers.origin).slice(0, 100)}`);
      done(null, allowed);
    },
  });
  // Class rooms stay in this process's SQLite file even beside Redis: each student's run is checked by
  // the process that holds the room (see docs/live-room.md, "Limits").
  const classJournal = new ClassJournal(options.dataFile);
  const classes = new ClassRegistry({
    ...registryOptions,
    journal: classJournal,
    hostToken: registry.hostToken,
    codeTaken: (code) => registry.roomByCode(code) !== undefined,
  });
  const classRooms = classProtocol(io, { classes, workshops: registry, now, log: options.log });
  rooms.useHandler(
    serveRoomProtocol(io, {
      registry,
      now,
      log: options.log,
      classRooms,
      ...rooms.hooks,
      ...(options.publicUrl === undefined ? {} : { publicUrl: options.publicUrl }),
    }),
  );
  const sweep = () => {
    for (const { id, code } of registry.expire()) {
      io.to(`display:${id}`).to(`control:${id}`).emit('deleted', { code });
      options.log(`room ${code ?? id} expired and was deleted`);
    }
    for (const { id, code } of classes.expire()) {
      classRooms.gone(id, code);
      options.log(`class room ${code ?? id} expired and was deleted`);
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
      await rooms.close();
      classJournal.close();
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
