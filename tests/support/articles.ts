/**
 * Parsed articles written by hand, so API tests check the store and resolvers independently of
 * the parser's rules. Invented events.
 */
import type { ParsedArticle, ParsedQuote } from '../../src/parse/types.ts';

function quote(partial: Partial<ParsedQuote> & Pick<ParsedQuote, 'text'>): ParsedQuote {
  return {
    location: 'BODY',
    continues: false,
    span: null,
    imageIndex: null,
    speaker: null,
    cue: null,
    attribution: null,
    attributionMethod: null,
    ...partial,
  };
}

/** Body text with the spans of its paragraphs, as the parser would join them. */
function body(...paragraphs: string[]) {
  let offset = 0;
  const spans = paragraphs.map((text) => {
    const span = { start: offset, end: offset + text.length };
    offset = span.end + 2;
    return span;
  });
  return { bodyText: paragraphs.join('\n\n'), spans };
}

function spanOf(text: string, part: string) {
  const start = text.indexOf(part);
  return { start, end: start + part.length };
}

const harbour = body(
  'Mayor Petra Lindqvist said the harbour "will reopen next week" after the storm.',
  'Lindqvist added that repairs would cost "at least two million."',
  'The Coast Authority said: "Ships must keep clear of the eastern pier."',
);

export const harbourArticle: ParsedArticle = {
  headline: 'Storm-hit harbour "will reopen next week"',
  lead: 'Repairs to the eastern pier continue.',
  publishedAt: '2024-03-07',
  language: 'en',
  tags: ['Weather', 'Sweden'],
  shortUrl: 'https://p.dw.com/p/7QxYz',
  byline: null,
  editedBy: 'Anna Keller',
  authorInitials: ['mk', 'ab'],
  agencies: ['AFP', 'dpa'],
  bodyText: harbour.bodyText,
  blocks: [
    {
      kind: 'PARAGRAPH',
      index: 0,
      text: harbour.bodyText.split('\n\n')[0]!,
      span: harbour.spans[0]!,
    },
    { kind: 'IMAGE', imageIndex: 0 },
    {
      kind: 'PARAGRAPH',
      index: 1,
      text: harbour.bodyText.split('\n\n')[1]!,
      span: harbour.spans[1]!,
    },
    { kind: 'VIDEO', title: 'Storm surge hits the coast', duration: '02:31' },
    {
      kind: 'PARAGRAPH',
      index: 2,
      text: harbour.bodyText.split('\n\n')[2]!,
      span: harbour.spans[2]!,
    },
    { kind: 'RELATED', title: 'Are coastal towns ready for more storms?' },
  ],
  images: [
    {
      alt: 'Waves break over a pier',
      caption: 'The storm "took everyone by surprise," the mayor said',
      credit: 'Erik Berg/TT/picture alliance',
      creditParts: ['Erik Berg', 'TT', 'picture alliance'],
    },
  ],
  people: [{ name: 'Petra Lindqvist', aliases: ['Lindqvist'], titles: ['Mayor'], roles: [] }],
  organizations: ['Coast Authority'],
  quotes: [
    quote({
      text: 'will reopen next week',
      location: 'HEADLINE',
      speaker: { kind: 'PERSON', name: 'Petra Lindqvist' },
      attributionMethod: 'HEADING_MATCH',
    }),
    quote({
      text: 'will reopen next week',
      span: spanOf(harbour.bodyText, 'will reopen next week'),
      speaker: { kind: 'PERSON', name: 'Petra Lindqvist' },
      cue: 'said',
      attribution: 'Mayor Petra Lindqvist',
      attributionMethod: 'NAME',
    }),
    quote({
      text: 'took everyone by surprise',
      location: 'CAPTION',
      imageIndex: 0,
      speaker: { kind: 'PERSON', name: 'Petra Lindqvist' },
      cue: 'said',
      attribution: 'the mayor',
      attributionMethod: 'ROLE',
    }),
    quote({
      text: 'at least two million.',
      speaker: { kind: 'PERSON', name: 'Petra Lindqvist' },
      cue: 'added',
      attribution: 'Lindqvist',
      attributionMethod: 'ALIAS',
    }),
    quote({
      text: 'Ships must keep clear of the eastern pier.',
      speaker: { kind: 'ORGANIZATION', name: 'Coast Authority' },
      cue: 'said',
      attribution: 'The Coast Authority',
      attributionMethod: 'ORGANIZATION',
    }),
  ],
  wordCount: harbour.bodyText.split(/\s+/).length,
};

const council = body(
  'Petra Lindqvist told the council: "We rebuild together."',
  'Bürgermeister Jonas van Dijk sagte, man werde „alles prüfen“.',
);

export const councilArticle: ParsedArticle = {
  headline: 'Stadtrat berät über den Hafen',
  lead: null,
  publishedAt: '2024-05-01',
  language: 'de',
  tags: ['Politik'],
  shortUrl: null,
  byline: 'Lena Maurer',
  editedBy: null,
  authorInitials: [],
  agencies: [],
  bodyText: council.bodyText,
  blocks: [
    {
      kind: 'PARAGRAPH',
      index: 0,
      text: council.bodyText.split('\n\n')[0]!,
      span: council.spans[0]!,
    },
    { kind: 'SUBHEADING', text: 'Kosten', span: { start: 0, end: 0 } },
    {
      kind: 'PARAGRAPH',
      index: 1,
      text: council.bodyText.split('\n\n')[1]!,
      span: council.spans[1]!,
    },
  ],
  images: [],
  people: [
    { name: 'Petra Lindqvist', aliases: [], titles: [], roles: ['harbour mayor'] },
    { name: 'Jonas van Dijk', aliases: ['van Dijk'], titles: ['Bürgermeister'], roles: [] },
  ],
  organizations: [],
  quotes: [
    quote({
      text: 'We rebuild together.',
      speaker: { kind: 'PERSON', name: 'Petra Lindqvist' },
      cue: 'told the council',
      attribution: 'Petra Lindqvist',
      attributionMethod: 'NAME',
    }),
    quote({
      text: 'alles prüfen',
      speaker: { kind: 'PERSON', name: 'Jonas van Dijk' },
      cue: 'sagte',
      attribution: 'Bürgermeister Jonas van Dijk',
      attributionMethod: 'NAME',
    }),
  ],
  wordCount: council.bodyText.split(/\s+/).length,
};

/** An undated page, to check it sorts last. */
export const undatedArticle: ParsedArticle = {
  ...councilArticle,
  headline: 'Archive: ferry timetable',
  publishedAt: null,
  people: [],
  quotes: [],
  organizations: [],
  byline: null,
};
