/**
 * schema.org JSON-LD for an article, for SEO pages built on Newsgraph. Typed with schema-dts
 * (Google's schema.org vocabulary as TypeScript), so every type and property name is checked
 * against schema.org at compile time. Only facts the page states are included: no invented URLs,
 * no guessed authors.
 */
import type {
  ImageObject,
  NewsArticle,
  Organization,
  Person,
  Quotation,
  WithContext,
} from 'schema-dts';
import type { ArticleRecord, QuoteRecord } from '../store/records.ts';

function creator(quote: QuoteRecord): Person | Organization | undefined {
  if (!quote.speaker) return undefined;
  return quote.speaker.kind === 'Person'
    ? { '@type': 'Person', name: quote.speaker.name }
    : { '@type': 'Organization', name: quote.speaker.name };
}

/** Drops absent values and empty lists, so validators see no empty properties. */
function compact<T>(object: T & object): T {
  return Object.fromEntries(
    Object.entries(object).filter(
      ([, value]) =>
        value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0),
    ),
  ) as T;
}

export function articleJsonLd(article: ArticleRecord): WithContext<NewsArticle> {
  const images: ImageObject[] = article.images.map((image) =>
    compact<ImageObject>({
      '@type': 'ImageObject',
      caption: image.caption,
      description: image.alt ?? undefined,
      creditText: image.credit ?? undefined,
    }),
  );
  const quotations: Quotation[] = article.quotes.map((quote) =>
    compact<Quotation>({ '@type': 'Quotation', text: quote.text, creator: creator(quote) }),
  );
  const mentions: Person[] = article.people.map((person) =>
    compact<Person>({
      '@type': 'Person',
      name: person.name,
      alternateName: [...person.aliases],
      honorificPrefix: person.titles[0],
      description: person.roles.length > 0 ? person.roles.join('; ') : undefined,
    }),
  );
  return compact<WithContext<NewsArticle>>({
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
    sourceOrganization: article.agencies.map((name): Organization => ({
      '@type': 'Organization',
      name,
    })),
    mentions,
    image: images,
    hasPart: quotations,
  });
}
