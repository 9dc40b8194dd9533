/**
 * The parser keeps its work state per page (caches on the page's people and units): reading the
 * pages again, in another order, gives exactly the same results.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.ts';

const dir = fileURLToPath(new URL('../../eval/dev/', import.meta.url));
const pages = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(dir + f, 'utf8'));

describe('per-page state', () => {
  it('gives the same result for a page whatever was read before it', () => {
    const first = pages.map((p) => JSON.stringify(parseArticle(p)));
    const again = [...pages].reverse().map((p) => JSON.stringify(parseArticle(p)));
    expect(again.reverse()).toEqual(first);
    expect(pages.length).toBeGreaterThan(10);
  });
});
