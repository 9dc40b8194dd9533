/**
 * The one server factory: `main` and the tests build Newsgraph here, so both run the same stack.
 */
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { GraphQLSchema } from 'graphql';
import { createExecutableSchema } from '../schema.ts';
import type { ContentStore } from '../store/store.ts';
import type { GraphQLContext } from './context.ts';
import { graphiqlOptions } from './graphiql.ts';

export interface ServerOptions {
  /** The content to serve. A function is asked once per request, so a reload can swap stores. */
  store: ContentStore | (() => ContentStore);
  /** GraphiQL at GET /graphql for browsers. Default true. */
  graphiql?: boolean;
  /** Log requests and errors; default false (quiet tests). */
  logging?: boolean;
  /** Reuse one executable schema across servers (tests create many). */
  schema?: GraphQLSchema;
}

export type NewsgraphServer = YogaServerInstance<Record<string, unknown>, GraphQLContext>;

export const GRAPHQL_PATH = '/graphql';

function healthPlugin(): Plugin {
  return {
    onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname === '/health') {
        endResponse(
          new fetchAPI.Response('{"status":"ok"}', {
            status: 200,
            headers: { 'content-type': 'application/json' },
          }),
        );
      }
    },
  };
}

let sharedSchema: GraphQLSchema | undefined;

export function createServer(options: ServerOptions): NewsgraphServer {
  const currentStore =
    typeof options.store === 'function' ? options.store : () => options.store as ContentStore;
  const schema = options.schema ?? (sharedSchema ??= createExecutableSchema());
  return createYoga<Record<string, unknown>, GraphQLContext>({
    schema,
    graphqlEndpoint: GRAPHQL_PATH,
    landingPage: false,
    graphiql: options.graphiql === false ? false : graphiqlOptions(),
    renderGraphiQL,
    maskedErrors: true,
    logging: options.logging ?? false,
    context: () => ({ store: currentStore() }),
    plugins: [healthPlugin()],
  });
}
