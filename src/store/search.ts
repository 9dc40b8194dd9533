/**
 * Full-text index over articles, people and quotes. MiniSearch does tokenising, prefix and fuzzy
 * matching and BM25 ranking; this module only decides what text each record contributes and how
 * a query matches:
 *
 * - an article contributes its headline (boosted), lead, tags and whole body; a person their
 *   names, titles and roles; a quote its words and its speaker's name;
 * - every word of a query must match (AND), as users of a search box expect;
 * - function words (English and German) are neither indexed nor searched: they are in nearly every
 *   document, so they would only slow a query down and blur its ranking;
 * - prefix matching starts at 3 characters and typo tolerance (one edit) at 4: shorter words
 *   would match a large part of the index.
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

const MIN_PREFIX_LENGTH = 3;
const MIN_FUZZY_LENGTH = 4;

const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by for from had has have he her his i in is it its of on or ' +
    'our she that the their them they this to was we were will with you ' +
    'der die das den dem des ein eine einer eines einem einen und oder ist sind war im zu ' +
    'mit von auf für nicht sich es er sie wir ich auch als bei'
  ).split(' '),
);

/** A word as indexed and searched: lower-cased; null for a function word. */
function indexTerm(term: string): string | null {
  const lower = term.toLowerCase();
  return lower.length === 0 || STOP_WORDS.has(lower) ? null : lower;
}

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
    storeFields: [],
    processTerm: indexTerm,
    searchOptions: {
      boost: { title: 3 },
      combineWith: 'AND',
      prefix: (term) => term.length >= MIN_PREFIX_LENGTH,
      fuzzy: (term) => (term.length >= MIN_FUZZY_LENGTH ? 1 : false),
    },
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
