/**
 * Full-text index over articles, people and quotes. MiniSearch does tokenising, prefix and fuzzy
 * matching and BM25 ranking; this module only decides what text each record contributes.
 */
import MiniSearch from 'minisearch';
import type { ArticleRecord, PersonRecord, QuoteRecord } from './records.ts';

interface SearchDocument {
  id: string;
  title: string;
  text: string;
}

export interface SearchHit<Item> {
  record: Item;
  score: number;
}

/** Longer queries are rejected by the resolver; this only bounds the index's own work. */
const MAX_TERMS = 16;

/**
 * Results of recent queries, kept while the store lives (it is immutable, so they stay right).
 * Bounded by the number of hits held, not of queries: one common word can match every document.
 */
const CACHED_HITS_LIMIT = 500_000;

export interface SearchIndex<Item> {
  /** Best match first. The same array is returned for a repeated query: do not mutate it. */
  search(query: string): readonly SearchHit<Item>[];
}

/** @param resolve turns an indexed ID back into its record */
export function buildSearchIndex<Item>(
  articles: readonly ArticleRecord[],
  people: readonly PersonRecord[],
  quotes: readonly QuoteRecord[],
  resolve: (id: string) => Item | undefined,
): SearchIndex<Item> {
  const index = new MiniSearch<SearchDocument>({
    fields: ['title', 'text'],
    searchOptions: { boost: { title: 3 }, prefix: true, fuzzy: 0.2 },
  });
  index.addAll(
    articles.map((article) => ({
      id: article.id,
      title: article.headline,
      text: [article.lead ?? '', article.tags.join(' '), article.bodyText].join('\n'),
    })),
  );
  index.addAll(
    people.map((person) => ({
      id: person.id,
      title: [person.name, ...person.aliases].join(' '),
      text: [...person.titles, ...person.roles].join('\n'),
    })),
  );
  index.addAll(
    quotes.map((quote) => ({
      id: quote.id,
      title: quote.text,
      text: quote.speaker?.name ?? '',
    })),
  );
  const cache = new Map<string, SearchHit<Item>[]>();
  let cachedHits = 0;
  return {
    search(query: string): readonly SearchHit<Item>[] {
      const terms = MiniSearch.getDefault('tokenize')(query, undefined)
        .filter((term: string) => term.length > 0)
        .slice(0, MAX_TERMS);
      if (terms.length === 0) return [];
      const key = terms.join(' ').toLowerCase();
      const cached = cache.get(key);
      if (cached) {
        // Map order is insertion order: re-inserting makes this the most recently used.
        cache.delete(key);
        cache.set(key, cached);
        return cached;
      }
      const hits: SearchHit<Item>[] = [];
      for (const result of index.search(key)) {
        const record = resolve(String(result.id));
        if (record !== undefined) hits.push({ record, score: result.score });
      }
      if (hits.length <= CACHED_HITS_LIMIT) {
        cache.set(key, hits);
        cachedHits += hits.length;
        for (const [oldKey, oldHits] of cache) {
          if (cachedHits <= CACHED_HITS_LIMIT) break;
          cache.delete(oldKey);
          cachedHits -= oldHits.length;
        }
      }
      return hits;
    },
  };
}
