import { describe, expect, it } from 'vitest';
import { blocksOf, pageWithBody } from './helpers.ts';

const LAST_PARAGRAPH = 'The council will vote on the plan in March, a spokesman said.';

describe('related-article titles at the end of the body', () => {
  it('reads two title lines standing together after the last paragraph as two related titles', () => {
    const a = pageWithBody(
      `${LAST_PARAGRAPH}\n\nWhy ferry fares keep rising\nIsland schools face teacher shortage\n\nEdited by: Jo Marr`,
    );
    expect(blocksOf(a, 'RELATED')).toEqual([
      { kind: 'RELATED', title: 'Why ferry fares keep rising' },
      { kind: 'RELATED', title: 'Island schools face teacher shortage' },
    ]);
    expect(a.images).toEqual([]);
  });

  it('keeps two uncredited lines before the last paragraph as an image with a caption', () => {
    const a = pageWithBody(
      `A harbour crane lifting a container onto a ferry\nThe port handled a record number of containers\n\n${LAST_PARAGRAPH}`,
    );
    expect(a.images).toEqual([
      {
        alt: 'A harbour crane lifting a container onto a ferry',
        caption: 'The port handled a record number of containers',
        credit: null,
        creditParts: [],
      },
    ]);
    expect(blocksOf(a, 'RELATED')).toEqual([]);
  });

  it('keeps a credited image after the last paragraph as an image', () => {
    const a = pageWithBody(
      `${LAST_PARAGRAPH}\n\nA ferry at the pier\nThe ferry leaves twice a dayImage: Ana Ruiz/dpa`,
    );
    expect(a.images).toHaveLength(1);
    expect(a.images[0]?.credit).toBe('Ana Ruiz/dpa');
    expect(blocksOf(a, 'RELATED')).toEqual([]);
  });

  it('keeps a caption that ends like a sentence as an image caption, even at the end', () => {
    const a = pageWithBody(
      `${LAST_PARAGRAPH}\n\nVolunteers sorting donations in the town hall\nMore than 300 people helped on the first day.`,
    );
    expect(a.images).toHaveLength(1);
    expect(blocksOf(a, 'RELATED')).toEqual([]);
  });
});
