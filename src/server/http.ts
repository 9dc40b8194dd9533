/**
 * The Node HTTP server around Yoga, with the socket timeouts that drop slow clients.
 */
import { createServer as createNodeServer, type Server } from 'node:http';
import type { NewsgraphServer } from './createServer.ts';

export const HEADERS_TIMEOUT_MS = 10_000;
export const REQUEST_TIMEOUT_MS = 15_000;
export const KEEP_ALIVE_TIMEOUT_MS = 5_000;
/** Largest request head (request line and headers); Node answers 431 above it. */
export const MAX_HEADER_BYTES = 16 * 1024;

export interface HttpTimeouts {
  /** Time a client has to send the request head; slower clients (slowloris) are dropped. */
  headersTimeoutMs?: number;
  /** Time a client has to send the whole request, body included. */
  requestTimeoutMs?: number;
  /** How long an idle keep-alive connection stays open. */
  keepAliveTimeoutMs?: number;
}

export function createHttpServer(yoga: NewsgraphServer, timeouts: HttpTimeouts = {}): Server {
  const headersTimeout = timeouts.headersTimeoutMs ?? HEADERS_TIMEOUT_MS;
  const requestTimeout = Math.max(timeouts.requestTimeoutMs ?? REQUEST_TIMEOUT_MS, headersTimeout);
  const server = createNodeServer(
    {
      maxHeaderSize: MAX_HEADER_BYTES,
      // Node checks the two timeouts above on this interval (default 30 s, far too coarse).
      connectionsCheckingInterval: Math.max(100, Math.min(1_000, Math.floor(headersTimeout / 2))),
    },
    yoga,
  );
  server.headersTimeout = headersTimeout;
  server.requestTimeout = requestTimeout;
  server.keepAliveTimeout = timeouts.keepAliveTimeoutMs ?? KEEP_ALIVE_TIMEOUT_MS;
  return server;
}

export function listen(server: Server, port: number, host?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

/** Stops accepting, lets in-flight requests finish, then closes idle keep-alive sockets. */
export function closeGracefully(server: Server, forceAfterMs = 10_000): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => server.closeAllConnections(), forceAfterMs);
    force.unref();
    // A keep-alive connection becomes idle only once its request is answered: close those as
    // they come, instead of waiting for their keep-alive timeout.
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    sweep.unref();
    server.close(() => {
      clearTimeout(force);
      clearInterval(sweep);
      resolve();
    });
    server.closeIdleConnections();
  });
}
