import { describe, expect, it } from 'vitest';
import { generatePage } from '../../bench/corpus.ts';
import { compactArticle, packArticle } from '../../src/content/compact.ts';
import { parseArticle } from '../../src/parse/index.ts';
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
