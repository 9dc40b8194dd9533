/**
 * GraphiQL as served at /graphql: rendered from the npm package (works offline, no CDN), opening
 * with the example operations of `operations/` as tabs.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as RenderGraphiQL from '@graphql-yoga/render-graphiql';
import type { GraphiQLOptions } from 'graphql-yoga';

export { OPERATIONS_DIR } from '../paths.ts';
import { OPERATIONS_DIR } from '../paths.ts';

/** The tabs GraphiQL opens with, in this order; the first is also the default query. */
export const EXAMPLE_OPERATIONS = [
  'ArticleWithQuotes.graphql',
  'PeopleWithQuotes.graphql',
  'Search.graphql',
] as const;

export function graphiqlOptions(): GraphiQLOptions {
  const tabs = EXAMPLE_OPERATIONS.map((file) => ({
    query: readFileSync(path.join(OPERATIONS_DIR, file), 'utf8'),
  }));
  return {
    title: 'Newsgraph',
    defaultQuery: tabs[0]?.query,
    defaultTabs: tabs,
  };
}

const pages = new Map<string, Promise<string>>();

function renderFromPackage(options: GraphiQLOptions): string {
  const { renderGraphiQL } = createRequire(import.meta.url)(
    '@graphql-yoga/render-graphiql',
  ) as typeof RenderGraphiQL;
  return renderGraphiQL(options);
}

/**
 * The GraphiQL page, from the npm package (no CDN). The package is a 9 MB module, so it is loaded
 * on the first browser visit rather than at start-up; the page is the same for every visit.
 * Loaded with require (its CommonJS build), not import(): the production bundle is a script run
 * with a V8 code cache (scripts/build.mjs), where Node 20 loses the dynamic import callback.
 */
export function renderOfflineGraphiQL(
  options: GraphiQLOptions,
  onError: (error: unknown) => void = () => undefined,
  render: (options: GraphiQLOptions) => string = renderFromPackage,
): Promise<string> {
  const key = JSON.stringify(options);
  let page = pages.get(key);
  if (!page) {
    page = Promise.resolve().then(() => render(options));
    pages.set(key, page);
  }
  // A page that could not be rendered must not reach the browser as a stack trace: the reason is
  // logged, the visitor gets a short page, and the next visit tries again.
  return page.catch((error: unknown) => {
    pages.delete(key);
    onError(error);
    return UNAVAILABLE_PAGE;
  });
}

const UNAVAILABLE_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Newsgraph</title></head>' +
  '<body><h1>GraphiQL is unavailable</h1><p>The playground could not be loaded. The GraphQL ' +
  'API at this address works as usual (POST or GET with a query).</p></body></html>';
