/**
 * On a real port: GraphQL over HTTP conformance (graphql-http's audit), and what only sockets
 * show: an immediate 413 for a huge declared body, slow clients dropped, oversized heads refused.
 */
import { connect, type Socket } from 'node:net';
import { auditServer } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpServer, closeGracefully, listen } from '../../src/server/http.ts';
import { NORMAL_QUERY, testServer } from './support.ts';

let url: string;
let port: number;
const server = createHttpServer(testServer(), {
  headersTimeoutMs: 300,
  requestTimeoutMs: 600,
  keepAliveTimeoutMs: 1_000,
});

beforeAll(async () => {
  port = await listen(server, 0, '127.0.0.1');
  url = `http://127.0.0.1:${port}/graphql`;
});
afterAll(async () => {
  await closeGracefully(server, 500);
});

async function expectHealthyOverHttp(): Promise<void> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: NORMAL_QUERY }),
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { data: { articles: { totalCount: number } } };
  expect(body.data.articles.totalCount).toBe(3);
}

/** Writes `head` on a fresh socket and collects what comes back until the server closes it. */
function rawExchange(
  write: (socket: Socket) => void,
): Promise<{ response: string; closed: boolean }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let response = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => (response += chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNRESET' || error.code === 'EPIPE')
        resolve({ response, closed: true });
      else reject(error);
    });
    socket.on('close', () => resolve({ response, closed: true }));
    socket.on('connect', () => write(socket));
  });
}

describe('GraphQL over HTTP', () => {
  it('passes every graphql-http server audit: 0 errors, 0 warnings', async () => {
    const results = await auditServer({ url });
    const failures = results
      .filter((result) => result.status !== 'ok')
      .map(
        (result) =>
          `${result.status} ${result.id} ${result.name}: ${'reason' in result ? result.reason : ''}`,
      );
    expect(failures).toEqual([]);
    expect(results.length).toBeGreaterThan(40);
    await expectHealthyOverHttp();
  });
});

describe('sockets', () => {
  it('answers a huge declared Content-Length with 413 at once and closes', async () => {
    const { response, closed } = await rawExchange((socket) => {
      socket.write(
        'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n' +
          'Content-Length: 10000000000\r\n\r\n{"query":',
      );
      // Never sends the rest: the answer must not wait for it.
    });
    expect(response).toMatch(/^HTTP\/1\.1 413 /);
    expect(response).toContain('PAYLOAD_TOO_LARGE');
    expect(closed).toBe(true);
    await expectHealthyOverHttp();
  });

  it('answers an oversized chunked body with 413 while reading', async () => {
    const { response } = await rawExchange((socket) => {
      socket.write(
        'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n' +
          'Transfer-Encoding: chunked\r\n\r\n',
      );
      const chunk = ' '.repeat(8192);
      for (let i = 0; i < 8; i++) socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
    });
    expect(response).toMatch(/^HTTP\/1\.1 413 /);
    await expectHealthyOverHttp();
  });

  it('drops a client that sends its headers too slowly (slowloris)', async () => {
    const { closed } = await rawExchange((socket) => {
      socket.write('POST /graphql HTTP/1.1\r\nHost: x\r\n');
      const drip = setInterval(() => {
        if (!socket.destroyed) socket.write('X-Slow: 1\r\n');
      }, 100);
      socket.on('close', () => clearInterval(drip));
    });
    expect(closed).toBe(true);
    await expectHealthyOverHttp();
  });

  it('drops a client that sends its body too slowly', async () => {
    const { closed } = await rawExchange((socket) => {
      socket.write(
        'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n',
      );
      const drip = setInterval(() => {
        if (!socket.destroyed) socket.write(' ');
      }, 100);
      socket.on('close', () => clearInterval(drip));
    });
    expect(closed).toBe(true);
    await expectHealthyOverHttp();
  });

  it('refuses an oversized request head with 431', async () => {
    const { response } = await rawExchange((socket) => {
      socket.write(
        `GET /graphql?query=%7B__typename%7D HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
      );
    });
    expect(response).toMatch(/^HTTP\/1\.1 431 /);
    await expectHealthyOverHttp();
  });

  it('answers a raw path traversal with 404', async () => {
    const { response } = await rawExchange((socket) => {
      socket.write(
        'GET /graphql/../../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
      );
    });
    expect(response).toMatch(/^HTTP\/1\.1 404 /);
    expect(response).not.toContain('root:');
    await expectHealthyOverHttp();
  });
});
