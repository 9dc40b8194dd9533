/**
 * schema.org JSON-LD for an article, for SEO pages built on Newsgraph. Only facts the page states
 * are included: no invented URLs, no guessed authors.
 */
import type { ArticleRecord, QuoteRecord } from '../store/records.ts';

type JsonLd = Record<string, unknown>;

function speakerLd(quote: QuoteRecord): JsonLd | undefined {
  if (!quote.speaker) return undefined;
  return {
    '@type': quote.speaker.kind === 'Person' ? 'Person' : 'Organization',
    name: quote.speaker.name,
  };
}

/** Drops absent values so validators do not flag empty properties. */
function compact(object: JsonLd): JsonLd {
  return Object.fromEntries(
    Object.entries(object).filter(
      ([, value]) =>
        value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0),
    ),
  );
}

export function articleJsonLd(article: ArticleRecord): JsonLd {
  return compact({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': article.shortUrl ?? undefined,
    url: article.shortUrl ?? undefined,
    headline: article.headline,
    description: article.lead ?? undefined,
    datePublished: article.publishedAt ?? undefined,
    inLanguage: article.language,
    keywords: article.tags.length > 0 ? article.tags.join(', ') : undefined,
    articleBody: article.bodyText,
    wordCount: article.wordCount,
    author: article.byline ? { '@type': 'Person', name: article.byline } : undefined,
    editor: article.editedBy ? { '@type': 'Person', name: article.editedBy } : undefined,
    sourceOrganization: article.agencies.map((name) => ({ '@type': 'Organization', name })),
    mentions: article.people.map((person) =>
      compact({
        '@type': 'Person',
        name: person.name,
        alternateName: person.aliases,
        honorificPrefix: person.titles[0],
        description: person.roles.length > 0 ? person.roles.join('; ') : undefined,
      }),
    ),
    image: article.images.map((image) =>
      compact({
        '@type': 'ImageObject',
        caption: image.caption,
        description: image.alt ?? undefined,
        creditText: image.credit ?? undefined,
      }),
    ),
    hasPart: article.quotes.map((quote) =>
      compact({ '@type': 'Quotation', text: quote.text, creator: speakerLd(quote) }),
    ),
  });
}
