import {
  copyFileSync,
  mkdtempSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONTENT_DIR } from '../../src/config.ts';
import { ContentLibrary, type LibraryOptions } from '../../src/content/library.ts';
import { parserVersion } from '../../src/content/parseCache.ts';

const SEED = path.join(DEFAULT_CONTENT_DIR, '000_efc4b3a9b3049d34.txt');
const SECOND_PAGE = path.join(import.meta.dirname, '..', '..', 'eval', 'dev', '01_veldhaven_dyke.txt');
const THIRD_PAGE = path.join(import.meta.dirname, '..', '..', 'eval', 'dev', '02_baltic_drills.txt');

function folders(): { dir: string; cacheDir: string } {
  const root = mkdtempSync(path.join(tmpdir(), 'newsgraph-cache-'));
  const dir = path.join(root, 'content');
  mkdirSync(path.join(dir, 'nested'), { recursive: true });
  copyFileSync(SEED, path.join(dir, 'nested', 'seed.txt'));
  copyFileSync(SECOND_PAGE, path.join(dir, 'second.txt'));
  writeFileSync(path.join(dir, 'empty.txt'), '   \n');
  return { dir, cacheDir: path.join(root, 'cache') };
}

function segments(cacheDir: string): string[] {
  return readdirSync(cacheDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.pages'))
    .map((name) => path.join(cacheDir, name));
}

/** What a client can see of a store, to compare two stores. */
function served(library: ContentLibrary) {
  const store = library.store;
  const hits = store.search('Veldhaven minister');
  return {
    version: store.version,
    articles: store.articles.map((article) => ({
      id: article.id,
      headline: article.headline,
      lead: article.lead,
      bodyText: article.bodyText,
      tags: article.tags,
      blocks: article.blocks.map((block) => (block.kind === 'IMAGE' ? block.image.id : block)),
      paragraphs: article.paragraphs,
      images: article.images.map((image) => [image.id, image.caption, image.credit]),
      quotes: article.quotes.map((quote) => [quote.id, quote.text, quote.span, quote.cue, quote.speaker?.id ?? null]),
      people: article.people.map((person) => [person.id, person.aliases, person.titles]),
      source: article.source,
    })),
    people: store.people.map((person) => person.id),
    search: Array.from({ length: hits.length }, (_, i) => [hits[i]!.record.id, hits[i]!.score]),
  };
}

async function loaded(dir: string, options: LibraryOptions) {
  const warnings: string[] = [];
  const library = new ContentLibrary(dir, { ...options, warn: (message) => warnings.push(message) });
  const report = await library.load();
  return { library, report, warnings };
}

describe('parse cache', () => {
  it('serves a restart from the cache with the same store as a fresh parse', async () => {
    const { dir, cacheDir } = folders();
    const fresh = await loaded(dir, {});
    const cold = await loaded(dir, { cacheDir });
    expect(cold.report.parsed).toMatchObject({ pages: 3, cached: 0, written: 2 });
    const warm = await loaded(dir, { cacheDir });
    // Two pages from the cache; the empty page (skipped) is not cached and is tried again.
    expect(warm.report.parsed).toMatchObject({ pages: 1, cached: 2, written: 0 });
    expect(warm.report.skipped).toEqual(fresh.report.skipped);
    expect(warm.report.loaded).toBe(2);
    expect(served(warm.library)).toEqual(served(fresh.library));
    // The same through parse workers.
    const workers = await loaded(dir, { cacheDir, parseWorkers: 2, minPagesForWorkers: 1 });
    expect(workers.report.parsed.cached).toBe(2);
    expect(served(workers.library)).toEqual(served(fresh.library));
    expect([...cold.warnings, ...warm.warnings]).toEqual([]);
  });

  it('writes pages parsed by workers the same as pages parsed on this thread', async () => {
    const { dir, cacheDir } = folders();
    const fresh = await loaded(dir, {});
    await loaded(dir, { cacheDir, parseWorkers: 2, minPagesForWorkers: 1 });
    const warm = await loaded(dir, { cacheDir, parseWorkers: 0 });
    expect(warm.report.parsed.cached).toBe(2);
    expect(served(warm.library)).toEqual(served(fresh.library));
  });

  it('parses a changed file again, and caches the new version', async () => {
    const { dir, cacheDir } = folders();
    await loaded(dir, { cacheDir });
    const second = path.join(dir, 'second.txt');
    copyFileSync(THIRD_PAGE, second);
    const when = new Date(Date.now() + 5_000);
    utimesSync(second, when, when);
    const changed = await loaded(dir, { cacheDir });
    expect(changed.report.parsed).toMatchObject({ pages: 2, cached: 1, written: 1 });
    const fresh = await loaded(dir, {});
    expect(served(changed.library)).toEqual(served(fresh.library));
    const again = await loaded(dir, { cacheDir });
    expect(again.report.parsed).toMatchObject({ pages: 1, cached: 2 });
    expect(served(again.library)).toEqual(served(fresh.library));
  });

  it('ignores a damaged cache: a bad page is parsed, a cut-off segment is dropped', async () => {
    const { dir, cacheDir } = folders();
    const fresh = await loaded(dir, {});
    await loaded(dir, { cacheDir });
    const [segment] = segments(cacheDir);
    const bytes = readFileSync(segment!);
    // One byte changed in the first page's bytes (right after the header).
    const damaged = Buffer.from(bytes);
    damaged[100] = damaged[100]! ^ 0x20;
    writeFileSync(segment!, damaged);
    const afterDamage = await loaded(dir, { cacheDir });
    expect(afterDamage.report.parsed.cached).toBe(1);
    expect(afterDamage.warnings.join()).toContain('damaged');
    expect(served(afterDamage.library)).toEqual(served(fresh.library));

    for (const file of segments(cacheDir)) writeFileSync(file, bytes.subarray(0, bytes.length - 10));
    const afterCut = await loaded(dir, { cacheDir });
    expect(afterCut.report.parsed.cached).toBe(0);
    expect(afterCut.warnings.join()).toContain('ignored');
    expect(served(afterCut.library)).toEqual(served(fresh.library));
    // Garbage where the cache folder should be: the load goes on without a cache.
    const blocked = path.join(path.dirname(cacheDir), 'not-a-folder');
    writeFileSync(blocked, 'x');
    const unwritable = await loaded(dir, { cacheDir: blocked });
    expect(unwritable.report.loaded).toBe(2);
    expect(unwritable.warnings.join()).toContain('cannot be written');
  });

  it('misses when the parser version differs', async () => {
    const { dir, cacheDir } = folders();
    await loaded(dir, { cacheDir });
    const other = await loaded(dir, { cacheDir, parserVersion: 'another parser' });
    expect(other.report.parsed).toMatchObject({ pages: 3, cached: 0, written: 2 });
    // The other version's segment replaced this version's (deleted as of no use), and back.
    const back = await loaded(dir, { cacheDir });
    expect(back.report.parsed).toMatchObject({ cached: 0, written: 2 });
    expect(segments(cacheDir)).toHaveLength(1);
  });

  it('versions the parser by the code it runs, imports followed', () => {
    const code = mkdtempSync(path.join(tmpdir(), 'newsgraph-parser-'));
    writeFileSync(path.join(code, 'worker.ts'), "import { parse } from './parse/index.ts';\nparse();\n");
    mkdirSync(path.join(code, 'parse'));
    writeFileSync(
      path.join(code, 'parse', 'index.ts'),
      "import type { A } from './types.ts';\nexport {\n  rule,\n} from './rules.ts';\nexport const parse = () => 1;\n",
    );
    writeFileSync(path.join(code, 'parse', 'types.ts'), 'export type A = string;\n');
    writeFileSync(path.join(code, 'parse', 'rules.ts'), 'export const rule = /a/;\n');
    const roots = [path.join(code, 'worker.ts')];
    const first = parserVersion(roots);
    expect(parserVersion(roots)).toBe(first);
    writeFileSync(path.join(code, 'parse', 'rules.ts'), 'export const rule = /b/;\n');
    const second = parserVersion(roots);
    expect(second).not.toBe(first);
    writeFileSync(path.join(code, 'parse', 'types.ts'), 'export type A = number;\n');
    expect(parserVersion(roots)).not.toBe(second);
    // The service's own parser: found from its sources, and stable.
    expect(parserVersion()).toMatch(/^[0-9a-f]{64}$/);
    expect(parserVersion()).toBe(parserVersion());
  });
});
