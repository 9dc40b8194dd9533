/**
 * Newsgraph as `src/main.ts` builds it (same config, createServer and HTTP server), with the
 * response cache size taken from RESPONSE_CACHE_BYTES, so the benchmark can measure requests that
 * are all executed (RESPONSE_CACHE_BYTES=0).
 */
import { readConfig } from '../../src/config.ts';
import { loadContent } from '../../src/content/loader.ts';
import { createServer } from '../../src/server/createServer.ts';
import { createHttpServer, listen } from '../../src/server/http.ts';

const config = readConfig(process.env);
const { store } = await loadContent(config.contentDir);
const yoga = createServer({
  store,
  limits: config.limits,
  corsOrigins: config.corsOrigins,
  introspection: config.introspection,
  cacheControl: config.cacheControl,
  responseCacheBytes: Number(process.env.RESPONSE_CACHE_BYTES ?? 32 * 1024 * 1024),
});
const port = await listen(createHttpServer(yoga, config.timeouts), config.port, config.host);
process.stdout.write(`READY ${port}\n`);
