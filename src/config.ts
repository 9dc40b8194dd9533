/**
 * Every setting comes from the environment, validated once at start-up: a bad value stops the
 * service with one clear line instead of surfacing later as odd behaviour.
 */
import type { CorsOrigins } from './server/cors.ts';
import type { HttpTimeouts } from './server/http.ts';
import { DEFAULT_LIMITS, type ServerLimits } from './server/limits.ts';

export { DEFAULT_CONTENT_DIR } from './paths.ts';
import path from 'node:path';
import { DEFAULT_CONTENT_DIR, PROJECT_ROOT } from './paths.ts';

/**
 * The parse cache's default folder: inside the deployment, which only the service's user writes
 * (the cache is trusted like the content itself, so never a shared folder such as /tmp), kept
 * across restarts and reboots, and fresh for a fresh checkout. Ignored by git.
 */
export const DEFAULT_CONTENT_CACHE_DIR = path.join(PROJECT_ROOT, '.cache', 'content');

export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface Config {
  port: number;
  /** Undefined: every interface, IPv4 and IPv6 (Node's default). */
  host: string | undefined;
  contentDir: string;
  /** CONTENT_CACHE_DIR: the parse cache's folder; null (`off`) parses every page at start-up. */
  contentCacheDir: string | null;
  logLevel: LogLevel;
  /** Request size and query limits (see `src/server/limits.ts`). */
  limits: ServerLimits;
  /** CORS_ORIGINS: comma-separated origins, `*` for any (never with credentials), empty for none. */
  corsOrigins: CorsOrigins;
  /** INTROSPECTION: true by default (GraphiQL needs it). */
  introspection: boolean;
  /** CACHE_CONTROL: Cache-Control of successful GraphQL responses; default `public, no-cache`. */
  cacheControl: string;
  /** RESPONSE_CACHE_MB: bytes of executed responses kept for repeated reads; 0 turns it off. */
  responseCacheBytes: number;
  /** Reload the content when files in CONTENT_DIR change (SIGHUP always reloads). */
  watchContent: boolean;
  /** FEDERATION: serve the Apollo Federation v2 subgraph schema (entities, `_service`). */
  federation: boolean;
  timeouts: Required<HttpTimeouts>;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Env = Record<string, string | undefined>;

function integerSetting(
  env: Env,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  if (!/^\d+$/.test(raw.trim()))
    throw new ConfigError(`${name} must be a whole number, got "${raw}"`);
  const value = Number(raw.trim());
  if (value < min || value > max) {
    throw new ConfigError(`${name} must be between ${min} and ${max}, got ${value}`);
  }
  return value;
}

function choiceSetting<T extends string>(
  env: Env,
  name: string,
  choices: readonly T[],
  fallback: T,
): T {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (!(choices as readonly string[]).includes(raw)) {
    throw new ConfigError(`${name} must be one of ${choices.join(', ')}, got "${env[name]}"`);
  }
  return raw as T;
}

export function booleanSetting(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (!raw) return fallback;
  if (['true', '1', 'yes', 'on'].includes(raw)) return true;
  if (['false', '0', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`${name} must be true or false, got "${env[name]}"`);
}

/** `https://app.example, http://localhost:3000` -> exact origins; `*` -> any. */
function corsSetting(env: Env): CorsOrigins {
  const raw = env.CORS_ORIGINS?.trim();
  if (!raw) return [];
  if (raw === '*') return '*';
  return raw.split(',').map((part) => {
    const origin = part.trim();
    let parsed: URL | undefined;
    try {
      parsed = new URL(origin);
    } catch {
      parsed = undefined;
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin) {
      throw new ConfigError(
        `CORS_ORIGINS must list origins such as https://app.example (no path, no trailing slash), got "${origin}"`,
      );
    }
    return origin;
  });
}

function limitsSetting(env: Env): ServerLimits {
  const d = DEFAULT_LIMITS;
  return {
    ...d,
    maxBodyBytes: integerSetting(env, 'MAX_BODY_BYTES', d.maxBodyBytes, 1_024, 10 * 1024 * 1024),
    maxQueryLength: integerSetting(env, 'MAX_QUERY_LENGTH', d.maxQueryLength, 100, 1_000_000),
    maxTokens: integerSetting(env, 'MAX_QUERY_TOKENS', d.maxTokens, 50, 100_000),
    maxDepth: integerSetting(env, 'MAX_QUERY_DEPTH', d.maxDepth, 2, 100),
    maxAliases: integerSetting(env, 'MAX_QUERY_ALIASES', d.maxAliases, 0, 1_000),
    maxDirectives: integerSetting(env, 'MAX_QUERY_DIRECTIVES', d.maxDirectives, 0, 1_000),
    maxCost: integerSetting(env, 'MAX_QUERY_COST', d.maxCost, 10, 10_000_000),
    documentCacheBytes:
      integerSetting(env, 'DOCUMENT_CACHE_MB', d.documentCacheBytes / (1024 * 1024), 1, 4_096) *
      1024 *
      1024,
  };
}

/** A Cache-Control value: printable ASCII directives, no line breaks. */
function cacheControlSetting(env: Env): string {
  const raw = env.CACHE_CONTROL?.trim();
  if (!raw) return 'public, no-cache';
  if (raw.length > 200 || !/^[\x20-\x7e]+$/.test(raw)) {
    throw new ConfigError(`CACHE_CONTROL must be a Cache-Control value, got "${raw}"`);
  }
  return raw;
}

function contentCacheSetting(env: Env): string | null {
  const raw = env.CONTENT_CACHE_DIR?.trim();
  if (!raw) return DEFAULT_CONTENT_CACHE_DIR;
  return raw.toLowerCase() === 'off' ? null : path.resolve(raw);
}

export function readConfig(env: Env): Config {
  const headersTimeoutMs = integerSetting(env, 'HEADERS_TIMEOUT_MS', 10_000, 100, 300_000);
  return {
    port: integerSetting(env, 'PORT', 4000, 0, 65535),
    host: env.HOST?.trim() || undefined,
    contentDir: env.CONTENT_DIR?.trim() || DEFAULT_CONTENT_DIR,
    contentCacheDir: contentCacheSetting(env),
    logLevel: choiceSetting(env, 'LOG_LEVEL', ['debug', 'info', 'warn', 'error', 'silent'], 'info'),
    limits: limitsSetting(env),
    corsOrigins: corsSetting(env),
    introspection: booleanSetting(env, 'INTROSPECTION', true),
    cacheControl: cacheControlSetting(env),
    responseCacheBytes: integerSetting(env, 'RESPONSE_CACHE_MB', 32, 0, 4_096) * 1024 * 1024,
    watchContent: booleanSetting(env, 'CONTENT_WATCH', true),
    federation: booleanSetting(env, 'FEDERATION', false),
    timeouts: {
      headersTimeoutMs,
      requestTimeoutMs: integerSetting(
        env,
        'REQUEST_TIMEOUT_MS',
        Math.max(15_000, headersTimeoutMs),
        headersTimeoutMs,
        600_000,
      ),
      keepAliveTimeoutMs: integerSetting(env, 'KEEP_ALIVE_TIMEOUT_MS', 5_000, 100, 600_000),
    },
  };
}
