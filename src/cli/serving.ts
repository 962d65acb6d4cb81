/** Listening until SIGINT/SIGTERM, shared by `faultline serve` and `faultline demo`. */
import type { FastifyInstance } from 'fastify';

/** The --port value as a port number, or null after saying why it is not one. */
export function parsePort(text: unknown): number | null {
  const port = Number(text);
  if (Number.isInteger(port) && port >= 0 && port <= 65535) return port;
  process.stderr.write('faultline: --port must be a whole number 0–65535\n');
  return null;
}

/** Starts listening; resolves to the address, or to an Error saying why it could not. */
export async function listen(app: FastifyInstance, host: string, port: number): Promise<string | Error> {
  try {
    await app.listen({ host, port });
  } catch (e) {
    return new Error(`cannot listen on ${host}:${port}: ${(e as Error).message}`);
  }
  const address = app.server.address();
  return urlOf(host, typeof address === 'object' && address ? address.port : port);
}

/** The web UI's address for a host and port. */
export function urlOf(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}/`;
}

/** Resolves once SIGINT or SIGTERM arrives and `cleanup` has run. Call it once the server listens: a Fastify server closed in the middle of listen() stays open and the process never exits. */
export function untilSignal(cleanup: () => Promise<void>): Promise<void> {
  return new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      cleanup().then(resolve, resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
