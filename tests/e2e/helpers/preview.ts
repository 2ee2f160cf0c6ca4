import type { AddressInfo } from 'node:net';
import { type PreviewServer, preview } from 'vite';

export interface Served {
  /** The page's address, ending in a slash. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves a built directory with Vite's preview server, started from Node so that closing it really
 * stops it (`npx vite preview &` leaves the real server running when the npx process is killed).
 * Port 0 lets the system pick a free port; the address is read back from the listening socket.
 * `appType: 'mpa'` turns off the single-page fallback, which would answer every missing file with
 * index.html and status 200: a missing file must be a 404 here, as on the static hosts the game ships to.
 */
export async function servePreview(options: {
  readonly root?: string;
  readonly outDir?: string;
  /** `false` serves `outDir` without reading vite.config.ts (the bench's bare page). */
  readonly configFile?: string | false;
}): Promise<Served> {
  const server: PreviewServer = await preview({
    root: options.root ?? process.cwd(),
    configFile: options.configFile,
    // Loads vite.config.ts without bundling it (the bundling loader warns about every import).
    configLoader: 'runner',
    logLevel: 'warn',
    appType: 'mpa',
    build: options.outDir === undefined ? {} : { outDir: options.outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address() as AddressInfo | null;
  if (address === null || typeof address === 'string') {
    await server.close();
    throw new Error('the preview server is not listening on a TCP port');
  }
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}
