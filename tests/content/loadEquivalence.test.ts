/**
 * A load builds the store while the parse workers are still parsing (pages added in file order as
 * they settle): whatever the threads, the arrival order or the parse cache, the store must be the
 * one `buildStore` makes of the same pages parsed one after another.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { afterAll, describe, expect, it } from 'vitest';
import { searchQueries } from '../../bench/corpus-scale.ts';
import { writeCorpus } from '../../bench/corpus.ts';
import { ContentLibrary } from '../../src/content/library.ts';
import { parseArticle } from '../../src/parse/index.ts';
import type { SourcedArticle } from '../../src/store/records.ts';
import { MINISEARCH_OPTIONS, searchDocuments } from '../../src/store/search.ts';
import { buildStore, type ContentStore } from '../../src/store/store.ts';

const PAGES = 240;

/** Everything a store serves, references written as IDs. */
function snapshot(store: ContentStore) {
  const ref = (record: { id: string } | null) => record?.id ?? null;
  return {
    articles: store.articles.map((article) => ({
      ...article,
      blocks: article.blocks.map((block) =>
        block.kind === 'IMAGE' ? { kind: 'IMAGE', image: block.image.id } : block,
      ),
      images: article.images.map((image) => ({
        ...image,
        article: ref(image.article),
        quotes: image.quotes.map(ref),
      })),
      people: article.people.map(ref),
      organizations: article.organizations.map(ref),
      quotes: article.quotes.map(ref),
    })),
    people: store.people.map((person) => ({
      ...person,
      articles: person.articles.map(ref),
      quotes: person.quotes.map(ref),
    })),
    organizations: store.organizations.map((organization) => ({
      ...organization,
      articles: organization.articles.map(ref),
      quotes: organization.quotes.map(ref),
    })),
    quotes: store.quotes.map((quote) => ({
      ...quote,
      speaker: ref(quote.speaker),
      article: ref(quote.article),
      image: ref(quote.image),
    })),
  };
}

function ranked(store: ContentStore, query: string) {
  const hits = store.search(query);
  return Array.from({ length: hits.length }, (_, i) => [hits[i]!.record.id, hits[i]!.score]);
}

describe('loading with workers, on this thread and from the parse cache', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-equivalence-'));
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'newsgraph-equivalence-cache-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(cacheDir, { recursive: true, force: true });
  });
  const files = await writeCorpus(dir, PAGES, 4);
  // Second copies of pages (the first in file order wins: the copy of page 7, named after page 3,
  // and page 5 itself) and a page that is left out.
  copyFileSync(path.join(dir, files[7]!), path.join(dir, `${files[3]!}.copy.txt`));
  copyFileSync(path.join(dir, files[5]!), path.join(dir, `zz-${files[5]!}`));
  copyFileSync('/dev/null', path.join(dir, '000-empty.txt'));

  // The reference: every page parsed here, in file order, and built at once.
  const pages: SourcedArticle[] = [];
  for (const file of readdirSync(dir).sort()) {
    const result = parseArticle(readFileSync(path.join(dir, file), 'utf8'));
    if (result.ok) pages.push({ source: file, article: result.article });
  }
  const reference = buildStore(pages).store;

  const inThread = new ContentLibrary(dir, { parseWorkers: 0 });
  const inWorkers = new ContentLibrary(dir, { parseWorkers: 2, cacheDir });
  const fromCache = new ContentLibrary(dir, { parseWorkers: 2, cacheDir });
  const loads = {
    inThread: await inThread.load(),
    inWorkers: await inWorkers.load(),
    fromCache: await fromCache.load(),
  };
  const libraries = { inThread, inWorkers, fromCache };

  it('loads every page, parsed or from the cache', () => {
    expect(loads.inWorkers.parsed).toMatchObject({ pages: PAGES + 3, workers: 2 });
    expect(loads.fromCache.parsed).toMatchObject({ pages: 1, cached: PAGES + 2 });
    expect(reference.articles.length).toBe(PAGES);
    for (const load of Object.values(loads)) {
      expect(load.loaded).toBe(PAGES);
      expect(load.skipped).toEqual(loads.inThread.skipped);
      expect(load.version).toBe(loads.inThread.version);
    }
    expect(loads.inThread.skipped.map((page) => page.file).sort()).toEqual(
      ['000-empty.txt', files[7]!, `zz-${files[5]!}`].sort(),
    );
  });

  it('serves the same articles, people, organizations and quotes', () => {
    const expected = snapshot(reference);
    for (const [name, library] of Object.entries(libraries)) {
      expect(snapshot(library.store), name).toEqual(expected);
      for (const article of reference.articles.slice(0, 20)) {
        expect(library.store.getNode(article.id)?.id, name).toBe(article.id);
      }
    }
  });

  it('ranks searches as MiniSearch does over the same records, scores included', () => {
    const miniSearch = new MiniSearch(MINISEARCH_OPTIONS);
    miniSearch.addAll(searchDocuments(reference.articles, reference.people, reference.quotes));
    const queries = searchQueries(80);
    for (const query of queries) {
      const expected = miniSearch.search(query).map((hit) => [hit.id, hit.score]);
      expect(ranked(reference, query), query).toEqual(expected);
      for (const [name, library] of Object.entries(libraries)) {
        expect(ranked(library.store, query), `${name}: ${query}`).toEqual(expected);
      }
    }
  });
});
