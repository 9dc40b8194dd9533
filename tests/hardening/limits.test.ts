/**
 * Query limits: depth, aliases, directives, tokens, cost and introspection are refused before
 * execution with a clear error and code, while every example operation and GraphiQL's
 * introspection still run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getIntrospectionQuery, parse, print, Kind, type OperationDefinitionNode } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { createServer } from '../../src/server/createServer.ts';
import { DEFAULT_LIMITS } from '../../src/server/limits.ts';
import { expectCleanError, expectHealthy, post, testServer, testStore } from './support.ts';

const yoga = testServer();

afterEach(async () => {
  await expectHealthy(yoga);
});

/** A server that counts how often a resolver touched the content (any read of the store). */
function countingServer() {
  let executions = 0;
  const store = new Proxy(testStore(), {
    get(target, property, receiver) {
      executions++;
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
  const server = createServer({ store });
  const executionsSinceWarmUp = () => executions - warmUp;
  let warmUp = 0;
  // The first validation measures the content's lists; count from after it.
  const ready = post(server, { query: '{ __typename }' }).then(() => (warmUp = executions));
  return { server, executions: executionsSinceWarmUp, ready };
}

const ROOT = path.resolve(import.meta.dirname, '../..');

function operationsIn(dir: string): { name: string; query: string }[] {
  return readdirSync(path.join(ROOT, dir))
    .filter((file) => file.endsWith('.graphql'))
    .flatMap((file) => {
      const text = readFileSync(path.join(ROOT, dir, file), 'utf8');
      const document = parse(text);
      return document.definitions
        .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
        .map((operation) => ({
          name: `${file}#${operation.name?.value}`,
          query: print(operation),
        }));
    });
}

describe('what must keep working', () => {
  it.each([...operationsIn('operations'), ...operationsIn('tests/operations')])(
    '$name passes the limits',
    async ({ query }) => {
      const response = await post(yoga, {
        query,
        variables: { id: 'x', ids: ['x'], shortUrl: '7QxYz' },
      });
      const codes = (response.json.errors ?? []).map((error) => error.extensions?.code);
      expect(
        codes.filter((code) => code !== 'BAD_USER_INPUT'),
        response.text,
      ).toEqual([]);
      expect(response.status).toBe(200);
    },
  );

  it('passes the example operations with the largest page sizes clients may ask', async () => {
    const people = readFileSync(path.join(ROOT, 'operations/PeopleWithQuotes.graphql'), 'utf8');
    expect(
      (await post(yoga, { query: people, variables: { first: 20 } })).json.errors,
    ).toBeUndefined();
    const search = readFileSync(path.join(ROOT, 'operations/Search.graphql'), 'utf8');
    expect(
      (await post(yoga, { query: search, variables: { first: 100 } })).json.errors,
    ).toBeUndefined();
  });

  it("passes GraphiQL's full introspection query", async () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    });
    const response = await post(yoga, { query, operationName: 'IntrospectionQuery' });
    expect(response.status).toBe(200);
    expect(response.json.errors).toBeUndefined();
    expect(JSON.stringify(response.json.data)).toContain('"ArticleConnection"');
  });
});

describe('limits refuse before execution', () => {
  const cases: [string, string, string][] = [
    [
      'depth',
      '{ people { nodes { articles { people { quotes { nodes { article { people { articles { people { name } } } } } } } } } } }',
      'DEPTH_LIMIT_EXCEEDED',
    ],
    [
      'aliases',
      `{ ${Array.from({ length: DEFAULT_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: articles(first: 1) { totalCount }`).join(' ')} }`,
      'ALIAS_LIMIT_EXCEEDED',
    ],
    [
      'directives',
      `{ articles(first: 1) { totalCount ${'@include(if: true) '.repeat(DEFAULT_LIMITS.maxDirectives + 1)} } }`,
      'DIRECTIVE_LIMIT_EXCEEDED',
    ],
    ['tokens', `{ ${'a '.repeat(DEFAULT_LIMITS.maxTokens)} }`, 'TOKEN_LIMIT_EXCEEDED'],
    [
      'cost: a 50-item list nested 6 levels',
      '{ people(first: 50) { nodes { articles { people { articles { people { articles { headline bodyText } } } } } } } }',
      'COST_LIMIT_EXCEEDED',
    ],
    [
      'cost: a wide page of heavy articles',
      `{ articles(first: 100) { nodes { quotes { speaker { ... on Person { articles { headline } } } } } } }`,
      'COST_LIMIT_EXCEEDED',
    ],
    [
      'cost: nodes() with many IDs and nested lists',
      `{ nodes(ids: [${Array.from({ length: 100 }, (_, i) => `"x${i}"`).join(',')}]) { ... on Person { articles { quotes { text } } } } }`,
      'COST_LIMIT_EXCEEDED',
    ],
    [
      'two whole-schema introspections',
      '{ a: __schema { types { name } } b: __schema { types { name } } }',
      'INTROSPECTION_LIMIT_EXCEEDED',
    ],
    [
      'circular introspection',
      '{ __schema { types { fields { type { fields { type { fields { type { name } } } } } } } } }',
      'GRAPHQL_VALIDATION_FAILED',
    ],
  ];

  it.each(cases)('%s', async (_label, query, code) => {
    const { server, executions, ready } = countingServer();
    await ready;
    const response = await post(server, { query });
    expect(response.status, response.text).toBe(400);
    expectCleanError(response, code);
    expect(response.json.data).toBeUndefined();
    expect(executions()).toBe(0);
    await expectHealthy(server);
  });

  it('costs a page size given by a variable with its actual value', async () => {
    const query =
      'query($first: Int) { people(first: $first) { nodes { name articles { headline lead } } } }';
    const { server, executions, ready } = countingServer();
    await ready;
    const big = await post(server, { query, variables: { first: 100 } });
    expect(big.status).toBe(400);
    expectCleanError(big, 'COST_LIMIT_EXCEEDED');
    expect(executions()).toBe(0);
    const small = await post(server, { query, variables: { first: 1 } });
    expect(small.json.errors, small.text).toBeUndefined();
    expect(executions()).toBeGreaterThan(0);
  });

  it('answers legacy application/json clients with 200 and the same error', async () => {
    const response = await post(
      yoga,
      { query: '{ a: __schema { __typename } b: __schema { __typename } }' },
      { accept: 'application/json' },
    );
    expect(response.status).toBe(200);
    expectCleanError(response, 'INTROSPECTION_LIMIT_EXCEEDED');
  });
});

describe('introspection', () => {
  it('is on by default and off with introspection: false', async () => {
    expect((await post(yoga, { query: '{ __schema { queryType { name } } }' })).json).toEqual({
      data: { __schema: { queryType: { name: 'Query' } } },
    });
    const closed = testServer({ introspection: false });
    for (const query of [
      '{ __schema { queryType { name } } }',
      '{ __type(name: "Article") { name } }',
    ]) {
      const response = await post(closed, { query });
      expect(response.status).toBe(400);
      expectCleanError(response, 'INTROSPECTION_DISABLED');
    }
    expect((await post(closed, { query: '{ __typename }' })).json).toEqual({
      data: { __typename: 'Query' },
    });
    await expectHealthy(closed);
  });
});

describe('list bounds follow the content', () => {
  it('counts a list at least as long as the longest one the content holds', async () => {
    const { buildStore } = await import('../../src/store/store.ts');
    const { harbourArticle } = await import('../support/articles.ts');
    const { listBoundsFor, LIST_BOUNDS } = await import('../../src/server/limits.ts');
    const { store } = buildStore(
      Array.from({ length: 70 }, (_, i) => ({
        source: `copy-${i}.txt`,
        article: { ...harbourArticle, shortUrl: `https://p.dw.com/p/C${i}`, headline: `Copy ${i}` },
      })),
    );
    const bounds = listBoundsFor(store);
    expect(bounds['Person.articles']).toBe(70);
    expect(bounds['Article.quotes']).toBe(LIST_BOUNDS['Article.quotes']);
    // 45 people x 70 articles x 2 is over the limit with the observed bound, not with the default.
    const query = '{ people(first: 45) { nodes { articles { headline } } } }';
    expect((await post(yoga, { query })).status).toBe(200);
    const response = await post(createServer({ store }), { query });
    expect(response.status).toBe(400);
    expectCleanError(response, 'COST_LIMIT_EXCEEDED');
  });
});
