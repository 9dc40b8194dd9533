import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '../../src/parse/index.ts';
import type { ParsedArticle, ParsedQuote } from '../../src/parse/types.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

export function readPage(relative: string): string {
  return readFileSync(`${root}${relative}`, 'utf8');
}

/** Parses a page that must parse; fails the test with the error code otherwise. */
export function parsePage(relative: string): ParsedArticle {
  const result = parseArticle(readPage(relative));
  if (!result.ok) throw new Error(`${relative}: ${result.error.code} ${result.error.message}`);
  return result.article;
}

export function quote(article: ParsedArticle, startsWith: string): ParsedQuote {
  const q = article.quotes.find((x) => x.text.startsWith(startsWith));
  if (!q) throw new Error(`no quote starting with ${JSON.stringify(startsWith)}`);
  return q;
}

export function speakerName(q: ParsedQuote): string | null {
  return q.speaker?.name ?? null;
}

export function blocksOf(article: ParsedArticle, kind: string): unknown[] {
  return article.blocks.filter((b) => b.kind === kind);
}

/** A minimal page around one invented body (headline, date in the page's language, lead). */
export function pageWithBody(body: string, language: 'en' | 'de' = 'en'): ParsedArticle {
  const date = language === 'de' ? '3. Juli 2023' : 'July 3, 2023';
  const r = parseArticle(`Eine Überschrift zum Test\n\n${date}\n\nA short lead.\n\n${body}\n`);
  if (!r.ok) throw new Error(r.error.message);
  return r.article;
}

/** The names of the people an article found, in order. */
export const peopleNames = (a: ParsedArticle): string[] => a.people.map((p) => p.name);

/** Like pageWithBody, with headline and lead in the page's language (short English bodies stay English). */
export function pageIn(body: string, language: 'en' | 'de' = 'en'): ParsedArticle {
  const date = language === 'de' ? '3. Juli 2023' : 'July 3, 2023';
  const head = language === 'de' ? 'Eine Überschrift zum Test' : 'A headline for the test';
  const lead = language === 'de' ? 'Ein kurzer Vorspann.' : 'A short lead.';
  const r = parseArticle(`${head}\n\n${date}\n\n${lead}\n\n${body}\n`);
  if (!r.ok) throw new Error(r.error.message);
  return r.article;
}
