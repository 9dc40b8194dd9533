/**
 * The one server factory: `main` and the tests build Newsgraph here, so both run the same stack.
 */
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { GraphQLSchema } from 'graphql';
import { createExecutableSchema } from '../schema.ts';
import type { DocumentNode } from 'graphql';
import type { ContentStore } from '../store/store.ts';
import type { GraphQLContext } from './context.ts';
import { corsPlugin, type CorsOrigins } from './cors.ts';
import { ByteBoundedCache, estimateDocumentBytes, estimateErrorBytes } from './documentCache.ts';
import { maskError } from './errors.ts';
import { graphiqlOptions, renderOfflineGraphiQL } from './graphiql.ts';
import { httpGuardPlugin } from './httpGuard.ts';
import { DEFAULT_LIMITS, listBoundsFor, type ServerLimits } from './limits.ts';
import { queryLimitPlugins } from './queryLimits.ts';
import { createFastPath, withFastPath } from './fastPath.ts';
import {
  defaultPersistedDocuments,
  persistedDocumentsPlugin,
  type PersistedDocuments,
} from './persisted.ts';
import { DEFAULT_CACHE_CONTROL, httpCachingPlugin } from './responseCache.ts';
import { observabilityPlugin, type ContentStatus, type Metrics } from './observability.ts';
import type { Logger } from '../logger.ts';

export interface ServerOptions {
  /** The content to serve. A function is asked once per request, so a reload can swap stores. */
  store: ContentStore | (() => ContentStore);
  /** GraphiQL at GET /graphql for browsers. Default true. */
  graphiql?: boolean;
  /** Log requests and errors; default false (quiet tests). */
  logging?: boolean;
  /** Reuse one executable schema across servers (tests create many). */
  schema?: GraphQLSchema;
  /** Size and cost limits; each one left out keeps its default (`limits.ts`). */
  limits?: Partial<ServerLimits>;
  /** Origins allowed to call the API from a browser; default none (same origin only). */
  corsOrigins?: CorsOrigins;
  /** Readiness and page counts for /ready and /metrics; default: ready, counted from the store. */
  content?: ContentStatus;
  /** Prometheus metrics served at /metrics; none by default. */
  metrics?: Metrics;
  /** One JSON log line a GraphQL request, with its request id; none by default. */
  logger?: Logger;
  /** Schema introspection (`__schema`, `__type`); default true, GraphiQL needs it. */
  introspection?: boolean;
  /** Cache-Control of successful responses (CACHE_CONTROL); default `public, no-cache`. */
  cacheControl?: string;
  /** Trusted documents by ID (`sha256:<hex>`); default the operations of `operations/`. */
  persistedDocuments?: PersistedDocuments;
  /** Serve known, error-free reads without Yoga's per-request work (`fastPath.ts`); default true. */
  fastPath?: boolean;
  /** Bytes of responses kept for repeated requests; default 32 MiB, 0 for none. */
  responseCacheBytes?: number;
}

export type NewsgraphServer = YogaServerInstance<Record<string, unknown>, GraphQLContext>;

export const GRAPHQL_PATH = '/graphql';

function storeStatus(store: () => ContentStore): ContentStatus {
  return { ready: () => true, pagesLoaded: () => store().articles.length, pagesSkipped: () => 0 };
}

let sharedSchema: GraphQLSchema | undefined;

/**
 * Runs `create` with Node's own `Request` hidden while it is still unloaded. Creating the server
 * adapter compares its fetch API's Request (the @whatwg-node ponyfill, which serves every
 * request) with `globalThis.Request`; reading that global loads Node's built-in fetch (undici),
 * ~10 ms of start-up and 4 MB of memory the service never uses. The comparison comes out the
 * same (the ponyfill is neither), and the lazy global is put back untouched.
 */
function withLazyNativeFetch<T>(create: () => T): T {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'Request');
  if (!descriptor?.get || !descriptor.configurable) return create();
  Object.defineProperty(globalThis, 'Request', {
    value: undefined,
    configurable: true,
    writable: true,
  });
  try {
    return create();
  } finally {
    Object.defineProperty(globalThis, 'Request', descriptor);
  }
}

export function createServer(options: ServerOptions): NewsgraphServer {
  const currentStore =
    typeof options.store === 'function' ? options.store : () => options.store as ContentStore;
  const schema = options.schema ?? (sharedSchema ??= createExecutableSchema());
  const limits: ServerLimits = { ...DEFAULT_LIMITS, ...options.limits };
  // The cost rule's list bounds, measured once per version of the content.
  const listBoundsByStore = new WeakMap<ContentStore, Record<string, number>>();
  const cacheControl = options.cacheControl ?? DEFAULT_CACHE_CONTROL;
  const persisted = options.persistedDocuments ?? defaultPersistedDocuments();
  const corsOrigins = options.corsOrigins ?? [];
  const fastPath = createFastPath({
    schema,
    store: currentStore,
    limits,
    graphqlPath: GRAPHQL_PATH,
    persisted,
    cacheControl,
    varyOrigin: corsOrigins !== '*' && corsOrigins.length > 0,
    responseCacheBytes: options.responseCacheBytes ?? 32 * 1024 * 1024,
    metrics: options.metrics,
    logger: options.logger,
  });
  const yoga = withLazyNativeFetch(() =>
    createYoga<Record<string, unknown>, GraphQLContext>({
      schema,
      graphqlEndpoint: GRAPHQL_PATH,
      landingPage: false,
      // Yoga's built-in check answers any URL ending in "/health" with an empty body; ours (below)
      // answers exactly /health with JSON. No URL ends with NUL, so the built-in never matches.
      healthCheckEndpoint: '\u0000',
      graphiql: options.graphiql === false ? false : graphiqlOptions(),
      renderGraphiQL: (graphiql) =>
        renderOfflineGraphiQL(graphiql, (error) =>
          options.logger?.error('GraphiQL could not be rendered', { reason: String(error) }),
        ),
      // Unexpected errors are masked the same way in every NODE_ENV (no message, no stack).
      maskedErrors: { maskError, isDev: false },
      logging: options.logging ?? false,
      context: () => ({ store: currentStore() }),
      // Replaced by the guard's own checks: cheaper, and no echo of bad JSON.
      maxRequestBodySize: false,
      multipart: false,
      batching: false,
      cors: false,
      parserAndValidationCache: {
        documentCache: new ByteBoundedCache<DocumentNode>(
          limits.documentCacheBytes,
          (source, doc) => estimateDocumentBytes(source, doc),
        ),
        errorCache: new ByteBoundedCache<unknown>(
          Math.max(1, Math.floor(limits.documentCacheBytes / 8)),
          (source) => estimateErrorBytes(source),
        ),
        validationCache: true,
      },
      plugins: [
        observabilityPlugin({
          content: options.content ?? storeStatus(currentStore),
          metrics: options.metrics,
          log: options.logger,
          graphqlPath: GRAPHQL_PATH,
        }),
        corsPlugin(options.corsOrigins ?? []),
        httpGuardPlugin(GRAPHQL_PATH, limits),
        ...queryLimitPlugins({
          limits,
          introspection: options.introspection ?? true,
          listBounds: () => {
            const store = currentStore();
            let bounds = listBoundsByStore.get(store);
            if (!bounds) listBoundsByStore.set(store, (bounds = listBoundsFor(store)));
            return bounds;
          },
        }),
        persistedDocumentsPlugin(persisted),
        httpCachingPlugin(cacheControl),
        fastPath.plugin,
      ],
    }),
  );
  if (options.fastPath === false) return yoga;
  return withFastPath(yoga, fastPath, {
    graphqlPath: GRAPHQL_PATH,
    maxBodyBytes: limits.maxBodyBytes,
    ResponseCtor: yoga.fetchAPI.Response,
  });
}
