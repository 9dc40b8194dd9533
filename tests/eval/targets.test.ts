/**
 * Issue 3's targets, over every evaluation page (eval/dev and eval/holdout together).
 *
 * Quotes, images and metadata meet their targets and are held there. Speaker accuracy and people
 * F1 do not yet (issue 3 stays open; `npm run eval` shows where they fall short): for those two the
 * tests hold the figures reached so far, so a change cannot make them worse unnoticed. Raise each
 * floor as the parser improves, up to the target, then assert the target as for the others.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.ts';
import { loadPages } from '../../eval/load.ts';
import { evaluatePages, summarize, TARGETS } from '../../eval/metrics.ts';

/**
 * Measured on all 105 pages on 2026-11-28 (85 dev, 20 holdout): speaker 0.956, people F1 0.988.
 * The holdout alone reads speaker 0.862 and people F1 0.945 (eval/README.md, History 7): issue 3's
 * targets are not yet met on unseen pages.
 */
const SPEAKER_ACCURACY_REACHED = 0.955;
const PEOPLE_F1_REACHED = 0.985;

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

  it(`speaker accuracy >= ${SPEAKER_ACCURACY_REACHED} (reached so far; target ${TARGETS.speakerAccuracy})`, () => {
    expect(all.speaker.accuracy).toBeGreaterThanOrEqual(SPEAKER_ACCURACY_REACHED);
  });

  it(`people F1 >= ${PEOPLE_F1_REACHED} (reached so far; target ${TARGETS.peopleF1})`, () => {
    expect(all.people.f1).toBeGreaterThanOrEqual(PEOPLE_F1_REACHED);
  });

  it(`image F1 >= ${TARGETS.imageF1}`, () => {
    expect(all.images.f1).toBeGreaterThanOrEqual(TARGETS.imageF1);
  });

  it(`metadata accuracy >= ${TARGETS.metadataAccuracy}`, () => {
    expect(all.metadata.accuracy).toBeGreaterThanOrEqual(TARGETS.metadataAccuracy);
  });
});
