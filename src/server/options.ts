import path from 'node:path';
import { parseArgs } from 'node:util';

export interface CommandOptions {
  readonly port: number;
  readonly host: string;
  readonly dataFile: string;
  readonly publicUrl: string | undefined;
  readonly expireDays: number;
  /** Share rooms with other server processes through this Redis instead of the SQLite file. */
  readonly redisUrl: string | undefined;
  /** Serve `dist/` as it is, without building (tests, or a machine without the sources' tools). */
  readonly build: boolean;
}

export const USAGE = `npm run room -- [options]
  --port <n>          port to listen on (default 4180; 0 picks a free one)
  --host <address>    address to listen on (default 0.0.0.0: every network of this machine)
  --data <file>       SQLite file that keeps the rooms (default room-data/rooms.sqlite)
  --public-url <url>  the address people reach this server by (default http://<LAN IP>:<port>)
  --expire-days <n>   days after which a room and its data are deleted (default 7)
  --redis <url>       share rooms with other server processes through Redis, e.g. redis://127.0.0.1:6379
                      (default: $ROOM_REDIS_URL; without either, one server with its SQLite file)
  --no-build          serve dist/ as it is, without building it first`;

/** The command line, checked: a wrong option or value is an error that says which and why. */
export function parseOptions(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = process.env,
): CommandOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: 'string', default: '4180' },
      host: { type: 'string', default: '0.0.0.0' },
      data: { type: 'string', default: path.join('room-data', 'rooms.sqlite') },
      'public-url': { type: 'string' },
      'expire-days': { type: 'string', default: '7' },
      redis: { type: 'string' },
      'no-build': { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535)
    throw new Error(`--port: "${values.port}" is not a port`);
  const expireDays = Number(values['expire-days']);
  if (!Number.isFinite(expireDays) || expireDays <= 0) {
    throw new Error(`--expire-days: "${values['expire-days']}" is not a positive number of days`);
  }
  const publicUrl = values['public-url'];
  if (publicUrl !== undefined) {
    const url = URL.canParse(publicUrl) ? new URL(publicUrl) : null;
    if (url === null || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      throw new Error(`--public-url: "${publicUrl}" is not an http(s) address`);
    }
  }
  const redisUrl = values.redis ?? (env.ROOM_REDIS_URL || undefined);
  if (redisUrl !== undefined) {
    const url = URL.canParse(redisUrl) ? new URL(redisUrl) : null;
    if (url === null || (url.protocol !== 'redis:' && url.protocol !== 'rediss:')) {
      throw new Error(`--redis: "${redisUrl}" is not a redis:// or rediss:// address`);
    }
  }
  return {
    port,
    host: values.host,
    dataFile: values.data,
    publicUrl,
    expireDays,
    redisUrl,
    build: !values['no-build'],
  };
}
