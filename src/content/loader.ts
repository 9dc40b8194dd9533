/**
 * Reads a folder of pages into a content store. The only module that touches the file system for
 * content: it turns every unreadable or unparseable page into a `SkippedPage`, never an exception,
 * so one broken file cannot take the service down.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArticle } from '../parse/index.ts';
import type { SkippedPage, SourcedArticle } from '../store/records.ts';
import { buildStore, type ContentStore } from '../store/store.ts';

export interface LoadedContent {
  store: ContentStore;
  loaded: number;
  skipped: SkippedPage[];
}

/** The content folder itself is missing or unreadable: the service cannot start. */
export class ContentDirError extends Error {
  override name = 'ContentDirError';
}

export const DEFAULT_MAX_PAGE_BYTES = 2 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

async function listPages(dir: string): Promise<string[]> {
  let info;
  try {
    info = await stat(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new ContentDirError(`content folder ${dir} cannot be read (${code})`);
  }
  if (!info.isDirectory()) throw new ContentDirError(`content folder ${dir} is not a folder`);
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.txt'))
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new ContentDirError(`content folder ${dir} cannot be listed (${code})`);
  }
}

async function readPage(
  file: string,
  maxBytes: number,
): Promise<{ text: string } | { reason: string }> {
  try {
    const { size } = await stat(file);
    if (size > maxBytes) return { reason: `larger than ${maxBytes} bytes (${size})` };
    const bytes = await readFile(file);
    return { text: utf8.decode(bytes) };
  } catch (error) {
    if (error instanceof TypeError) return { reason: 'not UTF-8 text' };
    return { reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
}

export async function loadContent(
  dir: string,
  options: { maxPageBytes?: number } = {},
): Promise<LoadedContent> {
  const maxBytes = options.maxPageBytes ?? DEFAULT_MAX_PAGE_BYTES;
  const files = await listPages(dir);
  const pages: SourcedArticle[] = [];
  const skipped: SkippedPage[] = [];
  for (const file of files) {
    const source = path.relative(dir, file);
    const page = await readPage(file, maxBytes);
    if ('reason' in page) {
      skipped.push({ file: source, reason: page.reason });
      continue;
    }
    const result = parseArticle(page.text, { maxBytes });
    if (result.ok) pages.push({ source, article: result.article });
    else skipped.push({ file: source, reason: result.error.message });
  }
  const built = buildStore(pages);
  skipped.push(...built.skipped);
  return { store: built.store, loaded: built.store.articles.length, skipped };
}
