import { describe, expect, it } from 'vitest';
import type { ParsedArticle, ParsedQuote, ParseResult } from '../../src/parse/types.ts';
import {
  actualMetadata,
  checkTargets,
  evaluatePages,
  matchByKey,
  metadataFieldEqual,
  normalizeOrg,
  normalizeQuoteText,
  orgNamesMatch,
  paragraphCountOf,
  prf,
  scoreImages,
  scoreMetadata,
  scorePage,
  scorePeople,
  scoreQuotes,
  speakerMatches,
  summarize,
  type ExpectedArticle,
  type ExpectedQuote,
} from '../../eval/metrics.ts';

function expectedArticle(over: Partial<ExpectedArticle> = {}): ExpectedArticle {
  return {
    headline: 'Mayor: "We will rebuild"',
    lead: 'A lead.',
    publishedAt: '2024-07-03',
    language: 'en',
    tags: ['Floods', 'Netherlands'],
    shortUrl: 'https://p.dw.com/p/4AbCd',
    byline: null,
    editedBy: null,
    authorInitials: ['ara', 'ab'],
    agencies: ['AFP', 'Reuters'],
    paragraphCount: 2,
    subheadings: ['What next'],
    relatedTitles: ['Another story?'],
    videos: [{ title: 'A video', duration: '02:31' }],
    images: [{ alt: 'Alt', caption: 'Caption', credit: 'A/B', creditParts: ['A', 'B'] }],
    people: [{ name: 'Anna de Vos', aliases: ['de Vos'], titles: [], roles: ['mayor'] }],
    quotes: [
      { text: 'We will rebuild', location: 'HEADLINE', speaker: 'Anna de Vos', continues: false },
      {
        text: 'We will rebuild the town.',
        location: 'BODY',
        speaker: 'Anna de Vos',
        continues: false,
      },
    ],
    ...over,
  };
}

function quote(
  text: string,
  location: ParsedQuote['location'],
  speaker: ParsedQuote['speaker'],
  continues = false,
): ParsedQuote {
  return {
    text,
    location,
    speaker,
    continues,
    span: null,
    imageIndex: null,
    cue: null,
    attribution: null,
    attributionMethod: null,
  };
}

function parsedArticle(over: Partial<ParsedArticle> = {}): ParsedArticle {
  return {
    headline: 'Mayor: "We will rebuild"',
    lead: 'A lead.',
    publishedAt: '2024-07-03',
    language: 'en',
    tags: ['Floods', 'Netherlands'],
    shortUrl: 'https://p.dw.com/p/4AbCd',
    byline: null,
    editedBy: null,
    authorInitials: ['ara', 'ab'],
    agencies: ['afp', 'reuters'],
    bodyText: 'P1\n\nWhat next\n\nP2',
    blocks: [
      { kind: 'IMAGE', imageIndex: 0 },
      { kind: 'PARAGRAPH', index: 0, text: 'P1', span: { start: 0, end: 2 } },
      { kind: 'SUBHEADING', text: 'What next', span: { start: 4, end: 13 } },
      { kind: 'VIDEO', title: 'A video', duration: '02:31' },
      { kind: 'PARAGRAPH', index: 1, text: 'P2', span: { start: 15, end: 17 } },
      { kind: 'RELATED', title: 'Another story?' },
    ],
    images: [{ alt: 'Alt', caption: 'Caption', credit: 'A/B', creditParts: ['A', 'B'] }],
    people: [{ name: 'Anna de Vos', aliases: ['de Vos'], titles: [], roles: [] }],
    organizations: [],
    quotes: [
      quote('We will rebuild', 'HEADLINE', { kind: 'PERSON', name: 'Anna de Vos' }),
      quote('We will rebuild the town.', 'BODY', { kind: 'PERSON', name: 'Anna de Vos' }),
    ],
    wordCount: 10,
    ...over,
  };
}

describe('normalisation', () => {
  it('folds quote marks, apostrophes, NBSP and trailing punctuation', () => {
    expect(normalizeQuoteText('  It held until it didn’t,  ')).toBe("It held until it didn't");
    expect(normalizeQuoteText('“the era of ‘transit at any price’ is over.”')).toBe(
      "the era of 'transit at any price' is over",
    );
    expect(normalizeQuoteText('Das ist kein ‚Problemwolf‘,\u00a0das\u00a0ist es.')).toBe(
      "Das ist kein 'Problemwolf', das ist es",
    );
    expect(normalizeQuoteText('Still shaking!')).toBe(normalizeQuoteText('Still shaking'));
  });
  it('keeps case and inner punctuation', () => {
    expect(normalizeQuoteText('Our first job. Our second job')).not.toBe(
      normalizeQuoteText('our first job our second job'),
    );
  });
  it('organisation names drop articles and possessives and match on trailing words', () => {
    expect(normalizeOrg('the Interior Ministry')).toBe('interior ministry');
    expect(normalizeOrg("Beijing's")).toBe('beijing');
    expect(orgNamesMatch('Interior Ministry', 'the ministry')).toBe(true);
    expect(orgNamesMatch('Mining Ministry', 'Chile’s Mining Ministry')).toBe(true);
    expect(orgNamesMatch('Interior Ministry', 'Finance Ministry')).toBe(false);
    expect(orgNamesMatch('Rome', 'Jerome')).toBe(false);
    expect(orgNamesMatch('Rome', '')).toBe(false);
  });
});

describe('prf', () => {
  it('computes precision, recall and F1', () => {
    const r = prf({ tp: 3, expected: 4, actual: 6 });
    expect(r.precision).toBeCloseTo(0.5);
    expect(r.recall).toBeCloseTo(0.75);
    expect(r.f1).toBeCloseTo(0.6);
  });
  it('scores nothing-expected-nothing-found as perfect and F1 0 when nothing matches', () => {
    expect(prf({ tp: 0, expected: 0, actual: 0 })).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(prf({ tp: 0, expected: 2, actual: 0 })).toEqual({ precision: 1, recall: 0, f1: 0 });
    expect(prf({ tp: 0, expected: 0, actual: 3 })).toEqual({ precision: 0, recall: 1, f1: 0 });
  });
});

describe('matchByKey', () => {
  it('matches one to one, duplicates only as often as they occur', () => {
    const pairs = matchByKey(
      ['a', 'b', 'a', 'a'],
      ['a', 'a', 'c'],
      (x) => x,
      (x) => x,
    );
    expect(pairs).toEqual([
      [0, 0],
      [2, 1],
    ]);
  });
});

describe('scoreQuotes', () => {
  const expected: ExpectedQuote[] = [
    {
      text: 'We did everything we could',
      location: 'BODY',
      speaker: 'Pieter Van Acker',
      continues: false,
    },
    {
      text: 'But the water came too fast.',
      location: 'BODY',
      speaker: 'Pieter Van Acker',
      continues: true,
    },
    { text: 'provocative', location: 'BODY', speaker: 'Moscow', continues: false },
    { text: 'I could hear the furniture', location: 'BODY', speaker: null, continues: false },
    {
      text: 'This will happen again',
      location: 'SUBHEADING',
      speaker: 'Ruben Hoekstra',
      continues: false,
    },
  ];
  const people = ['Pieter Van Acker', 'Ruben Hoekstra'];

  it('matches by normalised text and location, and scores speakers over matched quotes', () => {
    const actual = [
      quote('We did everything we could,', 'BODY', { kind: 'PERSON', name: 'Pieter Van Acker' }),
      quote('But the water came too fast', 'BODY', { kind: 'PERSON', name: 'Van Acker' }, true),
      quote('provocative', 'BODY', { kind: 'ORGANIZATION', name: 'Moscow' }),
      quote('I could hear the furniture', 'BODY', { kind: 'PERSON', name: 'Pieter Van Acker' }),
      quote('This will happen again', 'BODY', { kind: 'PERSON', name: 'Ruben Hoekstra' }),
    ];
    const s = scoreQuotes(expected, actual, people);
    expect(s.counts).toEqual({ tp: 4, expected: 5, actual: 5 });
    expect(s.speakerCorrect).toBe(2);
    expect(s.wrongSpeaker.map((w) => w.quote.text)).toEqual([
      'But the water came too fast.',
      'I could hear the furniture',
    ]);
    expect(s.missing.map((q) => q.location)).toEqual(['SUBHEADING']);
    expect(s.spurious.map((q) => q.location)).toEqual(['BODY']);
    expect(s.continuesCorrect).toBe(4);
  });

  it('accepts an organisation written shorter or longer, but not another one', () => {
    const e: ExpectedQuote[] = [
      { text: 'x', location: 'BODY', speaker: 'Interior Ministry', continues: false },
    ];
    expect(
      scoreQuotes(e, [quote('x', 'BODY', { kind: 'ORGANIZATION', name: 'the ministry' })], [])
        .speakerCorrect,
    ).toBe(1);
    expect(
      scoreQuotes(e, [quote('x', 'BODY', { kind: 'ORGANIZATION', name: 'Finance Ministry' })], [])
        .speakerCorrect,
    ).toBe(0);
  });

  it('compares person speakers by full name, case- and apostrophe-insensitively', () => {
    expect(
      speakerMatches("Siobhán O'Connell", { kind: 'PERSON', name: 'Siobhán O’Connell' }, true),
    ).toBe(true);
    expect(speakerMatches("Siobhán O'Connell", { kind: 'PERSON', name: "O'Connell" }, true)).toBe(
      false,
    );
    expect(speakerMatches('Anneke de Boer', { kind: 'PERSON', name: 'Anneke De Boer' }, true)).toBe(
      true,
    );
    expect(speakerMatches(null, null, false)).toBe(true);
    expect(speakerMatches(null, { kind: 'PERSON', name: 'X' }, false)).toBe(false);
    expect(speakerMatches('X', null, true)).toBe(false);
  });
});

describe('people and images', () => {
  it('people F1 counts by name', () => {
    const s = scorePeople(
      [{ name: 'Anna de Vos' }, { name: 'Li Wei' }],
      [{ name: 'anna de vos' }, { name: 'Storm Hilde' }],
    );
    expect(s.counts).toEqual({ tp: 1, expected: 2, actual: 2 });
    expect(s.missing).toEqual(['Li Wei']);
    expect(s.spurious).toEqual(['Storm Hilde']);
  });
  it('an image matches only when alt, caption and credit are all equal', () => {
    const e = [
      { alt: 'Alt', caption: 'Caption', credit: 'A/B' },
      { alt: null, caption: 'Lone caption', credit: 'C' },
    ];
    expect(
      scoreImages(e, [
        { alt: 'Alt', caption: 'Caption\u00a0', credit: 'A/B' },
        { alt: null, caption: 'Lone caption', credit: 'C' },
      ]).counts.tp,
    ).toBe(2);
    expect(
      scoreImages(e, [
        { alt: 'Alt', caption: 'Caption', credit: null },
        { alt: '', caption: 'Lone caption', credit: 'C' },
      ]).counts.tp,
    ).toBe(0);
  });
});

describe('metadata', () => {
  it('reads sub-headings, related titles and videos from blocks, paragraphs by count', () => {
    const a = parsedArticle();
    const m = actualMetadata(a);
    expect(m.subheadings).toEqual(['What next']);
    expect(m.relatedTitles).toEqual(['Another story?']);
    expect(m.videos).toEqual([{ title: 'A video', duration: '02:31' }]);
    expect(paragraphCountOf(a)).toBe(2);
  });
  it('compares agencies case-insensitively, tags in order, texts modulo whitespace', () => {
    const e = actualMetadata(parsedArticle({ agencies: ['AFP', 'Reuters'] }));
    expect(metadataFieldEqual('agencies', e, actualMetadata(parsedArticle()))).toBe(true);
    expect(
      metadataFieldEqual(
        'tags',
        e,
        actualMetadata(parsedArticle({ tags: ['Netherlands', 'Floods'] })),
      ),
    ).toBe(false);
    expect(
      metadataFieldEqual('lead', e, actualMetadata(parsedArticle({ lead: ' A\u00a0lead. ' }))),
    ).toBe(true);
    expect(metadataFieldEqual('lead', e, actualMetadata(parsedArticle({ lead: null })))).toBe(
      false,
    );
    expect(
      metadataFieldEqual(
        'publishedAt',
        e,
        actualMetadata(parsedArticle({ publishedAt: '2024-03-07' })),
      ),
    ).toBe(false);
  });
  it('counts equal fields out of 13', () => {
    const s = scoreMetadata(
      expectedArticle(),
      actualMetadata(parsedArticle({ byline: 'Someone', shortUrl: null })),
    );
    expect(s.total).toBe(13);
    expect(s.equal).toBe(11);
    expect(s.diffs.map((d) => d.field)).toEqual(['shortUrl', 'byline']);
    expect(scoreMetadata(expectedArticle(), null).equal).toBe(0);
  });
});

describe('pages and summaries', () => {
  it('a perfect parse scores 1 everywhere', () => {
    const s = scorePage('p', 'dev', expectedArticle(), { ok: true, article: parsedArticle() });
    const sum = summarize([s]);
    expect(sum.quotes.f1).toBe(1);
    expect(sum.speaker.accuracy).toBe(1);
    expect(sum.people.f1).toBe(1);
    expect(sum.images.f1).toBe(1);
    expect(sum.metadata.accuracy).toBe(1);
    expect(sum.paragraphs.exactPages).toBe(1);
    expect(checkTargets(sum).every((t) => t.met)).toBe(true);
  });

  it('a parse error scores as an empty article', () => {
    const s = scorePage('p', 'dev', expectedArticle(), {
      ok: false,
      error: { code: 'EMPTY', message: 'empty' },
    });
    expect(s.failure).toBe('EMPTY');
    expect(s.quotes.counts).toEqual({ tp: 0, expected: 2, actual: 0 });
    expect(s.metadata.equal).toBe(0);
    expect(s.paragraphs.actual).toBeNull();
  });

  it('a throwing parser is recorded, not propagated', () => {
    const pages = [{ set: 'dev', name: 'p', text: 'x', expected: expectedArticle() }];
    const [s] = evaluatePages(pages, (): ParseResult => {
      throw new Error('boom');
    });
    expect(s?.failure).toBe('THREW');
  });

  it('summaries are micro-averaged over pages', () => {
    const good = scorePage('a', 'dev', expectedArticle(), { ok: true, article: parsedArticle() });
    const empty = scorePage('b', 'dev', expectedArticle({ quotes: [], people: [] }), {
      ok: true,
      article: parsedArticle({ quotes: [], people: [] }),
    });
    const half = scorePage('c', 'dev', expectedArticle(), {
      ok: true,
      article: parsedArticle({ quotes: [quote('We will rebuild', 'HEADLINE', null)] }),
    });
    const sum = summarize([good, empty, half]);
    expect(sum.quotes).toMatchObject({ tp: 3, expected: 4, actual: 3 });
    expect(sum.quotes.precision).toBe(1);
    expect(sum.quotes.recall).toBeCloseTo(0.75);
    expect(sum.speaker).toMatchObject({ correct: 2, matched: 3 });
    const targets = checkTargets(sum);
    expect(targets.find((t) => t.name === 'quoteF1')?.met).toBe(false);
    expect(targets.find((t) => t.name === 'imageF1')?.met).toBe(true);
  });
});
