/**
 * Shared by the hardening suites: a server over the hand-made articles, raw requests through
 * `yoga.fetch`, and the normal query every test asks again after a hostile one.
 */
import { expect } from 'vitest';
import { createServer, type ServerOptions } from '../../src/server/createServer.ts';
import { buildStore, type ContentStore } from '../../src/store/store.ts';
import { councilArticle, harbourArticle, undatedArticle } from '../support/articles.ts';

export const ENDPOINT = 'http://newsgraph.test/graphql';
export const GRAPHQL_RESPONSE = 'application/graphql-response+json';

let store: ContentStore | undefined;

export function testStore(): ContentStore {
  store ??= buildStore([
    { source: 'harbour.txt', article: harbourArticle },
    { source: 'council.txt', article: councilArticle },
    { source: 'undated.txt', article: undatedArticle },
  ]).store;
  return store;
}

export function testServer(options: Partial<ServerOptions> = {}) {
  return createServer({ store: testStore(), ...options });
}

export type Yoga = ReturnType<typeof testServer>;

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  json: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

export async function send(yoga: Yoga, init: RequestInit, url = ENDPOINT): Promise<RawResponse> {
  const response = await yoga.fetch(url, init);
  const text = await response.text();
  let json: RawResponse['json'] = {};
  try {
    json = JSON.parse(text) as RawResponse['json'];
  } catch {
    // Not every response has a JSON body (404, 204).
  }
  return { status: response.status, headers: response.headers, text, json };
}

export function post(
  yoga: Yoga,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  return send(yoga, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export const NORMAL_QUERY = '{ articles(first: 2) { totalCount nodes { headline } } }';

/** The server still answers an ordinary query correctly. */
export async function expectHealthy(yoga: Yoga): Promise<void> {
  const response = await post(yoga, { query: NORMAL_QUERY });
  expect(response.status).toBe(200);
  expect(response.json).toEqual({
    data: {
      articles: {
        totalCount: 3,
        nodes: [
          { headline: 'Stadtrat berät über den Hafen' },
          { headline: harbourArticle.headline },
        ],
      },
    },
  });
}

/** A clean error body: errors with a message and a code, nothing internal. */
export function expectCleanError(response: RawResponse, code?: string): void {
  expect(response.json.errors?.length, response.text).toBeGreaterThan(0);
  for (const error of response.json.errors!) expect(typeof error.message).toBe('string');
  const codes = response.json.errors!.map((error) => error.extensions?.code);
  if (code) expect(codes, response.text).toContain(code);
  expectNoInternals(response.text);
}

/** No stack trace, file path, engine message or schema suggestion in a response body. */
export function expectNoInternals(text: string): void {
  expect(text).not.toMatch(/\bat .+:\d+:\d+|node_modules|\/work\/|\.ts:\d|\.js:\d/);
  expect(text).not.toMatch(
    /"stack"|originalError|Did you mean|SyntaxError|TypeError|Unexpected token/,
  );
}
