/**
 * HTTP caching for a read-only API: every successful GraphQL response carries an `ETag` (a hash
 * of its bytes and media type) and a configurable `Cache-Control`; a GET whose `If-None-Match`
 * names the current ETag gets 304 without a body. Responses for a repeated document, operation
 * name and variables are kept (bounded by bytes) and served without executing again; the cache is
 * keyed by the store's version, so a content reload empties it.
 */
import { hash } from 'node:crypto';
import type { ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ByteBoundedCache } from './documentCache.ts';

/** Stores may keep a copy but must ask again (cheap: 304) before using it. */
export const DEFAULT_CACHE_CONTROL = 'public, no-cache';

export type RegularMediaType = 'application/graphql-response+json' | 'application/json';
const REGULAR: readonly RegularMediaType[] = [
  'application/graphql-response+json',
  'application/json',
];

function matchesType(processor: string, asked: string): boolean {
  const [pre, suf] = processor.split('/');
  const [askedPre, askedSuf] = asked.split('/');
  return (askedPre === '*' || askedPre === pre) && (askedSuf === '*' || askedSuf === suf);
}

/**
 * The media type Yoga 5 answers a single (non-streamed) result with for this Accept header, by the
 * same rules (`result-processor/accept.js`: the first acceptable type listed wins, only UTF-8);
 * null when Yoga would not answer with a JSON type.
 */
export function regularMediaType(accept: string | null | undefined): RegularMediaType | null {
  const types: string[] = [];
  for (const part of (accept || '*/*').replace(/\s/g, '').toLowerCase().split(',')) {
    const [mediaType, ...params] = part.split(';');
    if (mediaType === undefined) continue;
    const charset = params.find((param) => param.includes('charset=')) || 'charset=utf-8';
    if (charset !== 'charset=utf-8') continue;
    types.push(mediaType);
  }
  let chosen: RegularMediaType | null = null;
  for (const asked of types.reverse()) {
    for (const candidate of REGULAR) if (matchesType(candidate, asked)) chosen = candidate;
  }
  return chosen;
}

const negotiated = new Map<string, RegularMediaType | null>();
/** `regularMediaType`, remembered for the few Accept headers clients send. */
export function negotiate(accept: string | null | undefined): RegularMediaType | null {
  const key = accept ?? '';
  let type = negotiated.get(key);
  if (type === undefined) {
    type = regularMediaType(accept);
    if (negotiated.size < 256 && key.length <= 512) negotiated.set(key, type);
  }
  return type;
}

/**
 * The ETag of a response body in a media type: SHA-1 of the bytes (one-shot `crypto.hash`, about
 * half the cost of a `createHash` object) and a letter for the media type, so the two JSON types
 * never share a validator.
 */
export function etagOf(body: string | Buffer, mediaType: string): string {
  const type = mediaType === 'application/json' ? 'j' : 'g';
  return `"${hash('sha1', body, 'base64url')}-${type}"`;
}

/** True when an `If-None-Match` header names this ETag (or `*`); weak comparison. */
export function ifNoneMatch(header: string | null | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  for (const part of header.split(',')) {
    const candidate = part.trim();
    if (candidate === etag || candidate === `W/${etag}`) return true;
  }
  return false;
}

/** The headers of a successful response (and of its 304). */
export function cachingHeaders(etag: string, cacheControl: string): Record<string, string> {
  return { etag, 'cache-control': cacheControl, vary: 'Accept' };
}

function hasErrors(result: unknown): boolean {
  const r = result as ExecutionResult & { extensions?: { http?: unknown } };
  return Boolean(r.errors?.length) || r.extensions?.http !== undefined;
}

/**
 * Yoga's side of ETag and Cache-Control: wraps the result processor of error-free single results
 * (runs after Yoga's own processors, so it sees what Yoga chose).
 */
export function httpCachingPlugin(cacheControl: string): Plugin {
  return {
    onResultProcess({ request, result, setResultProcessor }) {
      if (request.method !== 'GET' && request.method !== 'POST') return;
      if (Array.isArray(result) || typeof result !== 'object' || result === null) return;
      if (Symbol.asyncIterator in result || hasErrors(result)) return;
      const mediaType = negotiate(request.headers.get('accept'));
      if (!mediaType) return;
      setResultProcessor((processed, fetchAPI) => {
        const body = JSON.stringify(processed);
        const etag = etagOf(body, mediaType);
        const headers = cachingHeaders(etag, cacheControl);
        if (request.method === 'GET' && ifNoneMatch(request.headers.get('if-none-match'), etag)) {
          return new fetchAPI.Response(null, { status: 304, headers });
        }
        return new fetchAPI.Response(body, {
          status: 200,
          headers: { 'Content-Type': `${mediaType}; charset=utf-8`, ...headers },
        });
      }, mediaType);
    },
  };
}

export interface CachedResponse {
  /** The JSON text, or its UTF-8 bytes (kept in the cache: encoded once, written many times). */
  body: string | Buffer;
  etag: string;
  /** The body's length in UTF-8 bytes as a string, kept with the body (formatted once). */
  length: string;
}

/** Responses by request key, for one store version at a time, bounded by bytes. */
export class ResponseCache {
  #version: string | number | undefined;
  #entries: ByteBoundedCache<CachedResponse>;

  constructor(private readonly maxBytes: number) {
    this.#entries = this.#create();
  }

  #create(): ByteBoundedCache<CachedResponse> {
    return new ByteBoundedCache<CachedResponse>(
      this.maxBytes,
      (key, value) => 256 + key.length * 2 + Number(value.length),
    );
  }

  /** Forgets everything when the content changed since the last call. */
  useVersion(version: string | number): void {
    if (version === this.#version) return;
    this.#version = version;
    if (this.#entries.size > 0) this.#entries = this.#create();
  }

  get(key: string): CachedResponse | undefined {
    return this.#entries.get(key);
  }

  set(key: string, value: CachedResponse): void {
    this.#entries.set(key, value);
  }

  get size(): number {
    return this.#entries.size;
  }
}
