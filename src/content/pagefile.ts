/**
 * One page file -> parsed article or the reason it is left out. Pure apart from reading the file,
 * so it runs the same in the content library's thread and in a parse worker.
 */
import { readFile } from 'node:fs/promises';
import { parseArticle, type ParsedArticle } from '../parse/index.ts';

export type PageOutcome = { article: ParsedArticle; reason: null } | { article: null; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'unknown error';
}

/** Reads and parses one page; `size` is the size the caller saw, checked against `maxBytes`. */
export async function parsePageFile(file: string, size: number, maxBytes: number): Promise<PageOutcome> {
  if (size > maxBytes) return { article: null, reason: `larger than ${maxBytes} bytes (${size})` };
  let text: string;
  try {
    text = utf8.decode(await readFile(file));
  } catch (error) {
    const reason =
      error instanceof TypeError ? 'not UTF-8 text' : `cannot be read (${errorCode(error)})`;
    return { article: null, reason };
  }
  const result = parseArticle(text, { maxBytes });
  return result.ok
    ? { article: result.article, reason: null }
    : { article: null, reason: result.error.message };
}
