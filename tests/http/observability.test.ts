import { beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { createServer, type NewsgraphServer } from '../../src/server/createServer.ts';
import { createMetrics } from '../../src/server/observability.ts';
import { buildStore } from '../../src/store/store.ts';
import { harbourArticle } from '../support/articles.ts';

const { store } = buildStore([{ source: 'harbour.txt', article: harbourArticle }]);
let ready = false;
const status = { ready: () => ready, pagesLoaded: () => 1, pagesSkipped: () => 2 };
const logLines: string[] = [];
let yoga: NewsgraphServer;

beforeAll(() => {
  yoga = createServer({
    store,
    content: status,
    metrics: createMetrics(status),
    logger: createLogger('info', (line) => logLines.push(line)),
  });
});

function post(body: unknown, headers: Record<string, string> = {}) {
  return yoga.fetch('http://newsgraph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

describe('operations endpoints', () => {
  it('/health is alive at once; /ready answers 503 until content is loaded, then 200', async () => {
    expect((await yoga.fetch('http://newsgraph.test/health')).status).toBe(200);
    expect((await yoga.fetch('http://newsgraph.test/ready')).status).toBe(503);
    ready = true;
    const response = await yoga.fetch('http://newsgraph.test/ready');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready', pages: 1 });
  });

  it('counts requests, durations and errors by operation, and content pages, for Prometheus', async () => {
    await post({
      query: 'query HarbourCount { articles { totalCount } }',
      operationName: 'HarbourCount',
    });
    await post({ query: 'query BadPage { articles(first: 500) { totalCount } }' });
    const response = await yoga.fetch('http://newsgraph.test/metrics');
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toMatch(
      /newsgraph_http_requests_total\{operation="HarbourCount",status="200"\} 1/,
    );
    expect(text).toMatch(
      /newsgraph_http_request_duration_seconds_count\{operation="HarbourCount"\} 1/,
    );
    expect(text).toMatch(
      /newsgraph_graphql_errors_total\{operation="BadPage",code="BAD_USER_INPUT"\} 1/,
    );
    expect(text).toMatch(/newsgraph_content_pages_loaded 1/);
    expect(text).toMatch(/newsgraph_content_pages_skipped 2/);
  });

  it('tags each request with an id (given or new), in the response header and one JSON log line', async () => {
    const given = await post(
      { query: '{ articles { totalCount } }' },
      { 'x-request-id': 'trace-42' },
    );
    expect(given.headers.get('x-request-id')).toBe('trace-42');
    const fresh = await post(
      { query: '{ articles { totalCount } }' },
      { 'x-request-id': 'bad id!' },
    );
    const freshId = fresh.headers.get('x-request-id');
    expect(freshId).toMatch(/^[0-9a-f-]{36}$/);
    const entries = logLines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(entries).toContainEqual(
      expect.objectContaining({
        level: 'info',
        msg: 'request',
        requestId: 'trace-42',
        status: 200,
      }),
    );
    expect(entries.some((entry) => entry.requestId === freshId)).toBe(true);
  });
});
