/**
 * The article as a sequence of text units in reading order (headline, lead, body paragraphs and
 * sub-headings, image alt lines and captions). People and quotes are found per unit; body units
 * know where they sit in `bodyText`.
 */
import type { ParsedBlock, ParsedImage, QuoteLocation } from './types.ts';
import type { Token } from './tokens.ts';

export interface Unit {
  /** Position in reading order. */
  order: number;
  text: string;
  /** Where quotes in this unit are located; null for alt lines, which hold no quotes. */
  location: QuoteLocation | null;
  /** Offset of the unit in `bodyText` (BODY/SUBHEADING units), else null. */
  bodyOffset: number | null;
  imageIndex: number | null;
  /** The unit's words: null until tokensOf (tokens.ts) first reads them. */
  tokens?: Token[] | null;
}

export function buildUnits(
  headline: string,
  lead: string | null,
  blocks: readonly ParsedBlock[],
  images: readonly ParsedImage[],
): Unit[] {
  const units: Unit[] = [];
  const add = (
    text: string,
    location: QuoteLocation | null,
    bodyOffset: number | null,
    imageIndex: number | null,
  ): void => {
    units.push({ order: units.length, text, location, bodyOffset, imageIndex, tokens: null });
  };
  add(headline, 'HEADLINE', null, null);
  if (lead !== null) add(lead, 'LEAD', null, null);
  for (const block of blocks) {
    if (block.kind === 'PARAGRAPH') {
      add(block.text, 'BODY', block.span.start, null);
    } else if (block.kind === 'SUBHEADING') {
      add(block.text, 'SUBHEADING', block.span.start, null);
    } else if (block.kind === 'IMAGE') {
      const image = images[block.imageIndex];
      if (!image) continue;
      if (image.alt !== null) add(image.alt, null, null, block.imageIndex);
      add(image.caption, 'CAPTION', null, block.imageIndex);
    }
  }
  return units;
}
