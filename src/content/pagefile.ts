/**
 * One page file -> parsed article or the reason it is left out. Pure apart from reading the file,
 * so it runs the same in the content library's thread and in a parse worker.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { parseArticle, type ParsedArticle } from '../parse/index.ts';
import { pageTerms, type PageTerms } from '../store/search.ts';

export type PageOutcome =
  | { article: ParsedArticle; terms?: PageTerms; reason: null }
  | { article: null; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'unknown error';
}

function unreadable(error: unknown): PageOutcome {
  const reason =
    error instanceof TypeError ? 'not UTF-8 text' : `cannot be read (${errorCode(error)})`;
  return { article: null, reason };
}

function parsePageText(text: string, maxBytes: number, withTerms: boolean): PageOutcome {
  const result = parseArticle(text, { maxBytes });
  if (!result.ok) return { article: null, reason: result.error.message };
  return withTerms
    ? { article: result.article, terms: pageTerms(result.article), reason: null }
    : { article: result.article, reason: null };
}

/**
 * Reads and parses one page; `size` is the size the caller saw, checked against `maxBytes`. With
 * `withTerms`, also counts the page's words for the search index (done in parse workers, so the
 * thread that builds the store does not tokenise every page again).
 */
export async function parsePageFile(
  file: string,
  size: number,
  maxBytes: number,
  withTerms = false,
): Promise<PageOutcome> {
  if (size > maxBytes) return { article: null, reason: `larger than ${maxBytes} bytes (${size})` };
  let text: string;
  try {
    text = utf8.decode(await readFile(file));
  } catch (error) {
    return unreadable(error);
  }
  return parsePageText(text, maxBytes, withTerms);
}

/**
 * `parsePageFile` reading the file synchronously, for parse workers: a worker has nothing else to
 * do meanwhile, and for a page of a few KiB one blocking read costs a fraction of the promise
 * API's four thread-pool round trips (open, fstat, read, close).
 */
export function parsePageFileSync(
  file: string,
  size: number,
  maxBytes: number,
  withTerms = false,
): PageOutcome {
  if (size > maxBytes) return { article: null, reason: `larger than ${maxBytes} bytes (${size})` };
  let text: string;
  try {
    text = utf8.decode(readFileSync(file));
  } catch (error) {
    return unreadable(error);
  }
  return parsePageText(text, maxBytes, withTerms);
}
