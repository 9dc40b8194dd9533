/**
 * Nothing internal leaks: unexpected errors are masked in every NODE_ENV, no "Did you mean"
 * suggestions, CORS only for listed origins and never with credentials; and lookups by names such
 * as `__proto__` find nothing and change nothing.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { ContentStore } from '../../src/store/store.ts';
import {
  expectCleanError,
  expectHealthy,
  expectNoInternals,
  post,
  send,
  testServer,
  testStore,
  ENDPOINT,
} from './support.ts';

const yoga = testServer();

afterEach(async () => {
  await expectHealthy(yoga);
});

describe('masked errors', () => {
  const originalEnv = process.env.NODE_ENV;
  afterAll(() => {
    process.env.NODE_ENV = originalEnv;
  });

  /** A store whose lookups fail the way a bug would: an engine error naming a file. */
  function brokenStore(): ContentStore {
    const store = testStore();
    return {
      ...store,
      getNode() {
        throw new TypeError(
          "Cannot read properties of undefined (reading 'x') at /work/main/src/store/store.ts:1:1",
        );
      },
    };
  }

  it.each(['production', 'development', 'test', ''])(
    'NODE_ENV=%s: an unexpected error is "Unexpected error." with no stack or message',
    async (env) => {
      process.env.NODE_ENV = env;
      const broken = testServer({ store: brokenStore() });
      const response = await post(broken, {
        query: '{ node(id: "QXJ0aWNsZTp4") { id } articles(first: 1) { totalCount } }',
      });
      expect(response.status).toBe(200);
      expect(response.json.errors).toEqual([
        expect.objectContaining({
          message: 'Unexpected error.',
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        }),
      ]);
      expect(response.json.data).toEqual({ node: null, articles: { totalCount: 3 } });
      expectNoInternals(response.text);
      expect(response.text).not.toContain('Cannot read');
    },
  );
});

describe('no suggestions', () => {
  it.each([
    ['a field', { query: '{ articlez { totalCount } }' }],
    ['an argument', { query: '{ articles(frist: 1) { totalCount } }' }],
    ['a type', { query: 'query($f: ArticleFiltr) { articles(filter: $f) { totalCount } }' }],
    [
      'an enum value',
      { query: '{ articles(orderBy: { field: HEADLIN, direction: ASC }) { totalCount } }' },
    ],
    [
      'an enum value in variables',
      {
        query: 'query($o: ArticleOrder) { articles(orderBy: $o) { totalCount } }',
        variables: { o: { field: 'HEADLIN', direction: 'ASC' } },
      },
    ],
    [
      'an input field in variables',
      {
        query: 'query($f: ArticleFilter) { articles(filter: $f) { totalCount } }',
        variables: { f: { tagg: 'x' } },
      },
    ],
  ])('misspelling %s gets no "Did you mean"', async (_label, body) => {
    for (const env of ['production', 'development']) {
      process.env.NODE_ENV = env;
      const response = await post(yoga, body);
      expect(response.status).toBe(400);
      expectCleanError(response);
      expect(response.text).not.toMatch(/Did you mean|HEADLINE|"tag"|ArticleFilter"\?/);
    }
  });
});

describe('CORS', () => {
  const preflight = (origin: string) => ({
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type',
    },
  });

  it('by default allows no other origin and never credentials', async () => {
    const response = await post(
      yoga,
      { query: '{ __typename }' },
      { origin: 'https://evil.example' },
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    const options = await send(yoga, preflight('https://evil.example'));
    expect(options.status).toBe(204);
    expect(options.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows exactly the listed origins, without credentials', async () => {
    const listed = testServer({ corsOrigins: ['https://news.example', 'https://app.example'] });
    const allowed = await post(
      listed,
      { query: '{ __typename }' },
      { origin: 'https://app.example' },
    );
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example');
    expect(allowed.headers.get('vary')).toContain('Origin');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    const options = await send(listed, preflight('https://news.example'));
    expect(options.status).toBe(204);
    expect(options.headers.get('access-control-allow-origin')).toBe('https://news.example');
    expect(options.headers.get('access-control-allow-methods')).toContain('POST');
    expect(options.headers.get('access-control-allow-credentials')).toBeNull();
    for (const origin of ['https://evil.example', 'https://news.example.evil.example', 'null']) {
      const refused = await post(listed, { query: '{ __typename }' }, { origin });
      expect(refused.headers.get('access-control-allow-origin'), origin).toBeNull();
      expect(
        (await send(listed, preflight(origin))).headers.get('access-control-allow-origin'),
      ).toBeNull();
    }
    await expectHealthy(listed);
  });

  it('"*" allows any origin with a literal *, never reflecting it with credentials', async () => {
    const open = testServer({ corsOrigins: '*' });
    const response = await post(
      open,
      { query: '{ __typename }' },
      { origin: 'https://any.example' },
    );
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });
});

describe('lookups by hostile names', () => {
  const NAMES = [
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    'valueOf',
    'prototype',
    '__defineGetter__',
    'Article:__proto__',
    Buffer.from('Article:__proto__').toString('base64url'),
    Buffer.from('Person:constructor').toString('base64url'),
    Buffer.from('offset:__proto__').toString('base64url'),
  ];

  it.each(NAMES)('%s finds nothing and changes nothing', async (name) => {
    const before = JSON.stringify(Object.getOwnPropertyNames(Object.prototype).sort());
    const lookups = await post(yoga, {
      query: `query($name: String!, $id: ID!) {
        node(id: $id) { id }
        nodes(ids: [$id, $id]) { id }
        article(id: $id) { id }
        byCode: article(shortUrl: $name) { id }
        person(id: $id) { id }
        people(filter: { name: $name }) { totalCount }
        articles(filter: { tag: $name, language: $name, personId: $id }) { totalCount }
        quotes(filter: { speakerId: $id, articleId: $id }) { totalCount }
      }`,
      variables: { name, id: name },
    });
    expect(lookups.json).toEqual({
      data: {
        node: null,
        nodes: [null, null],
        article: null,
        byCode: null,
        person: null,
        people: { totalCount: 0 },
        articles: { totalCount: 0 },
        quotes: { totalCount: 0 },
      },
    });
    const search = await post(yoga, {
      query: 'query($q: String!) { search(query: $q) { totalCount } }',
      variables: { q: name },
    });
    expect(search.json).toEqual({ data: { search: { totalCount: 0 } } });
    const cursor = await post(yoga, {
      query: 'query($after: String) { articles(after: $after) { totalCount } }',
      variables: { after: name },
    });
    expectCleanError(cursor, 'BAD_USER_INPUT');
    expect(JSON.stringify(Object.getOwnPropertyNames(Object.prototype).sort())).toBe(before);
  });

  it('__proto__ keys in variables and extensions are harmless', async () => {
    const body = `{
      "query": "query($f: ArticleFilter, $id: ID!) { articles(filter: $f) { totalCount } node(id: $id) { id } }",
      "variables": { "f": { "__proto__": { "tag": "Weather" } }, "id": "x", "__proto__": { "id": "y" } },
      "extensions": { "__proto__": { "polluted": true }, "constructor": { "prototype": { "polluted": true } } }
    }`;
    const response = await post(yoga, body);
    expect(response.status).toBe(400);
    expectCleanError(response);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const harmless = await post(
      yoga,
      `{ "query": "{ articles { totalCount } }", "variables": { "__proto__": { "x": 1 } },
         "extensions": { "__proto__": { "polluted": true } } }`,
    );
    expect(harmless.json).toEqual({ data: { articles: { totalCount: 3 } } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('serves GET requests at the endpoint only', async () => {
    const response = await send(yoga, {}, `${ENDPOINT}?query=%7B__typename%7D`);
    expect(response.json).toEqual({ data: { __typename: 'Query' } });
  });
});

describe('GraphiQL that cannot be rendered', () => {
  it('answers a short page without the reason, logs the reason, and tries again next time', async () => {
    const { renderOfflineGraphiQL } = await import('../../src/server/graphiql.ts');
    const logged: unknown[] = [];
    let calls = 0;
    const failing = () => {
      calls++;
      throw new Error('Cannot find module at /work/main/node_modules/x/index.js');
    };
    const options = { title: `broken-${Date.now()}` };
    for (let visit = 0; visit < 2; visit++) {
      const page = await renderOfflineGraphiQL(options, (error) => logged.push(error), failing);
      expect(page).toContain('GraphiQL is unavailable');
      expectNoInternals(page);
      expect(page).not.toContain('node_modules');
    }
    expect(calls).toBe(2);
    expect(logged).toHaveLength(2);
    expect(String(logged[0])).toContain('Cannot find module');
  });
});
