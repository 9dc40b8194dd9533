/**
 * Random requests against the endpoint (fast-check): methods, paths, headers, bodies and
 * GraphQL-ish documents. Never a 5xx, never a crash, never internals in the body; and afterwards
 * the canonical queries answer byte for byte as before (nothing mutated shared data).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectHealthy, expectNoInternals, send, testServer, type Yoga } from './support.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const yoga = testServer();

const CANONICAL = [
  readFileSync(path.join(ROOT, 'operations/ArticleWithQuotes.graphql'), 'utf8'),
  readFileSync(path.join(ROOT, 'operations/PeopleWithQuotes.graphql'), 'utf8'),
  readFileSync(path.join(ROOT, 'operations/Search.graphql'), 'utf8'),
  '{ articles(first: 100) { totalCount edges { cursor node { id headline bodyText tags quotes { id text speaker { ... on Person { id name } ... on Organization { id name } } } } } } }',
  '{ people(first: 100) { nodes { id name aliases titles roles articles { id } quotes(first: 100) { nodes { id text } } } } }',
  '{ quotes(first: 100) { nodes { id text location cue attribution attributionMethod image { id } } } }',
  '{ search(query: "harbour") { totalCount nodes { __typename ... on Article { id } ... on Quote { id } } } }',
];

async function canonicalResponses(server: Yoga): Promise<string[]> {
  const texts: string[] = [];
  for (const query of CANONICAL) {
    const response = await server.fetch('http://newsgraph.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query,
        variables: { shortUrl: '7QxYz', query: 'harbour', name: 'Lind' },
      }),
    });
    texts.push(`${response.status} ${await response.text()}`);
  }
  return texts;
}

const word = fc.constantFrom(
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ':',
  '$',
  '@',
  '...',
  '!',
  '=',
  ',',
  '"',
  '#',
  '\n',
  '\u0000',
  'query',
  'mutation',
  'subscription',
  'fragment',
  'on',
  'first',
  'after',
  'id',
  'ids',
  'node',
  'nodes',
  'articles',
  'article',
  'people',
  'person',
  'quotes',
  'search',
  'edges',
  'headline',
  'speaker',
  'images',
  '__schema',
  '__type',
  '__typename',
  'fields',
  'ofType',
  'Person',
  'Article',
  '__proto__',
  'constructor',
  '100',
  '-1',
  '1e9',
  '"x"',
  'null',
  'true',
  '@skip',
  '@include(if: true)',
  'a:',
  'b:',
);
const document = fc.oneof(
  fc.array(word, { maxLength: 60 }).map((words) => words.join(' ')),
  fc.string({ maxLength: 200 }),
  fc.constantFrom(...CANONICAL),
);
const jsonValue = fc.jsonValue({ maxDepth: 4 });
const params = fc.record(
  {
    query: fc.oneof(document, jsonValue),
    variables: fc.oneof(
      fc.dictionary(fc.constantFrom('id', 'ids', 'first', '__proto__', 'q'), jsonValue),
      jsonValue,
    ),
    operationName: fc.oneof(fc.string({ maxLength: 20 }), jsonValue),
    extensions: jsonValue,
  },
  { requiredKeys: [] },
);
const body = fc.oneof(
  params.map((value) => JSON.stringify(value)),
  fc.array(params, { maxLength: 3 }).map((value) => JSON.stringify(value)),
  fc.string({ maxLength: 300 }),
  fc.uint8Array({ maxLength: 300 }),
  fc.constant(''),
);
const headerValue = fc.oneof(
  fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'application/json; charset=latin1',
    'application/graphql-response+json',
    'text/plain',
    'multipart/form-data; boundary=-',
    'application/x-www-form-urlencoded',
    '*/*',
    '',
  ),
  fc.string({ maxLength: 40 }).filter((value) => /^[\x20-\x7e]*$/.test(value)),
);
const request = fc.record({
  method: fc.constantFrom(
    'GET',
    'POST',
    'POST',
    'POST',
    'PUT',
    'DELETE',
    'PATCH',
    'OPTIONS',
    'HEAD',
  ),
  path: fc.constantFrom(
    '/graphql',
    '/graphql',
    '/graphql',
    '/health',
    '/',
    '/graphql/',
    '/x/../graphql',
    '/%2e%2e/graphql',
    '/graphql/..%2f',
  ),
  search: fc.oneof(
    fc.constant(''),
    document.map((query) => `?query=${encodeURIComponent(query)}`),
    fc.string({ maxLength: 60 }).map((text) => `?${encodeURIComponent(text)}`),
  ),
  contentType: fc.option(headerValue),
  accept: fc.option(headerValue),
  origin: fc.option(fc.constantFrom('https://evil.example', 'null', 'http://localhost:3000')),
  body,
});

describe('fuzzing the endpoint', () => {
  it('never answers 5xx or shows internals, and canonical responses stay byte-identical', async () => {
    const before = await canonicalResponses(yoga);
    await fc.assert(
      fc.asyncProperty(request, async (input) => {
        const headers: Record<string, string> = {};
        if (input.contentType !== null) headers['content-type'] = input.contentType;
        if (input.accept !== null) headers.accept = input.accept;
        if (input.origin !== null) headers.origin = input.origin;
        const hasBody = !['GET', 'HEAD'].includes(input.method);
        const response = await send(
          yoga,
          { method: input.method, headers, body: hasBody ? input.body : undefined },
          `http://newsgraph.test${input.path}${input.search}`,
        );
        expect(response.status, response.text).toBeLessThan(500);
        expectNoInternals(response.text);
        expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      }),
      { numRuns: 600, seed: 20261128 },
    );
    await expectHealthy(yoga);
    expect(await canonicalResponses(yoga)).toEqual(before);
  });

  it('never answers 5xx to random documents that pass the HTTP checks', async () => {
    await fc.assert(
      fc.asyncProperty(
        document,
        fc.dictionary(fc.constantFrom('id', 'first', 'after', 'query'), jsonValue),
        async (query, variables) => {
          const response = await send(yoga, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              accept: 'application/graphql-response+json',
            },
            body: JSON.stringify({ query, variables }),
          });
          expect(response.status, response.text).toBeLessThan(500);
          expectNoInternals(response.text);
        },
      ),
      { numRuns: 400, seed: 4711 },
    );
    await expectHealthy(yoga);
  });
});
