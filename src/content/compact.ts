/**
 * Shrinks a parsed page that came from a parse worker before the library keeps it, without
 * changing a single value. A page arrives as a structured clone, and a clone shares no strings:
 * every paragraph repeats its part of `bodyText`, and every "PARAGRAPH", "BODY", "said", photo
 * credit or tag is a string of its own. At 50,000 pages that is hundreds of MiB.
 *
 * - paragraph, sub-heading and body-quote texts become slices of `bodyText` (V8 keeps a slice of
 *   13 or more characters as a reference into its parent) when they are exactly that part of it
 *   (a worker does not even send them: `packArticle`);
 * - short strings that repeat across pages (kinds, locations, cues, names, credits, tags...)
 *   are shared through one table per load.
 */
import type { ParsedArticle } from '../parse/types.ts';
import type { PageTerms } from '../store/search.ts';

/** Strings longer than this are not worth looking up: they rarely repeat. */
const MAX_SHARED_LENGTH = 80;

export type StringTable = Map<string, string>;

function shared(table: StringTable, value: string): string {
  if (value.length > MAX_SHARED_LENGTH) return value;
  const known = table.get(value);
  if (known !== undefined) return known;
  table.set(value, value);
  return value;
}

function sharedOrNull(table: StringTable, value: string | null): string | null {
  return value === null ? null : shared(table, value);
}

function sharedAll(table: StringTable, values: string[]): void {
  for (let i = 0; i < values.length; i++) values[i] = shared(table, values[i]!);
}

/** `text` as a slice of `body` when it is exactly `body[start, end)`, else `text` itself. */
function sliceOf(body: string, start: number, end: number, text: string | undefined): string {
  // Left out by `packArticle`: it is that slice.
  if (text === undefined) return body.slice(start, end);
  if (end - start !== text.length || text.length < 13) return text;
  const slice = body.slice(start, end);
  return slice === text ? slice : text;
}

const isSlice = (body: string, span: { start: number; end: number }, text: string) =>
  span.end - span.start === text.length && body.startsWith(text, span.start);

/**
 * Before a page leaves a parse worker: paragraph, sub-heading and body-quote texts that are
 * exactly their span of `bodyText` are left out (`undefined`), so they are neither copied nor
 * decoded twice; `compactArticle` puts them back as slices. Only for a page on its way to
 * `compactArticle`: the page is not valid in between.
 */
export function packArticle(article: ParsedArticle): ParsedArticle {
  const body = article.bodyText;
  for (const block of article.blocks) {
    if ((block.kind === 'PARAGRAPH' || block.kind === 'SUBHEADING') && isSlice(body, block.span, block.text)) {
      (block as { text: string | undefined }).text = undefined;
    }
  }
  for (const quote of article.quotes) {
    if (quote.span && isSlice(body, quote.span, quote.text)) {
      (quote as { text: string | undefined }).text = undefined;
    }
  }
  return article;
}

/** Rewrites `article` in place (same values, fewer strings) and returns it. */
export function compactArticle(article: ParsedArticle, table: StringTable): ParsedArticle {
  const body = article.bodyText;
  article.language = shared(table, article.language) as ParsedArticle['language'];
  article.publishedAt = sharedOrNull(table, article.publishedAt);
  article.byline = sharedOrNull(table, article.byline);
  article.editedBy = sharedOrNull(table, article.editedBy);
  sharedAll(table, article.tags);
  sharedAll(table, article.authorInitials);
  sharedAll(table, article.agencies);
  sharedAll(table, article.organizations);
  for (const block of article.blocks) {
    block.kind = shared(table, block.kind) as typeof block.kind;
    if (block.kind === 'PARAGRAPH' || block.kind === 'SUBHEADING') {
      block.text = sliceOf(body, block.span.start, block.span.end, block.text);
    } else if (block.kind === 'VIDEO') {
      block.title = shared(table, block.title);
      block.duration = sharedOrNull(table, block.duration);
    } else if (block.kind === 'RELATED') {
      block.title = shared(table, block.title);
    }
  }
  for (const image of article.images) {
    image.alt = sharedOrNull(table, image.alt);
    image.caption = shared(table, image.caption);
    image.credit = sharedOrNull(table, image.credit);
    sharedAll(table, image.creditParts);
  }
  for (const person of article.people) {
    person.name = shared(table, person.name);
    sharedAll(table, person.aliases);
    sharedAll(table, person.titles);
    sharedAll(table, person.roles);
  }
  for (const quote of article.quotes) {
    quote.text = quote.span
      ? sliceOf(body, quote.span.start, quote.span.end, quote.text)
      : shared(table, quote.text);
    quote.location = shared(table, quote.location) as typeof quote.location;
    quote.cue = sharedOrNull(table, quote.cue);
    quote.attribution = sharedOrNull(table, quote.attribution);
    quote.attributionMethod = sharedOrNull(
      table,
      quote.attributionMethod,
    ) as typeof quote.attributionMethod;
    if (quote.speaker) {
      quote.speaker.kind = shared(table, quote.speaker.kind) as typeof quote.speaker.kind;
      quote.speaker.name = shared(table, quote.speaker.name);
    }
  }
  return article;
}

/** A parsed page with its words for the search index, as parse workers and the parse cache hold it. */
export interface PageRecord {
  article: ParsedArticle;
  terms: PageTerms;
}

/**
 * A parsed page as bytes, what a parse worker sends back and the parse cache stores:
 * [n: u32][n bytes of UTF-8 JSON: { article (packed), words }][the terms' numbers, u32 each], in
 * this machine's byte order. JSON because V8 writes and reads it ~1.5x faster than its own
 * serialisation (`v8.serialize`; a parsed page is plain strings, numbers, booleans, null, arrays
 * and objects), and a page's two-byte strings take about half the room as UTF-8.
 */
export class EncodedPage {
  readonly json: string;
  readonly byteLength: number;

  /** Packs `article` in place (`packArticle`): it is not valid afterwards. */
  constructor(
    article: ParsedArticle,
    readonly terms: PageTerms,
  ) {
    this.json = JSON.stringify({ article: packArticle(article), words: terms.words });
    this.byteLength = 4 + Buffer.byteLength(this.json) + terms.numbers.byteLength;
  }

  /** Writes the page's bytes at `offset` of `target` (which has room for them). */
  writeTo(target: Buffer, offset: number): void {
    const written = target.write(this.json, offset + 4);
    target.writeUInt32LE(written, offset);
    const numbers = this.terms.numbers;
    target.set(new Uint8Array(numbers.buffer, numbers.byteOffset, numbers.byteLength), offset + 4 + written);
  }

  toBytes(): Buffer {
    const bytes = Buffer.allocUnsafeSlow(this.byteLength);
    this.writeTo(bytes, 0);
    return bytes;
  }
}

/** The page of `EncodedPage` bytes, compacted with `table`; throws when `bytes` are not one. */
export function decodePage(bytes: Uint8Array, table: StringTable): PageRecord {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const jsonEnd = 4 + (bytes.byteLength >= 4 ? view.readUInt32LE(0) : Infinity);
  if (jsonEnd > bytes.byteLength || (bytes.byteLength - jsonEnd) % 4 !== 0) {
    throw new Error('not an encoded page');
  }
  const { article, words } = JSON.parse(view.toString('utf8', 4, jsonEnd)) as {
    article: ParsedArticle;
    words: string;
  };
  // Copied into a buffer of its own: a view would keep all of `bytes`' buffer alive.
  const numbers = new Uint32Array((bytes.byteLength - jsonEnd) / 4);
  new Uint8Array(numbers.buffer).set(bytes.subarray(jsonEnd));
  return { article: compactArticle(article, table), terms: { words, numbers } };
}
