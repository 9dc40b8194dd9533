/**
 * Builds the read-only content store from parsed pages: records with object references, the
 * lookups the API needs, and the search index. Nothing here does I/O.
 */
import type { ParsedArticle, ParsedQuote } from '../parse/types.ts';
import { contentKey, encodeGlobalId, nameKey } from './ids.ts';
import type {
  ArticleRecord,
  ImageRecord,
  NodeRecord,
  OrganizationRecord,
  ParagraphBlock,
  PersonRecord,
  QuoteRecord,
  SearchableRecord,
  SkippedPage,
  SourcedArticle,
  SpeakerRecord,
} from './records.ts';
import {
  SearchDocumentLog,
  unpackPageTerms,
  type SearchIndex,
  type SearchResults,
} from './search.ts';

export interface ContentStore {
  /** Identifies the content: two stores with the same version serve the same responses. */
  readonly version: string;
  /** Newest first, then by ID. */
  readonly articles: readonly ArticleRecord[];
  /** By name. */
  readonly people: readonly PersonRecord[];
  readonly organizations: readonly OrganizationRecord[];
  /** Newest article first, reading order within one. */
  readonly quotes: readonly QuoteRecord[];
  getNode(id: string): NodeRecord | null;
  articleByShortCode(code: string): ArticleRecord | null;
  /**
   * Best match first; `length` is the number of matches, and the best `limit` (default: all) are
   * filled in.
   */
  search(query: string, limit?: number): SearchResults<SearchableRecord>;
  /** Prepares search for frequent words, a word a step (see `SearchIndex.warmUp`). */
  warmUpSearch(): () => boolean;
}

export interface BuiltStore {
  store: ContentStore;
  /** Pages left out while building, e.g. a second page with the same short URL. */
  skipped: SkippedPage[];
  /**
   * Milliseconds spent on the records and lookups (`added`: in `StoreBuilder.add`, page by page,
   * indexing their documents included), on the search index at the end, and on `finish`.
   */
  timings: { records: number; index: number; added: number; finish: number };
}

// Mutable twins of the records, used only while the store is being built.
type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };

function articleKey(article: ParsedArticle): { key: string; shortCode: string | null } {
  const shortCode = article.shortUrl ? (article.shortUrl.split('/').pop() ?? null) : null;
  return {
    key: shortCode ?? contentKey(article.headline, article.publishedAt),
    shortCode,
  };
}

/**
 * One record per name across all pages, whatever its case and spacing: the first spelling seen
 * becomes the record's name.
 */
function interning<T>(
  byKey: Map<string, T>,
  create: (name: string, key: string) => T,
): (name: string) => T {
  // The same spelling comes back on page after page (a speaker, quote after quote): found by the
  // name itself, it needs no key (a Unicode normalisation and a regular expression) again.
  const bySpelling = new Map<string, T>();
  return (name) => {
    let record = bySpelling.get(name);
    if (record) return record;
    const key = nameKey(name);
    record = byKey.get(key);
    if (!record) {
      record = create(name, key);
      byKey.set(key, record);
    }
    bySpelling.set(name, record);
    return record;
  };
}

/** `a.localeCompare(b, 'en')`, without looking up a collator on every comparison. */
const compareNames = new Intl.Collator('en').compare;

function compareArticles(a: ArticleRecord, b: ArticleRecord): number {
  if (a.publishedAt !== b.publishedAt) {
    if (a.publishedAt === null) return 1;
    if (b.publishedAt === null) return -1;
    return a.publishedAt < b.publishedAt ? 1 : -1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function addUnique(target: string[], values: readonly string[]): void {
  for (const value of values) if (!target.includes(value)) target.push(value);
}

/**
 * Builds the store a page at a time, in the pages' order (the first page of an article, and the
 * first spelling of a name, win), so a load can build records as its pages come in and only
 * sort, link and finish the search index at the end.
 */
export class StoreBuilder {
  /** Milliseconds spent in `add`. */
  #addingMs = 0;
  readonly #skipped: SkippedPage[] = [];
  readonly #articlesByKey = new Map<string, Mutable<ArticleRecord>>();
  readonly #peopleByKey = new Map<string, Mutable<PersonRecord>>();
  readonly #organizationsByKey = new Map<string, Mutable<OrganizationRecord>>();
  /** The search document of each article; its quotes' documents follow it. */
  readonly #documentOf = new Map<ArticleRecord, number>();
  readonly #documents = new SearchDocumentLog<SearchableRecord>();
  /**
   * Every record by ID. An article's own records go in as it is added: IDs are unique, so the
   * order they go in is never seen.
   */
  readonly #nodes = new Map<string, NodeRecord>();
  readonly #personFor = interning(this.#peopleByKey, (name, key) => ({
    kind: 'Person' as const,
    id: encodeGlobalId('Person', key),
    name,
    aliases: [],
    titles: [],
    roles: [],
    articles: [],
    quotes: [],
  }));
  readonly #organizationFor = interning(this.#organizationsByKey, (name, key) => ({
    kind: 'Organization' as const,
    id: encodeGlobalId('Organization', key),
    name,
    articles: [],
    quotes: [],
  }));

  /** Adds a page's records and search documents; a second page of an article is skipped. */
  add({ source, article, terms }: SourcedArticle): void {
    const adding = performance.now();
    const { key, shortCode } = articleKey(article);
    const existing = this.#articlesByKey.get(key);
    if (existing) {
      this.#skipped.push({ file: source, reason: `same article as ${existing.source}` });
      this.#addingMs += performance.now() - adding;
      return;
    }
    const paragraphs: ParagraphBlock[] = [];
    const subheadings: string[] = [];
    const relatedTitles: string[] = [];
    for (const block of article.blocks) {
      if (block.kind === 'PARAGRAPH') paragraphs.push(block);
      else if (block.kind === 'SUBHEADING') subheadings.push(block.text);
      else if (block.kind === 'RELATED') relatedTitles.push(block.title);
    }
    const record: Mutable<ArticleRecord> = {
      kind: 'Article',
      id: encodeGlobalId('Article', key),
      key,
      shortCode,
      shortUrl: article.shortUrl,
      headline: article.headline,
      lead: article.lead,
      publishedAt: article.publishedAt,
      language: article.language,
      tags: article.tags,
      byline: article.byline,
      editedBy: article.editedBy,
      authorInitials: article.authorInitials,
      agencies: article.agencies,
      bodyText: article.bodyText,
      blocks: [],
      paragraphs,
      subheadings,
      relatedTitles,
      wordCount: article.wordCount,
      images: [],
      people: [],
      organizations: [],
      quotes: [],
      source,
    };
    this.#articlesByKey.set(key, record);

    for (const [index, image] of article.images.entries()) {
      record.images.push({
        kind: 'Image',
        id: encodeGlobalId('Image', `${key}:${index}`),
        alt: image.alt,
        caption: image.caption,
        credit: image.credit,
        creditParts: image.creditParts,
        article: record,
        quotes: [],
      });
    }
    for (const block of article.blocks) {
      if (block.kind !== 'IMAGE') record.blocks.push(block);
      else {
        const image = record.images[block.imageIndex];
        if (image) record.blocks.push({ kind: 'IMAGE', image });
      }
    }
    for (const parsedPerson of article.people) {
      const person = this.#personFor(parsedPerson.name);
      addUnique(person.aliases, parsedPerson.aliases);
      addUnique(person.titles, parsedPerson.titles);
      addUnique(person.roles, parsedPerson.roles);
      if (!record.people.includes(person)) record.people.push(person);
    }
    for (const name of article.organizations) {
      const organization = this.#organizationFor(name);
      if (!record.organizations.includes(organization)) record.organizations.push(organization);
    }
    for (const [ordinal, parsedQuote] of article.quotes.entries()) {
      const quote = quoteRecord(
        record,
        ordinal,
        parsedQuote,
        this.#personFor,
        this.#organizationFor,
      );
      record.quotes.push(quote);
    }
    this.#nodes.set(record.id, record);
    for (const image of record.images) this.#nodes.set(image.id, image);
    for (const quote of record.quotes) this.#nodes.set(quote.id, quote);
    // Indexed now: the words counted where the page was parsed are then no longer needed, and
    // every name a quote is indexed under (its speaker's) is final, the first spelling met.
    const counted = terms ? unpackPageTerms(terms) : undefined;
    this.#documentOf.set(record, this.#documents.addArticle(record, record, counted));
    record.quotes.forEach((quote, ordinal) => {
      this.#documents.addQuote(quote, quote, counted?.[2 + ordinal]);
    });
    this.#addingMs += performance.now() - adding;
  }

  /**
   * The store of the pages added. `version` identifies the content (e.g. a digest of the files'
   * names, sizes and times).
   */
  finish(version: string): BuiltStore {
    const finishing = performance.now();
    const nodes = this.#nodes;
    const articles = [...this.#articlesByKey.values()].sort(compareArticles);
    const quotes: QuoteRecord[] = [];
    for (const article of articles) {
      for (const person of article.people) (person as Mutable<PersonRecord>).articles.push(article);
      for (const organization of article.organizations) {
        (organization as Mutable<OrganizationRecord>).articles.push(article);
      }
      for (const quote of article.quotes) {
        quotes.push(quote);
        if (quote.speaker) (quote.speaker as Mutable<SpeakerRecord>).quotes.push(quote);
        if (quote.image) (quote.image as Mutable<ImageRecord>).quotes.push(quote);
      }
    }
    const people = [...this.#peopleByKey.values()].sort(
      (a, b) => compareNames(a.name, b.name) || (a.id < b.id ? -1 : 1),
    );
    const organizations = [...this.#organizationsByKey.values()].sort((a, b) =>
      compareNames(a.name, b.name),
    );

    const byShortCode = new Map<string, ArticleRecord>();
    for (const article of articles) {
      if (article.shortCode) byShortCode.set(article.shortCode.toLowerCase(), article);
    }
    for (const record of people) nodes.set(record.id, record);
    for (const record of organizations) nodes.set(record.id, record);

    const indexing = performance.now();
    const index = this.#searchIndex(articles, people, quotes.length);
    const indexed = performance.now();
    const store: ContentStore = {
      version,
      articles,
      people,
      organizations,
      quotes,
      getNode(id) {
        // A Map lookup is safe for any string ("__proto__" included), and every key in `nodes` is
        // an ID this store encoded, so it answers exactly as decoding the ID first would -- without
        // a base64 decode and a regular expression per request.
        return nodes.get(id) ?? null;
      },
      articleByShortCode(code) {
        return byShortCode.get(code.toLowerCase()) ?? null;
      },
      search: (query, limit) => index.search(query, limit),
      warmUpSearch: () => index.warmUp(),
    };
    return {
      store,
      skipped: this.#skipped,
      timings: {
        records: this.#addingMs + (indexing - finishing),
        index: indexed - indexing,
        added: this.#addingMs,
        finish: indexed - finishing,
      },
    };
  }

  /**
   * The search index, its documents in `searchDocuments`' order: articles (sorted), people
   * (added now, when their names, aliases, titles and roles are complete), then each article's
   * quotes in the articles' order. Articles and quotes were added as their pages came.
   */
  #searchIndex(
    articles: readonly ArticleRecord[],
    people: readonly PersonRecord[],
    quoteCount: number,
  ): SearchIndex<SearchableRecord> {
    const order = new Int32Array(articles.length + people.length + quoteCount);
    let d = 0;
    for (const article of articles) order[d++] = this.#documentOf.get(article)!;
    for (const person of people) order[d++] = this.#documents.addPerson(person, person);
    for (const article of articles) {
      const first = this.#documentOf.get(article)! + 1;
      for (let q = 0; q < article.quotes.length; q++) order[d++] = first + q;
    }
    this.#documentOf.clear();
    return this.#documents.finish(order);
  }
}

/**
 * @param version identifies the content, e.g. a digest of the files' names, sizes and times; by
 * default a digest of the pages' parsed records.
 */
export function buildStore(pages: readonly SourcedArticle[], version?: string): BuiltStore {
  const builder = new StoreBuilder();
  for (const page of pages) builder.add(page);
  return builder.finish(
    version ?? contentKey(...pages.map(({ source, article }) => source + JSON.stringify(article))),
  );
}

function quoteRecord(
  article: Mutable<ArticleRecord>,
  ordinal: number,
  quote: ParsedQuote,
  personFor: (name: string) => PersonRecord,
  organizationFor: (name: string) => OrganizationRecord,
): QuoteRecord {
  let speaker: SpeakerRecord | null = null;
  if (quote.speaker?.kind === 'PERSON') speaker = personFor(quote.speaker.name);
  else if (quote.speaker?.kind === 'ORGANIZATION') {
    const organization = organizationFor(quote.speaker.name);
    if (!article.organizations.includes(organization)) article.organizations.push(organization);
    speaker = organization;
  }
  if (speaker?.kind === 'Person' && !article.people.includes(speaker)) article.people.push(speaker);
  return {
    kind: 'Quote',
    id: encodeGlobalId('Quote', `${article.key}:${ordinal}`),
    text: quote.text,
    location: quote.location,
    continues: quote.continues,
    span: quote.span,
    cue: quote.cue,
    attribution: quote.attribution,
    attributionMethod: quote.attributionMethod,
    speaker,
    article,
    image: quote.imageIndex === null ? null : (article.images[quote.imageIndex] ?? null),
  };
}
