/**
 * CORS from an allow-list. The API is public and read-only and uses no cookies, so credentials are
 * never allowed; an origin is allowed only when listed (or when the list is `*`, which answers
 * `Access-Control-Allow-Origin: *`). Yoga's own CORS reflects any Origin with credentials.
 */
import type { Plugin } from 'graphql-yoga';

/** `'*'`: any origin, without credentials. An empty list: no cross-origin access. */
export type CorsOrigins = '*' | readonly string[];

const ALLOWED_METHODS = 'GET, POST, OPTIONS';
const ALLOWED_HEADERS = 'content-type, accept';
const MAX_AGE_SECONDS = '600';

export function corsPlugin(origins: CorsOrigins): Plugin {
  const any = origins === '*';
  const allowed = new Set(any ? [] : origins);
  const allowOrigin = (origin: string | null): string | null => {
    if (origin === null) return null;
    if (any) return '*';
    return allowed.has(origin) ? origin : null;
  };
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      if (request.method !== 'OPTIONS') return;
      const headers: Record<string, string> = { 'content-length': '0', allow: ALLOWED_METHODS };
      const origin = allowOrigin(request.headers.get('origin'));
      if (origin) {
        headers['access-control-allow-origin'] = origin;
        headers['access-control-allow-methods'] = ALLOWED_METHODS;
        headers['access-control-allow-headers'] = ALLOWED_HEADERS;
        headers['access-control-max-age'] = MAX_AGE_SECONDS;
      }
      if (!any) headers.vary = 'Origin';
      endResponse(new fetchAPI.Response(null, { status: 204, headers }));
    },
    onResponse({ request, response }) {
      if (request.method === 'OPTIONS') return;
      const origin = allowOrigin(request.headers.get('origin'));
      if (origin) response.headers.set('access-control-allow-origin', origin);
      if (!any && allowed.size > 0) response.headers.append('vary', 'Origin');
    },
  };
}
