/**
 * GraphiQL as served at /graphql: rendered from the npm package (works offline, no CDN), opening
 * with the example operations of `operations/` as tabs.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { GraphiQLOptions } from 'graphql-yoga';

export const OPERATIONS_DIR = fileURLToPath(new URL('../../operations/', import.meta.url));

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
