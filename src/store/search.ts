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

export interface SearchHit {
  id: string;
  score: number;
}

/** Longer queries are rejected by the resolver; this only bounds the index's own work. */
const MAX_TERMS = 16;

export interface SearchIndex {
  search(query: string): SearchHit[];
}

export function buildSearchIndex(
  articles: readonly ArticleRecord[],
  people: readonly PersonRecord[],
  quotes: readonly QuoteRecord[],
): SearchIndex {
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
  return {
    search(query: string): SearchHit[] {
      const terms = MiniSearch.getDefault('tokenize')(query, undefined)
        .filter((term: string) => term.length > 0)
        .slice(0, MAX_TERMS);
      if (terms.length === 0) return [];
      return index
        .search(terms.join(' '))
        .map((result) => ({ id: String(result.id), score: result.score }));
    },
  };
}
