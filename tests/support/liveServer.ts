/**
 * Newsgraph on a real loopback port, for the tests that need real HTTP (browsers, sockets).
 */
import type { Server } from 'node:http';
import { DEFAULT_CONTENT_DIR } from '../../src/config.ts';
import { loadContent } from '../../src/content/loader.ts';
import { createServer, type ServerOptions } from '../../src/server/createServer.ts';
import { closeGracefully, createHttpServer, listen } from '../../src/server/http.ts';

export interface LiveServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export async function startLiveServer(
  options: Partial<ServerOptions> & { contentDir?: string } = {},
): Promise<LiveServer> {
  const store =
    options.store ?? (await loadContent(options.contentDir ?? DEFAULT_CONTENT_DIR)).store;
  const server = createHttpServer(createServer({ ...options, store }));
  const port = await listen(server, 0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () => closeGracefully(server, 1_000),
  };
}
