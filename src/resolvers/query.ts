import { canonicalShortUrl } from '../parse/index.ts';
import type { QueryResolvers } from '../generated/resolvers.ts';
import { findArticles, findPeople, findQuotes } from '../store/queries.ts';
import { connection, connectionOf, MAX_PAGE_SIZE, pageWindow } from './connection.ts';
import { badUserInput } from './errors.ts';

export const MAX_SEARCH_QUERY_LENGTH = 200;

/** graphql-scalars parses a `Date` input to a JS Date at midnight UTC; the store keeps ISO dates. */
function isoDate(value: Date | null | undefined): string | null {
  return value ? value.toISOString().slice(0, 10) : null;
}

export const Query: QueryResolvers = {
  node: (_parent, { id }, { store }) => store.getNode(id),

  nodes: (_parent, { ids }, { store }) => {
    if (ids.length > MAX_PAGE_SIZE) {
      throw badUserInput(`"ids" may hold at most ${MAX_PAGE_SIZE} IDs, got ${ids.length}.`);
    }
    return ids.map((id) => store.getNode(id));
  },

  article: (_parent, { id, shortUrl }, { store }) => {
    if ((id == null) === (shortUrl == null)) {
      throw badUserInput('Give exactly one of "id" and "shortUrl".');
    }
    if (id != null) {
      const node = store.getNode(id);
      return node?.kind === 'Article' ? node : null;
    }
    const canonical = canonicalShortUrl(shortUrl ?? '');
    const code = canonical?.slice(canonical.lastIndexOf('/') + 1);
    return code ? store.articleByShortCode(code) : null;
  },

  articles: (_parent, { first, after, filter, orderBy }, { store }) =>
    connection(
      findArticles(
        store,
        {
          tag: filter?.tag,
          language: filter?.language,
          personId: filter?.personId,
          publishedFrom: isoDate(filter?.publishedFrom),
          publishedTo: isoDate(filter?.publishedTo),
        },
        orderBy,
      ),
      { first, after },
    ),

  person: (_parent, { id }, { store }) => {
    const node = store.getNode(id);
    return node?.kind === 'Person' ? node : null;
  },

  people: (_parent, { first, after, filter }, { store }) =>
    connection(findPeople(store, { name: filter?.name }), { first, after }),

  quotes: (_parent, { first, after, filter }, { store }) =>
    connection(
      findQuotes(store, {
        speakerId: filter?.speakerId,
        articleId: filter?.articleId,
        location: filter?.location,
      }),
      { first, after },
    ),

  search: (_parent, { query, first, after }, { store }) => {
    const trimmed = query.trim();
    if (trimmed.length === 0 || trimmed.length > MAX_SEARCH_QUERY_LENGTH) {
      throw badUserInput(`"query" must hold 1 to ${MAX_SEARCH_QUERY_LENGTH} characters.`);
    }
    // Only the hits up to the end of this page need ranking.
    const { end } = pageWindow({ first, after }, Number.MAX_SAFE_INTEGER);
    return connectionOf(store.search(trimmed, end), { first, after }, (hit, cursor) => ({
      cursor,
      node: hit.record,
      score: hit.score,
    }));
  },
};
