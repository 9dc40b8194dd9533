/**
 * The fast path: plain, successful reads of documents Yoga has already accepted, answered without
 * Yoga's per-request machinery (fetch Request/Response objects, plugin chain, streaming parser).
 *
 * It never decides anything Yoga would decide differently. It serves a request only when:
 * - it is a GET or POST to exactly /graphql, without Origin (CORS stays with Yoga), asking for a
 *   JSON media type, and (POST) `application/json` with a Content-Length within the body limit;
 * - the parameters are well-formed and within every size limit (query length, NUL, operation name,
 *   variables count and depth), the same checks as `httpGuard.ts`;
 * - the document was parsed, validated (all limit and cost rules) and executed by Yoga before in
 *   this server, is a query, does not introspect, and (when its cost depends on variables) costs
 *   no more than the limit with these variables;
 * - execution (graphql-jit, compiled once per document and operation) gives no errors, and every
 *   leaf it leaves unserialized is already in serialized form (`leafCheck.ts`).
 * Anything else -- errors, limits, odd headers, unknown documents -- goes to Yoga with the request
 * unchanged, so error shapes, masking, status codes and limits are Yoga's and the hardening's.
 *
 * Error-free responses for a repeated document, operation name and variables are served from the
 * response cache (keyed by store version); every response carries an ETag and Cache-Control, and a
 * GET with a matching If-None-Match gets 304.
 */

import { isUtf8 } from 'node:buffer';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  GraphQLBoolean,
  GraphQLID,
  GraphQLString,
  getOperationAST,
  isScalarType,
  visit,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import type { Plugin } from 'graphql-yoga';
import { sendNodeResponse } from '@whatwg-node/server';
import type { ContentStore } from '../store/store.ts';
import { ByteBoundedCache, estimateDocumentBytes } from './documentCache.ts';
import type { ServerLimits } from './limits.ts';
import type { Logger } from '../logger.ts';
import { operationLabel, recordRequest, requestIdFor, type Metrics } from './observability.ts';
import { leafCheckFor, type LeafCheck } from './leafCheck.ts';
import { lookupPersisted, requestedDocumentId, type PersistedDocuments } from './persisted.ts';
import {
  cachingHeaders,
  etagOf,
  ifNoneMatch,
  negotiate,
  ResponseCache,
  type CachedResponse,
  type RegularMediaType,
} from './responseCache.ts';

const CONTENT_TYPES: Record<RegularMediaType, string> = {
  'application/graphql-response+json': 'application/graphql-response+json; charset=utf-8',
  'application/json': 'application/json; charset=utf-8',
};

/** Request metrics and logs, recorded as the Yoga path records them (`observability.ts`). */
export interface FastPathObservers {
  metrics?: Metrics;
  logger?: Logger;
}

export interface FastPathOptions extends FastPathObservers {
  schema: GraphQLSchema;
  store: () => ContentStore;
  limits: ServerLimits;
  graphqlPath: string;
  persisted: PersistedDocuments;
  cacheControl: string;
  /** Responses vary by Origin (CORS allow-list configured). */
  varyOrigin: boolean;
  /** Bytes of responses kept; 0 turns the response cache off. */
  responseCacheBytes: number;
}

interface Compiled {
  compiled: CompiledQuery;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  /** Compiled with leaf serialization off: the result's leaves are checked (`leafCheck.ts`). */
  checkLeaves: LeafCheck | null;
}

const NOT_FAST = Symbol('not fast');

/** A document Yoga accepted (validated and executed) for one store epoch. */
interface AcceptedDocument {
  document: DocumentNode;
  epoch: number;
  id: number;
  /** The name metrics and logs use when the request names no operation (as Yoga's path). */
  named: string | undefined;
}

/**
 * Leaf serializers for graphql-jit: the scalar's own `serialize`, with the common case answered
 * first when it is certain to give the same value (a string for String and ID, a boolean for
 * Boolean, a URL already in the form the URL scalar would print).
 */
function leafSerializers(schema: GraphQLSchema): Record<string, (value: unknown) => unknown> {
  const serializers: Record<string, (value: unknown) => unknown> = {
    String: (value) => (typeof value === 'string' ? value : GraphQLString.serialize(value)),
    ID: (value) => (typeof value === 'string' ? value : GraphQLID.serialize(value)),
    Boolean: (value) => (typeof value === 'boolean' ? value : GraphQLBoolean.serialize(value)),
  };
  const url = schema.getType('URL');
  if (url && isScalarType(url)) {
    serializers.URL = (value) =>
      typeof value === 'string' && PRINTED_URL.test(value) ? value : url.serialize(value);
  }
  return serializers;
}

/**
 * https URLs that WHATWG URL parsing prints unchanged: lower-case host names whose last label
 * starts with a letter (no IPv4 forms, no IDNA, no port), a path of letters, digits, `_`, `-`, `/`
 * (no dot segments, nothing to percent-encode), no query or fragment.
 */
const PRINTED_URL =
  /^https:\/\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\.)+[a-z][a-z0-9]*(?:-[a-z0-9]+)*\/[A-Za-z0-9_/-]*$/;
const PARAM_KEYS = new Set(['query', 'variables', 'operationName', 'extensions', 'documentId']);
const MAX_OPERATION_NAME_LENGTH = 256;
/** Arguments that decide how many items a list returns (see `limits.ts`). */
const SIZE_ARGUMENTS = new Set(['first', 'ids', 'representations']);

export interface FastResponse {
  status: 200 | 304;
  /** The operation name asked for, for metrics and logs. */
  operation?: unknown;
  headers: Record<string, string>;
  body: string | Buffer | null;
}

/** Request headers by lower-case name (a fetch `Headers` or `NodeHeaders`). */
interface Header {
  get(name: string): string | null | undefined;
}

/** A Node request's headers; a header sent twice counts as not fast. */
class NodeHeaders implements Header {
  constructor(private readonly headers: IncomingMessage['headers']) {}

  get(name: string): string | null | undefined {
    const value = this.headers[name];
    return Array.isArray(value) ? null : value;
  }
}

/** A POST body being read by the fast path (kept on the request, read by shared listeners). */
class PendingBody {
  chunks: Buffer[] = [];
  size = 0;
  constructor(
    readonly limit: number,
    readonly res: ServerResponse,
    readonly headers: Header,
    readonly fallback: NodeFallback,
    readonly finish: (req: IncomingMessage, pending: PendingBody) => void,
  ) {}
}

const PENDING = Symbol('fast path body');
type ReadingRequest = IncomingMessage & { [PENDING]?: PendingBody };

// Module-level listeners (no closures a request): `this` is the request.
function onBodyData(this: ReadingRequest, chunk: Buffer): void {
  const pending = this[PENDING]!;
  pending.size += chunk.length;
  if (pending.size <= pending.limit) pending.chunks.push(chunk);
}

function onBodyEnd(this: ReadingRequest): void {
  const pending = this[PENDING]!;
  this[PENDING] = undefined;
  pending.finish(this, pending);
}

/**
 * The name of the first operation of a document, read from its start as the Yoga path's
 * observability does (`observability.ts`), so both paths label a request alike.
 */
function namedIn(query: string): string | undefined {
  return /^\s*(?:query|mutation|subscription)\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(
    query.slice(0, 256),
  )?.[1];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Values counted so far, or -1 once a limit is passed (no closure a request). */
function countValues(value: unknown, depth: number, counted: number, limits: ServerLimits): number {
  if (++counted > limits.maxVariableValues || depth > limits.maxVariableDepth) return -1;
  if (typeof value !== 'object' || value === null) return counted;
  if (Array.isArray(value)) {
    for (const item of value) {
      counted = countValues(item, depth + 1, counted, limits);
      if (counted < 0) return -1;
    }
    return counted;
  }
  for (const key of Object.keys(value)) {
    counted = countValues((value as Record<string, unknown>)[key], depth + 1, counted, limits);
    if (counted < 0) return -1;
  }
  return counted;
}

function variablesWithinLimits(variables: unknown, limits: ServerLimits): boolean {
  return countValues(variables, 0, 0, limits) >= 0;
}

/** Does a variable decide a list size anywhere in the document? */
function hasVariableCost(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Argument(node) {
      if (!SIZE_ARGUMENTS.has(node.name.value)) return false;
      visit(node.value, {
        Variable() {
          found = true;
        },
      });
      return false;
    },
  });
  return found;
}

function introspects(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  return found;
}

export interface FastPath {
  /** Learns the documents Yoga accepted; add it to Yoga's plugins. */
  plugin: Plugin;
  /** The answer for a request, or null to leave it to Yoga. */
  serve(method: string, search: string, header: Header, body: string | null): FastResponse | null;
  /** Node adapter: true when the request was (or is being) answered here. */
  handleNode(req: IncomingMessage, res: ServerResponse, fallback: NodeFallback): boolean;
}

/** Hands a request whose body was read here to Yoga. */
export type NodeFallback = (
  req: IncomingMessage,
  res: ServerResponse,
  body: Buffer,
) => Promise<Response>;

export function createFastPath(options: FastPathOptions): FastPath {
  const { schema, limits, persisted, cacheControl, metrics, logger } = options;
  // Each accepted document gets an id of its own (never reused), so a response is cached under a
  // short key (id, media type, operation name, variables) instead of one that holds the document.
  let lastDocumentId = 0;
  const accepted = new ByteBoundedCache<AcceptedDocument>(
    Math.max(1, Math.floor(limits.documentCacheBytes / 2)),
    (query, value) => estimateDocumentBytes(query, value.document),
  );
  const compiledCache = new ByteBoundedCache<Compiled | typeof NOT_FAST>(
    Math.max(1, limits.documentCacheBytes),
    (key, value) =>
      value === NOT_FAST ? 1_024 + key.length * 2 : 4 * estimateDocumentBytes(key, value.document),
  );
  const responses = new ResponseCache(options.responseCacheBytes);
  const customSerializers = leafSerializers(schema);
  const caching = options.responseCacheBytes > 0;
  // Metric labels by operation name: the check runs once per name, not once per request.
  const labels = new Map<unknown, string>();
  // Stores by identity (never by a property read: a request that is not executed touches no
  // store). A reload brings a new store object, hence a new epoch.
  const epochs = new WeakMap<object, number>();
  let lastEpoch = 0;
  const epochOf = (store: object): number => {
    let epoch = epochs.get(store);
    if (epoch === undefined) epochs.set(store, (epoch = ++lastEpoch));
    return epoch;
  };

  const plugin: Plugin = {
    onExecute({ args }) {
      const context = args.contextValue as
        { params?: { query?: unknown }; store?: ContentStore } | undefined;
      const query = context?.params?.query;
      const store = context?.store;
      if (typeof query === 'string' && query.length <= limits.maxQueryLength && store) {
        // Validation may depend on the content (list bounds of the cost rule): a document is
        // trusted for the store Yoga accepted it with.
        const epoch = epochOf(store);
        if (accepted.get(query)?.epoch !== epoch) {
          lastAccepted = undefined;
          accepted.set(query, {
            document: args.document,
            epoch,
            id: ++lastDocumentId,
            named: namedIn(query),
          });
        }
      }
    },
  };

  // The last document found in `accepted`, by its text: a run of requests for one document
  // compares the text (a memory compare) instead of hashing it anew for the map and moving the
  // entry to the recent end. Forgotten whenever a document is accepted (a new epoch replaces it).
  let lastAccepted: { query: string; known: AcceptedDocument } | undefined;

  function acceptedFor(query: string): AcceptedDocument | undefined {
    const last = lastAccepted;
    if (last && last.query === query) return last.known;
    const known = accepted.get(query);
    if (known) lastAccepted = { query, known };
    return known;
  }

  // The last answer of `compiledFor`, by document object: a run of requests for one document (the
  // usual case) skips the cache lookup, which hashes and compares the whole document text.
  let lastCompiled:
    | { document: DocumentNode; operationName: string | undefined; entry: Compiled | null }
    | undefined;

  function compiledFor(
    query: string,
    operationName: string | undefined,
    document: DocumentNode,
  ): Compiled | null {
    const last = lastCompiled;
    if (last && last.document === document && last.operationName === operationName) {
      return last.entry;
    }
    const entry = lookUpCompiled(query, operationName, document);
    lastCompiled = { document, operationName, entry };
    return entry;
  }

  function lookUpCompiled(
    query: string,
    operationName: string | undefined,
    document: DocumentNode,
  ): Compiled | null {
    const key = operationName === undefined ? query : `${operationName}\u0000${query}`;
    const cached = compiledCache.get(key);
    if (cached === NOT_FAST) return null;
    if (cached && cached.document === document) return cached;
    const operation = getOperationAST(document, operationName);
    let entry: Compiled | typeof NOT_FAST = NOT_FAST;
    // Documents whose cost depends on variables (and on the store's list bounds) stay with Yoga,
    // which costs them with each request's values.
    if (operation?.operation === 'query' && !introspects(document) && !hasVariableCost(document)) {
      const checkLeaves = leafCheckFor(schema, document, operation);
      const compiled = compileQuery(schema, document, operationName, {
        customSerializers,
        disableLeafSerialization: checkLeaves !== null,
      });
      if (isCompiledQuery(compiled)) {
        entry = { compiled, document, operation, checkLeaves };
      }
    }
    compiledCache.set(key, entry);
    return entry === NOT_FAST ? null : entry;
  }

  function respond(
    cached: CachedResponse,
    mediaType: RegularMediaType,
    method: string,
    header: Header,
    operation: string | undefined,
  ): FastResponse {
    const headers = cachingHeaders(cached.etag, cacheControl);
    if (options.varyOrigin) headers.vary += ', Origin';
    headers['x-request-id'] = requestIdFor(header.get('x-request-id'));
    if (method === 'GET' && ifNoneMatch(header.get('if-none-match'), cached.etag)) {
      return { status: 304, headers, body: null, operation };
    }
    headers['content-type'] = CONTENT_TYPES[mediaType];
    headers['content-length'] = cached.length;
    return { status: 200, headers, body: cached.body, operation };
  }

  function serve(
    method: string,
    search: string,
    header: Header,
    body: string | null,
  ): FastResponse | null {
    const started = metrics || logger ? performance.now() : 0;
    const response = answer(method, search, header, body);
    if (response && started) observe(started, response, method);
    return response;
  }

  function answer(
    method: string,
    search: string,
    header: Header,
    body: string | null,
  ): FastResponse | null {
    if (header.get('origin') != null) return null;
    const mediaType = negotiate(header.get('accept'));
    if (!mediaType) return null;
    let params: Record<string, unknown>;
    if (method === 'GET') {
      if (search.length > limits.maxBodyBytes) return null;
      const searchParams = new URLSearchParams(search);
      params = {};
      for (const [key, value] of searchParams) {
        if (!PARAM_KEYS.has(key) || key in params) return null;
        if (key === 'variables' || key === 'extensions') {
          if (value === '') continue;
          try {
            params[key] = JSON.parse(value) as unknown;
          } catch {
            return null;
          }
        } else if (value !== '') params[key] = value;
      }
    } else if (method === 'POST' && body !== null) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(body) as unknown;
      } catch {
        return null;
      }
      if (!isObject(parsed)) return null;
      for (const key of Object.keys(parsed)) if (!PARAM_KEYS.has(key)) return null;
      params = parsed;
    } else return null;

    let { query } = params;
    const { variables, operationName, extensions, documentId } = params;
    if (extensions != null && !isObject(extensions)) return null;
    const id = requestedDocumentId(documentId, extensions);
    if (id !== undefined) {
      if (query != null || typeof id !== 'string') return null;
      query = lookupPersisted(persisted, id);
    }
    if (typeof query !== 'string' || query.length === 0) return null;
    if (query.length > limits.maxQueryLength || query.includes('\u0000')) return null;
    if (operationName != null) {
      if (typeof operationName !== 'string') return null;
      if (operationName.length > MAX_OPERATION_NAME_LENGTH || operationName.includes('\u0000')) {
        return null;
      }
    }
    if (variables != null && (!isObject(variables) || !variablesWithinLimits(variables, limits))) {
      return null;
    }

    const known = acceptedFor(query);
    if (!known) return null;
    const store = options.store();
    const epoch = epochOf(store);
    if (known.epoch !== epoch) return null;
    const name = (operationName as string | null | undefined) ?? undefined;
    // With the response cache off, no key is built and nothing is looked up. The key names the
    // accepted document by its id (the document text is not hashed a second time).
    let key: string | null = null;
    if (caching) {
      responses.useVersion(epoch);
      const variablesKey = variables == null ? '' : JSON.stringify(variables);
      key = `${known.id}\n${mediaType}\n${name ?? ''}\n${variablesKey}`;
      const hit = responses.get(key);
      if (hit) return respond(hit, mediaType, method, header, name ?? known.named);
    }

    const entry = compiledFor(query, name, known.document);
    if (!entry) return null;
    const variableValues = (variables ?? {}) as Record<string, unknown>;
    const result = entry.compiled.query(undefined, { store }, variableValues) as
      ExecutionResult | PromiseLike<ExecutionResult>;
    if (typeof (result as PromiseLike<unknown>).then === 'function') return null;
    const executed = result as ExecutionResult;
    if (executed.errors?.length || executed.extensions) return null;
    if (entry.checkLeaves && !entry.checkLeaves(executed.data)) return null;
    // A response answered once stays a string: hashed and written as is (in one writev with its
    // head, see `write`), no Buffer allocated. A response kept in the cache is encoded
    // once, so every repeat answer writes the same bytes without encoding them again.
    const text = JSON.stringify(executed);
    const etag = etagOf(text, mediaType);
    let cached: CachedResponse;
    if (key !== null) {
      const bytes = Buffer.from(text, 'utf8');
      cached = { body: bytes, etag, length: String(bytes.length) };
      responses.set(key, cached);
    } else {
      cached = { body: text, etag, length: String(Buffer.byteLength(text, 'utf8')) };
    }
    return respond(cached, mediaType, method, header, name ?? known.named);
  }

  function observe(started: number, response: FastResponse, method: string): void {
    const { status, operation } = response;
    if (!metrics && !logger) return;
    let label = labels.get(operation);
    if (label === undefined) {
      label = operationLabel(operation);
      if (labels.size < 1_024) labels.set(operation, label);
    }
    recordRequest(
      { metrics, log: logger },
      {
        requestId: response.headers['x-request-id'] ?? '',
        method,
        operation: label,
        status,
        seconds: (performance.now() - started) / 1000,
      },
    );
  }

  function write(res: ServerResponse, response: FastResponse): void {
    const { body } = response;
    if (typeof body !== 'string') {
      res.writeHead(response.status, response.headers);
      res.end(body ?? undefined);
      return;
    }
    // Node joins a string body to a head not yet sent (`head + body`), and V8 then flattens that
    // joined string (a copy of the whole body) for the socket to encode it: ~1.5 us of a 9 KB
    // answer. With the socket corked, the head goes first and head and body leave as two chunks
    // of one writev (`end` uncorks). A pipelined response may have no socket yet: Node queues
    // both chunks until it has one.
    res.socket?.cork();
    res.writeHead(response.status, response.headers);
    res.flushHeaders();
    res.end(body);
  }

  function handleNode(req: IncomingMessage, res: ServerResponse, fallback: NodeFallback): boolean {
    const url = req.url ?? '';
    const method = req.method;
    const path = options.graphqlPath;
    const header = new NodeHeaders(req.headers);
    if (method === 'GET') {
      if (!url.startsWith(path + '?') || req.headers.accept?.includes('text/html')) return false;
      const response = serve('GET', url.slice(path.length + 1), header, null);
      if (!response) return false;
      write(res, response);
      return true;
    }
    if (method !== 'POST' || url !== path) return false;
    const type = req.headers['content-type'];
    if (type !== 'application/json' && type !== 'application/json; charset=utf-8') return false;
    const declared = req.headers['content-length'];
    if (declared === undefined || req.headers['transfer-encoding'] !== undefined) return false;
    if (!/^\d{1,9}$/.test(declared) || Number(declared) > limits.maxBodyBytes) return false;
    if (req.headers.origin !== undefined || !negotiate(header.get('accept'))) return false;
    (req as ReadingRequest)[PENDING] = new PendingBody(
      Number(declared),
      res,
      header,
      fallback,
      finishPost,
    );
    req.on('data', onBodyData);
    req.on('end', onBodyEnd);
    return true;
  }

  function finishPost(req: IncomingMessage, pending: PendingBody): void {
    const { chunks, size, limit, res, headers, fallback } = pending;
    const bytes = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
    let response: FastResponse | null = null;
    if (size === limit && isUtf8(bytes)) {
      try {
        response = serve('POST', '', headers, bytes.toString('utf8'));
      } catch {
        response = null;
      }
    }
    if (response) {
      write(res, response);
      return;
    }
    fallback(req, res, bytes).then(
      (fetched) => sendNodeResponse(fetched, res, req, true),
      () => {
        if (!res.headersSent) res.writeHead(500, { 'content-length': '0' });
        res.end();
      },
    );
  }

  return { plugin, serve, handleNode };
}

/**
 * The Yoga instance with the fast path in front: as a Node request listener (`createHttpServer`)
 * and through `fetch` (tests, gateways). Everything else is Yoga's own.
 */
export function withFastPath<T extends object>(
  yoga: T & { fetch: (...args: never[]) => Promise<Response> | Response },
  fastPath: FastPath,
  options: { graphqlPath: string; maxBodyBytes: number; ResponseCtor: typeof Response },
): T {
  const { graphqlPath, maxBodyBytes, ResponseCtor } = options;
  const originalFetch = yoga.fetch.bind(yoga) as (...args: unknown[]) => Promise<Response>;
  const fallback: NodeFallback = (req, res, bytes) =>
    originalFetch(
      `http://localhost${req.url ?? '/'}`,
      { method: req.method, headers: req.headers as HeadersInit, body: bytes },
      { req, res },
    );
  const fastFetch = (...args: unknown[]): Promise<Response> => {
    const [input, init] = args;
    const response = tryFetch(input, init);
    if (response) {
      return Promise.resolve(
        new ResponseCtor(response.body as BodyInit | null, {
          status: response.status,
          headers: response.headers,
        }),
      );
    }
    return originalFetch(...args);
  };
  const tryFetch = (input: unknown, init: unknown): FastResponse | null => {
    if (typeof input !== 'string' && !(input instanceof URL)) return null;
    if (init !== undefined && !isObject(init)) return null;
    const request = (init ?? {}) as RequestInit;
    const method = (request.method ?? 'GET').toUpperCase();
    const body = request.body ?? null;
    if (body !== null && typeof body !== 'string') return null;
    let url: URL;
    try {
      url = new URL(String(input), 'http://localhost');
    } catch {
      return null;
    }
    if (url.pathname !== graphqlPath) return null;
    const headers = new Headers(request.headers);
    const header: Header = headers;
    if (method === 'GET') {
      if (body !== null || url.search.length < 2) return null;
      if (headers.get('accept')?.includes('text/html')) return null;
      return fastPath.serve('GET', url.search.slice(1), header, null);
    }
    if (
      method !== 'POST' ||
      body === null ||
      !(body as string & { isWellFormed(): boolean }).isWellFormed()
    )
      return null;
    const type = headers.get('content-type');
    if (type !== 'application/json' && type !== 'application/json; charset=utf-8') return null;
    if (headers.has('content-length') || headers.has('transfer-encoding')) return null;
    if (Buffer.byteLength(body) > maxBodyBytes) return null;
    return fastPath.serve('POST', '', header, body);
  };
  return new Proxy(yoga, {
    apply(target, thisArg, args: unknown[]) {
      const [req, res] = args as [IncomingMessage, ServerResponse];
      if (
        args.length >= 2 &&
        typeof req?.on === 'function' &&
        typeof (res as ServerResponse | undefined)?.writeHead === 'function'
      ) {
        if (fastPath.handleNode(req, res, fallback)) return undefined;
      }
      return Reflect.apply(target as (...a: unknown[]) => unknown, thisArg, args);
    },
    get(target, property, receiver) {
      if (property === 'fetch') return fastFetch;
      // Node's EventEmitter calls listeners with `listener.apply(...)`; Yoga's own proxy would
      // hand out its inner handler's `apply`, skipping this proxy.
      if (property === 'apply' || property === 'call' || property === 'bind') {
        return Function.prototype[property];
      }
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
}
