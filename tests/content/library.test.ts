import { copyFileSync, mkdtempSync, mkdirSync, utimesSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONTENT_DIR } from '../../src/config.ts';
import { ContentDirError, ContentLibrary } from '../../src/content/library.ts';

const SEED = path.join(DEFAULT_CONTENT_DIR, '000_efc4b3a9b3049d34.txt');
// A second page in the same format (invented events), from the evaluation set.
const SECOND_PAGE = path.join(import.meta.dirname, '..', '..', 'eval', 'dev', '01_veldhaven_dyke.txt');

function contentDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-library-'));
  mkdirSync(path.join(dir, 'nested'));
  copyFileSync(SEED, path.join(dir, 'nested', 'seed.txt'));
  return dir;
}

/** Moves a file's modification time, as an editor's save would. */
function touch(file: string, secondsAhead: number): void {
  const when = new Date(Date.now() + secondsAhead * 1000);
  utimesSync(file, when, when);
}

describe('ContentLibrary', () => {
  it('loads pages from sub-folders and reports broken ones with a reason', async () => {
    const dir = contentDir();
    writeFileSync(path.join(dir, 'empty.txt'), '   \n');
    writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from([0x48, 0xe9, 0x6c, 0x6c, 0x6f, 0x0a]));
    writeFileSync(path.join(dir, 'huge.txt'), 'x'.repeat(3000));
    const library = new ContentLibrary(dir, { maxPageBytes: 2900 });
    const report = await library.load();
    expect(report.loaded).toBe(1);
    expect(report.skipped.map((page) => page.file).sort()).toEqual([
      'empty.txt',
      'huge.txt',
      'latin1.txt',
    ]);
    expect(report.skipped.find((page) => page.file === 'huge.txt')?.reason).toContain('2900');
    expect(report.skipped.find((page) => page.file === 'latin1.txt')?.reason).toContain('UTF-8');
  });

  it('rejects a missing folder or a file in its place with a one-line ContentDirError', async () => {
    await expect(new ContentLibrary('/nonexistent/pages').load()).rejects.toThrow(ContentDirError);
    await expect(new ContentLibrary(SEED).load()).rejects.toThrow(/is not a folder/);
  });

  it('swaps in a new store on reload, leaving the old one intact for requests that hold it', async () => {
    const dir = contentDir();
    const library = new ContentLibrary(dir);
    const first = await library.load();
    const before = library.store;
    copyFileSync(SECOND_PAGE, path.join(dir, 'second.txt'));
    const second = await library.load();
    expect(second.loaded).toBe(2);
    expect(second.version).not.toBe(first.version);
    expect(library.store).not.toBe(before);
    expect(before.articles).toHaveLength(1);
    rmSync(path.join(dir, 'second.txt'));
    expect((await library.load()).loaded).toBe(1);
  });

  it('keeps the last good version of a page that breaks', async () => {
    const dir = contentDir();
    const library = new ContentLibrary(dir);
    await library.load();
    const seed = path.join(dir, 'nested', 'seed.txt');
    const headline = library.store.articles[0]?.headline;
    writeFileSync(seed, '');
    touch(seed, 5);
    const report = await library.load();
    expect(report.keptPrevious).toBe(1);
    expect(report.skipped[0]?.file).toBe(path.join('nested', 'seed.txt'));
    expect(library.store.articles.map((article) => article.headline)).toEqual([headline]);
  });

  it('keeps its version when nothing changed', async () => {
    const library = new ContentLibrary(contentDir());
    const first = await library.load();
    expect((await library.load()).version).toBe(first.version);
  });

  it('reloads by itself when a file in the folder changes', async () => {
    const dir = contentDir();
    const library = new ContentLibrary(dir);
    await library.load();
    const reloaded = new Promise<number>((resolve, reject) =>
      library.watch((report) => resolve(report.loaded), reject, 50),
    );
    copyFileSync(SECOND_PAGE, path.join(dir, 'added.txt'));
    expect(await reloaded).toBe(2);
    library.close();
  });

  it('parses many pages on worker threads with the same outcome as on this thread', async () => {
    const dir = contentDir();
    copyFileSync(SECOND_PAGE, path.join(dir, 'second.txt'));
    writeFileSync(path.join(dir, 'empty.txt'), '   \n');
    writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from([0x48, 0xe9, 0x6c, 0x6c, 0x6f, 0x0a]));
    const inThread = new ContentLibrary(dir, { parseWorkers: 0 });
    const inWorkers = new ContentLibrary(dir, { parseWorkers: 2, minPagesForWorkers: 1 });
    const a = await inThread.load();
    const b = await inWorkers.load();
    expect(b.loaded).toBe(2);
    expect(b.skipped).toEqual(a.skipped);
    expect(b.version).toBe(a.version);
    const strip = (library: ContentLibrary) =>
      library.store.articles.map((article) => ({
        headline: article.headline,
        bodyText: article.bodyText,
        blocks: article.blocks.map((block) => (block.kind === 'IMAGE' ? block.image.id : block)),
        paragraphs: article.paragraphs,
        quotes: article.quotes.map((quote) => [quote.id, quote.text, quote.speaker?.id ?? null]),
        people: article.people.map((person) => person.id),
      }));
    expect(strip(inWorkers)).toEqual(strip(inThread));
    // The workers also count the pages' words for the search index: same index, same ranking.
    const ranked = (library: ContentLibrary, query: string) => {
      const hits = library.store.search(query);
      return Array.from({ length: hits.length }, (_, i) => [hits[i]!.record.id, hits[i]!.score]);
    };
    const headline = inThread.store.articles[0]!.headline.split(' ').slice(0, 2).join(' ');
    const queries = [headline, 'Veldhaven', 'dyke water', 'minister', 'goverment'];
    for (const query of queries) {
      expect(ranked(inWorkers, query), query).toEqual(ranked(inThread, query));
    }
    expect(ranked(inWorkers, headline).length).toBeGreaterThan(0);
  });
});
