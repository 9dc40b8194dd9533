/**
 * The content folder as a live library: loads every page, and reloads on demand (file watcher or
 * SIGHUP) without a restart. A reload builds a whole new store and swaps it in with one assignment,
 * so a request that took the old store keeps a consistent view. Unchanged files are not parsed
 * again, and a page that breaks keeps its last good version: a bad edit never loses content.
 */
import { statSync, watch, type FSWatcher } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { SkippedPage, SourcedArticle } from '../store/records.ts';
import { contentKey } from '../store/ids.ts';
import { StoreBuilder, type ContentStore } from '../store/store.ts';
import { decodePage, type PageRecord, type StringTable } from './compact.ts';
import { errorCode, type PageOutcome } from './pagefile.ts';
import {
  defaultPoolSize,
  parseInWorkers,
  parseOnThisThread,
  type ParseJob,
  type ParseRun,
} from './parsePool.ts';
import { ParseCache, type CacheWarning, type CachedEntry, type SegmentWriter } from './parseCache.ts';

export const DEFAULT_MAX_PAGE_BYTES = 2 * 1024 * 1024;

/** The content folder itself is missing or unreadable: the service cannot start. */
export class ContentDirError extends Error {
  override name = 'ContentDirError';
}

export interface LoadReport {
  /** Pages served. */
  loaded: number;
  /** Pages left out, with the reason; a page kept at its last good version is listed too. */
  skipped: SkippedPage[];
  /** Pages served from their last good version because the file is now broken. */
  keptPrevious: number;
  /** Identifies this content: equal versions serve equal responses. */
  version: string;
  /**
   * Where the load's time went, in milliseconds (wall clock): listing, stat'ing, reading the
   * parse `cache`, parsing (until the last page is back) and building the store. Pages go into the
   * store (`StoreBuilder.add`) in file order as soon as they are settled, mostly while the workers
   * parse: `added` is that time in all, `compact` the part of it outside the parse (pages settled
   * before it, and any left after it), and `build` what is left at the end: the store's `records`
   * (lookups, sorting, linking; `added` included) and search `index` finished, and `warm`: scoring
   * frequent search words before the store is served. Of the parse: `workers` is the time the
   * workers spent reading and parsing (added up), `received` this thread's busy time meanwhile
   * (taking in and decoding the workers' pages and adding them to the store).
   */
  timings: {
    list: number;
    stat: number;
    cache: number;
    parse: number;
    build: number;
    workers: number;
    received: number;
    compact: number;
    records: number;
    added: number;
    index: number;
    warm: number;
  };
  /**
   * Pages parsed in this load (the others were unchanged, or `cached`: read from the parse
   * cache), how many parse workers ran, and how many pages the parse cache was `written`.
   */
  parsed: { pages: number; workers: number; cached: number; written: number };
}

interface CachedPage {
  mtimeMs: number;
  size: number;
  parsed: SourcedArticle | null;
  reason: string | null;
}

export interface LibraryOptions {
  maxPageBytes?: number;
  /** Parse workers for a load with many changed pages; 0 parses on this thread (default: cores). */
  parseWorkers?: number;
  /** Fewer changed pages than this are parsed on this thread (default 64). */
  minPagesForWorkers?: number;
  /**
   * Folder of the parse cache (CONTENT_CACHE_DIR): parsed pages kept on disk, so a restart does
   * not parse unchanged files again (`parseCache.ts`). None by default.
   */
  cacheDir?: string;
  /** Told about parse cache problems (the load goes on without the cache). */
  warn?: CacheWarning;
  /** The parser's version for the parse cache (tests); default: a digest of its code. */
  parserVersion?: string;
}

/**
 * Files stat'ed in one event-loop turn. A stat of a file the kernel has cached takes microseconds
 * done synchronously, and several times that through the promise API's thread pool; a few hundred
 * at a time keep a reload from holding up requests for more than a few milliseconds.
 */
const STATS_PER_TURN = 500;

async function listPages(dir: string): Promise<string[]> {
  let info;
  try {
    info = await stat(dir);
  } catch (error) {
    throw new ContentDirError(`content folder ${dir} cannot be read (${errorCode(error)})`);
  }
  if (!info.isDirectory()) throw new ContentDirError(`content folder ${dir} is not a folder`);
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.txt'))
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort();
  } catch (error) {
    throw new ContentDirError(`content folder ${dir} cannot be listed (${errorCode(error)})`);
  }
}

export class ContentLibrary {
  #store: ContentStore | null = null;
  #version = '';
  #pages = new Map<string, CachedPage>();
  #reloading: Promise<LoadReport> | null = null;
  #pendingReload = false;
  #watcher: FSWatcher | null = null;
  #cache: Promise<ParseCache> | null = null;

  constructor(
    readonly dir: string,
    private readonly options: LibraryOptions = {},
  ) {}

  /** The store of the last successful load. */
  get store(): ContentStore {
    if (!this.#store) throw new Error('content not loaded yet');
    return this.#store;
  }

  get loaded(): boolean {
    return this.#store !== null;
  }

  get version(): string {
    return this.#version;
  }

  /**
   * Loads the folder (again). Concurrent calls share one reload, and a call made during a reload
   * runs one more afterwards, so the last change is never missed.
   */
  async load(): Promise<LoadReport> {
    if (this.#reloading) {
      this.#pendingReload = true;
      return this.#reloading;
    }
    this.#reloading = this.#loadOnce();
    try {
      return await this.#reloading;
    } finally {
      this.#reloading = null;
      if (this.#pendingReload) {
        this.#pendingReload = false;
        void this.load().catch(() => undefined);
      }
    }
  }

  async #loadOnce(): Promise<LoadReport> {
    let clock = performance.now();
    const lap = () => {
      const now = performance.now();
      const ms = Math.round(now - clock);
      clock = now;
      return ms;
    };
    const firstLoad = this.#store === null;
    const files = await listPages(this.dir);
    const sources = files.map((file) => path.relative(this.dir, file));
    const listMs = lap();
    const maxBytes = this.options.maxPageBytes ?? DEFAULT_MAX_PAGE_BYTES;
    // Stat every file; unchanged ones keep their cached page, the others are parsed below.
    const stamps: (CachedPage | { mtimeMs: number; size: number; parse: true })[] = new Array(
      files.length,
    );
    for (let i = 0; i < files.length; i++) {
      if (i > 0 && i % STATS_PER_TURN === 0) await nextTurn();
      stamps[i] = this.#stamp(files[i]!);
    }
    const statMs = lap();
    const toParse: number[] = [];
    stamps.forEach((stamp, i) => {
      if ('parse' in stamp) toParse.push(i);
    });
    // Pages share their repeated short strings through one table per load (`compactArticle`).
    const strings: StringTable = new Map();
    const outcomes = new Map<number, PageOutcome>();
    // Pages go into the store in file order (the first page of an article and the first spelling
    // of a name win), each as soon as it and every page before it are settled: most of the store
    // is built while the workers parse, not after.
    const builder = new StoreBuilder();
    const seen = new Map<string, CachedPage>();
    const skipped: SkippedPage[] = [];
    const versionParts: string[] = new Array(files.length);
    let keptPrevious = 0;
    let addedUpTo = 0;
    const settled = (i: number) => !('parse' in stamps[i]!) || outcomes.has(i);
    const addSettledPages = () => {
      for (; addedUpTo < files.length && settled(addedUpTo); addedUpTo++) {
        const i = addedUpTo;
        const file = files[i]!;
        const source = sources[i]!;
        const stamp = stamps[i]!;
        const outcome = outcomes.get(i);
        outcomes.delete(i);
        let page: CachedPage;
        if (!outcome) page = stamp as CachedPage;
        else if (outcome.article) {
          page = {
            mtimeMs: stamp.mtimeMs,
            size: stamp.size,
            parsed: { source, article: outcome.article },
            reason: null,
          };
        } else {
          const lastGood = this.#pages.get(file)?.parsed ?? null;
          page = { mtimeMs: stamp.mtimeMs, size: stamp.size, parsed: lastGood, reason: outcome.reason };
        }
        seen.set(file, page);
        versionParts[i] = `${file}:${page.size}:${page.mtimeMs}`;
        if (outcome?.article) {
          // Words counted where the page was parsed, for this build only (the library keeps
          // pages, not words).
          builder.add(outcome.terms ? { source, article: outcome.article, terms: outcome.terms } : page.parsed!);
        } else if (page.parsed && !page.reason) builder.add(page.parsed);
        else if (page.parsed) {
          keptPrevious++;
          builder.add(page.parsed);
          skipped.push({ file: source, reason: `${page.reason}; serving its last good version` });
        } else skipped.push({ file: source, reason: page.reason ?? 'unknown' });
      }
    };
    const cache = await this.#openCache(maxBytes);
    let writer: SegmentWriter | null = null;
    const jobOf: number[] = [];
    let fromCache = 0;
    if (cache) {
      const hits: number[] = [];
      const entries: CachedEntry[] = [];
      for (const i of toParse) {
        const entry = cache.lookup(sources[i]!, stamps[i]!.size, stamps[i]!.mtimeMs);
        if (entry) {
          hits.push(i);
          entries.push(entry);
        } else jobOf.push(i);
      }
      // At start-up, a cache with much dead weight is rewritten with only what is in use.
      const compact = firstLoad && cache.shouldCompact(hits.length);
      if (compact || jobOf.length > 0) writer = await cache.startSegment();
      await cache.readPages(
        entries,
        (position, bytes) => {
          const i = hits[position]!;
          let page: PageRecord;
          try {
            page = decodePage(bytes, strings);
          } catch {
            jobOf.push(i);
            return;
          }
          outcomes.set(i, { ...page, reason: null });
          if (compact) writer?.add(sources[i]!, stamps[i]!.size, stamps[i]!.mtimeMs, bytes);
          fromCache++;
          // A page read here settles no page still to be parsed: those wait for their outcome.
          addSettledPages();
        },
        (position) => jobOf.push(hits[position]!),
      );
      if (compact && writer) writer.replacesOthers = true;
      jobOf.sort((a, b) => a - b);
    } else for (const i of toParse) jobOf.push(i);
    const cacheMs = lap();

    addSettledPages();
    const addingMs = lap();

    const jobs: ParseJob[] = jobOf.map((i) => ({ file: files[i]!, size: stamps[i]!.size }));
    const busy = performance.eventLoopUtilization();
    const stats = { workerMs: 0 };
    const onEncoded = writer
      ? (job: number, bytes: Uint8Array) => {
          const i = jobOf[job]!;
          writer.add(sources[i]!, stamps[i]!.size, stamps[i]!.mtimeMs, bytes);
        }
      : undefined;
    // An error while adding a page (never expected) fails the load after the parse, not a worker.
    let addError: { error: unknown } | null = null;
    const onOutcome = (job: number, outcome: PageOutcome) => {
      outcomes.set(jobOf[job]!, outcome);
      if (addError) return;
      try {
        addSettledPages();
      } catch (error) {
        addError = { error };
      }
    };
    let workers: number;
    try {
      workers = await this.#parse(jobs, { maxBytes, strings, onOutcome, onEncoded, stats });
      if (addError) throw (addError as { error: unknown }).error;
    } catch (error) {
      await writer?.abandon();
      throw error;
    }
    const receivedMs = Math.round(performance.eventLoopUtilization(busy).active);
    const parseMs = lap();
    // Written while the store is finished; its pages' bytes are already on their way.
    const cacheWritten = this.#finishSegment(cache, writer);

    // Every job has its outcome by now; were one missing, its page would be left out, not the rest.
    for (const i of jobOf) if (!outcomes.has(i) && i >= addedUpTo) outcomes.set(i, { article: null, reason: 'not parsed' });
    addSettledPages();
    const compactMs = lap() + addingMs;
    const built = builder.finish(contentKey(...versionParts));
    skipped.push(...built.skipped);
    // The most frequent words scored before the store is served, a word an event-loop turn, so
    // a reload never holds up the requests the current store answers meanwhile.
    const warming = performance.now();
    const warmStep = built.store.warmUpSearch();
    while (warmStep()) await new Promise((resolve) => setImmediate(resolve));
    const warmMs = performance.now() - warming;
    const written = await cacheWritten;
    this.#pages = seen;
    this.#store = built.store;
    this.#version = built.store.version;
    return {
      loaded: built.store.articles.length,
      skipped,
      keptPrevious,
      version: this.#version,
      timings: {
        list: listMs,
        stat: statMs,
        cache: cacheMs,
        parse: parseMs,
        build: lap(),
        workers: Math.round(stats.workerMs),
        received: receivedMs,
        compact: compactMs,
        records: Math.round(built.timings.records),
        added: Math.round(built.timings.added),
        index: Math.round(built.timings.index),
        warm: Math.round(warmMs),
      },
      parsed: { pages: jobs.length, workers, cached: fromCache, written },
    };
  }

  /** The parse cache, when there is a cache folder; opened (its indexes read) on first use. */
  async #openCache(maxPageBytes: number): Promise<ParseCache | null> {
    const cacheDir = this.options.cacheDir;
    if (!cacheDir) return null;
    this.#cache ??= ParseCache.open({
      cacheDir,
      contentDir: this.dir,
      maxPageBytes,
      warn: this.options.warn ?? (() => undefined),
      parserVersion: this.options.parserVersion,
    });
    return this.#cache;
  }

  /** Puts the new segment in place (deleting those it replaces); the pages it holds. */
  async #finishSegment(cache: ParseCache | null, writer: SegmentWriter | null): Promise<number> {
    if (!cache || !writer) return 0;
    if (writer.pages === 0 && !writer.replacesOthers) {
      await writer.abandon();
      return 0;
    }
    if (!(await writer.finish())) return 0;
    if (writer.replacesOthers) await cache.removeReadSegments();
    return writer.pages;
  }

  /** The cached page when the file is unchanged, else its stamp, to be parsed. */
  #stamp(file: string): CachedPage | { mtimeMs: number; size: number; parse: true } {
    let info;
    try {
      info = statSync(file);
    } catch (error) {
      return { mtimeMs: 0, size: 0, parsed: null, reason: `cannot be read (${errorCode(error)})` };
    }
    const previous = this.#pages.get(file);
    if (previous && previous.mtimeMs === info.mtimeMs && previous.size === info.size) {
      return previous;
    }
    return { mtimeMs: info.mtimeMs, size: info.size, parse: true };
  }

  /** Many pages go to parse workers; a few (an edit, a small folder) are parsed right here. */
  async #parse(jobs: readonly ParseJob[], run: ParseRun): Promise<number> {
    const workers = this.options.parseWorkers ?? defaultPoolSize();
    if (workers > 0 && jobs.length >= (this.options.minPagesForWorkers ?? 64)) {
      await parseInWorkers(jobs, workers, run);
      return workers;
    }
    for (const [i, job] of jobs.entries()) {
      run.onOutcome(i, await parseOnThisThread(job, i, run.maxBytes, run.strings, run.onEncoded));
    }
    return 0;
  }

  /**
   * Reloads shortly after files change. Editors write in several steps, so changes are gathered
   * for `debounceMs` before one reload.
   */
  watch(onReload: (report: LoadReport) => void, onError: (error: unknown) => void, debounceMs = 300): void {
    if (this.#watcher) return;
    let timer: NodeJS.Timeout | null = null;
    try {
      this.#watcher = watch(this.dir, { recursive: true, persistent: false }, () => {
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => {
          timer = null;
          this.load().then(onReload, onError);
        }, debounceMs);
      });
      this.#watcher.on('error', onError);
    } catch (error) {
      onError(error);
    }
  }

  close(): void {
    this.#watcher?.close();
    this.#watcher = null;
  }
}
