/**
 * The content store's own records: what the resolvers read. Built once from parsed pages, then never
 * mutated, so one store can serve any number of concurrent requests.
 */
import type {
  AttributionMethod,
  Language,
  ParsedArticle,
  ParsedBlock,
  QuoteLocation,
  TextSpan,
} from '../parse/types.ts';
import type { PageTerms } from './search.ts';

export interface ArticleRecord {
  readonly kind: 'Article';
  readonly id: string;
  /** Stable internal key: the short-URL code, else a hash of headline and date. */
  readonly key: string;
  readonly shortCode: string | null;
  readonly shortUrl: string | null;
  readonly headline: string;
  readonly lead: string | null;
  readonly publishedAt: string | null;
  readonly language: Language;
  readonly tags: readonly string[];
  readonly byline: string | null;
  readonly editedBy: string | null;
  readonly authorInitials: readonly string[];
  readonly agencies: readonly string[];
  readonly bodyText: string;
  readonly blocks: readonly BlockRecord[];
  readonly paragraphs: readonly ParagraphBlock[];
  readonly subheadings: readonly string[];
  readonly relatedTitles: readonly string[];
  readonly wordCount: number;
  readonly images: readonly ImageRecord[];
  readonly people: readonly PersonRecord[];
  readonly organizations: readonly OrganizationRecord[];
  readonly quotes: readonly QuoteRecord[];
  /** The file the article came from, relative to the content folder (for logs only). */
  readonly source: string;
}

export interface ImageRecord {
  readonly kind: 'Image';
  readonly id: string;
  readonly alt: string | null;
  readonly caption: string;
  readonly credit: string | null;
  readonly creditParts: readonly string[];
  readonly article: ArticleRecord;
  readonly quotes: readonly QuoteRecord[];
}

export interface PersonRecord {
  readonly kind: 'Person';
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly titles: readonly string[];
  readonly roles: readonly string[];
  /** Newest first, like `articles`. */
  readonly articles: readonly ArticleRecord[];
  readonly quotes: readonly QuoteRecord[];
}

export interface OrganizationRecord {
  readonly kind: 'Organization';
  readonly id: string;
  readonly name: string;
  readonly articles: readonly ArticleRecord[];
  readonly quotes: readonly QuoteRecord[];
}

export type SpeakerRecord = PersonRecord | OrganizationRecord;

export interface QuoteRecord {
  readonly kind: 'Quote';
  readonly id: string;
  readonly text: string;
  readonly location: QuoteLocation;
  readonly continues: boolean;
  readonly span: TextSpan | null;
  readonly cue: string | null;
  readonly attribution: string | null;
  readonly attributionMethod: AttributionMethod | null;
  readonly speaker: SpeakerRecord | null;
  readonly article: ArticleRecord;
  readonly image: ImageRecord | null;
}

export type NodeRecord =
  ArticleRecord | ImageRecord | PersonRecord | OrganizationRecord | QuoteRecord;

/** What full-text search can find. */
export type SearchableRecord = ArticleRecord | PersonRecord | QuoteRecord;

/** A page that was not served, and why. */
export interface SkippedPage {
  readonly file: string;
  readonly reason: string;
}

/** One parsed page with the file it came from, the input of `buildStore`. */
export interface SourcedArticle {
  readonly source: string;
  readonly article: ParsedArticle;
  /** The page's words for the search index, when counted where it was parsed. */
  readonly terms?: PageTerms;
}

/** The body blocks as the parser produced them, one type per GraphQL block type. */
export type ParagraphBlock = Extract<ParsedBlock, { kind: 'PARAGRAPH' }>;
export type SubheadingBlock = Extract<ParsedBlock, { kind: 'SUBHEADING' }>;
export type VideoBlockRecord = Extract<ParsedBlock, { kind: 'VIDEO' }>;
export type RelatedTitleBlock = Extract<ParsedBlock, { kind: 'RELATED' }>;
export type BlockRecord =
  ParagraphBlock | SubheadingBlock | ImageBlockRecord | VideoBlockRecord | RelatedTitleBlock;

/** An image block resolves to the image's record, which the parser's block only points at. */
export interface ImageBlockRecord {
  readonly kind: 'IMAGE';
  readonly image: ImageRecord;
}
