import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalShortUrl, parseArticle } from '../../src/parse/index.ts';
import { readPage } from './helpers.ts';

const seed = readPage('content/000_efc4b3a9b3049d34.txt');

describe('typed errors', () => {
  it('refuses empty and whitespace-only pages', () => {
    for (const text of ['', '   ', '\n\n\u00a0\r\n\t']) {
      const r = parseArticle(text);
      expect(r.ok ? null : r.error.code).toBe('EMPTY');
    }
  });

  it('refuses binary data', () => {
    const r = parseArticle('PK\u0003\u0004\u0000\u0000binary');
    expect(r.ok ? null : r.error.code).toBe('BINARY');
    const garbled = parseArticle('\ufffd'.repeat(200) + ' some text');
    expect(garbled.ok ? null : garbled.error.code).toBe('BINARY');
  });

  it('refuses pages over the size cap, counting UTF-8 bytes', () => {
    const r = parseArticle(seed, { maxBytes: 1000 });
    expect(r.ok ? null : r.error.code).toBe('TOO_LARGE');
    const umlauts = parseArticle('ä'.repeat(600), { maxBytes: 1000 });
    expect(umlauts.ok ? null : umlauts.error.code).toBe('TOO_LARGE');
    expect(parseArticle(seed, { maxBytes: seed.length * 2 }).ok).toBe(true);
  });

  it('refuses text without a headline-like structure', () => {
    const r = parseArticle('justoneword');
    expect(r.ok ? null : r.error.code).toBe('NOT_A_NEWS_PAGE');
  });

  it('keeps error messages to one line without page text', () => {
    const r = parseArticle('secret-token-123');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message).not.toContain('secret');
      expect(r.error.message).not.toContain('\n');
    }
  });
});

describe('canonicalShortUrl', () => {
  it.each([
    ['https://p.dw.com/p/4TLXn'],
    ['https://s.gtool.pro:443/https/p.dw.com/p/4TLXn'],
    ['p.dw.com/p/4TLXn'],
    ['http://p.dw.com/p/4TLXn'],
    ['4TLXn'],
    ['  4TLXn  '],
  ])('%s -> canonical', (input) => {
    expect(canonicalShortUrl(input)).toBe('https://p.dw.com/p/4TLXn');
  });

  it.each([
    [''],
    ['https://example.com/p/4TLXn'],
    ['not a code'],
    ['https://p.dw.com/p/'],
    ['a b'],
  ])('%j -> null', (input) => {
    expect(canonicalShortUrl(input)).toBeNull();
  });
});

describe('never throws, spans always point at their text', () => {
  const pieces = fc.constantFrom(
    '"',
    "'",
    '“',
    '”',
    '„',
    '‘',
    '’',
    '‚',
    '«',
    '»',
    '\n',
    '\n\n',
    '\r\n',
    ' ',
    '\u00a0',
    ',',
    '.',
    ':',
    'said',
    'sagte',
    'he',
    'she',
    'Anna Berg',
    'Dr.',
    'President',
    'Image: A/B',
    'Bild: dpa',
    'Watch video 02:31',
    'July 3, 2023',
    '3. Juli 2023',
    '07/03/2024',
    'https://p.dw.com/p/4TLXn',
    'ara/ab (AFP, Reuters)',
    'Edited by: X Y',
    '  1. Skip to content',
    'Advertisement',
    'Related topics',
    'ConflictsChina',
    'the minister',
    'Beijing',
    "O'Connell",
    'van der',
    '\u0000',
    '\ufffd',
  );
  const pageLike = fc
    .array(fc.oneof(pieces, fc.string({ maxLength: 12 })), { maxLength: 80 })
    .map((a) => a.join(''));

  it('returns a result for any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 400 }),
          fc.string({ unit: 'binary', maxLength: 200 }),
          pageLike,
        ),
        (text) => {
          const r = parseArticle(text);
          expect(typeof r.ok).toBe('boolean');
          if (!r.ok)
            expect(['EMPTY', 'BINARY', 'TOO_LARGE', 'NOT_A_NEWS_PAGE']).toContain(r.error.code);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('slices bodyText to the text of every body and sub-heading quote and block', () => {
    const withHeader = pageLike.map(
      (body) => `Tags\n\nA headline for the page\n\nJuly 3, 2023\n\nThe lead.\n\n${body}`,
    );
    fc.assert(
      fc.property(withHeader, (text) => {
        const r = parseArticle(text);
        if (!r.ok) return;
        const a = r.article;
        for (const q of a.quotes) {
          expect(q.text.length).toBeGreaterThan(0);
          if (q.location === 'BODY' || q.location === 'SUBHEADING') {
            expect(q.span).not.toBeNull();
            expect(a.bodyText.slice(q.span!.start, q.span!.end)).toBe(q.text);
          }
          if (q.speaker?.kind === 'PERSON')
            expect(a.people.map((p) => p.name)).toContain(q.speaker.name);
        }
        for (const b of a.blocks) {
          if (b.kind === 'PARAGRAPH' || b.kind === 'SUBHEADING') {
            expect(a.bodyText.slice(b.span.start, b.span.end)).toBe(b.text);
          }
          if (b.kind === 'IMAGE') expect(a.images[b.imageIndex]).toBeDefined();
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('large and adversarial inputs parse (no timing asserts here; see the benchmark)', () => {
  it('parses a 1 MB page', () => {
    const r = parseArticle(seed.repeat(Math.ceil(1_000_000 / seed.length)));
    expect(r.ok).toBe(true);
  });

  it('parses a page that is one 1 MB line', () => {
    const r = parseArticle(
      'Headline of a long page\n\nJuly 3, 2023\n\n' + 'word "quoted" he said and '.repeat(40_000),
    );
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.article.lead?.length).toBeGreaterThan(1_000_000);
  });

  it('parses 20,000 quote marks of every kind', () => {
    for (const mark of ['"', '“', '„', "'", '‘', '’']) {
      const r = parseArticle(
        `A headline here\n\nJuly 3, 2023\n\nThe lead.\n\n${mark.repeat(20_000)} and ${'x '.repeat(10)}`,
      );
      expect(r.ok).toBe(true);
    }
    const mixed = parseArticle(
      `A headline here\n\nJuly 3, 2023\n\nThe lead.\n\n${'“a „b ‚c ’d "e \'f '.repeat(3_400)}`,
    );
    expect(mixed.ok).toBe(true);
  });
});
