/**
 * What operators need from a running replica: liveness (/health), readiness (/ready), Prometheus
 * metrics (/metrics) and one structured log line a request, tied together by a request id.
 */
import { randomUUID } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Logger } from '../logger.ts';

export interface ContentStatus {
  /** True once content is loaded and the store can answer. */
  ready(): boolean;
  pagesLoaded(): number;
  pagesSkipped(): number;
}

export interface Metrics {
  registry: Registry;
  requests: Counter<'operation' | 'status'>;
  duration: Histogram<'operation'>;
  errors: Counter<'operation' | 'code'>;
}

export function createMetrics(content: ContentStatus): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const metrics: Metrics = {
    registry,
    requests: new Counter({
      name: 'newsgraph_http_requests_total',
      help: 'GraphQL HTTP requests by operation name and status code',
      labelNames: ['operation', 'status'],
      registers: [registry],
    }),
    duration: new Histogram({
      name: 'newsgraph_http_request_duration_seconds',
      help: 'GraphQL HTTP request duration by operation name',
      labelNames: ['operation'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    errors: new Counter({
      name: 'newsgraph_graphql_errors_total',
      help: 'GraphQL errors in responses by operation name and error code',
      labelNames: ['operation', 'code'],
      registers: [registry],
    }),
  };
  new Gauge({
    name: 'newsgraph_content_pages_loaded',
    help: 'Pages served from CONTENT_DIR',
    registers: [registry],
    collect() {
      this.set(content.pagesLoaded());
    },
  });
  new Gauge({
    name: 'newsgraph_content_pages_skipped',
    help: 'Pages in CONTENT_DIR that could not be parsed and are not served',
    registers: [registry],
    collect() {
      this.set(content.pagesSkipped());
    },
  });
  return metrics;
}

/** Operation names become metric labels: only well-formed, short names, so labels stay few. */
export function operationLabel(name: unknown): string {
  return typeof name === 'string' && /^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(name)
    ? name
    : 'anonymous';
}

/** The name of the first operation in a document, read from its start only (cheap, no parse). */
function namedIn(query: unknown): string | undefined {
  if (typeof query !== 'string') return undefined;
  return /^\s*(?:query|mutation|subscription)\s+([A-Za-z_][A-Za-z0-9_]*)/.exec(
    query.slice(0, 256),
  )?.[1];
}

const REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;

/** The client's `X-Request-Id` when it is well-formed, else a new one. */
export function requestIdFor(incoming: string | null | undefined): string {
  return incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/** The metrics and log line of one finished GraphQL request, whichever path answered it. */
export function recordRequest(
  observers: { metrics?: Metrics; log?: Logger },
  request: {
    requestId: string;
    method: string;
    operation: string;
    status: number;
    seconds: number;
  },
): void {
  const { requestId, method, operation, status, seconds } = request;
  observers.metrics?.requests.inc({ operation, status: String(status) });
  observers.metrics?.duration.observe({ operation }, seconds);
  observers.log?.info('request', {
    requestId,
    method,
    operation,
    status,
    ms: Math.round(seconds * 10_000) / 10,
  });
}

interface RequestState {
  id: string;
  started: number;
  operation: string;
}

function json(fetchAPI: { Response: typeof Response }, status: number, body: unknown): Response {
  return new fetchAPI.Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  });
}

export function observabilityPlugin(options: {
  content: ContentStatus;
  metrics?: Metrics;
  log?: Logger;
  graphqlPath: string;
}): Plugin {
  const { content, metrics, log, graphqlPath } = options;
  const requests = new WeakMap<Request, RequestState>();
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname === '/health') return endResponse(json(fetchAPI, 200, { status: 'ok' }));
      if (url.pathname === '/ready') {
        return endResponse(
          content.ready()
            ? json(fetchAPI, 200, { status: 'ready', pages: content.pagesLoaded() })
            : json(fetchAPI, 503, { status: 'loading' }),
        );
      }
      if (url.pathname === '/metrics' && metrics) {
        return metrics.registry.metrics().then((text) =>
          endResponse(
            new fetchAPI.Response(text, {
              status: 200,
              headers: { 'content-type': metrics.registry.contentType },
            }),
          ),
        );
      }
      if (url.pathname !== graphqlPath) return;
      const incoming = request.headers.get('x-request-id');
      requests.set(request, {
        id: requestIdFor(incoming),
        started: performance.now(),
        operation: 'anonymous',
      });
    },
    onParams({ params, request }) {
      const state = requests.get(request);
      if (state) state.operation = operationLabel(params.operationName ?? namedIn(params.query));
    },
    // Sees every result, including requests refused in parsing or validation.
    onResultProcess({ result, request }) {
      if (!metrics || !result || Array.isArray(result) || !('errors' in result) || !result.errors) {
        return;
      }
      const operation = requests.get(request)?.operation ?? 'anonymous';
      for (const error of result.errors) {
        const code = error.extensions?.code;
        metrics.errors.inc({ operation, code: typeof code === 'string' ? code : 'UNKNOWN' });
      }
    },
    onResponse({ request, response }) {
      const state = requests.get(request);
      if (!state) return;
      response.headers.set('x-request-id', state.id);
      recordRequest(
        { metrics, log },
        {
          requestId: state.id,
          method: request.method,
          operation: state.operation,
          status: response.status,
          seconds: (performance.now() - state.started) / 1000,
        },
      );
    },
  };
}
