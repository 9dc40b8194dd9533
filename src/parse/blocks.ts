/**
 * Body items -> typed blocks: paragraphs, sub-headings, images, videos and related-article titles,
 * plus the sign-off and "Edited by" lines, and `bodyText` with the spans of its blocks.
 */
import type { ParsedBlock, ParsedImage } from './types.ts';
import type { BodyItem } from './layout.ts';
import { parseEditedBy, parseSignOff } from './metadata.ts';

export interface Body {
  blocks: ParsedBlock[];
  images: ParsedImage[];
  bodyText: string;
  editedBy: string | null;
  authorInitials: string[];
  agencies: string[];
}

/** Closing marks and brackets that may follow a title's last character. */
const CLOSERS = '"\'“”„‘’»«)]';

const OPENING_MARK_OR_DIGIT = /["'“„‘‚«»\d]/;

/** A title-like line: short, no sentence-final punctuation (a question mark is allowed). */
export function headingLike(text: string): boolean {
  if (text.length > 130) return false;
  let spaces = 0;
  for (let i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
    if (++spaces >= 18) return false;
  }
  // The last character before any closing marks.
  let end = text.length;
  while (end > 0 && CLOSERS.includes(text[end - 1] as string)) end--;
  if (end > 0 && '.,;:!…'.includes(text[end - 1] as string)) return false;
  const first = text[0] ?? '';
  return first.toLowerCase() !== first || OPENING_MARK_OR_DIGIT.test(first);
}

export function creditParts(credit: string | null): string[] {
  if (credit === null) return [];
  return credit
    .split('/')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

type Draft =
  | { kind: 'text'; text: string; heading: boolean }
  | { kind: 'image'; image: ParsedImage }
  | { kind: 'video'; title: string; duration: string | null };

export function buildBody(items: readonly BodyItem[]): Body {
  const drafts: Draft[] = [];
  let editedBy: string | null = null;
  let authorInitials: string[] = [];
  let agencies: string[] = [];

  for (const item of items) {
    if (item.type === 'image') {
      drafts.push({
        kind: 'image',
        image: {
          alt: item.alt,
          caption: item.caption,
          credit: item.credit,
          creditParts: creditParts(item.credit),
        },
      });
    } else if (item.type === 'video') {
      let title = item.title;
      // A lone "Watch video" marker belongs to the title line just above it.
      const prev = drafts[drafts.length - 1];
      if (title === '' && prev?.kind === 'text' && prev.heading) {
        drafts.pop();
        title = prev.text;
      }
      drafts.push({ kind: 'video', title, duration: item.duration });
    } else {
      const edited = parseEditedBy(item.text);
      if (edited !== null) {
        editedBy = edited;
        continue;
      }
      const signOff = parseSignOff(item.text);
      if (signOff !== null) {
        authorInitials = signOff.initials;
        agencies = signOff.agencies;
        continue;
      }
      drafts.push({ kind: 'text', text: item.text, heading: headingLike(item.text) });
    }
  }

  // Title-like lines after the last paragraph are teasers of other articles, not sub-headings.
  let lastParagraph = -1;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i] as Draft;
    if (d.kind === 'text' && !d.heading) lastParagraph = i;
  }

  relatedTitlesReadAsImage(drafts, lastParagraph);

  const blocks: ParsedBlock[] = [];
  const images: ParsedImage[] = [];
  const parts: string[] = [];
  let offset = 0;
  let paragraphIndex = 0;

  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i] as Draft;
    if (d.kind === 'image') {
      blocks.push({ kind: 'IMAGE', imageIndex: images.length });
      images.push(d.image);
    } else if (d.kind === 'video') {
      blocks.push({ kind: 'VIDEO', title: d.title, duration: d.duration });
    } else if (d.heading && i > lastParagraph) {
      blocks.push({ kind: 'RELATED', title: d.text });
    } else {
      // The text's place in bodyText, where texts are joined by a blank line.
      if (parts.length > 0) offset += 2;
      const span = { start: offset, end: offset + d.text.length };
      parts.push(d.text);
      offset = span.end;
      blocks.push(
        d.heading
          ? { kind: 'SUBHEADING', text: d.text, span }
          : { kind: 'PARAGRAPH', index: paragraphIndex++, text: d.text, span },
      );
    }
  }

  return { blocks, images, bodyText: parts.join('\n\n'), editedBy, authorInitials, agencies };
}

/**
 * Two title lines standing together with no credit look like an image whose caption has no credit.
 * After the last paragraph they are the teasers of related articles: pages close with those, and an
 * uncredited picture at the very end, below the last paragraph, is the rarer reading.
 */
function relatedTitlesReadAsImage(drafts: Draft[], lastParagraph: number): void {
  for (let i = drafts.length - 1; i > lastParagraph; i--) {
    const d = drafts[i] as Draft;
    if (d.kind !== 'image') continue;
    const { alt, caption, credit } = d.image;
    if (credit !== null || alt === null || !headingLike(alt) || !headingLike(caption)) continue;
    drafts.splice(
      i,
      1,
      { kind: 'text', text: alt, heading: true },
      { kind: 'text', text: caption, heading: true },
    );
  }
}
