/**
 * Scale-out behind Hive Gateway: two Newsgraph subgraph replicas and Hive Gateway on loopback, the
 * supergraph composed from the replicas' `_service.sdl`, and the gateway's requests to Newsgraph
 * spread over both replicas round-robin (what any load balancer in front of them would do).
 *
 * A tiny second subgraph ("picks") references `Article` by key only, so that one query makes the
 * gateway resolve Newsgraph entities through `_entities` too.
 */
import { createServer as createNodeServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayRuntime, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import { print, type DocumentNode } from 'graphql';
import { createSchema, createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSubgraphSchema } from '../../src/federation/subgraph.ts';
import { composeSupergraph, fetchSubgraphSdl } from '../../src/federation/supergraph.ts';
import {
  ArticleWithQuotesDocument,
  type ArticleWithQuotesQuery,
} from '../../src/generated/client/graphql.ts';
import { startLiveServer, type LiveServer } from '../support/liveServer.ts';

const SEED_SHORT_URL = 'https://p.dw.com/p/4TLXn';

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string }[];
}

async function post<T>(url: string, query: string | DocumentNode, variables = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: typeof query === 'string' ? query : print(query), variables }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as GraphQLResponse<T>;
}

function listenOnLoopback(server: Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/** The "picks" subgraph: an editor's note on an article it knows only by ID. */
const PICKS_SDL = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

  type Query {
    editorsPick: EditorsPick!
  }

  type EditorsPick {
    note: String!
    article: Article!
  }

  type Article @key(fields: "id", resolvable: false) {
    id: ID!
  }
`;

function startPicksSubgraph(articleId: string): Promise<{ server: Server; url: string }> {
  const schema = createSchema({
    typeDefs: /* GraphQL */ `
      type Query {
        editorsPick: EditorsPick!
        _service: _Service!
      }
      type _Service {
        sdl: String
      }
      type EditorsPick {
        note: String!
        article: Article!
      }
      type Article {
        id: ID!
      }
    `,
    resolvers: {
      Query: {
        editorsPick: () => ({ note: 'Read this first', article: { id: articleId } }),
        _service: () => ({ sdl: PICKS_SDL }),
      },
    },
  });
  const server = createNodeServer(createYoga({ schema, logging: false }));
  return listenOnLoopback(server).then((base) => ({ server, url: `${base}/graphql` }));
}

describe('Newsgraph behind Hive Gateway', () => {
  const replicas: LiveServer[] = [];
  const replicaUrls: string[] = [];
  /** POST requests each replica received (the gateway's subgraph requests). */
  const received = [0, 0];
  let picks: { server: Server; url: string } | undefined;
  let gateway: GatewayRuntime | undefined;
  let gatewayServer: Server | undefined;
  let gatewayUrl = '';
  let subgraphSdls: string[] = [];
  let seedId = '';

  beforeAll(async () => {
    const schema = createSubgraphSchema();
    replicas.push(
      ...(await Promise.all([startLiveServer({ schema }), startLiveServer({ schema })])),
    );
    replicas.forEach((replica, index) => {
      replicaUrls.push(`${replica.url}/graphql`);
      replica.server.on('request', (request: { method?: string }) => {
        if (request.method === 'POST') received[index]! += 1;
      });
    });

    const seed = await post<{ article: { id: string } | null }>(
      replicaUrls[0]!,
      'query ($shortUrl: String!) { article(shortUrl: $shortUrl) { id } }',
      { shortUrl: SEED_SHORT_URL },
    );
    seedId = seed.data!.article!.id;
    picks = await startPicksSubgraph(seedId);

    subgraphSdls = await Promise.all(replicaUrls.map((url) => fetchSubgraphSdl(url)));
    const supergraph = composeSupergraph([
      { name: 'newsgraph', url: replicaUrls[0]!, sdl: subgraphSdls[0]! },
      { name: 'picks', url: picks.url, sdl: await fetchSubgraphSdl(picks.url) },
    ]);

    // The load balancer: every request for the newsgraph subgraph goes to the next replica.
    let next = 0;
    gateway = createGatewayRuntime({
      supergraph,
      logging: false,
      plugins: () => [
        {
          onFetch({ url, setURL }) {
            if (url === replicaUrls[0]) setURL(replicaUrls[next++ % replicaUrls.length]!);
          },
        },
      ],
    });
    gatewayServer = createNodeServer(gateway);
    gatewayUrl = `${await listenOnLoopback(gatewayServer)}/graphql`;
    received.fill(0);
  });

  afterAll(async () => {
    if (gatewayServer) await close(gatewayServer);
    await gateway?.dispose();
    if (picks) await close(picks.server);
    await Promise.all(replicas.map((replica) => replica.close()));
  });

  it('composes the supergraph from identical replica SDLs with Node types as entities', () => {
    expect(subgraphSdls[1]).toBe(subgraphSdls[0]);
    for (const type of ['Article', 'Image', 'Person', 'Organization', 'Quote']) {
      expect(subgraphSdls[0]).toMatch(
        new RegExp(`type ${type} implements Node @key\\(fields: "id"\\)`),
      );
    }
  });

  it('answers the seed article with its quotes and speakers, through both replicas', async () => {
    const direct = await post<ArticleWithQuotesQuery>(replicaUrls[1]!, ArticleWithQuotesDocument);
    received.fill(0);

    // One after another: the gateway merges identical requests that are in flight together.
    const results: GraphQLResponse<ArticleWithQuotesQuery>[] = [];
    for (let i = 0; i < 4; i += 1) {
      results.push(await post<ArticleWithQuotesQuery>(gatewayUrl, ArticleWithQuotesDocument));
    }
    for (const result of results) {
      expect(result.errors).toBeUndefined();
      expect(result.data).toEqual(direct.data);
    }

    const article = results[0]!.data!.article!;
    expect(article.id).toBe(seedId);
    expect(article.headline).toBe('Chinese defense minister meets with Russian navy chief');
    expect(article.quotes.length).toBeGreaterThan(0);
    const speakers = article.quotes.flatMap((quote) =>
      quote.speaker?.__typename === 'Person' ? [quote.speaker.name] : [],
    );
    expect(speakers).toContain('Li Shangfu');

    // Both replicas answered the gateway.
    expect(received).toEqual([2, 2]);
  });

  it('resolves Newsgraph entities for another subgraph through _entities', async () => {
    received.fill(0);
    const result = await post<{
      editorsPick: {
        note: string;
        article: {
          id: string;
          headline: string;
          quotes: { text: string; speaker: { __typename: string; name?: string } | null }[];
        };
      };
    }>(
      gatewayUrl,
      /* GraphQL */ `
        {
          editorsPick {
            note
            article {
              id
              headline
              quotes {
                text
                speaker {
                  __typename
                  ... on Person {
                    name
                  }
                  ... on Organization {
                    name
                  }
                }
              }
            }
          }
        }
      `,
    );
    expect(result.errors).toBeUndefined();
    const pick = result.data!.editorsPick;
    expect(pick.note).toBe('Read this first');
    expect(pick.article.id).toBe(seedId);
    expect(pick.article.headline).toBe('Chinese defense minister meets with Russian navy chief');
    expect(pick.article.quotes.some((quote) => quote.speaker?.__typename === 'Person')).toBe(true);
    expect(received[0]! + received[1]!).toBe(1);
  });
});
