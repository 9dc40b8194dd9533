/**
 * The search index itself: every word's postings in flat typed arrays, and each query word scored
 * straight from them with MiniSearch's arithmetic (BM25, prefix and typo weights, field boosts) in
 * MiniSearch's order, so the scores are the very numbers MiniSearch's `search` computes.
 *
 * MiniSearch scores a posting through several object lookups and closures (some 0.1-0.3 µs); a
 * loop over typed arrays does the same additions in a few nanoseconds, so even a word matching
 * most documents is scored in a few milliseconds the first time it is searched. Building it is
 * one dictionary lookup a posting and two passes over typed arrays, instead of `Map`s of `Map`s.
 *
 * Prefix and typo matches are found in MiniSearch's own radix tree (`SearchableMap`), filled with
 * the same words in the same order as MiniSearch fills it: they then come in the same order,
 * which decides the order in which a document's scores are added up, hence their last bits.
 */
import MiniSearch from 'minisearch';

/**
 * A field's words: its length (the number of distinct tokens, as MiniSearch counts it) and each
 * indexed term with its count, in order of first occurrence; the terms either as strings, or
 * packed as a parse worker sends them.
 */
export type FieldTerms = CountedWords | PackedWords;

export interface CountedWords {
  length: number;
  terms: readonly string[];
  counts: ArrayLike<number>;
}

/**
 * The terms are `text.slice(start, end)`, separated by single spaces: read in place, so building
 * the index makes no string a posting.
 */
export interface PackedWords {
  length: number;
  text: string;
  start: number;
  end: number;
  counts: ArrayLike<number>;
}

/** Title, then text: MiniSearch's field numbers, and the order it scores fields in. */
export const FIELD_COUNT = 2;
/** MiniSearch's `boost: { title: 3 }`, by field number. */
const FIELD_BOOSTS = [3, 1] as const;
/** MiniSearch's default BM25 parameters and prefix and typo weights. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

export const MIN_PREFIX_LENGTH = 3;
export const MIN_FUZZY_LENGTH = 4;

/** The part of MiniSearch's radix tree this index uses; the values are word numbers. */
interface WordTree {
  set(word: string, value: number): unknown;
  atPrefix(prefix: string): Iterable<[string, number]>;
  fuzzyGet(word: string, maxDistance: number): Map<string, [number, number]>;
}

/** MiniSearch does not export its radix tree; every instance holds one (an internal, like this). */
const WordTreeClass = (new MiniSearch({ fields: ['text'] }) as unknown as { _index: object })._index
  .constructor as new () => WordTree;

/**
 * Where one query word's scores are added up: a document's running sum, and the documents in the
 * order they were first scored (the order of MiniSearch's result map).
 */
export class ScoreSheet {
  readonly order: Int32Array;
  readonly sums: Float64Array;
  count = 0;
  private readonly mark: Int32Array;
  private epoch = 0;

  constructor(documents: number) {
    this.order = new Int32Array(documents);
    this.sums = new Float64Array(documents);
    this.mark = new Int32Array(documents);
  }

  /** Empties the sheet in O(1): a document counts only when marked with the current epoch. */
  clear(): void {
    if (++this.epoch > 0x3fff_ffff) {
      this.mark.fill(0);
      this.epoch = 1;
    }
    this.count = 0;
  }

  /** Whether `document` has a score on the sheet. */
  has(document: number): boolean {
    return this.mark[document] === this.epoch;
  }

  add(document: number, score: number): void {
    if (this.mark[document] === this.epoch) this.sums[document] = this.sums[document]! + score;
    else {
      this.mark[document] = this.epoch;
      this.order[this.count++] = document;
      this.sums[document] = score;
    }
  }
}

/** A word matched by a query word, and how much its matches count. */
interface Expansion {
  word: number;
  weight: number;
}

export class SearchIndex {
  readonly documentCount: number;

  constructor(
    private readonly words: readonly string[],
    private readonly wordNumbers: ReadonlyMap<string, number>,
    private readonly tree: WordTree,
    /** Postings of word `w` in field `f`: `offsets[w * FIELD_COUNT + f]` up to the next offset. */
    private readonly offsets: Int32Array,
    private readonly documents: Int32Array,
    private readonly frequencies: Uint8Array | Uint16Array | Uint32Array,
    /** Document `d`'s length of field `f` at `d * FIELD_COUNT + f`. */
    private readonly lengths: Uint32Array,
    private readonly averageLengths: readonly number[],
  ) {
    this.documentCount = lengths.length / FIELD_COUNT;
  }

  /** How many postings a word has (all fields). */
  postingsOf(word: number): number {
    return this.offsets[(word + 1) * FIELD_COUNT]! - this.offsets[word * FIELD_COUNT]!;
  }

  /** Every indexed word with its number. */
  entries(): Iterable<[string, number]> {
    return this.wordNumbers;
  }

  /**
   * One processed query word scored as MiniSearch's `executeQuerySpec` scores it -- exact match,
   * then prefix matches, then typo matches (one edit) that are not prefix matches, each field in
   * turn -- into `sheet`. Expansions (prefix and typo matches) beyond `budget` postings are left
   * out, lightest first, the heaviest always kept. Returns whether any were left out.
   */
  scoreWord(term: string, sheet: ScoreSheet, budget: number): boolean {
    sheet.clear();
    const exact = this.wordNumbers.get(term);
    if (exact !== undefined) this.#scorePostings(exact, 1, sheet);
    const { expansions, skipped } = this.#expansions(term, budget);
    for (const { word, weight } of expansions) this.#scorePostings(word, weight, sheet);
    return skipped;
  }

  /** The word's prefix and typo matches in MiniSearch's order, without those over the budget. */
  #expansions(term: string, budget: number): { expansions: Expansion[]; skipped: boolean } {
    const expansions: (Expansion & { postings: number; rank: number })[] = [];
    let total = 0;
    const prefixed = new Set<string>();
    if (term.length >= MIN_PREFIX_LENGTH) {
      for (const [word, number] of this.tree.atPrefix(term)) {
        const distance = word.length - term.length;
        if (!distance) continue;
        prefixed.add(word);
        const postings = this.postingsOf(number);
        total += postings;
        const weight = (PREFIX_WEIGHT * word.length) / (word.length + 0.3 * distance);
        expansions.push({ word: number, weight, postings, rank: expansions.length });
      }
    }
    if (term.length >= MIN_FUZZY_LENGTH) {
      for (const [word, [number, distance]] of this.tree.fuzzyGet(term, 1)) {
        if (!distance || prefixed.has(word)) continue;
        const postings = this.postingsOf(number);
        total += postings;
        const weight = (FUZZY_WEIGHT * word.length) / (word.length + distance);
        expansions.push({ word: number, weight, postings, rank: expansions.length });
      }
    }
    if (total <= budget) return { expansions, skipped: false };
    const heaviest = [...expansions].sort(
      (a, b) =>
        b.weight - a.weight ||
        a.postings - b.postings ||
        (this.words[a.word]! < this.words[b.word]! ? -1 : 1),
    );
    const kept = new Set<number>();
    let spent = 0;
    // The heaviest always counts, so a word never loses all its matches to the budget.
    for (const expansion of heaviest) {
      if (spent >= budget) break;
      spent += expansion.postings;
      kept.add(expansion.rank);
    }
    return { expansions: expansions.filter((e) => kept.has(e.rank)), skipped: true };
  }

  /**
   * MiniSearch's `termResults` for one matched word: for each field, BM25 of each posting times
   * the word's weight and the field's boost, added to the document's sum. The expressions are
   * MiniSearch's, operation for operation (a boost of 1 multiplies exactly), so are the results.
   */
  #scorePostings(word: number, termWeight: number, sheet: ScoreSheet): void {
    const { documents, frequencies, lengths } = this;
    const totalCount = this.documentCount;
    const { k, b, d } = BM25;
    for (let field = 0; field < FIELD_COUNT; field++) {
      const start = this.offsets[word * FIELD_COUNT + field]!;
      const end = this.offsets[word * FIELD_COUNT + field + 1]!;
      if (start === end) continue;
      const matchingCount = end - start;
      const avgFieldLength = this.averageLengths[field]!;
      const invDocFreq = Math.log(1 + (totalCount - matchingCount + 0.5) / (matchingCount + 0.5));
      const weight = termWeight * FIELD_BOOSTS[field]!;
      for (let p = start; p < end; p++) {
        const document = documents[p]!;
        const termFreq = frequencies[p]!;
        const fieldLength = lengths[document * FIELD_COUNT + field]!;
        const rawScore =
          invDocFreq *
          (d +
            (termFreq * (k + 1)) / (termFreq + k * (1 - b + (b * fieldLength) / avgFieldLength)));
        sheet.add(document, weight * rawScore);
      }
    }
  }
}

/** A growing typed array of 32-bit integers, in chunks so it never copies what it holds. */
class IntLog {
  static readonly SHIFT = 20;
  static readonly CHUNK = 1 << IntLog.SHIFT;
  readonly chunks: Int32Array[] = [];
  length = 0;

  push(value: number): void {
    const at = this.length++ & (IntLog.CHUNK - 1);
    if (at === 0) this.chunks.push(new Int32Array(IntLog.CHUNK));
    this.chunks[this.chunks.length - 1]![at] = value;
  }

  toArray(): Int32Array {
    const all = new Int32Array(this.length);
    let at = 0;
    for (const chunk of this) {
      all.set(chunk, at);
      at += chunk.length;
    }
    return all;
  }

  *[Symbol.iterator](): IterableIterator<Int32Array> {
    for (let c = 0; c < this.chunks.length; c++) {
      const chunk = this.chunks[c]!;
      yield c === this.chunks.length - 1
        ? chunk.subarray(0, this.length - c * IntLog.CHUNK)
        : chunk;
    }
  }
}

const EMPTY = -1;

/**
 * Words numbered in the order they are first met, looked up by a slice of a longer string without
 * making a string of it: an open-addressing hash table of word numbers.
 */
class WordNumbering {
  readonly words: string[] = [];
  #hashes: number[] = [];
  #table = new Int32Array(1 << 12).fill(EMPTY);

  numberOf(text: string, start: number, end: number): number {
    let hash = 0x811c9dc5;
    for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    const mask = this.#table.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const number = this.#table[slot]!;
      if (number === EMPTY) return this.#add(text.slice(start, end), hash, slot);
      if (this.#hashes[number] === hash && sameWord(this.words[number]!, text, start, end)) {
        return number;
      }
    }
  }

  #add(word: string, hash: number, slot: number): number {
    const number = this.words.length;
    this.words.push(word);
    this.#hashes.push(hash);
    this.#table[slot] = number;
    if (this.words.length * 2 > this.#table.length) this.#grow();
    return number;
  }

  #grow(): void {
    const table = new Int32Array(this.#table.length * 2).fill(EMPTY);
    const mask = table.length - 1;
    this.#hashes.forEach((hash, number) => {
      let slot = hash & mask;
      while (table[slot] !== EMPTY) slot = (slot + 1) & mask;
      table[slot] = number;
    });
    this.#table = table;
  }
}

function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) {
    if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  }
  return true;
}

/**
 * Fills a `SearchIndex` a document at a time, documents numbered in the order they are added.
 * Postings are logged as they come (word and field, count) and sorted by word once at the end,
 * where the documents may also be put in another order (`finish`): a load adds each page's
 * documents as the page arrives, and the index numbers them as the store sorts them.
 */
export class SearchIndexBuilder {
  #numbering = new WordNumbering();
  /** Per posting: word number * FIELD_COUNT + field. */
  #slots = new IntLog();
  #counts = new IntLog();
  /** Per document: where its postings begin in the log. */
  #starts = new IntLog();
  #lengths = new IntLog();
  #documentCount = 0;

  get documentCount(): number {
    return this.#documentCount;
  }

  /** One document's fields, title then text; returns its number (the order added). */
  add(fields: readonly FieldTerms[]): number {
    const number = this.#documentCount++;
    this.#starts.push(this.#slots.length);
    for (let field = 0; field < FIELD_COUNT; field++) {
      const terms = fields[field]!;
      const { length, counts } = terms;
      this.#lengths.push(length);
      if ('terms' in terms) {
        terms.terms.forEach((term, i) => {
          this.#posting(this.#numbering.numberOf(term, 0, term.length), field, counts[i]!);
        });
        continue;
      }
      const { text, end } = terms;
      let at = terms.start;
      for (let i = 0; i < counts.length; i++) {
        const space = text.indexOf(' ', at);
        const wordEnd = space < 0 || space > end ? end : space;
        this.#posting(this.#numbering.numberOf(text, at, wordEnd), field, counts[i]!);
        at = wordEnd + 1;
      }
    }
    return number;
  }

  #posting(word: number, field: number, count: number): void {
    this.#slots.push(word * FIELD_COUNT + field);
    this.#counts.push(count);
  }

  /**
   * The index, its document `d` being the document added as number `order[d]` (by default the
   * order added). Everything that depends on the order of documents is computed in that order,
   * as if they had been added so: words are numbered (and go into the radix tree) in the order
   * first met, postings of a word are in document order, and the average field lengths are
   * MiniSearch's running averages, the same operations in the same order.
   */
  finish(order?: ArrayLike<number>): SearchIndex {
    const documentCount = this.#documentCount;
    if (order && order.length !== documentCount) {
      throw new Error(`an order of ${order.length} documents for ${documentCount}`);
    }
    const added = (d: number) => (order ? order[d]! : d);
    const postings = this.#slots.length;
    const starts = this.#starts.toArray();
    const endOf = (document: number) =>
      document + 1 < documentCount ? starts[document + 1]! : postings;
    const slotLog = this.#slots.chunks;
    const countLog = this.#counts.chunks;

    // Words renumbered in the order first met, documents in their final order; postings counted
    // by (old) slot on the way.
    const metWords = this.#numbering.words;
    const renumbered = new Int32Array(metWords.length).fill(EMPTY);
    const postingsOfSlot = new Int32Array(metWords.length * FIELD_COUNT);
    const words: string[] = [];
    let maxCount = 0;
    for (let d = 0; d < documentCount; d++) {
      const document = added(d);
      for (let p = starts[document]!, end = endOf(document); p < end; p++) {
        const slot = slotLog[p >>> IntLog.SHIFT]![p & (IntLog.CHUNK - 1)]!;
        postingsOfSlot[slot]!++;
        const word = (slot / FIELD_COUNT) | 0;
        if (renumbered[word] === EMPTY) {
          renumbered[word] = words.length;
          words.push(metWords[word]!);
        }
        const count = countLog[p >>> IntLog.SHIFT]![p & (IntLog.CHUNK - 1)]!;
        if (count > maxCount) maxCount = count;
      }
    }
    // Each old slot's place in the new order; a counting sort by new slot, documents ascending
    // within one, as they are visited.
    const slotCount = words.length * FIELD_COUNT;
    const newSlot = new Int32Array(slotCount);
    const offsets = new Int32Array(slotCount + 1);
    for (let slot = 0; slot < slotCount; slot++) {
      const to = renumbered[(slot / FIELD_COUNT) | 0]! * FIELD_COUNT + (slot % FIELD_COUNT);
      newSlot[slot] = to;
      offsets[to + 1] = postingsOfSlot[slot]!;
    }
    for (let s = 0; s < slotCount; s++) offsets[s + 1]! += offsets[s]!;
    const documents = new Int32Array(postings);
    const frequencies =
      maxCount <= 0xff
        ? new Uint8Array(postings)
        : maxCount <= 0xffff
          ? new Uint16Array(postings)
          : new Uint32Array(postings);
    const next = offsets.slice(0, slotCount);
    for (let d = 0; d < documentCount; d++) {
      const document = added(d);
      for (let p = starts[document]!, end = endOf(document); p < end; p++) {
        const chunk = p >>> IntLog.SHIFT;
        const at = p & (IntLog.CHUNK - 1);
        const to = next[newSlot[slotLog[chunk]![at]!]!]!++;
        documents[to] = d;
        frequencies[to] = countLog[chunk]![at]!;
      }
    }
    const addedLengths = this.#lengths.toArray();
    const lengths = new Uint32Array(documentCount * FIELD_COUNT);
    const averageLengths: number[] = [];
    for (let d = 0; d < documentCount; d++) {
      const document = added(d);
      for (let field = 0; field < FIELD_COUNT; field++) {
        const length = addedLengths[document * FIELD_COUNT + field]!;
        lengths[d * FIELD_COUNT + field] = length;
        // MiniSearch's running average, the same operations in the same order.
        const average = averageLengths[field] || 0;
        averageLengths[field] = (average * d + length) / (d + 1);
      }
    }
    const tree = new WordTreeClass();
    // First met, first inserted: the order MiniSearch inserts them, so the same tree.
    words.forEach((word, number) => tree.set(word, number));
    const wordNumbers = new Map(words.map((word, number) => [word, number]));
    const index = new SearchIndex(
      words,
      wordNumbers,
      tree,
      offsets,
      documents,
      frequencies,
      lengths,
      averageLengths,
    );
    this.#numbering = new WordNumbering();
    this.#slots = new IntLog();
    this.#counts = new IntLog();
    this.#starts = new IntLog();
    this.#lengths = new IntLog();
    this.#documentCount = 0;
    return index;
  }
}
