/**
 * The list queries the API offers, as pure functions over the store: filtering and ordering live
 * here so that resolvers stay thin and the rules can be tested without GraphQL.
 */
import type { QuoteLocation } from '../parse/types.ts';
import type { ArticleRecord, PersonRecord, QuoteRecord, SpeakerRecord } from './records.ts';
import type { ContentStore } from './store.ts';

export interface ArticleCriteria {
  tag?: string | null;
  language?: string | null;
  personId?: string | null;
  /** Inclusive ISO full-dates. */
  publishedFrom?: string | null;
  publishedTo?: string | null;
}

export type ArticleSortField = 'PUBLISHED_AT' | 'HEADLINE';
export type SortDirection = 'ASC' | 'DESC';

export function findArticles(
  store: ContentStore,
  criteria: ArticleCriteria,
  order?: { field: ArticleSortField; direction: SortDirection } | null,
): readonly ArticleRecord[] {
  let articles: readonly ArticleRecord[] = store.articles;
  if (criteria.personId != null) {
    const person = store.getNode(criteria.personId);
    articles = person?.kind === 'Person' ? person.articles : [];
  }
  const tag = criteria.tag?.toLowerCase();
  const language = criteria.language?.toLowerCase();
  const { publishedFrom, publishedTo } = criteria;
  if (tag != null || language != null || publishedFrom != null || publishedTo != null) {
    articles = articles.filter(
      (article) =>
        (tag == null || article.tags.some((candidate) => candidate.toLowerCase() === tag)) &&
        (language == null || article.language === language) &&
        (publishedFrom == null ||
          (article.publishedAt !== null && article.publishedAt >= publishedFrom)) &&
        (publishedTo == null ||
          (article.publishedAt !== null && article.publishedAt <= publishedTo)),
    );
  }
  // The store's own order is newest first, which is also PUBLISHED_AT DESC.
  if (!order || (order.field === 'PUBLISHED_AT' && order.direction === 'DESC')) return articles;
  return [...articles].sort(articleComparator(order.field, order.direction));
}

function articleComparator(field: ArticleSortField, direction: SortDirection) {
  const sign = direction === 'ASC' ? 1 : -1;
  return (a: ArticleRecord, b: ArticleRecord): number => {
    let result = 0;
    if (field === 'HEADLINE') result = sign * a.headline.localeCompare(b.headline, 'en');
    else if (a.publishedAt !== b.publishedAt) {
      // Undated articles come last in either direction.
      if (a.publishedAt === null) return 1;
      if (b.publishedAt === null) return -1;
      result = sign * (a.publishedAt < b.publishedAt ? -1 : 1);
    }
    return result !== 0 ? result : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}

export function findPeople(
  store: ContentStore,
  criteria: { name?: string | null },
): readonly PersonRecord[] {
  const needle = criteria.name?.trim().toLowerCase();
  if (!needle) return store.people;
  return store.people.filter(
    (person) =>
      person.name.toLowerCase().includes(needle) ||
      person.aliases.some((alias) => alias.toLowerCase().includes(needle)),
  );
}

export interface QuoteCriteria {
  speakerId?: string | null;
  articleId?: string | null;
  location?: QuoteLocation | null;
}

export function findQuotes(store: ContentStore, criteria: QuoteCriteria): readonly QuoteRecord[] {
  let quotes: readonly QuoteRecord[] = store.quotes;
  if (criteria.articleId != null) {
    const article = store.getNode(criteria.articleId);
    quotes = article?.kind === 'Article' ? article.quotes : [];
  }
  let speaker: SpeakerRecord | null = null;
  if (criteria.speakerId != null) {
    const node = store.getNode(criteria.speakerId);
    if (node?.kind !== 'Person' && node?.kind !== 'Organization') return [];
    speaker = node;
  }
  const { location } = criteria;
  if (speaker === null && location == null) return quotes;
  if (speaker !== null && criteria.articleId == null && location == null) return speaker.quotes;
  return quotes.filter(
    (quote) =>
      (speaker === null || quote.speaker === speaker) &&
      (location == null || quote.location === location),
  );
}
