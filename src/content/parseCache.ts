/**
 * The parse cache: parsed pages kept on disk (as `EncodedPage` bytes), so a restart on unchanged
 * files does not parse them again. A cached page is used only for the same file (path relative to
 * the content folder), size and modification time, parsed by the same parser: every cache file
 * carries a key made of the parser's code (`parserVersion`), the page size limit, Node's version
 * and this format, and every page a CRC-32 of its bytes. Anything that does not match (another
 * parser, a damaged or cut-off file, a page whose bytes fail their check) is a miss and the page
 * is parsed: the cache can make a load faster, never different.
 *
 * Layout: `<cache dir>/<digest of the content folder's path>/<segment>.pages`. A load writes the
 * pages it parsed as one new segment (written under a temporary name, then renamed, so a reader
 * never sees half a segment and replicas sharing the folder do not disturb each other); later
 * segments win over earlier ones. A start-up that finds many segments or much dead weight (pages
 * of files since changed or deleted) writes everything it uses as one segment and deletes the
 * rest. A segment: header (magic, key), the pages' bytes, an index (JSON: per page file, size,
 * mtimeMs, offset, length, CRC-32) and a trailer (index offset, length and CRC-32, magic).
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';

/** Changes whenever the layout of a segment or of a page's bytes changes. */
const FORMAT = 'newsgraph-parse-cache-1';
const HEAD_MAGIC = Buffer.from('NGPAGES1');
const TAIL_MAGIC = Buffer.from('NGPGEND1');
/** Trailer: index offset (f64), index length (u32), index CRC-32 (u32), magic. */
const TRAILER_BYTES = 8 + 4 + 4 + TAIL_MAGIC.length;
const SEGMENT_SUFFIX = '.pages';
/** Pages' bytes written (and read) at once. */
const CHUNK_BYTES = 8 * 1024 * 1024;
/** More segments than this, or more dead bytes than live ones, and start-up rewrites them as one. */
const MAX_SEGMENTS = 8;
/** A temporary segment this old was left by a process that died while writing it. */
const STALE_TEMPORARY_MS = 10 * 60 * 1000;

export type CacheWarning = (message: string, fields: Record<string, unknown>) => void;

/**
 * Files whose code the content of a parsed page depends on: the parse worker and everything it
 * imports (the parser, the word counting for search, the page encoding), and this file.
 */
function sourceRoots(): string[] {
  const here = fileURLToPath(import.meta.url);
  // In the bundle, the worker is a file of its own and all of the rest is the service's bundle.
  if (!here.endsWith('.ts')) return [path.join(path.dirname(here), 'parseWorker.js'), here];
  return [path.join(path.dirname(here), 'parseWorker.ts'), here];
}

const IMPORT = /(?:^|[\s;}])(?:import|export)\s[^'"`;]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;}])import\s*\(?\s*['"]([^'"]+)['"]/g;

function packageVersion(fromFile: string, specifier: string): string {
  const name = specifier.startsWith('@')
    ? specifier.split('/').slice(0, 2).join('/')
    : specifier.split('/')[0]!;
  for (let dir = path.dirname(fromFile); ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'node_modules', name, 'package.json');
    if (existsSync(manifest)) {
      return `${name}@${(JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version}`;
    }
    if (path.dirname(dir) === dir) throw new Error(`cannot find the package ${name}`);
  }
}

/**
 * A digest of the code that turns a page file into cached bytes: the files in `roots` and,
 * for TypeScript sources, every file they import (relative imports, followed) and the version of
 * every package they import. Any change to that code gives another version, so a cache written
 * by other code is never read.
 */
export function parserVersion(roots: readonly string[] = sourceRoots()): string {
  const files = new Map<string, string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    const source = readFileSync(file, 'utf8');
    files.set(file, source);
    if (!file.endsWith('.ts')) return;
    for (const match of source.matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2]!;
      if (specifier.startsWith('.')) visit(path.resolve(path.dirname(file), specifier));
      else if (!specifier.startsWith('node:')) packages.add(packageVersion(file, specifier));
    }
  };
  for (const root of roots) visit(root);
  const hash = createHash('sha256');
  const base = path.dirname(roots[0]!);
  for (const file of [...files.keys()].sort()) {
    hash.update(`${path.relative(base, file)}\0${files.get(file)!}\0`);
  }
  hash.update([...packages].sort().join('\0'));
  return hash.digest('hex');
}

let cachedVersion: string | null = null;

function currentParserVersion(): string {
  cachedVersion ??= parserVersion();
  return cachedVersion;
}

/** One page in a segment. */
export interface CachedEntry {
  /** Relative to the content folder. */
  file: string;
  size: number;
  mtimeMs: number;
  offset: number;
  length: number;
  crc: number;
}

interface Segment {
  name: string;
  bytes: number;
  entries: CachedEntry[];
}

type IndexRow = [file: string, size: number, mtimeMs: number, offset: number, length: number, crc: number];

export interface ParseCacheOptions {
  /** The cache folder (CONTENT_CACHE_DIR); a folder per content folder is made in it. */
  cacheDir: string;
  contentDir: string;
  maxPageBytes: number;
  warn: CacheWarning;
  /** The parser's version; default `parserVersion()`. */
  parserVersion?: string;
}

/** The segments of one content folder's cache, as found when the library first loads. */
export class ParseCache {
  readonly #dir: string;
  readonly #key: Buffer;
  readonly #warn: CacheWarning;
  #segments: Segment[] = [];
  #latest = new Map<string, { entry: CachedEntry; segment: Segment }>();
  #writable = true;

  private constructor(dir: string, key: Buffer, warn: CacheWarning) {
    this.#dir = dir;
    this.#key = key;
    this.#warn = warn;
  }

  /** The cache of `contentDir`, its segments' indexes read; an empty one when there is none. */
  static async open(options: ParseCacheOptions): Promise<ParseCache> {
    const contentDir = path.resolve(options.contentDir);
    const folder = createHash('sha256').update(contentDir).digest('hex').slice(0, 16);
    let version: string;
    try {
      version = options.parserVersion ?? currentParserVersion();
    } catch (error) {
      // No version, no cache: a page is never served from a cache that may be stale.
      options.warn('parse cache off: the parser version cannot be determined', {
        reason: String(error),
      });
      version = '';
    }
    const key = createHash('sha256')
      .update([FORMAT, version, options.maxPageBytes, process.version, process.arch, contentDir].join('\0'))
      .digest();
    const cache = new ParseCache(path.join(options.cacheDir, folder), key, options.warn);
    if (!version) cache.#writable = false;
    else await cache.#readSegments();
    return cache;
  }

  /** The cached page of `file` when it has exactly this size and modification time. */
  lookup(file: string, size: number, mtimeMs: number): CachedEntry | undefined {
    const found = this.#latest.get(file);
    return found && found.entry.size === size && found.entry.mtimeMs === mtimeMs
      ? found.entry
      : undefined;
  }

  /**
   * Reads the pages of `entries` (from `lookup`), in file order, and hands each one's bytes to
   * `onPage` (with the entry's position in `entries`), or to `onMissing` when they cannot be read
   * or fail their check. The bytes are valid only during the call.
   */
  async readPages(
    entries: readonly CachedEntry[],
    onPage: (position: number, bytes: Uint8Array) => void,
    onMissing: (position: number) => void,
  ): Promise<void> {
    const bySegment = new Map<Segment, number[]>();
    entries.forEach((entry, position) => {
      const segment = this.#latest.get(entry.file)?.segment;
      if (!segment) return onMissing(position);
      let positions = bySegment.get(segment);
      if (!positions) bySegment.set(segment, (positions = []));
      positions.push(position);
    });
    let damaged = 0;
    for (const [segment, positions] of bySegment) {
      positions.sort((a, b) => entries[a]!.offset - entries[b]!.offset);
      let handle: FileHandle;
      try {
        handle = await open(path.join(this.#dir, segment.name), 'r');
      } catch (error) {
        this.#warn('parse cache segment cannot be read; its pages are parsed', {
          segment: segment.name,
          reason: String(error),
        });
        positions.forEach(onMissing);
        continue;
      }
      try {
        // Runs of pages read at once, the next run read while this one is decoded.
        const runs: number[][] = [];
        for (const position of positions) {
          const run = runs.at(-1);
          const entry = entries[position]!;
          if (run && entry.offset + entry.length - entries[run[0]!]!.offset <= CHUNK_BYTES) {
            run.push(position);
          } else runs.push([position]);
        }
        const readRun = async (run: number[]) => {
          const first = entries[run[0]!]!;
          const last = entries[run.at(-1)!]!;
          const length = last.offset + last.length - first.offset;
          const buffer = Buffer.allocUnsafe(length);
          const { bytesRead } = await handle.read(buffer, 0, length, first.offset);
          return { buffer, bytesRead, start: first.offset };
        };
        let next = runs.length > 0 ? readRun(runs[0]!) : null;
        for (let r = 0; r < runs.length; r++) {
          const chunk = await next!.catch(() => null);
          next = r + 1 < runs.length ? readRun(runs[r + 1]!) : null;
          for (const position of runs[r]!) {
            const entry = entries[position]!;
            const from = chunk ? entry.offset - chunk.start : 0;
            const bytes = chunk?.buffer.subarray(from, from + entry.length);
            if (!chunk || from + entry.length > chunk.bytesRead || crc32(bytes!) !== entry.crc) {
              damaged++;
              onMissing(position);
            } else onPage(position, bytes!);
          }
        }
      } finally {
        await handle.close().catch(() => undefined);
      }
    }
    if (damaged > 0) this.#warn('parse cache pages damaged; they are parsed', { pages: damaged });
  }

  /**
   * Whether start-up should write every page it uses into one new segment and delete the others:
   * many segments, or more bytes of pages no file has any more than of pages in use.
   */
  shouldCompact(usedEntries: number): boolean {
    if (this.#segments.length > MAX_SEGMENTS) return true;
    const total = this.#segments.reduce((n, segment) => n + segment.entries.length, 0);
    return total - usedEntries > usedEntries;
  }

  /** A writer of a new segment, or null when the cache folder cannot be written. */
  async startSegment(): Promise<SegmentWriter | null> {
    if (!this.#writable) return null;
    try {
      await mkdir(this.#dir, { recursive: true });
      const name = `${Date.now().toString(36).padStart(10, '0')}-${process.pid}-${randomBytes(4).toString('hex')}`;
      const temporary = path.join(this.#dir, `${name}.tmp`);
      const handle = await open(temporary, 'wx');
      return new SegmentWriter(handle, temporary, path.join(this.#dir, name + SEGMENT_SUFFIX), this.#key, this.#warn);
    } catch (error) {
      this.#writable = false;
      this.#warn('parse cache folder cannot be written; pages are parsed on every start', {
        folder: this.#dir,
        reason: String(error),
      });
      return null;
    }
  }

  /** Deletes the segments this cache read (after a compacted one replaced them). */
  async removeReadSegments(): Promise<void> {
    const segments = this.#segments;
    this.#segments = [];
    this.#latest.clear();
    await Promise.all(
      segments.map((segment) => rm(path.join(this.#dir, segment.name), { force: true }).catch(() => undefined)),
    );
  }

  async #readSegments(): Promise<void> {
    let names: string[];
    try {
      names = (await readdir(this.#dir)).sort();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        this.#warn('parse cache folder cannot be read; pages are parsed', {
          folder: this.#dir,
          reason: String(error),
        });
      }
      return;
    }
    for (const name of names) {
      const file = path.join(this.#dir, name);
      if (name.endsWith('.tmp')) {
        const info = await stat(file).catch(() => null);
        if (info && Date.now() - info.mtimeMs > STALE_TEMPORARY_MS) await rm(file, { force: true }).catch(() => undefined);
        continue;
      }
      if (!name.endsWith(SEGMENT_SUFFIX)) continue;
      const segment = await this.#readIndex(name, file);
      if (!segment) continue;
      this.#segments.push(segment);
      for (const entry of segment.entries) this.#latest.set(entry.file, { entry, segment });
    }
  }

  /** A segment's index, or null (and the segment deleted) when it is not one of this key. */
  async #readIndex(name: string, file: string): Promise<Segment | null> {
    let handle: FileHandle | null = null;
    let problem: string;
    try {
      handle = await open(file, 'r');
      const { size } = await handle.stat();
      const head = Buffer.alloc(HEAD_MAGIC.length + this.#key.length);
      const tail = Buffer.alloc(TRAILER_BYTES);
      if (size >= head.length + TRAILER_BYTES) {
        await handle.read(head, 0, head.length, 0);
        await handle.read(tail, 0, tail.length, size - TRAILER_BYTES);
      }
      const indexOffset = tail.readDoubleLE(0);
      const indexLength = tail.readUInt32LE(8);
      if (!head.subarray(0, HEAD_MAGIC.length).equals(HEAD_MAGIC) || !tail.subarray(16).equals(TAIL_MAGIC)) {
        problem = 'not a complete segment';
      } else if (!head.subarray(HEAD_MAGIC.length).equals(this.#key)) {
        // Another parser, page size limit, Node version or content folder: of no use here.
        await handle.close();
        await rm(file, { force: true });
        return null;
      } else if (indexOffset + indexLength + TRAILER_BYTES !== size || indexOffset < head.length) {
        problem = 'index out of place';
      } else {
        const index = Buffer.alloc(indexLength);
        await handle.read(index, 0, indexLength, indexOffset);
        if (crc32(index) !== tail.readUInt32LE(12)) problem = 'index damaged';
        else {
          const rows = JSON.parse(index.toString('utf8')) as IndexRow[];
          const entries = rows.map(([entryFile, entrySize, mtimeMs, offset, length, crc]) => ({
            file: entryFile,
            size: entrySize,
            mtimeMs,
            offset,
            length,
            crc,
          }));
          if (entries.some((entry) => entry.offset < head.length || entry.offset + entry.length > indexOffset)) {
            problem = 'index out of place';
          } else return { name, bytes: size, entries };
        }
      }
    } catch (error) {
      problem = String(error);
    } finally {
      await handle?.close().catch(() => undefined);
    }
    this.#warn('parse cache segment ignored and deleted', { segment: name, reason: problem });
    await rm(file, { force: true }).catch(() => undefined);
    return null;
  }
}

/**
 * Writes one segment: pages are added as they come (written a chunk at a time, in the
 * background), `finish` writes the index and puts the segment in place. Any failure leaves no
 * segment behind, only a warning.
 */
export class SegmentWriter {
  /** Set when this segment holds every page in use and replaces the segments read. */
  replacesOthers = false;
  #entries: IndexRow[] = [];
  #pending: Uint8Array[] = [];
  #pendingBytes = 0;
  #offset: number;
  /** Where the next chunk goes in the file. */
  #written = 0;
  #writing: Promise<void> = Promise.resolve();
  #failed: unknown = null;

  constructor(
    private readonly handle: FileHandle,
    private readonly temporary: string,
    private readonly final: string,
    key: Buffer,
    private readonly warn: CacheWarning,
  ) {
    const head = Buffer.concat([HEAD_MAGIC, key]);
    this.#offset = head.length;
    this.#pending.push(head);
    this.#pendingBytes = head.length;
  }

  get pages(): number {
    return this.#entries.length;
  }

  /** Adds a page's bytes, which must not change afterwards (they are written later). */
  add(file: string, size: number, mtimeMs: number, bytes: Uint8Array): void {
    if (this.#failed) return;
    this.#entries.push([file, size, mtimeMs, this.#offset, bytes.byteLength, crc32(bytes)]);
    this.#offset += bytes.byteLength;
    this.#pending.push(bytes);
    this.#pendingBytes += bytes.byteLength;
    if (this.#pendingBytes >= CHUNK_BYTES) this.#flush();
  }

  #flush(): void {
    if (this.#pending.length === 0) return;
    const chunk = Buffer.concat(this.#pending, this.#pendingBytes);
    this.#pending = [];
    this.#pendingBytes = 0;
    this.#writing = this.#writing.then(async () => {
      if (this.#failed) return;
      try {
        for (let done = 0; done < chunk.length; ) {
          const { bytesWritten } = await this.handle.write(chunk, done, chunk.length - done, this.#written);
          done += bytesWritten;
          this.#written += bytesWritten;
        }
      } catch (error) {
        this.#failed = error;
      }
    });
  }

  /** Writes the index and trailer and puts the segment in place; false when it failed. */
  async finish(): Promise<boolean> {
    const index = Buffer.from(JSON.stringify(this.#entries));
    const trailer = Buffer.alloc(TRAILER_BYTES);
    trailer.writeDoubleLE(this.#offset, 0);
    trailer.writeUInt32LE(index.length, 8);
    trailer.writeUInt32LE(crc32(index), 12);
    TAIL_MAGIC.copy(trailer, 16);
    this.#pending.push(index, trailer);
    this.#pendingBytes += index.length + trailer.length;
    this.#flush();
    await this.#writing;
    try {
      if (this.#failed) throw this.#failed;
      await this.handle.close();
      await rename(this.temporary, this.final);
      return true;
    } catch (error) {
      this.warn('parse cache segment not written', { reason: String(error) });
      await this.abandon();
      return false;
    }
  }

  /** Stops writing and removes the unfinished segment. */
  async abandon(): Promise<void> {
    this.#failed ??= new Error('abandoned');
    await this.#writing;
    await this.handle.close().catch(() => undefined);
    await rm(this.temporary, { force: true }).catch(() => undefined);
  }
}
