/** Reads the evaluation pages and their expected files from eval/dev and eval/holdout. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExpectedArticle } from './metrics.ts';

export const EVAL_DIR = dirname(fileURLToPath(import.meta.url));
export const SETS = ['dev', 'holdout'] as const;
export type EvalSet = (typeof SETS)[number];

export interface EvalPage {
  set: EvalSet;
  /** File name without ".txt", e.g. "01_veldhaven_dyke". */
  name: string;
  /** The page exactly as stored (CRLF, NBSP and missing final newline kept). */
  text: string;
  expected: ExpectedArticle;
}

export class PageReadError extends Error {}

const QUOTE_LOCATIONS = new Set(['HEADLINE', 'LEAD', 'BODY', 'SUBHEADING', 'CAPTION']);

function fail(file: string, what: string): never {
  throw new PageReadError(`${file}: ${what}`);
}

const isStr = (x: unknown): x is string => typeof x === 'string';
const isStrOrNull = (x: unknown): boolean => x === null || typeof x === 'string';
const isStrArr = (x: unknown): boolean => Array.isArray(x) && x.every(isStr);

/** Checks the shape of a parsed expected file; throws PageReadError naming the first bad field. */
export function validateExpected(file: string, x: unknown): ExpectedArticle {
  if (typeof x !== 'object' || x === null) fail(file, 'not an object');
  const o = x as Record<string, unknown>;
  if (!isStr(o.headline)) fail(file, 'headline');
  for (const k of ['lead', 'publishedAt', 'shortUrl', 'byline', 'editedBy'])
    if (!isStrOrNull(o[k])) fail(file, k);
  if (o.language !== 'en' && o.language !== 'de') fail(file, 'language');
  if (isStr(o.publishedAt) && !/^\d{4}-\d{2}-\d{2}$/.test(o.publishedAt))
    fail(file, 'publishedAt format');
  if (isStr(o.shortUrl) && !/^https:\/\/p\.dw\.com\/p\/[A-Za-z0-9]+$/.test(o.shortUrl))
    fail(file, 'shortUrl format');
  for (const k of ['tags', 'authorInitials', 'agencies', 'subheadings', 'relatedTitles'])
    if (!isStrArr(o[k])) fail(file, k);
  if (!Number.isInteger(o.paragraphCount) || (o.paragraphCount as number) < 0)
    fail(file, 'paragraphCount');
  if (
    !Array.isArray(o.videos) ||
    !o.videos.every((v) => isStr(v?.title) && isStrOrNull(v?.duration))
  )
    fail(file, 'videos');
  if (
    !Array.isArray(o.images) ||
    !o.images.every(
      (i) =>
        isStrOrNull(i?.alt) &&
        isStr(i?.caption) &&
        isStrOrNull(i?.credit) &&
        isStrArr(i?.creditParts),
    )
  )
    fail(file, 'images');
  if (
    !Array.isArray(o.people) ||
    !o.people.every(
      (p) => isStr(p?.name) && isStrArr(p?.aliases) && isStrArr(p?.titles) && isStrArr(p?.roles),
    )
  )
    fail(file, 'people');
  if (
    !Array.isArray(o.quotes) ||
    !o.quotes.every(
      (q) =>
        isStr(q?.text) &&
        QUOTE_LOCATIONS.has(q?.location) &&
        isStrOrNull(q?.speaker) &&
        typeof q?.continues === 'boolean',
    )
  )
    fail(file, 'quotes');
  return o as unknown as ExpectedArticle;
}

/** All pages of the given sets, sorted by file name. Throws PageReadError when a file can't be read. */
export function loadPages(sets: readonly EvalSet[] = SETS, root: string = EVAL_DIR): EvalPage[] {
  const pages: EvalPage[] = [];
  for (const set of sets) {
    const dir = join(root, set);
    let files: string[];
    try {
      files = readdirSync(dir);
    } catch (e) {
      throw new PageReadError(`${dir}: ${(e as Error).message}`);
    }
    for (const f of files.filter((f) => f.endsWith('.txt')).sort()) {
      const name = f.slice(0, -'.txt'.length);
      const txtPath = join(dir, f);
      const jsonPath = join(dir, `${name}.expected.json`);
      let text: string;
      let json: unknown;
      try {
        text = readFileSync(txtPath, 'utf8');
      } catch (e) {
        throw new PageReadError(`${txtPath}: ${(e as Error).message}`);
      }
      try {
        json = JSON.parse(readFileSync(jsonPath, 'utf8'));
      } catch (e) {
        throw new PageReadError(`${jsonPath}: ${(e as Error).message}`);
      }
      pages.push({ set, name, text, expected: validateExpected(jsonPath, json) });
    }
  }
  return pages;
}
