/**
 * One hostile request per class of the HTTP protocol: each gets the right status and a clean error
 * body, and the server answers a normal query afterwards.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  ENDPOINT,
  expectCleanError,
  expectHealthy,
  expectNoInternals,
  GRAPHQL_RESPONSE,
  post,
  send,
  testServer,
} from './support.ts';

const yoga = testServer();

afterEach(async () => {
  await expectHealthy(yoga);
});

const jsonHeaders = { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE };

describe('methods', () => {
  it.each(['PUT', 'DELETE', 'PATCH'])('%s gets 405 with Allow', async (method) => {
    const response = await send(yoga, {
      method,
      headers: jsonHeaders,
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, POST');
    expectCleanError(response, 'METHOD_NOT_ALLOWED');
  });

  it('GET runs queries but not mutations (405 with Allow: POST)', async () => {
    const ok = await send(
      yoga,
      { headers: { accept: GRAPHQL_RESPONSE } },
      `${ENDPOINT}?query=%7B__typename%7D`,
    );
    expect(ok.json).toEqual({ data: { __typename: 'Query' } });
    const mutation = await send(
      yoga,
      { headers: { accept: GRAPHQL_RESPONSE } },
      `${ENDPOINT}?query=${encodeURIComponent('mutation { __typename }')}`,
    );
    expect(mutation.status).toBe(405);
    expect(mutation.headers.get('allow')).toBe('POST');
    expectCleanError(mutation);
  });

  it('GET with variables that are not JSON gets 400', async () => {
    const response = await send(
      yoga,
      {},
      `${ENDPOINT}?query=${encodeURIComponent('query($id: ID!) { node(id: $id) { id } }')}&variables=%7Bid`,
    );
    expect(response.status).toBe(400);
    expectCleanError(response, 'BAD_REQUEST');
  });
});

describe('content types', () => {
  it.each([
    ['missing', undefined],
    ['text/plain', 'text/plain'],
    ['form', 'application/x-www-form-urlencoded'],
    ['multipart', 'multipart/form-data; boundary=x'],
    ['application/graphql', 'application/graphql'],
    ['JSON in latin1', 'application/json; charset=latin1'],
  ])('%s gets 415', async (_label, contentType) => {
    const headers: Record<string, string> = { accept: GRAPHQL_RESPONSE };
    if (contentType) headers['content-type'] = contentType;
    const response = await send(yoga, {
      method: 'POST',
      headers,
      body: contentType?.startsWith('application/x-www')
        ? 'query=%7B__typename%7D'
        : JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(415);
    expectCleanError(response, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('accepts JSON with charset=utf-8', async () => {
    const response = await post(
      yoga,
      { query: '{ __typename }' },
      {
        'content-type': 'application/json; charset=UTF-8',
      },
    );
    expect(response.json).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('bodies', () => {
  it('bad JSON gets 400 without echoing the body', async () => {
    const response = await post(yoga, '{"query": "{ __typename }", "secret-marker-4711": ');
    expect(response.status).toBe(400);
    expectCleanError(response, 'BAD_REQUEST');
    expect(response.text).not.toContain('secret-marker-4711');
    expect(response.text).not.toContain('__typename');
  });

  it.each([
    ['empty', ''],
    ['null', 'null'],
    ['a number', '42'],
    ['a string', '"{ __typename }"'],
  ])('a body that is %s gets 400', async (_label, body) => {
    const response = await post(yoga, body);
    expect(response.status).toBe(400);
    expectCleanError(response);
  });

  it('batching is off: an array gets 400', async () => {
    const response = await post(yoga, [{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expect(response.status).toBe(400);
    expectCleanError(response, 'BATCHING_NOT_SUPPORTED');
  });

  it('a huge declared Content-Length gets 413 before the body is read', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const response = await send(yoga, {
      method: 'POST',
      headers: { ...jsonHeaders, 'content-length': '10000000000' },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect(response.headers.get('connection')).toBe('close');
    expectCleanError(response, 'PAYLOAD_TOO_LARGE');
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it('an endless body without Content-Length gets 413 while reading', async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new TextEncoder().encode(' '.repeat(4096)));
      },
    });
    const response = await send(yoga, {
      method: 'POST',
      headers: jsonHeaders,
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expectCleanError(response, 'PAYLOAD_TOO_LARGE');
    expect(pulled).toBeLessThan(20);
  });

  it('an invalid Content-Length gets 400', async () => {
    const response = await send(yoga, {
      method: 'POST',
      headers: { ...jsonHeaders, 'content-length': '12, 12' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(400);
    expectCleanError(response, 'BAD_REQUEST');
  });

  it('a query longer than the limit gets 413', async () => {
    const response = await post(yoga, { query: `{ __typename ${'#'.repeat(12_000)}\n}` });
    expect(response.status).toBe(413);
    expectCleanError(response, 'QUERY_TOO_LARGE');
  });

  it('too many or too deeply nested variables get 413', async () => {
    const many = await post(yoga, {
      query: 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      variables: { ids: Array.from({ length: 600 }, (_, i) => `x${i}`) },
    });
    expect(many.status).toBe(413);
    expectCleanError(many, 'VARIABLES_TOO_LARGE');
    let deep: unknown = 1;
    for (let i = 0; i < 50; i++) deep = [deep];
    const nested = await post(yoga, { query: '{ __typename }', variables: { deep } });
    expect(nested.status).toBe(413);
    expectCleanError(nested, 'VARIABLES_TOO_LARGE');
  });

  it('a body that is not UTF-8 gets 400', async () => {
    const response = await send(yoga, {
      method: 'POST',
      headers: jsonHeaders,
      body: new Uint8Array([
        ...Buffer.from('{"query":"{ __typename }", "x": "'),
        0xc3,
        0x28,
        0xff,
        ...Buffer.from('"}'),
      ]),
    });
    expect(response.status).toBe(400);
    expectCleanError(response, 'BAD_REQUEST');
  });

  it('NUL bytes get 400, raw in the body or escaped in the query', async () => {
    const raw = await post(yoga, '{"query":"{ __typename \u0000 }"}');
    expect(raw.status).toBe(400);
    expectCleanError(raw, 'BAD_REQUEST');
    const escaped = await post(yoga, { query: '{ __typename \u0000 }' });
    expect(escaped.status).toBe(400);
    expectCleanError(escaped, 'BAD_REQUEST');
  });

  it('an unknown top-level parameter gets 400', async () => {
    const response = await post(yoga, '{"query":"{ __typename }","__proto__":{"polluted":true}}');
    expect(response.status).toBe(400);
    expectCleanError(response, 'BAD_REQUEST');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('operations', () => {
  it('an unknown operationName gets 400', async () => {
    const response = await post(yoga, { query: 'query A { __typename }', operationName: 'B' });
    expect(response.status).toBe(400);
    expectCleanError(response);
  });

  it('two anonymous operations get 400', async () => {
    const response = await post(yoga, { query: '{ __typename } { articles { totalCount } }' });
    expect(response.status).toBe(400);
    expectCleanError(response);
  });

  it('two named operations without operationName get 400', async () => {
    const response = await post(yoga, { query: 'query A { __typename } query B { __typename }' });
    expect(response.status).toBe(400);
    expectCleanError(response);
  });
});

describe('paths', () => {
  it.each([
    '/graphql/../../etc/passwd',
    '/graphql/..%2f..%2fetc%2fpasswd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/static/..%5c..%5cgraphql',
    '/foo/graphql',
    '/graphql/',
    '/graphql%00',
    '/GRAPHQL',
    '/health/../../graphql/x',
  ])('%s gets 404', async (path) => {
    const response = await send(
      yoga,
      { headers: { accept: GRAPHQL_RESPONSE } },
      `http://newsgraph.test${path}?query=%7B__typename%7D`,
    );
    expect(response.status).toBe(404);
    expectNoInternals(response.text);
  });
});
