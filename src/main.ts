/**
 * Start-up: configuration -> content -> server -> listen. Any failure before listening is one line
 * on stderr and a non-zero exit.
 */
import { ConfigError, readConfig } from './config.ts';
import { ContentDirError, ContentLibrary, type LoadReport } from './content/library.ts';
import { createSubgraphSchema } from './federation/subgraph.ts';
import { createLogger } from './logger.ts';
import { createServer, GRAPHQL_PATH } from './server/createServer.ts';
import { createMetrics } from './server/observability.ts';
import { closeGracefully, createHttpServer, listen } from './server/http.ts';

async function main(): Promise<void> {
  const config = readConfig(process.env);
  const schema = config.federation ? createSubgraphSchema() : undefined;
  const log = createLogger(config.logLevel);
  const library = new ContentLibrary(config.contentDir, {
    cacheDir: config.contentCacheDir ?? undefined,
    warn: (message, fields) => log.warn(message, fields),
  });
  let skipped = 0;
  const report = (result: LoadReport, message: string, started?: number) => {
    skipped = result.skipped.length;
    for (const page of result.skipped) {
      log.warn('page skipped', { file: page.file, reason: page.reason });
    }
    log.info(message, {
      pages: result.loaded,
      skipped: result.skipped.length,
      version: result.version,
      parsed: result.parsed.pages,
      fromParseCache: result.parsed.cached,
      ms: started === undefined ? undefined : Math.round(performance.now() - started),
    });
  };
  const metrics = createMetrics({
    ready: () => library.loaded,
    pagesLoaded: () => (library.loaded ? library.store.articles.length : 0),
    pagesSkipped: () => skipped,
  });
  const started = performance.now();
  report(await library.load(), 'content loaded', started);
  const reload = (trigger: string) => {
    const reloadStarted = performance.now();
    library.load().then(
      (result) => report(result, `content reloaded (${trigger})`, reloadStarted),
      // The old store stays in service: a failed reload loses nothing.
      (error: unknown) => log.error('content reload failed', { trigger, reason: String(error) }),
    );
  };
  process.on('SIGHUP', () => reload('SIGHUP'));
  if (config.watchContent) {
    library.watch(
      (result) => report(result, 'content reloaded (file change)'),
      (error) => log.warn('content watch error', { reason: String(error) }),
    );
  }

  const yoga = createServer({
    store: () => library.store,
    logging: config.logLevel === 'debug',
    metrics,
    logger: log,
    schema,
    limits: config.limits,
    corsOrigins: config.corsOrigins,
    introspection: config.introspection,
    cacheControl: config.cacheControl,
    responseCacheBytes: config.responseCacheBytes,
  });
  const server = createHttpServer(yoga, config.timeouts);
  const port = await listen(server, config.port, config.host);
  const shownHost =
    config.host && config.host !== '0.0.0.0' && config.host !== '::' ? config.host : 'localhost';
  log.info(`Newsgraph is serving http://${shownHost}:${port}${GRAPHQL_PATH}`, { port });

  const stop = (signal: string) => {
    log.info('shutting down', { signal });
    library.close();
    void closeGracefully(server).then(() => process.exit(0));
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof ContentDirError;
  const message = known ? (error as Error).message : `start-up failed: ${String(error)}`;
  process.stderr.write(`newsgraph: ${message}\n`);
  process.exit(1);
});
