import { createServer } from 'node:net';

/**
 * A loopback port nobody listens on right now (the OS picks it): a server can then be told its port,
 * and `--public-url` can name it, before it starts.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address !== null
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}
