/**
 * Scores of recently searched words, kept in one ring of typed arrays allocated with the index:
 * a word scored for the first time is copied in where the ring is at, over the oldest words. A
 * query's new words then allocate nothing -- arrays of a word's matches (up to 12 bytes a document,
 * megabytes for a common word) would otherwise be garbage as soon as the cache dropped them, and
 * bring on full collections of a heap the size of the store, which stall every request.
 */

/** One word's matches in the order they were first scored, with its score for each. */
export interface TermMatches {
  ids: Int32Array;
  scores: Float64Array;
}

export class ScoreRing {
  readonly #ids: Int32Array;
  readonly #scores: Float64Array;
  /** Where the next word goes. */
  #head = 0;
  #wrapped = false;
  /** Oldest first: each cycle of the ring writes words at rising positions. */
  #entries = new Map<string, { start: number; length: number }>();

  constructor(readonly capacity: number) {
    this.#ids = new Int32Array(capacity);
    this.#scores = new Float64Array(capacity);
  }

  /** Whether more than `share` of the ring has been written. */
  filled(share: number): boolean {
    return this.#wrapped || this.#head > this.capacity * share;
  }

  /** The word's matches, valid until the next `put`. */
  get(key: string): TermMatches | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    const end = entry.start + entry.length;
    return {
      ids: this.#ids.subarray(entry.start, end),
      scores: this.#scores.subarray(entry.start, end),
    };
  }

  /**
   * Keeps documents `order[0..count)` with their scores `sums[document]`; returns them as kept
   * (valid until the next `put`), or undefined for a word too large to keep (over a quarter of
   * the ring, which would push out most others).
   */
  put(key: string, order: Int32Array, sums: Float64Array, count: number): TermMatches | undefined {
    if (count > this.capacity / 4) return undefined;
    if (this.#head + count > this.capacity) {
      this.#evictBefore(this.capacity);
      this.#head = 0;
      this.#wrapped = true;
    }
    this.#evictBefore(this.#head + count);
    const start = this.#head;
    const ids = this.#ids.subarray(start, start + count);
    const scores = this.#scores.subarray(start, start + count);
    ids.set(order.subarray(0, count));
    for (let i = 0; i < count; i++) scores[i] = sums[ids[i]!]!;
    this.#entries.set(key, { start, length: count });
    this.#head += count;
    return { ids, scores };
  }

  /**
   * Drops the words of the previous cycle that start before `end`: those written over next. They
   * are the oldest entries (the previous cycle's words that started before the head are gone).
   */
  #evictBefore(end: number): void {
    for (const [key, entry] of this.#entries) {
      if (entry.start < this.#head || entry.start >= end) break;
      this.#entries.delete(key);
    }
  }
}
