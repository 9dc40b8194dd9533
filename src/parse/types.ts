/**
 * Records the parser produces from one page of text. They are plain, JSON-safe data: the content
 * store indexes them and the resolvers read them, so this file is the contract between `parse` and
 * everything downstream.
 */

export type Language = 'en' | 'de';

export type QuoteLocation = 'HEADLINE' | 'LEAD' | 'BODY' | 'SUBHEADING' | 'CAPTION';

/** How the speaker of a quote was found, so users can judge the attribution. */
export type AttributionMethod =
  'NAME' | 'ALIAS' | 'PRONOUN' | 'ROLE' | 'ORGANIZATION' | 'HEADING_MATCH';

/** UTF-16 code-unit offsets into `ParsedArticle.bodyText`, end exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

export interface ParsedImage {
  /** The line above the caption (the picture's alt text). */
  alt: string | null;
  /** The caption without its credit. */
  caption: string;
  /** Everything after "Image:" / "Bild:", trimmed; null when the caption has no credit. */
  credit: string | null;
  /** The credit split on "/": "A/B/dpa/picture alliance" -> 4 parts. */
  creditParts: string[];
}

export type ParsedBlock =
  | { kind: 'PARAGRAPH'; index: number; text: string; span: TextSpan }
  | { kind: 'SUBHEADING'; text: string; span: TextSpan }
  /** `imageIndex` points into `ParsedArticle.images`. */
  | { kind: 'IMAGE'; imageIndex: number }
  | { kind: 'VIDEO'; title: string; duration: string | null }
  | { kind: 'RELATED'; title: string };

export interface ParsedPerson {
  /** Fullest form as written, without titles: "Nikolai Yevmenov". Unique within an article. */
  name: string;
  /** Other forms used alone, e.g. the surname. */
  aliases: string[];
  /** Honorifics written before the name: "Admiral", "Dr.". */
  titles: string[];
  /** Descriptive phrases as written: "Russian Navy head". */
  roles: string[];
}

export type ParsedSpeaker =
  /** `name` equals the `name` of one entry of `ParsedArticle.people`. */
  | { kind: 'PERSON'; name: string }
  /** As written, without leading article or possessive: "Beijing", "Chinese defence ministry". */
  | { kind: 'ORGANIZATION'; name: string };

export interface ParsedQuote {
  /** The words between the quote marks, trimmed, one trailing comma dropped. */
  text: string;
  location: QuoteLocation;
  /** Continues the previous span of the same utterance (interrupted or multi-paragraph). */
  continues: boolean;
  /** For BODY and SUBHEADING quotes: `bodyText.slice(span.start, span.end) === text`. Else null. */
  span: TextSpan | null;
  /** For CAPTION quotes: index into `ParsedArticle.images`. Else null. */
  imageIndex: number | null;
  speaker: ParsedSpeaker | null;
  /** The attributing words as written: "said", "told reporters", "added". */
  cue: string | null;
  /** The source as written at that place: "China's defence minister Li Shangfu", "he", "the ministry". */
  attribution: string | null;
  attributionMethod: AttributionMethod | null;
}

export interface ParsedArticle {
  headline: string;
  lead: string | null;
  /** ISO full-date "YYYY-MM-DD". */
  publishedAt: string | null;
  language: Language;
  tags: string[];
  /** Canonical "https://p.dw.com/p/CODE", or null when the page has none. */
  shortUrl: string | null;
  byline: string | null;
  editedBy: string | null;
  authorInitials: string[];
  agencies: string[];
  /** Body paragraphs and sub-headings in reading order, joined by "\n\n". */
  bodyText: string;
  blocks: ParsedBlock[];
  images: ParsedImage[];
  /** People named in the article, in order of first mention. */
  people: ParsedPerson[];
  /** Organisations and places that speak in the article, in order of first mention. */
  organizations: string[];
  /** In reading order: headline, lead, then body (with captions where their image stands). */
  quotes: ParsedQuote[];
  wordCount: number;
}

export type ParseErrorCode = 'EMPTY' | 'BINARY' | 'TOO_LARGE' | 'NOT_A_NEWS_PAGE';

export interface ParseError {
  code: ParseErrorCode;
  /** One line, safe to log; never contains the page text. */
  message: string;
}

export type ParseResult = { ok: true; article: ParsedArticle } | { ok: false; error: ParseError };
