/**
 * The hardening settings: validated at start-up, one clear ConfigError line for a bad value.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../src/config.ts';
import { DEFAULT_LIMITS } from '../../src/server/limits.ts';

describe('hardening settings', () => {
  it('defaults to safe limits, no cross-origin access and introspection on', () => {
    const config = readConfig({});
    expect(config.limits).toEqual(DEFAULT_LIMITS);
    expect(config.corsOrigins).toEqual([]);
    expect(config.introspection).toBe(true);
    expect(config.timeouts.headersTimeoutMs).toBeLessThanOrEqual(config.timeouts.requestTimeoutMs);
  });

  it('reads CORS_ORIGINS, INTROSPECTION and limits', () => {
    const config = readConfig({
      CORS_ORIGINS: 'https://app.example, http://localhost:3000',
      INTROSPECTION: 'false',
      MAX_QUERY_COST: '2000',
      MAX_BODY_BYTES: '65536',
      DOCUMENT_CACHE_MB: '16',
    });
    expect(config.corsOrigins).toEqual(['https://app.example', 'http://localhost:3000']);
    expect(config.introspection).toBe(false);
    expect(config.limits.maxCost).toBe(2000);
    expect(config.limits.maxBodyBytes).toBe(65536);
    expect(config.limits.documentCacheBytes).toBe(16 * 1024 * 1024);
    expect(readConfig({ CORS_ORIGINS: '*' }).corsOrigins).toBe('*');
  });

  it.each([
    ['CORS_ORIGINS', 'https://app.example/'],
    ['CORS_ORIGINS', 'app.example'],
    ['CORS_ORIGINS', 'https://a.example,*'],
    ['INTROSPECTION', 'maybe'],
    ['MAX_QUERY_COST', '-1'],
    ['MAX_BODY_BYTES', '12kb'],
    ['HEADERS_TIMEOUT_MS', '0'],
    ['MAX_QUERY_DEPTH', '1000'],
  ])('%s=%s stops start-up with one line', (name, value) => {
    let error: unknown;
    try {
      readConfig({ [name]: value });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain(name);
    expect((error as Error).message).not.toContain('\n');
  });
});
