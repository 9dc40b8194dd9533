/**
 * The article as a sequence of text units in reading order (headline, lead, body paragraphs and
 * sub-headings, image alt lines and captions). People and quotes are found per unit; body units
 * know where they sit in `bodyText`.
 */
import type { ParsedBlock, ParsedImage, QuoteLocation } from './types.ts';

export interface Unit {
  /** Position in reading order. */
  order: number;
  text: string;
  /** Where quotes in this unit are located; null for alt lines, which hold no quotes. */
  location: QuoteLocation | null;
  /** Offset of the unit in `bodyText` (BODY/SUBHEADING units), else null. */
  bodyOffset: number | null;
  imageIndex: number | null;
}

export function buildUnits(
  headline: string,
  lead: string | null,
  blocks: readonly ParsedBlock[],
  images: readonly ParsedImage[],
): Unit[] {
  const units: Unit[] = [];
  const add = (u: Omit<Unit, 'order'>): void => {
    units.push({ ...u, order: units.length });
  };
  add({ text: headline, location: 'HEADLINE', bodyOffset: null, imageIndex: null });
  if (lead !== null) add({ text: lead, location: 'LEAD', bodyOffset: null, imageIndex: null });
  for (const block of blocks) {
    if (block.kind === 'PARAGRAPH') {
      add({ text: block.text, location: 'BODY', bodyOffset: block.span.start, imageIndex: null });
    } else if (block.kind === 'SUBHEADING') {
      add({
        text: block.text,
        location: 'SUBHEADING',
        bodyOffset: block.span.start,
        imageIndex: null,
      });
    } else if (block.kind === 'IMAGE') {
      const image = images[block.imageIndex];
      if (!image) continue;
      if (image.alt !== null) {
        add({ text: image.alt, location: null, bodyOffset: null, imageIndex: block.imageIndex });
      }
      add({
        text: image.caption,
        location: 'CAPTION',
        bodyOffset: null,
        imageIndex: block.imageIndex,
      });
    }
  }
  return units;
}
