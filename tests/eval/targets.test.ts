/**
 * Issue 3's targets, over every evaluation page (eval/dev and eval/holdout together).
 * These fail until the parser is good enough; `npm run eval` shows where it falls short.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.ts';
import { loadPages } from '../../eval/load.ts';
import { evaluatePages, summarize, TARGETS } from '../../eval/metrics.ts';

const pages = loadPages();
const scores = evaluatePages(pages, parseArticle);
const all = summarize(scores);

describe('parser evaluation targets (all pages)', () => {
  it('has the evaluation set of issue 3 (at least 12 pages, some kept back)', () => {
    expect(pages.length).toBeGreaterThanOrEqual(12);
    expect(pages.filter((p) => p.set === 'holdout').length).toBeGreaterThanOrEqual(4);
  });

  it('parses every page', () => {
    expect(scores.filter((s) => s.failure !== null).map((s) => `${s.page}: ${s.failure}`)).toEqual(
      [],
    );
  });

  it(`quote F1 >= ${TARGETS.quoteF1}`, () => {
    expect(all.quotes.f1).toBeGreaterThanOrEqual(TARGETS.quoteF1);
  });

  it(`speaker accuracy >= ${TARGETS.speakerAccuracy}`, () => {
    expect(all.speaker.accuracy).toBeGreaterThanOrEqual(TARGETS.speakerAccuracy);
  });

  it(`people F1 >= ${TARGETS.peopleF1}`, () => {
    expect(all.people.f1).toBeGreaterThanOrEqual(TARGETS.peopleF1);
  });

  it(`image F1 >= ${TARGETS.imageF1}`, () => {
    expect(all.images.f1).toBeGreaterThanOrEqual(TARGETS.imageF1);
  });

  it(`metadata accuracy >= ${TARGETS.metadataAccuracy}`, () => {
    expect(all.metadata.accuracy).toBeGreaterThanOrEqual(TARGETS.metadataAccuracy);
  });
});
