import { connect, createServer, type Server, type Socket } from 'node:net';

export interface FailoverProxy {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * A stand-in for the load balancer in front of several room server processes: a TCP proxy on loopback
 * that sends each new connection to the first of its backends that accepts it. A client behind it
 * reaches the server it prefers while that lives, and the next one when it dies, as behind any load
 * balancer with health checks; WebSocket-only Socket.IO needs nothing more (no sticky sessions).
 */
export async function startFailoverProxy(backendPorts: readonly number[]): Promise<FailoverProxy> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((client) => {
    sockets.add(client);
    client.once('close', () => sockets.delete(client));
    client.pause();
    const tryBackend = (index: number) => {
      const port = backendPorts[index];
      if (port === undefined) {
        client.destroy();
        return;
      }
      const backend = connect(port, '127.0.0.1');
      let connected = false;
      backend.once('error', () => {
        if (!connected) tryBackend(index + 1);
      });
      backend.once('connect', () => {
        connected = true;
        sockets.add(backend);
        backend.once('close', () => {
          sockets.delete(backend);
          client.destroy();
        });
        backend.on('error', () => client.destroy());
        client.on('error', () => backend.destroy());
        client.once('close', () => backend.destroy());
        client.pipe(backend);
        backend.pipe(client);
        client.resume();
      });
    };
    tryBackend(0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
