/**
 * The subgraph protocol on one replica: `_service { sdl }`, `_entities` by global ID, and the
 * `FEDERATION` switch of `npm start`.
 */
import { print } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_CONTENT_DIR } from '../../src/config.ts';
import { loadContent } from '../../src/content/loader.ts';
import {
  createSubgraphSchema,
  federationEnabled,
  printSubgraphSdl,
} from '../../src/federation/subgraph.ts';
import { composeSupergraph } from '../../src/federation/supergraph.ts';
import { ArticleWithQuotesDocument } from '../../src/generated/client/graphql.ts';
import { createServer, type NewsgraphServer } from '../../src/server/createServer.ts';
import type { ContentStore } from '../../src/store/store.ts';
import { servingUrl, spawnMain } from '../support/spawnMain.ts';

const ENTITY_TYPES = ['Article', 'Image', 'Person', 'Organization', 'Quote'];

interface Response<T> {
  data?: T | null;
  errors?: { message: string }[];
}

async function run<T>(yoga: NewsgraphServer, query: string, variables = {}): Promise<Response<T>> {
  const response = await yoga.fetch('http://newsgraph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Response<T>;
}

const ENTITIES = /* GraphQL */ `
  query ($representations: [_Any!]!) {
    _entities(representations: $representations) {
      __typename
      ... on Article {
        headline
      }
      ... on Person {
        name
      }
      ... on Quote {
        text
      }
    }
  }
`;

describe('Newsgraph as a federation subgraph', () => {
  let store: ContentStore;
  let subgraph: NewsgraphServer;
  let plain: NewsgraphServer;

  beforeAll(async () => {
    store = (await loadContent(DEFAULT_CONTENT_DIR)).store;
    subgraph = createServer({ store, schema: createSubgraphSchema() });
    plain = createServer({ store });
  });

  it('answers _service.sdl: the schema files with @link and a key on every Node type', async () => {
    const result = await run<{ _service: { sdl: string } }>(subgraph, '{ _service { sdl } }');
    const sdl = result.data!._service.sdl;
    expect(sdl).toBe(printSubgraphSdl());
    expect(sdl).toContain(
      'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])',
    );
    for (const type of ENTITY_TYPES) {
      expect(sdl).toContain(`type ${type} implements Node @key(fields: "id") {`);
    }
    expect(sdl).not.toMatch(/_entities|_service|_Any/);
    expect(() =>
      composeSupergraph([{ name: 'newsgraph', url: 'http://x/graphql', sdl }]),
    ).not.toThrow();
  });

  it('serves the same API as the normal service', async () => {
    const query = print(ArticleWithQuotesDocument);
    const [federated, normal] = await Promise.all([run(subgraph, query), run(plain, query)]);
    expect(federated.errors).toBeUndefined();
    expect(federated).toEqual(normal);
    const extra = await run(plain, '{ _service { sdl } }');
    expect(extra.errors?.[0]?.message).toMatch(/_service/);
  });

  it('resolves entities by global ID and type, null for unknown IDs or another type', async () => {
    const article = store.articles[0]!;
    const person = store.people[0]!;
    const quote = store.quotes[0]!;
    const result = await run<{ _entities: unknown[] }>(subgraph, ENTITIES, {
      representations: [
        { __typename: 'Article', id: article.id },
        { __typename: 'Person', id: person.id },
        { __typename: 'Quote', id: quote.id },
        { __typename: 'Person', id: article.id },
        { __typename: 'Article', id: 'bm9wZTpub3Bl' },
        { __typename: 'Article', id: '%%%' },
      ],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities).toEqual([
      { __typename: 'Article', headline: article.headline },
      { __typename: 'Person', name: person.name },
      { __typename: 'Quote', text: quote.text },
      null,
      null,
      null,
    ]);
  });

  it('rejects representations of non-entity types and without __typename', async () => {
    const notEntity = await run(subgraph, ENTITIES, {
      representations: [{ __typename: 'PageInfo', id: 'x' }],
    });
    expect(notEntity.errors?.[0]?.message).toBe('"PageInfo" is not an entity of this subgraph');
    const noTypename = await run(subgraph, ENTITIES, { representations: [{ id: 'x' }] });
    expect(noTypename.errors?.[0]?.message).toMatch(/_Any/);
  });

  it('reads FEDERATION as a boolean and rejects other values', () => {
    expect(federationEnabled({})).toBe(false);
    expect(federationEnabled({ FEDERATION: '' })).toBe(false);
    expect(federationEnabled({ FEDERATION: 'false' })).toBe(false);
    expect(federationEnabled({ FEDERATION: '0' })).toBe(false);
    expect(federationEnabled({ FEDERATION: 'true' })).toBe(true);
    expect(federationEnabled({ FEDERATION: ' TRUE ' })).toBe(true);
    expect(federationEnabled({ FEDERATION: '1' })).toBe(true);
    expect(() => federationEnabled({ FEDERATION: 'yes please' })).toThrow(ConfigError);
  });

  it('is what `FEDERATION=true npm start` serves; a bad value stops start-up with one line', async () => {
    const main = spawnMain({ FEDERATION: 'true' });
    try {
      const url = await servingUrl(main);
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ _service { sdl } }' }),
      });
      const body = (await response.json()) as Response<{ _service: { sdl: string } }>;
      expect(body.data?._service.sdl).toBe(printSubgraphSdl());
    } finally {
      main.child.kill('SIGTERM');
      await main.exited;
    }

    const bad = spawnMain({ FEDERATION: 'maybe' });
    expect(await bad.exited).toBe(1);
    expect(bad.stderr()).toBe('newsgraph: FEDERATION must be true or false, got "maybe"\n');
  });
});
