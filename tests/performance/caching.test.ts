/**
 * HTTP caching and the fast path, as behaviour (no timings): ETag and 304, Cache-Control,
 * persisted documents by GET, the response cache following store swaps, and the fast path
 * answering exactly what Yoga answers.
 */
import { readFileSync } from 'node:fs';
import { getOperationAST, parse } from 'graphql';
import { createSchema } from 'graphql-yoga';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { createServer, type NewsgraphServer } from '../../src/server/createServer.ts';
import { createHttpServer, closeGracefully, listen } from '../../src/server/http.ts';
import { leafCheckFor } from '../../src/server/leafCheck.ts';
import { persistedDocumentId } from '../../src/server/persisted.ts';
import { buildStore, type ContentStore } from '../../src/store/store.ts';
import { councilArticle, harbourArticle } from '../support/articles.ts';

const ENDPOINT = 'http://newsgraph.test/graphql';
const GRAPHQL_RESPONSE = 'application/graphql-response+json';
const storeA = buildStore([{ source: 'harbour.txt', article: harbourArticle }]).store;
const storeB = buildStore([
  { source: 'harbour.txt', article: harbourArticle },
  { source: 'council.txt', article: councilArticle },
]).store;
const QUERY = '{ articles(first: 5) { totalCount nodes { headline } } }';
const CANONICAL = readFileSync(
  new URL('../../operations/ArticleWithQuotes.graphql', import.meta.url),
  'utf8',
);

function post(yoga: NewsgraphServer, body: unknown, headers: Record<string, string> = {}) {
  return yoga.fetch(ENDPOINT, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE, ...headers },
    body: JSON.stringify(body),
  });
}

function get(yoga: NewsgraphServer, search: string, headers: Record<string, string> = {}) {
  return yoga.fetch(`${ENDPOINT}?${search}`, { headers: { accept: GRAPHQL_RESPONSE, ...headers } });
}

describe('ETag and Cache-Control', () => {
  it('marks every successful response, the first (Yoga) and the repeated (fast path) alike', async () => {
    const yoga = createServer({ store: storeA, cacheControl: 'public, max-age=60' });
    const first = await post(yoga, { query: QUERY });
    const second = await post(yoga, { query: QUERY });
    for (const response of [first, second]) {
      expect(response.status).toBe(200);
      expect(response.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]+"$/);
      expect(response.headers.get('cache-control')).toBe('public, max-age=60');
    }
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(await second.text()).toBe(await first.text());
  });

  it('answers a GET with a matching If-None-Match with 304 and no body', async () => {
    const yoga = createServer({ store: storeA });
    const search = `query=${encodeURIComponent(QUERY)}`;
    const first = await get(yoga, search);
    const etag = first.headers.get('etag')!;
    expect(first.headers.get('cache-control')).toBe('public, no-cache');
    for (let i = 0; i < 2; i++) {
      const again = await get(yoga, search, { 'if-none-match': etag });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
      expect(again.headers.get('etag')).toBe(etag);
    }
    const stale = await get(yoga, search, { 'if-none-match': '"something-else"' });
    expect(stale.status).toBe(200);
  });

  it('gives errors no ETag and leaves them to Yoga', async () => {
    const yoga = createServer({ store: storeA });
    for (let i = 0; i < 2; i++) {
      const response = await post(yoga, { query: '{ article(id: "x", shortUrl: "y") { id } }' });
      const body = (await response.json()) as { errors?: unknown[] };
      expect(body.errors).toHaveLength(1);
      expect(response.headers.get('etag')).toBeNull();
    }
  });
});

describe('persisted documents', () => {
  const id = persistedDocumentId(CANONICAL);

  it('runs a document of operations/ by its ID over GET, also in the APQ form', async () => {
    const yoga = createServer({ store: storeA });
    const direct = await post(yoga, { query: CANONICAL });
    const expected = await direct.text();
    for (let i = 0; i < 2; i++) {
      const byId = await get(yoga, `documentId=${id}`);
      expect(byId.status).toBe(200);
      expect(await byId.text()).toBe(expected);
    }
    const apq = encodeURIComponent(
      JSON.stringify({ persistedQuery: { version: 1, sha256Hash: id.slice('sha256:'.length) } }),
    );
    const byApq = await get(yoga, `extensions=${apq}`);
    expect(await byApq.text()).toBe(expected);
  });

  it('refuses an unknown ID with PERSISTED_QUERY_NOT_FOUND', async () => {
    const yoga = createServer({ store: storeA });
    const response = await get(yoga, `documentId=sha256:${'0'.repeat(64)}`);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });
});

describe('response cache', () => {
  it('is emptied when the store changes (content reload)', async () => {
    let current: ContentStore = storeA;
    const yoga = createServer({ store: () => current });
    const read = async () =>
      (
        (await (await post(yoga, { query: QUERY })).json()) as {
          data: { articles: { totalCount: number } };
        }
      ).data.articles.totalCount;
    expect(await read()).toBe(1);
    expect(await read()).toBe(1);
    current = storeB;
    expect(await read()).toBe(2);
    expect(await read()).toBe(2);
    current = storeA;
    expect(await read()).toBe(1);
  });

  it('keys by variables and operation name', async () => {
    const yoga = createServer({ store: storeB });
    const query = 'query A($n: ID!) { node(id: $n) { id } } query B { articles { totalCount } }';
    const ids = storeB.articles.map((article) => article.id);
    for (let i = 0; i < 2; i++) {
      for (const articleId of ids) {
        const response = await post(yoga, {
          query,
          operationName: 'A',
          variables: { n: articleId },
        });
        expect(await response.json()).toEqual({ data: { node: { id: articleId } } });
      }
      const b = await post(yoga, { query, operationName: 'B' });
      expect(await b.json()).toEqual({ data: { articles: { totalCount: 2 } } });
    }
  });
});

describe('fast path', () => {
  const requests: [string, () => [string, RequestInit]][] = [
    ['POST', () => [ENDPOINT, postInit({ query: CANONICAL })]],
    ['POST legacy JSON', () => [ENDPOINT, postInit({ query: QUERY }, 'application/json')]],
    ['POST any Accept', () => [ENDPOINT, postInit({ query: QUERY }, '*/*')]],
    ['GET', () => [`${ENDPOINT}?query=${encodeURIComponent(QUERY)}`, {}]],
    [
      'POST variables',
      () => [
        ENDPOINT,
        postInit({
          query: 'query($id: ID!) { node(id: $id) { id } }',
          variables: { id: storeA.articles[0]!.id },
        }),
      ],
    ],
  ];

  function postInit(body: unknown, accept = GRAPHQL_RESPONSE): RequestInit {
    return {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept },
      body: JSON.stringify(body),
    };
  }

  const comparable = (response: Response) => {
    const headers = Object.fromEntries(
      [...response.headers].map(([name, value]) => [name.toLowerCase(), value]),
    );
    delete headers['x-request-id'];
    delete headers['content-length'];
    return { status: response.status, headers };
  };

  it.each(requests)('answers %s exactly as Yoga does', async (_label, request) => {
    const plain = createServer({ store: storeA, fastPath: false, responseCacheBytes: 0 });
    const fast = createServer({ store: storeA });
    const [url, init] = request();
    const expected = await plain.fetch(url, init);
    const expectedText = await expected.text();
    await fast.fetch(url, init); // Yoga accepts the document; the next answer is the fast path's.
    for (let i = 0; i < 2; i++) {
      const response = await fast.fetch(url, init);
      expect(comparable(response)).toEqual(comparable(expected));
      expect(await response.text()).toBe(expectedText);
    }
  });

  it('executes every node of the store, with a different ID each request, exactly as Yoga does', async () => {
    // The canonical selection by ID (every kind of field: ID, String, URL, Date, Boolean, enums,
    // lists, a union) and a node query over every kind of record; response cache off, so every
    // answer is executed by the fast path.
    const byId = CANONICAL.replace(/^#.*\n/, '')
      .replace(/query ArticleWithQuotes\([^)]*\)/, 'query ArticleById($id: ID!)')
      .replace('article(shortUrl: $shortUrl)', 'article(id: $id)');
    const byNode = `query Node($id: ID!) { node(id: $id) { __typename id
      ... on Article { headline shortUrl publishedAt tags quotes { id location continues } }
      ... on Person { name titles roles } ... on Quote { text cue attributionMethod speaker { __typename } } } }`;
    const ids = [
      ...storeB.articles.map((article) => article.id),
      ...storeB.people.map((person) => person.id),
      ...storeB.quotes.map((quote) => quote.id),
      'not an id',
    ];
    const plain = createServer({ store: storeB, fastPath: false, responseCacheBytes: 0 });
    const fast = createServer({ store: storeB, responseCacheBytes: 0 });
    for (const query of [byId, byNode]) {
      const init = (id: string) => postInit({ query, variables: { id } });
      await fast.fetch(ENDPOINT, init(ids[0]!)); // accepted by Yoga
      for (const id of ids) {
        const expected = await plain.fetch(ENDPOINT, init(id));
        const response = await fast.fetch(ENDPOINT, init(id));
        expect(comparable(response)).toEqual(comparable(expected));
        expect(await response.text()).toBe(await expected.text());
      }
    }
  });

  it('answers leaves it copies unserialized only when they are in serialized form, else Yoga does', async () => {
    const good = { name: 'n', id: 'i', count: 1, ratio: 0.5, flag: true, kind: 'A', tags: ['t'] };
    let item: Record<string, unknown> = good;
    const schema = createSchema({
      typeDefs: /* GraphQL */ `
        enum Kind {
          A
          B
        }
        enum Mapped {
          ONE
          TWO
        }
        enum Many {
          V1
          V2
          V3
          V4
          V5
          V6
          V7
          V8
          V9
        }
        type Item {
          name: String
          id: ID
          count: Int
          ratio: Float
          flag: Boolean
          kind: Kind
          tags: [String]
          mapped: Mapped
          many: [Many]
        }
        type Query {
          item: Item
        }
      `,
      resolvers: { Query: { item: () => item }, Mapped: { ONE: 1, TWO: 2 } },
    });
    const query = '{ item { name id count ratio flag kind tags } }';
    const plain = createServer({ store: storeA, schema, fastPath: false, responseCacheBytes: 0 });
    const fast = createServer({ store: storeA, schema, responseCacheBytes: 0 });
    await fast.fetch(ENDPOINT, postInit({ query })); // accepted by Yoga
    const serializedElsewise = [
      { name: 42 },
      { id: 7 },
      { count: '3' },
      { count: 2 ** 31 },
      { ratio: Infinity },
      { flag: 1 },
      { kind: 'C' },
      { tags: ['t', 5] },
      { tags: 't' },
      { name: new Error('resolved to an error') },
    ];
    for (const change of [{}, ...serializedElsewise]) {
      item = { ...good, ...change };
      const expected = await plain.fetch(ENDPOINT, postInit({ query }));
      const response = await fast.fetch(ENDPOINT, postInit({ query }));
      expect(response.status).toBe(expected.status);
      expect(await response.text()).toBe(await expected.text());
    }

    const checkFor = (text: string) => {
      const document = parse(text);
      return leafCheckFor(schema, document, getOperationAST(document)!);
    };
    const checkLeaves = checkFor(query)!;
    expect(checkLeaves({ item: good })).toBe(true);
    expect(checkLeaves({ item: null })).toBe(true);
    expect(checkLeaves(null)).toBe(true);
    for (const change of serializedElsewise) {
      expect(checkLeaves({ item: { ...good, ...change } })).toBe(false);
    }
    // Aliases, fragments and a union's members are checked under their response keys.
    const spread = checkFor(`{ a: item { ...F } b: item { ... on Item { k: kind } } }
      fragment F on Item { t: tags }`)!;
    expect(spread({ a: { t: ['x'] }, b: { k: 'B' } })).toBe(true);
    expect(spread({ a: { t: [1] }, b: { k: 'B' } })).toBe(false);
    expect(spread({ a: { t: ['x'] }, b: { k: 'b' } })).toBe(false);
    const many = checkFor('{ item { many } }')!;
    expect(many({ item: { many: ['V1', 'V9'] } })).toBe(true);
    expect(many({ item: { many: ['V1', 'V10'] } })).toBe(false);
    // An enum whose internal values are not its names keeps graphql-jit's serialization.
    expect(checkFor('{ item { mapped } }')).toBeNull();
    item = { ...good, mapped: 2 };
    await fast.fetch(ENDPOINT, postInit({ query: '{ item { mapped } }' }));
    const mapped = await fast.fetch(ENDPOINT, postInit({ query: '{ item { mapped } }' }));
    expect(await mapped.json()).toEqual({ data: { item: { mapped: 'TWO' } } });
  });

  it('logs a request it answers with the operation name Yoga would log', async () => {
    const lines: string[] = [];
    const yoga = createServer({
      store: storeA,
      logger: createLogger('info', (line) => lines.push(line)),
    });
    const named = 'query Headlines { articles(first: 1) { nodes { headline } } }';
    for (let i = 0; i < 3; i++) {
      await (await yoga.fetch(ENDPOINT, postInit({ query: named }))).text();
    }
    await (await yoga.fetch(ENDPOINT, postInit({ query: QUERY }))).text();
    const operations = lines.map((line) => (JSON.parse(line) as { operation: string }).operation);
    // The first is Yoga's, the repeats the fast path's; an unnamed document stays anonymous.
    expect(operations).toEqual(['Headlines', 'Headlines', 'Headlines', 'anonymous']);
  });

  it('serves Node requests over real HTTP the same way, and falls back for anything else', async () => {
    const server = createHttpServer(createServer({ store: storeA }));
    const port = await listen(server, 0, '127.0.0.1');
    const url = `http://127.0.0.1:${port}/graphql`;
    try {
      const send = (body: string, headers: Record<string, string> = {}) =>
        fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE, ...headers },
          body,
        });
      const texts = [];
      for (let i = 0; i < 3; i++) {
        const response = await send(JSON.stringify({ query: QUERY }));
        expect(response.status).toBe(200);
        expect(response.headers.get('etag')).toBeTruthy();
        texts.push(await response.text());
      }
      expect(new Set(texts).size).toBe(1);
      const broken = await send('{"query": ');
      expect(broken.status).toBe(400);
      const unknownField = await send(JSON.stringify({ query: '{ nope }' }));
      expect(unknownField.status).toBe(400);
      const conditional = await fetch(`${url}?query=${encodeURIComponent(QUERY)}`, {
        headers: { accept: GRAPHQL_RESPONSE },
      });
      const etag = conditional.headers.get('etag')!;
      const notModified = await fetch(`${url}?query=${encodeURIComponent(QUERY)}`, {
        headers: { accept: GRAPHQL_RESPONSE, 'if-none-match': etag },
      });
      expect(notModified.status).toBe(304);
    } finally {
      await closeGracefully(server, 500);
    }
  });
});
