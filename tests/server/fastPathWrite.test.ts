/**
 * The fast path's answers over a real socket with the response cache off (every request executed,
 * the body a string written after its head, `fastPath.ts`): the bytes on the wire, one request
 * after another on a keep-alive connection and pipelined in one TCP write, are those Yoga gives.
 */
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer } from '../../src/server/createServer.ts';
import { closeGracefully, createHttpServer, listen } from '../../src/server/http.ts';
import { buildStore } from '../../src/store/store.ts';
import { councilArticle, harbourArticle } from '../support/articles.ts';
import type { Server } from 'node:http';

const { store } = buildStore([
  { source: 'harbour.txt', article: harbourArticle },
  { source: 'council.txt', article: councilArticle },
]);
const BY_ID = 'query ById($id: ID!) { article(id: $id) { id headline lead quotes { id text } } }';
const GRAPHQL_RESPONSE = 'application/graphql-response+json';

interface RawResponse {
  status: number;
  headers: Map<string, string>;
  body: string;
}

/** Responses read off one connection: head, then exactly Content-Length bytes of body. */
function parseResponses(bytes: Buffer): RawResponse[] {
  const responses: RawResponse[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    const end = bytes.indexOf('\r\n\r\n', offset);
    if (end < 0) break;
    const [statusLine, ...lines] = bytes.subarray(offset, end).toString('latin1').split('\r\n');
    const headers = new Map(
      lines.map((line) => {
        const colon = line.indexOf(':');
        return [line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim()] as const;
      }),
    );
    const length = Number(headers.get('content-length') ?? 0);
    const start = end + 4;
    if (bytes.length < start + length) break;
    responses.push({
      status: Number(statusLine!.split(' ')[1]),
      headers,
      body: bytes.subarray(start, start + length).toString('utf8'),
    });
    offset = start + length;
  }
  return responses;
}

function postRequest(body: string): string {
  return (
    'POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n' +
    `Accept: ${GRAPHQL_RESPONSE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`
  );
}

/** Sends `writes` on one connection, each once the answers to the previous one are in. */
async function exchange(port: number, writes: string[][]): Promise<RawResponse[]> {
  const socket = connect(port, '127.0.0.1');
  const received: Buffer[] = [];
  let waiting: (() => void) | undefined;
  let expected = 0;
  socket.on('data', (chunk: Buffer) => {
    received.push(chunk);
    if (parseResponses(Buffer.concat(received)).length >= expected) waiting?.();
  });
  try {
    for (const requests of writes) {
      expected += requests.length;
      const done = new Promise<void>((resolve) => (waiting = resolve));
      socket.write(requests.join(''));
      await done;
    }
    return parseResponses(Buffer.concat(received));
  } finally {
    socket.destroy();
  }
}

describe('fast path answers over a socket, response cache off', () => {
  let server: Server;
  let port: number;
  const plain = createServer({ store, fastPath: false });
  const request = (id: string, query = BY_ID) => JSON.stringify({ query, variables: { id } });
  const expectedBody = async (id: string) =>
    (
      await plain.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE },
        body: request(id),
      })
    ).text();
  // A document the server has not seen yet goes to Yoga: the fast path's answers pipelined
  // behind Yoga's on the same connection.
  let unseen = 0;
  const yogaRequest = (id: string) => request(id, `${BY_ID}${' '.repeat(++unseen)}`);

  beforeAll(async () => {
    server = createHttpServer(createServer({ store, responseCacheBytes: 0 }));
    port = await listen(server, 0, '127.0.0.1');
  });
  afterAll(() => closeGracefully(server, 500));

  it('writes head and body exactly, one request after another and pipelined', async () => {
    const [first, second] = store.articles.map((article) => article.id) as [string, string];
    const responses = await exchange(port, [
      [postRequest(request(first))], // Yoga accepts the document
      [postRequest(request(second))], // fast path from here on
      [postRequest(request(first))],
      [postRequest(request(second)), postRequest(request(first)), postRequest(request(second))],
      [postRequest(yogaRequest(first)), postRequest(request(second)), postRequest(request(first))],
    ]);
    const ids = [first, second, first, second, first, second, first, second, first];
    expect(responses).toHaveLength(ids.length);
    for (const [i, response] of responses.entries()) {
      expect(response.status).toBe(200);
      expect(response.body).toBe(await expectedBody(ids[i]!));
      expect(response.headers.get('content-type')).toBe(`${GRAPHQL_RESPONSE}; charset=utf-8`);
      expect(response.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]+-g"$/);
      expect(response.headers.get('cache-control')).toBe('public, no-cache');
      expect(response.headers.get('x-request-id')).toBeTruthy();
    }
    // Same bytes, same validator: the ETag hashes the body.
    expect(responses[2]!.headers.get('etag')).toBe(responses[0]!.headers.get('etag'));
    expect(responses[1]!.headers.get('etag')).not.toBe(responses[0]!.headers.get('etag'));
  });
});
