/**
 * Newsgraph wired as `src/main.ts` wires it (same config, content library with its watcher,
 * metrics, logger, createServer and HTTP server), run from the sources, for `bench:corpus`
 * (RESPONSE_CACHE_MB=0 measures requests that are all executed). Prints `LOADED <ms> <pages> <pages from the parse cache>` once the content is loaded, then
 * `READY <port>` once listening.
 */
import { readConfig } from '../../src/config.ts';
import { ContentLibrary } from '../../src/content/library.ts';
import { createLogger } from '../../src/logger.ts';
import { createServer } from '../../src/server/createServer.ts';
import { createHttpServer, listen } from '../../src/server/http.ts';
import { createMetrics } from '../../src/server/observability.ts';

const config = readConfig(process.env);
const log = createLogger(config.logLevel);
const library = new ContentLibrary(config.contentDir, {
  cacheDir: config.contentCacheDir ?? undefined,
  warn: (message, fields) => log.warn(message, fields),
});
let skipped = 0;
const metrics = createMetrics({
  ready: () => library.loaded,
  pagesLoaded: () => (library.loaded ? library.store.articles.length : 0),
  pagesSkipped: () => skipped,
});
const started = performance.now();
const report = await library.load();
skipped = report.skipped.length;
process.stdout.write(
  `LOADED ${Math.round(performance.now() - started)} ${report.loaded} ${report.parsed.cached}\n`,
);
if (config.watchContent) {
  library.watch(
    (result) => (skipped = result.skipped.length),
    () => undefined,
  );
}
const yoga = createServer({
  store: () => library.store,
  logging: config.logLevel === 'debug',
  metrics,
  logger: log,
  limits: config.limits,
  corsOrigins: config.corsOrigins,
  introspection: config.introspection,
  cacheControl: config.cacheControl,
  responseCacheBytes: config.responseCacheBytes,
});
const port = await listen(createHttpServer(yoga, config.timeouts), config.port, config.host);
process.stdout.write(`READY ${port}\n`);
// A clean exit (so `--cpu-prof` can write its profile).
process.once('SIGTERM', () => process.exit(0));
