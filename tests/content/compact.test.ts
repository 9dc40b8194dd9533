import { describe, expect, it } from 'vitest';
import { generatePage } from '../../bench/corpus.ts';
import { compactArticle, decodePage, EncodedPage, packArticle } from '../../src/content/compact.ts';
import { parseArticle } from '../../src/parse/index.ts';
import { pageTerms } from '../../src/store/search.ts';
import type { ParsedArticle } from '../../src/parse/types.ts';

describe('compactArticle', () => {
  it('keeps every value of a page received from a worker (packed, a structured clone)', () => {
    const table = new Map<string, string>();
    let sliced = 0;
    for (let i = 0; i < 60; i++) {
      const result = parseArticle(generatePage(i, 5).text);
      if (!result.ok) continue;
      const received: ParsedArticle = structuredClone(
        i % 2 ? packArticle(structuredClone(result.article)) : result.article,
      );
      const compacted = compactArticle(received, table);
      expect(compacted).toBe(received);
      expect(compacted).toEqual(result.article);
      for (const block of compacted.blocks) {
        if (block.kind === 'PARAGRAPH') {
          expect(block.text).toBe(compacted.bodyText.slice(block.span.start, block.span.end));
          sliced++;
        }
      }
    }
    expect(sliced).toBeGreaterThan(100);
    // Repeated short values are shared through the table.
    expect(table.get('PARAGRAPH')).toBe('PARAGRAPH');
  });
});

describe('EncodedPage', () => {
  it('turns a page and its words into bytes and back without changing a value', () => {
    const table = new Map<string, string>();
    for (let i = 0; i < 20; i++) {
      const result = parseArticle(generatePage(i, 5).text);
      if (!result.ok) continue;
      const terms = pageTerms(result.article);
      const bytes = new EncodedPage(structuredClone(result.article), terms).toBytes();
      const page = decodePage(bytes, table);
      expect(page.article).toEqual(result.article);
      expect(page.terms.words).toBe(terms.words);
      expect([...page.terms.numbers]).toEqual([...terms.numbers]);
      // The words' numbers do not keep the whole buffer alive.
      expect(page.terms.numbers.buffer).not.toBe(bytes.buffer);
    }
    expect(() => decodePage(Buffer.from([1, 2, 3, 4, 5]), table)).toThrow();
    expect(() => decodePage(Buffer.from([0xff, 0xff, 0xff, 0x00, 0x7b]), table)).toThrow();
  });
});
