/**
 * The content folder as a live library: loads every page, and reloads on demand (file watcher or
 * SIGHUP) without a restart. A reload builds a whole new store and swaps it in with one assignment,
 * so a request that took the old store keeps a consistent view. Unchanged files are not parsed
 * again, and a page that breaks keeps its last good version: a bad edit never loses content.
 */
import { watch, type FSWatcher } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArticle } from '../parse/index.ts';
import type { SkippedPage, SourcedArticle } from '../store/records.ts';
import { contentKey } from '../store/ids.ts';
import { buildStore, type ContentStore } from '../store/store.ts';

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
}

interface CachedPage {
  mtimeMs: number;
  size: number;
  parsed: SourcedArticle | null;
  reason: string | null;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'unknown error';
}

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

  constructor(
    readonly dir: string,
    private readonly options: { maxPageBytes?: number } = {},
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
    const files = await listPages(this.dir);
    const maxBytes = this.options.maxPageBytes ?? DEFAULT_MAX_PAGE_BYTES;
    const pages: SourcedArticle[] = [];
    const skipped: SkippedPage[] = [];
    const seen = new Map<string, CachedPage>();
    let keptPrevious = 0;
    for (const file of files) {
      const source = path.relative(this.dir, file);
      const previous = this.#pages.get(file);
      const page = await this.#readPage(file, source, maxBytes, previous);
      seen.set(file, page);
      if (page.parsed && !page.reason) pages.push(page.parsed);
      else if (page.parsed) {
        keptPrevious++;
        pages.push(page.parsed);
        skipped.push({ file: source, reason: `${page.reason}; serving its last good version` });
      } else skipped.push({ file: source, reason: page.reason ?? 'unknown' });
    }
    const stamps = [...seen].map(([file, page]) => `${file}:${page.size}:${page.mtimeMs}`);
    const built = buildStore(pages, contentKey(...stamps));
    skipped.push(...built.skipped);
    this.#pages = seen;
    this.#store = built.store;
    this.#version = built.store.version;
    return { loaded: built.store.articles.length, skipped, keptPrevious, version: this.#version };
  }

  async #readPage(
    file: string,
    source: string,
    maxBytes: number,
    previous: CachedPage | undefined,
  ): Promise<CachedPage> {
    let info;
    try {
      info = await stat(file);
    } catch (error) {
      return { mtimeMs: 0, size: 0, parsed: null, reason: `cannot be read (${errorCode(error)})` };
    }
    if (previous && previous.mtimeMs === info.mtimeMs && previous.size === info.size) {
      return previous;
    }
    const stamp = { mtimeMs: info.mtimeMs, size: info.size };
    const lastGood = previous?.parsed ?? null;
    const failed = (reason: string): CachedPage => ({ ...stamp, parsed: lastGood, reason });
    if (info.size > maxBytes) return failed(`larger than ${maxBytes} bytes (${info.size})`);
    let text: string;
    try {
      text = utf8.decode(await readFile(file));
    } catch (error) {
      return failed(error instanceof TypeError ? 'not UTF-8 text' : `cannot be read (${errorCode(error)})`);
    }
    const result = parseArticle(text, { maxBytes });
    if (!result.ok) return failed(result.error.message);
    return { ...stamp, parsed: { source, article: result.article }, reason: null };
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
