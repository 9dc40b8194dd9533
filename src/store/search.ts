/**
 * Full-text index over articles, people and quotes: an inverted index in typed arrays with BM25
 * ranking (MiniSearch's formula, parameters and prefix/fuzzy weights), built for corpora of tens of
 * thousands of pages.
 *
 * - Each record contributes a title (boosted 3x) and a text: an article its headline, and its lead,
 *   tags, sub-headings and the names of the people and organisations in it (not its whole body: the
 *   quotes, most of a body's searchable words, are documents of their own); a person their names,
 *   and their titles and roles; a quote its words, and its speaker's name.
 * - Function words (English and German) are neither indexed nor searched: they are in nearly every
 *   document, so a query for one would rank the whole index for nothing.
 * - Every word of a query must match (AND), as a whole word, as a prefix (3 characters or more) or
 *   one edit away (4 characters or more); the rarest word is matched first and the others only
 *   score the documents still in the running, so a query's cost follows what it finds.
 * - Scores accumulate in arrays indexed by document, reused across queries: no object per posting.
 */
import MiniSearch from 'minisearch';
import type { ArticleRecord, PersonRecord, QuoteRecord } from './records.ts';

export interface SearchHit<Item> {
  record: Item;
  score: number;
}

/** Longer queries are rejected by the resolver; this only bounds the index's own work. */
const MAX_TERMS = 16;

/**
 * Results of recent queries, kept while the store lives (it is immutable, so they stay right).
 * Bounded by the number of hits held, not of queries: one common word can match every document.
 */
const CACHED_HITS_LIMIT = 500_000;

/** Shorter query words match only whole words: a 1- or 2-letter prefix matches half the index. */
const MIN_PREFIX_LENGTH = 3;
/** Shorter query words must be spelled right: one edit away from "war" is too much. */
const MIN_FUZZY_LENGTH = 4;
const TITLE_BOOST = 3;
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
/** Positions in a result list stay below this (2^22 documents), so ranks pack into a double. */
const RANK_SPAN = 4_194_304;

const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by for from had has have he her his i in is it its of on or ' +
    'our she that the their them they this to was we were will with you ' +
    'der die das den dem des ein eine einer eines einem einen und oder ist sind war im zu ' +
    'mit von auf für nicht sich es er sie wir ich auch als bei'
  ).split(' '),
);

const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];

/** A token as indexed and searched: lower-cased; null for a function word. */
function indexTerm(token: string): string | null {
  const term = token.toLowerCase();
  return term.length === 0 || STOP_WORDS.has(term) ? null : term;
}

export interface SearchIndex<Item> {
  /** Best match first. The same array is returned for a repeated query: do not mutate it. */
  search(query: string): readonly SearchHit<Item>[];
}

interface Document {
  id: string;
  title: string;
  text: string;
}

/** Postings of one term: documents ascending, with the field (0 title, 1 text) and frequency. */
interface Postings {
  docs: Int32Array;
  /** field * 65536 + term frequency */
  fieldFreq: Int32Array;
  /** Documents holding the term in each field (BM25's document frequency). */
  titleCount: number;
  textCount: number;
}

/**
 * True when `a` and `b` are at most one typo apart: an insertion, a deletion, a substitution or two
 * neighbouring letters swapped ("peir" for "pier").
 */
function withinOneEdit(a: string, b: string): boolean {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

class TextIndex {
  readonly #postings: Postings[] = [];
  readonly #termIds = new Map<string, number>();
  /** Terms in code-unit order, for prefix ranges. */
  readonly #sorted: string[];
  /** Terms by length, for fuzzy matching. */
  readonly #byLength: string[][] = [];
  readonly #titleLength: Uint16Array;
  readonly #textLength: Uint16Array;
  readonly #avgTitle: number;
  readonly #avgText: number;
  readonly #count: number;
  // Per-query scratch, reused (search is synchronous).
  readonly #score: Float64Array;
  readonly #matched: Uint8Array;

  constructor(documents: readonly Document[]) {
    const count = documents.length;
    this.#count = count;
    this.#titleLength = new Uint16Array(count);
    this.#textLength = new Uint16Array(count);
    this.#score = new Float64Array(count);
    this.#matched = new Uint8Array(count);
    const building: number[][] = [];
    let titleTotal = 0;
    let textTotal = 0;
    const frequencies = new Map<string, number>();
    for (let doc = 0; doc < count; doc++) {
      const document = documents[doc]!;
      for (let field = 0; field < 2; field++) {
        frequencies.clear();
        for (const token of tokenize(field === 0 ? document.title : document.text)) {
          const term = indexTerm(token);
          if (term !== null) frequencies.set(term, (frequencies.get(term) ?? 0) + 1);
        }
        const length = Math.min(frequencies.size, 65_535);
        if (field === 0) {
          this.#titleLength[doc] = length;
          titleTotal += length;
        } else {
          this.#textLength[doc] = length;
          textTotal += length;
        }
        for (const [term, frequency] of frequencies) {
          let id = this.#termIds.get(term);
          if (id === undefined) {
            id = building.length;
            this.#termIds.set(term, id);
            building.push([]);
          }
          building[id]!.push(doc, field * 65_536 + Math.min(frequency, 65_535));
        }
      }
    }
    this.#avgTitle = count ? titleTotal / count : 0;
    this.#avgText = count ? textTotal / count : 0;
    for (const flat of building) {
      const size = flat.length / 2;
      const docs = new Int32Array(size);
      const fieldFreq = new Int32Array(size);
      let titleCount = 0;
      for (let i = 0; i < size; i++) {
        docs[i] = flat[2 * i]!;
        fieldFreq[i] = flat[2 * i + 1]!;
        if (fieldFreq[i]! < 65_536) titleCount++;
      }
      this.#postings.push({ docs, fieldFreq, titleCount, textCount: size - titleCount });
    }
    this.#sorted = [...this.#termIds.keys()].sort();
    for (const term of this.#sorted) (this.#byLength[term.length] ??= []).push(term);
  }

  /** Index terms a query word matches, with their weights (exact 1, prefix and fuzzy less). */
  #expand(word: string): Map<number, number> {
    const matches = new Map<number, number>();
    const exact = this.#termIds.get(word);
    if (exact !== undefined) matches.set(exact, 1);
    if (word.length >= MIN_PREFIX_LENGTH) {
      let low = 0;
      let high = this.#sorted.length;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if (this.#sorted[mid]! < word) low = mid + 1;
        else high = mid;
      }
      for (let i = low; i < this.#sorted.length; i++) {
        const term = this.#sorted[i]!;
        if (!term.startsWith(word)) break;
        const distance = term.length - word.length;
        if (distance === 0) continue;
        matches.set(
          this.#termIds.get(term)!,
          (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance),
        );
      }
    }
    if (word.length >= MIN_FUZZY_LENGTH) {
      for (let length = word.length - 1; length <= word.length + 1; length++) {
        for (const term of this.#byLength[length] ?? []) {
          if (term === word || !withinOneEdit(word, term)) continue;
          const id = this.#termIds.get(term)!;
          if (!matches.has(id)) matches.set(id, (FUZZY_WEIGHT * term.length) / (term.length + 1));
        }
      }
    }
    return matches;
  }

  /** Matching documents (every word) with their scores, in no particular order. */
  search(words: readonly string[]): { docs: Int32Array; scores: Float64Array } {
    const expanded = words.map((word) => this.#expand(word));
    const sizes = expanded.map((matches) => {
      let size = 0;
      for (const id of matches.keys()) size += this.#postings[id]!.docs.length;
      return size;
    });
    const order = words.map((_, i) => i).sort((a, b) => sizes[a]! - sizes[b]!);
    const score = this.#score;
    const matched = this.#matched;
    const candidates: number[] = [];
    const total = this.#count;
    for (let step = 0; step < order.length; step++) {
      const matches = expanded[order[step]!]!;
      for (const [id, weight] of matches) {
        const { docs, fieldFreq, titleCount, textCount } = this.#postings[id]!;
        const idfTitle = Math.log(1 + (total - titleCount + 0.5) / (titleCount + 0.5));
        const idfText = Math.log(1 + (total - textCount + 0.5) / (textCount + 0.5));
        for (let i = 0; i < docs.length; i++) {
          const doc = docs[i]!;
          const seen = matched[doc]!;
          // A document missing an earlier (rarer) word is out of the running.
          if (seen < step) continue;
          const packed = fieldFreq[i]!;
          const field = packed >>> 16;
          const frequency = packed & 0xffff;
          const length = field === 0 ? this.#titleLength[doc]! : this.#textLength[doc]!;
          const average = field === 0 ? this.#avgTitle : this.#avgText;
          const idf = field === 0 ? idfTitle : idfText;
          const bm25 =
            idf *
            (BM25.d +
              (frequency * (BM25.k + 1)) /
                (frequency + BM25.k * (1 - BM25.b + (BM25.b * length) / (average || 1))));
          score[doc]! += weight * (field === 0 ? TITLE_BOOST : 1) * bm25;
          if (seen === step) {
            matched[doc] = step + 1;
            if (step === 0) candidates.push(doc);
          }
        }
      }
    }
    const found: number[] = [];
    for (const doc of candidates) if (matched[doc] === order.length) found.push(doc);
    const docs = Int32Array.from(found).sort();
    const scores = new Float64Array(docs.length);
    // As MiniSearch: the score grows with the number of query words matched (all, here).
    for (let i = 0; i < docs.length; i++) scores[i] = score[docs[i]!]! * order.length;
    for (const doc of candidates) {
      score[doc] = 0;
      matched[doc] = 0;
    }
    return { docs, scores };
  }
}

/** @param resolve turns an indexed ID back into its record */
export function buildSearchIndex<Item>(
  articles: readonly ArticleRecord[],
  people: readonly PersonRecord[],
  quotes: readonly QuoteRecord[],
  resolve: (id: string) => Item | undefined,
): SearchIndex<Item> {
  const documents: Document[] = [];
  for (const article of articles) {
    documents.push({
      id: article.id,
      title: article.headline,
      text: [
        article.lead ?? '',
        article.tags.join(' '),
        article.subheadings.join('\n'),
        article.people.map((person) => person.name).join('\n'),
        article.organizations.map((organization) => organization.name).join('\n'),
      ].join('\n'),
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
  const index = new TextIndex(documents);
  const records = documents.map((document) => resolve(document.id));
  const cache = new Map<string, SearchHit<Item>[]>();
  let cachedHits = 0;
  return {
    search(query: string): readonly SearchHit<Item>[] {
      const words: string[] = [];
      for (const token of tokenize(query)) {
        const term = indexTerm(token);
        if (term !== null && !words.includes(term)) words.push(term);
        if (words.length === MAX_TERMS) break;
      }
      if (words.length === 0) return [];
      const key = words.join(' ');
      const cached = cache.get(key);
      if (cached) {
        // Map order is insertion order: re-inserting makes this the most recently used.
        cache.delete(key);
        cache.set(key, cached);
        return cached;
      }
      const { docs, scores } = index.search(words);
      // Best first; equal scores in index order (articles newest first, then people, quotes).
      // Sorted as numbers (native, no comparator): the score in micro-units above the position.
      // Scores are reported in micro-units, so the order shown is exactly the order used.
      let order: ArrayLike<number>;
      const top = scores.reduce((max, value) => Math.max(max, value), 0);
      if (Math.round(top * 1e6) * RANK_SPAN < Number.MAX_SAFE_INTEGER) {
        const ranked = new Float64Array(docs.length);
        for (let i = 0; i < docs.length; i++) {
          ranked[i] = -Math.round(scores[i]! * 1e6) * RANK_SPAN + i;
        }
        ranked.sort();
        for (let i = 0; i < ranked.length; i++) {
          ranked[i] = ((ranked[i]! % RANK_SPAN) + RANK_SPAN) % RANK_SPAN;
        }
        order = ranked;
      } else {
        const micro = (i: number) => Math.round(scores[i]! * 1e6);
        order = Array.from(docs, (_, i) => i).sort((a, b) => micro(b) - micro(a) || a - b);
      }
      const hits: SearchHit<Item>[] = [];
      for (let n = 0; n < order.length; n++) {
        const i = order[n]!;
        const record = records[docs[i]!];
        if (record !== undefined) hits.push({ record, score: Math.round(scores[i]! * 1e6) / 1e6 });
      }
      if (hits.length <= CACHED_HITS_LIMIT) {
        cache.set(key, hits);
        cachedHits += hits.length;
        for (const [oldKey, oldHits] of cache) {
          if (cachedHits <= CACHED_HITS_LIMIT) break;
          cache.delete(oldKey);
          cachedHits -= oldHits.length;
        }
      }
      return hits;
    },
  };
}
