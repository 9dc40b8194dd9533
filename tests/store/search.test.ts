import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { generatePage, VOCABULARY } from '../../bench/corpus.ts';
import { parseArticle } from '../../src/parse/index.ts';
import type { SearchableRecord } from '../../src/store/records.ts';
import {
  buildSearchIndex,
  MINISEARCH_OPTIONS,
  pageTerms,
  searchDocuments,
} from '../../src/store/search.ts';
import { buildStore } from '../../src/store/store.ts';

const PAGES = 300;

function corpus({ countedByWorkers = false } = {}) {
  const pages = [];
  for (let i = 0; i < PAGES; i++) {
    const result = parseArticle(generatePage(i, 3).text);
    if (!result.ok) continue;
    const { article } = result;
    // As a parse worker sends a page: with its words counted and packed.
    pages.push({
      source: `${i}.txt`,
      article,
      terms: countedByWorkers ? pageTerms(article) : undefined,
    });
  }
  return buildStore(pages).store;
}

describe('search ranking', () => {
  const store = corpus();
  // The index exactly as MiniSearch builds and ranks it, for reference.
  const reference = new MiniSearch(MINISEARCH_OPTIONS);
  reference.addAll(searchDocuments(store.articles, store.people, store.quotes));
  const queries = [
    ...VOCABULARY.last.slice(0, 12),
    ...VOCABULARY.places.slice(0, 6),
    ...VOCABULARY.topics.map((topic) => topic.issue),
    'we cannot wait',
    'pro',
    'decision',
    'costs residents',
    'year decisoin',
    'wait wait',
    'the numbers speak',
    'Lindqvst',
    'halvorsen port',
    'por',
    'ab',
    'the and of',
    'nothing-matches-this',
    'Barrier water LEVELS said',
  ];

  it('gives the hits, scores and order of MiniSearch search (AND), ties included', () => {
    let large = 0;
    let ties = 0;
    for (const query of queries) {
      const expected = reference.search(query).map((hit) => [hit.id, hit.score]);
      if (expected.length > 1000) large++;
      ties += expected.filter((hit, i) => i > 0 && hit[1] === expected[i - 1]![1]).length;
      const all = store.search(query);
      const actual = Array.from({ length: all.length }, (_, i) => [
        all[i]!.record.id,
        all[i]!.score,
      ]);
      expect(actual, query).toEqual(expected);
    }
    // The corpus is large and repetitive enough to exercise ranking many hits and equal scores.
    expect(large).toBeGreaterThan(0);
    expect(ties).toBeGreaterThan(100);
  });

  it('ranks the same when the words come counted by the parse workers', () => {
    const counted = corpus({ countedByWorkers: true });
    for (const query of queries) {
      const expected = reference.search(query).map((hit) => [hit.id, hit.score]);
      const all = counted.search(query);
      const actual = Array.from({ length: all.length }, (_, i) => [
        all[i]!.record.id,
        all[i]!.score,
      ]);
      expect(actual, query).toEqual(expected);
    }
  });

  it('ranks only the best hits it is asked for, with the total still counted', () => {
    for (const query of queries) {
      const expected = reference.search(query).map((hit) => [hit.id, hit.score]);
      for (const limit of [1, 10, 101, 250]) {
        const top = store.search(query, limit);
        expect(top.length, query).toBe(expected.length);
        const filled = Math.min(limit, expected.length);
        const actual = Array.from({ length: filled }, (_, i) => [top[i]!.record.id, top[i]!.score]);
        expect(actual, `${query} / ${limit}`).toEqual(expected.slice(0, filled));
      }
    }
  });
});

describe('search expansion budget', () => {
  const store = corpus();
  const reference = new MiniSearch(MINISEARCH_OPTIONS);
  reference.addAll(searchDocuments(store.articles, store.people, store.quotes));
  const records = new Map<string, SearchableRecord>(
    [...store.articles, ...store.people, ...store.quotes].map((record) => [record.id, record]),
  );
  const budget = 400;
  const index = buildSearchIndex(
    store.articles,
    store.people,
    store.quotes,
    (id) => records.get(id),
    {},
    { expansionPostings: budget },
  );
  const hits = (results: ArrayLike<{ record: { id: string }; score: number }>) =>
    Array.from({ length: results.length }, (_, i) => [results[i]!.record.id, results[i]!.score]);

  it('scores only the heaviest prefix and typo matches of a word over the budget', () => {
    // 'pro' and 'dec' expand to far more postings than 400 in this corpus.
    for (const query of ['pro', 'dec', 'pro costs']) {
      const expected = new Map(reference.search(query).map((hit) => [hit.id, hit.score]));
      const capped = hits(index.search(query));
      expect(capped.length, query).toBeGreaterThan(0);
      expect(capped, query).not.toEqual(hits(store.search(query)));
      // A subset of MiniSearch's hits, each scoring at most what MiniSearch gives it.
      for (const [id, score] of capped) {
        expect(expected.has(id as string), query).toBe(true);
        expect(score as number).toBeLessThanOrEqual(expected.get(id as string)! + 1e-9);
      }
      // The same answer every time (cached or not).
      expect(hits(index.search(query))).toEqual(capped);
    }
  });

  it('leaves queries within the budget exactly as MiniSearch ranks them', () => {
    for (const query of ['Lindqvst', 'halvorsen port', 'decision', 'wait wait']) {
      const expected = reference.search(query).map((hit) => [hit.id, hit.score]);
      expect(hits(index.search(query)), query).toEqual(expected);
    }
  });
});

describe('search warm-up', () => {
  it('scores frequent words ahead, a word a step, without changing any result', () => {
    const store = corpus();
    const reference = new MiniSearch(MINISEARCH_OPTIONS);
    reference.addAll(searchDocuments(store.articles, store.people, store.quotes));
    const step = store.warmUpSearch();
    let steps = 0;
    while (step()) steps++;
    expect(steps).toBeGreaterThan(10);
    for (const query of ['said', 'minister', 'pro', 'costs residents', 'Lindqvst']) {
      const expected = reference.search(query).map((hit) => [hit.id, hit.score]);
      const all = store.search(query);
      const actual = Array.from({ length: all.length }, (_, i) => [
        all[i]!.record.id,
        all[i]!.score,
      ]);
      expect(actual, query).toEqual(expected);
    }
  });
});
