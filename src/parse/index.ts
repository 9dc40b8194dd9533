/**
 * Page text -> ParsedArticle. Never throws: every input gives an article or a typed error.
 */
import type { ParseError, ParseErrorCode, ParseResult, ParsedArticle } from './types.ts';
import { looksBinary, toLines, utf8Length } from './normalize.ts';
import { blankChrome } from './chrome.ts';
import { readLayout } from './layout.ts';
import { buildBody } from './blocks.ts';
import { splitTags } from './metadata.ts';
import { detectLanguage } from './language.ts';
import { buildUnits } from './units.ts';
import { analyzeQuotesAndPeople } from './attribution.ts';
import { countWords } from './chars.ts';

export { canonicalShortUrl } from './metadata.ts';
export type * from './types.ts';

export interface ParseOptions {
  /** Pages above this many UTF-8 bytes are refused with TOO_LARGE (default 2 MB). */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

function fail(code: ParseErrorCode, message: string): ParseResult {
  const error: ParseError = { code, message };
  return { ok: false, error };
}

export function parseArticle(text: string, options?: { maxBytes?: number }): ParseResult {
  try {
    return parseUnsafe(text, options);
  } catch {
    // A bug must not take the content service down: the page is skipped with a typed error.
    return fail('NOT_A_NEWS_PAGE', 'the page could not be parsed');
  }
}

function parseUnsafe(text: string, options?: { maxBytes?: number }): ParseResult {
  if (typeof text !== 'string') return fail('EMPTY', 'the page is not text');
  const maxBytes = options?.maxBytes ?? DEFAULT_MAX_BYTES;
  // A UTF-16 code unit takes at most 3 UTF-8 bytes: most pages need no byte count.
  if (
    text.length > maxBytes ||
    (text.length * 3 > maxBytes && utf8Length(text, maxBytes) > maxBytes)
  ) {
    return fail('TOO_LARGE', `the page is larger than ${maxBytes} bytes`);
  }
  if (looksBinary(text)) return fail('BINARY', 'the page looks like binary data, not text');
  if (text.trim().length === 0 || !/[\p{L}\p{N}]/u.test(text)) {
    return fail('EMPTY', 'the page is empty');
  }

  const rawLines = toLines(text);
  const lines = blankChrome(rawLines);
  const layout = readLayout(lines);
  if (!layout) return fail('NOT_A_NEWS_PAGE', 'no headline, date or lead found');

  const body = buildBody(layout.items);
  const language = detectLanguage(rawLines.slice(0, 400));
  const units = buildUnits(layout.headline, layout.lead, body.blocks, body.images);
  const excluded: string[] = [];
  if (layout.byline !== null) excluded.push(layout.byline);
  if (body.editedBy !== null) excluded.push(body.editedBy);
  const { quotes, people, organizations } = analyzeQuotesAndPeople(units, language, excluded);

  const article: ParsedArticle = {
    headline: layout.headline,
    lead: layout.lead,
    publishedAt: layout.publishedAt,
    language,
    tags: layout.tagLine === null ? [] : splitTags(layout.tagLine),
    shortUrl: layout.shortUrl,
    byline: layout.byline,
    editedBy: body.editedBy,
    authorInitials: body.authorInitials,
    agencies: body.agencies,
    bodyText: body.bodyText,
    blocks: body.blocks,
    images: body.images,
    people,
    organizations,
    quotes,
    wordCount: countWords(body.bodyText),
  };
  return { ok: true, article };
}
