/**
 * Full-text index over articles, people and quotes. MiniSearch does tokenising, prefix and fuzzy
 * matching and BM25 ranking; this module only decides what text each record contributes and how
 * a query matches:
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

const MIN_PREFIX_LENGTH = 3;
/** The fields of every document: title and text. */
const FIELD_COUNT = 2;
const MIN_FUZZY_LENGTH = 4;

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
 * Scores of recently searched words, bounded by the entries held (12 bytes each): a word's
 * matches are scored by MiniSearch once and reused by every query that contains it.
 */
const CACHED_TERM_ENTRIES_LIMIT = 6_000_000;
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

/** One word's matches in MiniSearch's own order, with its score for each. */
interface TermMatches {
  ids: Int32Array;
  scores: Float64Array;
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

/**
 * A field's words as MiniSearch's `add` reads them: its length (the number of distinct tokens, as
 * MiniSearch counts it) and each indexed term with its count, in order of first occurrence.
 */
export interface FieldTerms {
  length: number;
  terms: string[];
  counts: ArrayLike<number>;
}

const tokenizeText = MiniSearch.getDefault('tokenize') as (text: string) => string[];

export function fieldTerms(text: string): FieldTerms {
  const tokens = tokenizeText(text);
  const counts = new Map<string, number>();
  for (const token of tokens) {
    const term = indexTerm(token);
    if (term) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return { length: new Set(tokens).size, terms: [...counts.keys()], counts: [...counts.values()] };
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

/** The fields of `pageTerms`, unpacked: title, text, then each quote's. */
export function unpackPageTerms(terms: PageTerms): FieldTerms[] {
  const words = terms.words.split('\n');
  const fields: FieldTerms[] = [];
  let at = 0;
  for (const line of words) {
    const length = terms.numbers[at++]!;
    const count = terms.numbers[at++]!;
    const counts = terms.numbers.subarray(at, at + count);
    at += count;
    fields.push({ length, terms: count === 0 ? [] : line.split(' '), counts });
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
 * budget is spent (the heaviest always counts). Such a query then differs from MiniSearch's full search: fewer long words
 * found by the prefix, and slightly lower scores; no other query does. It keeps one search from
 * holding the event loop for long (scoring costs some 0.1-0.3 µs a posting).
 */
export const MAX_EXPANSION_POSTINGS = 1_000_000;
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

/** How many postings a term's index data holds (all fields). */
function postingsOf(data: ReadonlyMap<number, { size: number }>): number {
  let n = 0;
  for (const postings of data.values()) n += postings.size;
  return n;
}

/**
 * Where MiniSearch adds up one query word's scores, in place of the `Map` of result objects it
 * would build: what `termResults` reads and writes of that map (`get`, `set`, and `score`, `terms`
 * and `match` of an entry), kept in typed arrays. The same additions in the same order, so the
 * same scores; documents in the order MiniSearch's map would hold them.
 */
class ScoreSheet {
  readonly order: Int32Array;
  readonly sums: Float64Array;
  count = 0;
  private readonly mark: Int32Array;
  private epoch = 0;
  private current = 0;
  /** Derived words MiniSearch must not score for this word (over the expansion budget). */
  skip: ReadonlySet<string> | null = null;
  private readonly sheet = this;
  readonly entry = {
    sheet: this.sheet,
    get score(): number {
      return this.sheet.sums[this.sheet.current]!;
    },
    set score(value: number) {
      this.sheet.sums[this.sheet.current] = value;
    },
    terms: [] as string[],
    match: {} as Record<string, { push(field: string): void }>,
  };

  constructor(documents: number) {
    this.order = new Int32Array(documents);
    this.sums = new Float64Array(documents);
    this.mark = new Int32Array(documents);
  }

  begin(term: string, skip: ReadonlySet<string> | null): void {
    if (++this.epoch > 0x3fff_ffff) {
      this.mark.fill(0);
      this.epoch = 1;
    }
    this.count = 0;
    this.skip = skip;
    this.entry.terms = [term];
  }

  /** Before MiniSearch scores `derived`: a match of it adds a field to nothing we keep. */
  derive(derived: string): void {
    this.entry.match = { [derived]: IGNORED_FIELDS };
  }

  get(id: number): typeof this.entry | undefined {
    if (this.mark[id] !== this.epoch) return undefined;
    this.current = id;
    return this.entry;
  }

  set(id: number, result: { score: number }): this {
    this.mark[id] = this.epoch;
    this.order[this.count++] = id;
    this.sums[id] = result.score;
    return this;
  }
}

const IGNORED_FIELDS = { push: (): void => undefined };

/**
 * A MiniSearch index filled from words counted beforehand: the same index `addAll` builds from the
 * same documents in the same order (terms, frequencies, field lengths, average lengths, document
 * numbers), without tokenising every document again on this thread.
 */
class CountedIndex extends MiniSearch<SearchDocument> {
  /** Set while one query word is scored through `scoreWord`. */
  sheet: ScoreSheet | null = null;

  constructor() {
    super(MINISEARCH_OPTIONS);
  }

  /**
   * One processed query word scored as MiniSearch's `executeQuery(term)` scores it (exact, prefix
   * and typo matches, BM25, weights), into `sheet`; expansions beyond `budget` postings are left
   * out, lightest first. Returns the postings of the expansions scored.
   */
  scoreWord(term: string, sheet: ScoreSheet, budget: number): number {
    const plan = this.#expansions(term, budget);
    sheet.begin(term, plan.skip);
    this.sheet = sheet;
    try {
      (this as unknown as { executeQuery(query: string): unknown }).executeQuery(term);
    } finally {
      this.sheet = null;
    }
    return plan.postings;
  }

  /** The word's prefix and typo matches MiniSearch would score, and those over the budget. */
  #expansions(term: string, budget: number): { postings: number; skip: Set<string> | null } {
    const expansions: { term: string; weight: number; postings: number }[] = [];
    let total = 0;
    const prefixed = new Set<string>();
    if (term.length >= MIN_PREFIX_LENGTH) {
      for (const [word, data] of this._index.atPrefix(term)) {
        const distance = word.length - term.length;
        if (!distance) continue;
        prefixed.add(word);
        const postings = postingsOf(data);
        total += postings;
        const weight = (PREFIX_WEIGHT * word.length) / (word.length + 0.3 * distance);
        expansions.push({ term: word, weight, postings });
      }
    }
    if (term.length >= MIN_FUZZY_LENGTH) {
      for (const [word, [data, distance]] of this._index.fuzzyGet(term, 1)) {
        if (!distance || prefixed.has(word)) continue;
        const postings = postingsOf(data);
        total += postings;
        const weight = (FUZZY_WEIGHT * word.length) / (word.length + distance);
        expansions.push({ term: word, weight, postings });
      }
    }
    if (total <= budget) return { postings: total, skip: null };
    expansions.sort(
      (a, b) => b.weight - a.weight || a.postings - b.postings || (a.term < b.term ? -1 : 1),
    );
    const skip = new Set<string>();
    let spent = 0;
    // The heaviest always counts, so a word never loses all its matches to the budget.
    for (const expansion of expansions) {
      if (spent < budget) spent += expansion.postings;
      else skip.add(expansion.term);
    }
    return { postings: spent, skip };
  }

  /** Every indexed word with its postings by field. */
  words(): Iterable<[string, ReadonlyMap<number, { size: number }>]> {
    return this._index;
  }

  /** Documents' IDs by number, and their field lengths (`fieldCount` a document). */
  #ids: unknown[] = [];
  #lengths: number[] = [];
  /** Each word's postings by field, in the order MiniSearch would first have met them. */
  #postings = new Map<string, Map<number, GrowingPostings>>();

  addCounted(id: string, fields: readonly FieldTerms[]): void {
    const shortId = this._nextId++;
    this.#ids[shortId] = id;
    this._documentCount += 1;
    const count = this._documentCount - 1;
    fields.forEach((field, fieldId) => {
      this.#lengths[shortId * FIELD_COUNT + fieldId] = field.length;
      const average = this._avgFieldLength[fieldId] || 0;
      this._avgFieldLength[fieldId] = (average * count + field.length) / (count + 1);
      for (let i = 0; i < field.terms.length; i++) {
        const term = field.terms[i]!;
        let data = this.#postings.get(term);
        if (!data) {
          data = new Map();
          this.#postings.set(term, data);
        }
        let postings = data.get(fieldId);
        if (!postings) {
          postings = new GrowingPostings();
          data.set(fieldId, postings);
        }
        postings.add(shortId, field.counts[i]!);
      }
    });
  }

  /**
   * After the last document: MiniSearch's index as `add` would have filled it (same words in the
   * same order, so prefix and typo matches come in the same order), with what it reads when it
   * searches in typed arrays (postings, field lengths, document numbers): a fraction of the
   * memory of its `Map`s, and one radix-tree insertion a word instead of a lookup a posting.
   * Searching works and scores exactly as before; adding or removing documents no longer does
   * (the store is never changed after it is built).
   */
  finish(): void {
    for (const [term, fields] of this.#postings) {
      const data = new Map<number, Map<number, number>>();
      for (const [fieldId, postings] of fields) {
        data.set(fieldId, postings.done() as unknown as Map<number, number>);
      }
      this._index.set(term, data);
    }
    this.#postings = new Map();
    const lengths = Uint32Array.from(this.#lengths);
    this.#lengths = [];
    // MiniSearch reads one field's length right away: `_fieldLength.get(id)[fieldId]`.
    const scratch: [number, number] = [0, 0];
    this._fieldLength = {
      get(id: number) {
        scratch[0] = lengths[id * FIELD_COUNT]!;
        scratch[1] = lengths[id * FIELD_COUNT + 1]!;
        return scratch;
      },
    } as unknown as Map<number, number[]>;
    const ids = this.#ids;
    this._documentIds = {
      size: ids.length,
      has: (shortId: number) => ids[shortId] !== undefined,
      get: (shortId: number) => ids[shortId],
    } as unknown as Map<number, unknown>;
  }
}

type TermResults = (
  this: CountedIndex,
  sourceTerm: string,
  derivedTerm: string,
  ...rest: unknown[]
) => unknown;
const minisearchTermResults = (MiniSearch.prototype as unknown as { termResults: TermResults })
  .termResults;
/**
 * MiniSearch's scoring of one derived word (`termResults`), pointed at the score sheet while
 * `scoreWord` runs (its last argument is the result map, a new `Map` when absent).
 */
(CountedIndex.prototype as unknown as { termResults: TermResults }).termResults = function (
  sourceTerm,
  derivedTerm,
  ...rest
) {
  const sheet = this.sheet;
  if (!sheet) return minisearchTermResults.call(this, sourceTerm, derivedTerm, ...rest);
  if (sheet.skip?.has(derivedTerm)) return sheet;
  sheet.derive(derivedTerm);
  const args = rest.slice(0, 6);
  return minisearchTermResults.call(this, sourceTerm, derivedTerm, ...args, sheet);
};

/** One word's postings in one field while the index is filled. */
class GrowingPostings {
  #ids = new Int32Array(4);
  #frequencies = new Uint32Array(4);
  #count = 0;
  #max = 0;

  add(id: number, frequency: number): void {
    if (this.#count === this.#ids.length) {
      const ids = new Int32Array(this.#count * 2);
      ids.set(this.#ids);
      this.#ids = ids;
      const frequencies = new Uint32Array(this.#count * 2);
      frequencies.set(this.#frequencies);
      this.#frequencies = frequencies;
    }
    this.#ids[this.#count] = id;
    this.#frequencies[this.#count++] = frequency;
    if (frequency > this.#max) this.#max = frequency;
  }

  done(): PostingList {
    const n = this.#count;
    const ids = this.#ids.slice(0, n);
    const frequencies =
      this.#max <= 0xff
        ? new Uint8Array(this.#frequencies.subarray(0, n))
        : this.#max <= 0xffff
          ? new Uint16Array(this.#frequencies.subarray(0, n))
          : this.#frequencies.slice(0, n);
    return new PostingList(ids, frequencies);
  }
}

/**
 * One word's postings in one field, as MiniSearch reads them when it scores (`size`, `keys()` and
 * `get(document)` of the `Map` it builds), held in two typed arrays: 6 bytes a posting or less
 * instead of some 40 in a `Map`. Document numbers are ascending (documents are added in order).
 */
class PostingList {
  #at = 0;

  constructor(
    private readonly ids: Int32Array,
    private readonly frequencies: Uint8Array | Uint16Array | Uint32Array,
  ) {}

  get size(): number {
    return this.ids.length;
  }

  keys(): Iterable<number> {
    this.#at = 0;
    return this.ids;
  }

  /** O(1) for the document after the last one asked for (how MiniSearch reads it), else a search. */
  get(id: number): number | undefined {
    const ids = this.ids;
    let at = this.#at;
    if (ids[at] !== id) {
      let low = 0;
      let high = ids.length - 1;
      at = -1;
      while (low <= high) {
        const mid = (low + high) >>> 1;
        if (ids[mid]! < id) low = mid + 1;
        else if (ids[mid]! > id) high = mid - 1;
        else {
          at = mid;
          break;
        }
      }
      if (at < 0) return undefined;
    }
    this.#at = at + 1;
    return this.frequencies[at];
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
  const index = new CountedIndex();
  const ids: string[] = [];
  const add = (id: string, title: FieldTerms, text: FieldTerms) => {
    ids.push(id);
    index.addCounted(id, [title, text]);
  };
  // Same documents, same order as `searchDocuments`.
  for (const article of articles) {
    const counted = termsOf.article?.(article);
    add(
      article.id,
      counted?.[0] ?? fieldTerms(article.headline),
      counted?.[1] ?? fieldTerms(articleText(article)),
    );
  }
  for (const person of people) {
    add(
      person.id,
      fieldTerms([person.name, ...person.aliases].join(' ')),
      fieldTerms([...person.titles, ...person.roles].join('\n')),
    );
  }
  for (const quote of quotes) {
    const counted = termsOf.quote?.(quote);
    add(quote.id, counted ?? fieldTerms(quote.text), fieldTerms(quote.speaker?.name ?? ''));
  }
  index.finish();
  // MiniSearch numbers documents 0, 1, 2 ... in the order they were added.
  const records: (Item | undefined)[] = ids.map(resolve);
  return rankedSearch(index, records, limits.expansionPostings ?? MAX_EXPANSION_POSTINGS);
}

/**
 * Searching as MiniSearch's `search` does with `combineWith: 'AND'`, with the same scores and the
 * same order (ties included), but cheaper for common words:
 *
 * - each word's matches are scored by MiniSearch (exact, prefix and fuzzy, BM25) once and kept;
 *   a query adds up its words' scores for the documents that match every word, in the order and
 *   with the arithmetic of MiniSearch's AND combination;
 * - only the best `limit` hits are ranked (the order of a stable sort by score), not all matches.
 */
function rankedSearch<Item>(
  index: CountedIndex,
  records: (Item | undefined)[],
  expansionPostings: number,
) {
  const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];
  const sheet = new ScoreSheet(records.length);
  // Keyed by word, and by word and budget when the budget left expansions out.
  const termCache = new Map<string, TermMatches>();
  let cachedEntries = 0;
  const remember = (key: string, matches: TermMatches) => {
    if (matches.ids.length > CACHED_TERM_ENTRIES_LIMIT / 4) return;
    termCache.set(key, matches);
    cachedEntries += matches.ids.length;
    for (const [oldKey, old] of termCache) {
      if (cachedEntries <= CACHED_TERM_ENTRIES_LIMIT) break;
      termCache.delete(oldKey);
      cachedEntries -= old.ids.length;
    }
  };
  const recall = (key: string): TermMatches | undefined => {
    const cached = termCache.get(key);
    if (cached) {
      termCache.delete(key);
      termCache.set(key, cached);
    }
    return cached;
  };
  const matchesOf = (term: string, budget: number): TermMatches => {
    const capped = `${term}\u0000${budget}`;
    const cached = recall(term) ?? recall(capped);
    if (cached) return cached;
    index.scoreWord(term, sheet, budget);
    const matches: TermMatches = {
      ids: sheet.order.slice(0, sheet.count),
      scores: new Float64Array(sheet.count),
    };
    for (let i = 0; i < sheet.count; i++) matches.scores[i] = sheet.sums[matches.ids[i]!]!;
    remember(sheet.skip ? capped : term, matches);
    return matches;
  };

  // Scratch space for combining words: which words a document matched so far, and its score.
  const seen = new Int32Array(records.length);
  const sums = new Float64Array(records.length);
  let stamp = 0;

  /** Candidates in MiniSearch's order before ranking, with their final scores. */
  const combine = (terms: string[]): TermMatches => {
    // The expansion budget is shared by the query's words.
    const budget = Math.floor(expansionPostings / new Set(terms).size);
    const last = matchesOf(terms[terms.length - 1]!, budget);
    if (terms.length === 1) return last;
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
    const outIds = new Int32Array(last.ids.length);
    const outScores = new Float64Array(last.ids.length);
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
      for (const [term, data] of index.words()) {
        if (term.length >= MIN_PREFIX_LENGTH) frequent.push({ term, postings: postingsOf(data) });
      }
      frequent.sort((a, b) => b.postings - a.postings || (a.term < b.term ? -1 : 1));
      let next = 0;
      return () => {
        const word = frequent[next++];
        if (!word || cachedEntries >= CACHED_TERM_ENTRIES_LIMIT / 2) return false;
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
      const hits: SearchHit<Item>[] & { length: number } = [];
      for (const position of order) {
        const record = records[candidates.ids[position]!];
        if (record !== undefined) hits.push({ record, score: candidates.scores[position]! });
      }
      const ranked = hits.length;
      const results: SearchResults<Item> =
        ranked === candidates.ids.length
          ? hits
          : Object.assign(hits, { length: candidates.ids.length });
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
