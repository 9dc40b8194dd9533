/**
 * Full-text index over articles, people and quotes, ranking exactly as MiniSearch does (its
 * tokeniser and radix tree are used as they are; its BM25 scoring is redone over typed arrays in
 * `searchIndex.ts`, with the same results). This module decides what text each record contributes
 * and how a query matches:
 *
 * - an article contributes its headline (boosted), lead, tags and whole body; a person their
 *   names, titles and roles; a quote its words and its speaker's name;
 * - every word of a query must match (AND), as users of a search box expect;
 * - function words (English and German) are neither indexed nor searched: they are in nearly every
 *   document, so they would only slow a query down and blur its ranking;
 * - prefix matching starts at 3 characters and typo tolerance (one edit) at 4: shorter words
 *   would match a large part of the index.
 */
import MiniSearch, { type Options } from 'minisearch';
import type { ParsedArticle } from '../parse/types.ts';
import type { ArticleRecord, PersonRecord, QuoteRecord } from './records.ts';
import {
  MIN_FUZZY_LENGTH,
  MIN_PREFIX_LENGTH,
  ScoreSheet,
  SearchIndexBuilder,
  type CountedWords,
  type FieldTerms,
  type SearchIndex as WordIndex,
} from './searchIndex.ts';
import { ScoreRing, type TermMatches } from './scoreRing.ts';

export type { FieldTerms } from './searchIndex.ts';

export interface SearchDocument {
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
 * Bounded by the number of hits held, not of queries.
 */
const CACHED_HITS_LIMIT = 200_000;
/**
 * Scores of recently searched words, bounded by the entries held (12 bytes each), and by 16 a
 * document for a small index: a word's matches are scored once and reused by every query that
 * contains it.
 */
const CACHED_TERM_ENTRIES_LIMIT = 6_000_000;
const CACHED_TERM_ENTRIES_PER_DOCUMENT = 16;
/** A page never asks for fewer of the best hits than this, so the next page is usually cached. */
const MIN_RANKED = 100;

/**
 * Hits of one query, best first: `length` is the number of matches, and the best `limit` of them
 * (all when no limit was given) are filled in; a connection reads only those.
 */
export type SearchResults<Item> = ArrayLike<SearchHit<Item>>;

export interface SearchIndex<Item> {
  /**
   * Best match first, ranked as MiniSearch's `search` ranks them; `limit` bounds how many of the
   * best are filled in. The same object may be returned for a repeated query: do not mutate it.
   */
  search(query: string, limit?: number): SearchResults<Item>;
  /**
   * Scores the index's most frequent words ahead of their first query (they are the costliest to
   * score, and a query's words are mostly frequent ones), filling up to half the word cache. Each
   * call of the returned step scores one word; it returns false when there is nothing left, so
   * a caller can spread the work over event-loop turns.
   */
  warmUp(): () => boolean;
}

/**
 * The best hits of a query and the number of all its matches (`length`). Not an array: an array's
 * `length` set to some 100,000 matches would reserve room for them all.
 */
class BestHits<Item> implements ArrayLike<SearchHit<Item>> {
  readonly [index: number]: SearchHit<Item>;

  constructor(
    best: readonly SearchHit<Item>[],
    readonly length: number,
  ) {
    const slots = this as unknown as SearchHit<Item>[];
    for (let i = 0; i < best.length; i++) slots[i] = best[i]!;
  }
}

/** MiniSearch's options: what is indexed and how a query matches. */
export const MINISEARCH_OPTIONS: Options<SearchDocument> = {
  fields: ['title', 'text'],
  storeFields: [],
  processTerm: indexTerm,
  searchOptions: {
    boost: { title: 3 },
    combineWith: 'AND',
    prefix: (term) => term.length >= MIN_PREFIX_LENGTH,
    fuzzy: (term) => (term.length >= MIN_FUZZY_LENGTH ? 1 : false),
  },
};

/** The documents indexed, in the order they are added. */
export function searchDocuments(
  articles: readonly ArticleRecord[],
  people: readonly PersonRecord[],
  quotes: readonly QuoteRecord[],
): SearchDocument[] {
  const documents: SearchDocument[] = [];
  for (const article of articles) {
    documents.push({
      id: article.id,
      title: article.headline,
      text: articleText(article),
    });
  }
  for (const person of people) {
    documents.push({
      id: person.id,
      title: [person.name, ...person.aliases].join(' '),
      text: [...person.titles, ...person.roles].join('\n'),
    });
  }
  for (const quote of quotes) {
    documents.push({ id: quote.id, title: quote.text, text: quote.speaker?.name ?? '' });
  }
  return documents;
}

/** MiniSearch's default tokenizer splits on runs of these (its `SPACE_OR_PUNCTUATION`). */
const SEPARATOR = /^[\n\r\p{Z}\p{P}]$/u;
/** Per UTF-16 code unit: 0 not yet known, 1 a separator, 2 not one (filled as met). */
const separatorUnits = new Uint8Array(0x10000);
/** Separators among code points beyond the BMP (written as surrogate pairs), as met. */
const separatorPoints = new Map<number, boolean>();

function isSeparatorUnit(unit: number): boolean {
  let known = separatorUnits[unit]!;
  if (known === 0) {
    // A lone surrogate is a code point of its own to a /u regular expression: never a separator.
    known = SEPARATOR.test(String.fromCharCode(unit)) ? 1 : 2;
    separatorUnits[unit] = known;
  }
  return known === 1;
}

function isSeparatorPoint(point: number): boolean {
  let known = separatorPoints.get(point);
  if (known === undefined) {
    known = SEPARATOR.test(String.fromCodePoint(point));
    separatorPoints.set(point, known);
  }
  return known;
}

/**
 * A field's words as MiniSearch counts them: `text.split(SPACE_OR_PUNCTUATION)` (empty tokens at
 * either end included), `length` the number of distinct tokens, and each token's `indexTerm` with
 * its count, in order of first occurrence. Done in one pass over the text, and each distinct
 * token lower-cased and looked up once rather than at every occurrence: this runs for every page
 * of a load (in the parse workers), where the regular-expression split, a `toLowerCase` and two
 * hash lookups per word were a sixth of a worker's time.
 */
export function fieldTerms(text: string): CountedWords {
  // Distinct tokens as written -> the number of their term in `terms`, or -1 (no term).
  const tokens = new Map<string, number>();
  const termNumbers = new Map<string, number>();
  const terms: string[] = [];
  const counts: number[] = [];
  const take = (start: number, end: number) => {
    const token = text.slice(start, end);
    let number = tokens.get(token);
    if (number === undefined) {
      const term = indexTerm(token);
      if (term === null) number = -1;
      else {
        number = termNumbers.get(term);
        if (number === undefined) {
          number = terms.length;
          termNumbers.set(term, number);
          terms.push(term);
          counts.push(0);
        }
      }
      tokens.set(token, number);
    }
    if (number >= 0) counts[number]!++;
  };
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const unit = text.charCodeAt(i);
    let width = 1;
    let separator: boolean;
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        width = 2;
        separator = isSeparatorPoint(0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00));
      } else separator = false;
    } else separator = isSeparatorUnit(unit);
    if (!separator) {
      i += width;
      continue;
    }
    // A run of separators ends the token before it (empty at the very start).
    take(start, i);
    i += width;
    while (i < text.length) {
      const next = text.charCodeAt(i);
      if (next >= 0xd800 && next <= 0xdbff && i + 1 < text.length) {
        const low = text.charCodeAt(i + 1);
        if (low < 0xdc00 || low > 0xdfff) break;
        if (!isSeparatorPoint(0x10000 + ((next - 0xd800) << 10) + (low - 0xdc00))) break;
        i += 2;
      } else if (isSeparatorUnit(next)) i++;
      else break;
    }
    start = i;
  }
  take(start, text.length);
  return { length: tokens.size, terms, counts };
}

/**
 * The words of a page's own documents, counted where the page is parsed (a parse worker), packed
 * into one string and one array, so they cost little to send to the thread that builds the store
 * and to keep until the index is built (a string per word would be kept for minutes, then be
 * garbage for the old generation). Fields in order: the article's title and text, then each
 * quote's text (its title field). `words`: the fields' words, fields separated by "\n" and words
 * by " " (MiniSearch's tokenizer splits on both, so no word holds one). `numbers`: for each field
 * its length, its number of words, then each word's count.
 */
export interface PageTerms {
  words: string;
  numbers: Uint32Array;
}

export function pageTerms(article: ParsedArticle): PageTerms {
  const fields = [
    fieldTerms(article.headline),
    fieldTerms(articleText(article)),
    ...article.quotes.map((quote) => fieldTerms(quote.text)),
  ];
  const numbers: number[] = [];
  for (const field of fields) {
    numbers.push(field.length, field.terms.length);
    for (let i = 0; i < field.counts.length; i++) numbers.push(field.counts[i]!);
  }
  return {
    words: fields.map((field) => field.terms.join(' ')).join('\n'),
    numbers: Uint32Array.from(numbers),
  };
}

/**
 * The fields of `pageTerms`: title, text, then each quote's; their words are left in place in
 * `terms.words` (the index reads them there, with no string a word).
 */
export function unpackPageTerms(terms: PageTerms): FieldTerms[] {
  const { words: text, numbers } = terms;
  const fields: FieldTerms[] = [];
  let at = 0;
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const length = numbers[at++]!;
    const count = numbers[at++]!;
    const counts = numbers.subarray(at, at + count);
    at += count;
    fields.push({ length, text, start, end, counts });
    start = end + 1;
  }
  return fields;
}

export function articleText(article: {
  lead: string | null;
  tags: readonly string[];
  bodyText: string;
}): string {
  return [article.lead ?? '', article.tags.join(' '), article.bodyText].join('\n');
}

export interface CountedTerms {
  article?: (article: ArticleRecord) => [FieldTerms, FieldTerms] | undefined;
  quote?: (quote: QuoteRecord) => FieldTerms | undefined;
}

/**
 * Most postings the prefix and typo matches of one query may have scored (exact matches are always
 * scored). A word whose expansions hold more (a three-letter prefix of a large corpus: "pro" has
 * some 400,000 at 50,000 pages) is scored with its closest expansions only: the heaviest first
 * (MiniSearch weighs a prefix match by how much longer the word is, a typo match less), until the
 * budget is spent (the heaviest always counts). Such a query then differs from MiniSearch's full
 * search: fewer long words found by the prefix, and slightly lower scores; no other query does. It
 * bounds the time one search holds the event loop (scoring costs a few nanoseconds a posting).
 */
export const MAX_EXPANSION_POSTINGS = 1_000_000;

/**
 * The search index's documents, added as their records are made -- a load adds each page's
 * article and quotes as the page comes in, in any order -- and numbered at `finish` in the order
 * of `searchDocuments` (articles, people, quotes), so the index is the one MiniSearch would build.
 */
export class SearchDocumentLog<Item> {
  readonly #builder = new SearchIndexBuilder();
  /** The record of each document, in the order added. */
  readonly #items: (Item | undefined)[] = [];
  /** A speaker's name is the text of each of their quotes: counted once. */
  readonly #speakerTerms = new Map<string, FieldTerms>();

  #add(item: Item | undefined, title: FieldTerms, text: FieldTerms): number {
    this.#items.push(item);
    return this.#builder.add([title, text]);
  }

  /** Adds an article's document (`counted`: its title and text words, when counted already). */
  addArticle(
    article: ArticleRecord,
    item: Item | undefined,
    counted?: readonly FieldTerms[],
  ): number {
    return this.#add(
      item,
      counted?.[0] ?? fieldTerms(article.headline),
      counted?.[1] ?? fieldTerms(articleText(article)),
    );
  }

  addPerson(person: PersonRecord, item: Item | undefined): number {
    return this.#add(
      item,
      fieldTerms([person.name, ...person.aliases].join(' ')),
      fieldTerms([...person.titles, ...person.roles].join('\n')),
    );
  }

  /** Adds a quote's document; its speaker must be final (the name is indexed now). */
  addQuote(quote: QuoteRecord, item: Item | undefined, counted?: FieldTerms): number {
    const speaker = quote.speaker?.name ?? '';
    let text = this.#speakerTerms.get(speaker);
    if (!text) {
      text = fieldTerms(speaker);
      this.#speakerTerms.set(speaker, text);
    }
    return this.#add(item, counted ?? fieldTerms(quote.text), text);
  }

  /** The index; its document `d` is the one added as number `order[d]` (default: as added). */
  finish(
    order?: ArrayLike<number>,
    limits: { expansionPostings?: number } = {},
  ): SearchIndex<Item> {
    const index = this.#builder.finish(order);
    const records = order ? Array.from(order, (added) => this.#items[added]) : this.#items;
    return rankedSearch(index, records, limits.expansionPostings ?? MAX_EXPANSION_POSTINGS);
  }
}

/**
 * @param resolve turns an indexed ID back into its record
 * @param termsOf the words counted where the pages were parsed, when they came with them
 */
export function buildSearchIndex<Item>(
  articles: readonly ArticleRecord[],
  people: readonly PersonRecord[],
  quotes: readonly QuoteRecord[],
  resolve: (id: string) => Item | undefined,
  termsOf: CountedTerms = {},
  limits: { expansionPostings?: number } = {},
): SearchIndex<Item> {
  const log = new SearchDocumentLog<Item>();
  // Same documents, same order as `searchDocuments`.
  for (const article of articles)
    log.addArticle(article, resolve(article.id), termsOf.article?.(article));
  for (const person of people) log.addPerson(person, resolve(person.id));
  for (const quote of quotes) log.addQuote(quote, resolve(quote.id), termsOf.quote?.(quote));
  return log.finish(undefined, limits);
}

/**
 * Searching as MiniSearch's `search` does with `combineWith: 'AND'`, with the same scores and the
 * same order (ties included), but cheaper for common words:
 *
 * - each word's matches are scored as MiniSearch scores them (exact, prefix and fuzzy, BM25) once
 *   and kept;
 *   a query adds up its words' scores for the documents that match every word, in the order and
 *   with the arithmetic of MiniSearch's AND combination;
 * - only the best `limit` hits are ranked (the order of a stable sort by score), not all matches.
 */
function rankedSearch<Item>(
  index: WordIndex,
  records: (Item | undefined)[],
  expansionPostings: number,
) {
  const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];
  const sheet = new ScoreSheet(index.documentCount);
  // Keyed by word, and by word and budget when the budget left expansions out.
  const termCache = new ScoreRing(
    Math.min(CACHED_TERM_ENTRIES_LIMIT, index.documentCount * CACHED_TERM_ENTRIES_PER_DOCUMENT),
  );
  /** A word's matches, valid until the next call (a cached word may be written over). */
  const matchesOf = (term: string, budget: number): TermMatches => {
    const cappedKey = `${term}\u0000${budget}`;
    const cached = termCache.get(term) ?? termCache.get(cappedKey);
    if (cached) return cached;
    const capped = index.scoreWord(term, sheet, budget);
    const { order, sums, count } = sheet;
    const kept = termCache.put(capped ? cappedKey : term, order, sums, count);
    if (kept) return kept;
    const ids = order.slice(0, count);
    const scores = new Float64Array(count);
    for (let i = 0; i < count; i++) scores[i] = sums[ids[i]!]!;
    return { ids, scores };
  };

  // Scratch space for combining words: which words a document matched so far, and its score; and
  // the candidates, read by the ranking right after (a query's own arrays would be garbage at
  // once, up to 12 bytes a document each).
  const seen = new Int32Array(records.length);
  const sums = new Float64Array(records.length);
  const candidateIds = new Int32Array(records.length);
  const candidateScores = new Float64Array(records.length);
  let stamp = 0;

  /**
   * Candidates in MiniSearch's order before ranking, with their final scores: valid until the
   * next call.
   */
  const combine = (terms: string[]): TermMatches => {
    // The expansion budget is shared by the query's words.
    const budget = Math.floor(expansionPostings / new Set(terms).size);
    if (terms.length === 1) return matchesOf(terms[0]!, budget);
    if (stamp > 0x3fff_0000) {
      seen.fill(0);
      stamp = 0;
    }
    const base = stamp;
    stamp += terms.length;
    for (let t = 0; t < terms.length - 1; t++) {
      const { ids, scores } = matchesOf(terms[t]!, budget);
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        if (t === 0) {
          seen[id] = base + 1;
          sums[id] = scores[i]!;
        } else if (seen[id] === base + t) {
          seen[id] = base + t + 1;
          sums[id] = sums[id]! + scores[i]!;
        }
      }
    }
    // MiniSearch multiplies a hit's score by the number of distinct query words it matched.
    const quality = new Set(terms).size;
    const want = base + terms.length - 1;
    // Fetched last: each word's matches are read before the next word is fetched.
    const last = matchesOf(terms[terms.length - 1]!, budget);
    const outIds = candidateIds;
    const outScores = candidateScores;
    let n = 0;
    for (let i = 0; i < last.ids.length; i++) {
      const id = last.ids[i]!;
      if (seen[id] !== want) continue;
      outIds[n] = id;
      outScores[n++] = (sums[id]! + last.scores[i]!) * quality;
    }
    return { ids: outIds.subarray(0, n), scores: outScores.subarray(0, n) };
  };

  /** The positions of the best `limit` candidates: score descending, earlier first on ties. */
  const best = (scores: Float64Array, limit: number): number[] => {
    const n = scores.length;
    if (limit >= n || n <= 512) {
      const all = Array.from({ length: n }, (_, i) => i);
      all.sort((a, b) => scores[b]! - scores[a]! || a - b);
      return all.slice(0, limit);
    }
    // A min-heap of the best so far; its root is the worst kept (lowest score, latest on ties).
    const heap: number[] = [];
    const worse = (a: number, b: number) =>
      scores[a]! < scores[b]! || (scores[a] === scores[b] && a > b);
    const down = (at: number) => {
      for (;;) {
        const l = 2 * at + 1;
        const r = l + 1;
        let m = at;
        if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l;
        if (r < heap.length && worse(heap[r]!, heap[m]!)) m = r;
        if (m === at) return;
        [heap[at], heap[m]] = [heap[m]!, heap[at]!];
        at = m;
      }
    };
    for (let i = 0; i < n; i++) {
      if (heap.length < limit) {
        heap.push(i);
        for (let at = heap.length - 1; at > 0;) {
          const parent = (at - 1) >> 1;
          if (!worse(heap[at]!, heap[parent]!)) break;
          [heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
          at = parent;
        }
      } else if (scores[i]! > scores[heap[0]!]!) {
        // A later candidate with an equal score ranks after every kept one.
        heap[0] = i;
        down(0);
      }
    }
    return heap.sort((a, b) => scores[b]! - scores[a]! || a - b);
  };

  const cache = new Map<string, { hits: SearchResults<Item>; ranked: number }>();
  let cachedHits = 0;
  return {
    warmUp() {
      const frequent: { term: string; postings: number }[] = [];
      for (const [term, word] of index.entries()) {
        if (term.length >= MIN_PREFIX_LENGTH)
          frequent.push({ term, postings: index.postingsOf(word) });
      }
      frequent.sort((a, b) => b.postings - a.postings || (a.term < b.term ? -1 : 1));
      let next = 0;
      return () => {
        const word = frequent[next++];
        if (!word || termCache.filled(1 / 2)) return false;
        matchesOf(word.term, expansionPostings);
        return true;
      };
    },
    search(query: string, limit = Infinity): SearchResults<Item> {
      const words = tokenize(query)
        .filter((term: string) => term.length > 0)
        .slice(0, MAX_TERMS);
      if (words.length === 0) return [];
      const key = words.join(' ').toLowerCase();
      const wanted = Math.max(limit, MIN_RANKED);
      const cached = cache.get(key);
      if (cached && cached.ranked >= Math.min(wanted, cached.hits.length)) {
        // Map order is insertion order: re-inserting makes this the most recently used.
        cache.delete(key);
        cache.set(key, cached);
        return cached.hits;
      }
      // The words as MiniSearch reads the query: tokenised again, processed, function words out.
      const terms = tokenize(key)
        .map((term) => indexTerm(term))
        .filter((term): term is string => !!term);
      if (terms.length === 0) return [];
      const candidates = combine(terms);
      const order = best(candidates.scores, wanted);
      const hits: SearchHit<Item>[] = [];
      for (const position of order) {
        const record = records[candidates.ids[position]!];
        if (record !== undefined) hits.push({ record, score: candidates.scores[position]! });
      }
      const ranked = hits.length;
      const results: SearchResults<Item> =
        ranked === candidates.ids.length ? hits : new BestHits(hits, candidates.ids.length);
      if (cached) {
        cache.delete(key);
        cachedHits -= cached.ranked;
      }
      cache.set(key, { hits: results, ranked });
      cachedHits += ranked;
      for (const [oldKey, old] of cache) {
        if (cachedHits <= CACHED_HITS_LIMIT) break;
        cache.delete(oldKey);
        cachedHits -= old.ranked;
      }
      return results;
    },
  };
}
