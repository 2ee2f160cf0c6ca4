import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { buildIfStale } from './fresh-build';
import { publicBase, roomLinks, startBanner } from './links';
import { parseOptions, USAGE } from './options';
import { startRoomServer } from './room-server';
import { shippedScenarios } from './shipped-scenarios';

/**
 * `npm run room`: builds the game if needed, then serves it and the live room on the local network,
 * printing the facilitator's link, the projector's, the join address and its QR code. Stops cleanly on
 * Ctrl+C (SIGINT) or SIGTERM: connections closed, the journal closed (every acknowledged intent is
 * already on disk, so even a kill loses nothing acknowledged).
 */
async function main(): Promise<void> {
  let options: ReturnType<typeof parseOptions>;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  const log = (line: string) => console.error(`[room] ${line}`);
  const root = process.cwd();
  const dist = path.join(root, 'dist');
  if (options.build && !buildIfStale(root, dist, log)) {
    log('the game did not build; not starting');
    process.exitCode = 1;
    return;
  }
  if (options.redisUrl === undefined) {
    mkdirSync(path.dirname(path.resolve(options.dataFile)), { recursive: true });
  }
  let server: Awaited<ReturnType<typeof startRoomServer>>;
  try {
    server = await startRoomServer({
      port: options.port,
      host: options.host,
      dataFile: options.dataFile,
      distDir: dist,
      catalog: shippedScenarios(path.join(root, 'scenarios'), log),
      ...(options.publicUrl === undefined ? {} : { publicUrl: options.publicUrl }),
      ...(options.redisUrl === undefined ? {} : { redisUrl: options.redisUrl }),
      expireMs: options.expireDays * 86_400_000,
      log,
    });
  } catch (error) {
    // A port in use, a Redis that cannot be reached: said plainly, and nothing left running.
    log(`could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  const links = roomLinks(publicBase(options.publicUrl, server.port), server.registry.hostToken);
  console.log(await startBanner(links));
  // A line for scripts and tests that start the server on a free port.
  console.log(`listening on ${options.host}:${server.port} (${server.registry.size} rooms restored)`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log(`stopping failed: ${String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

await main();
