/**
 * The parser's hand-written scanners give exactly what the regular expressions they replaced give
 * (issue #5 made them faster, not different). Each reference below is the earlier, regex-based
 * implementation; random texts of awkward characters and the lines of every real page must agree.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { tokenize, type Token } from '../../src/parse/tokens.ts';
import { countWords } from '../../src/parse/chars.ts';
import { detectLanguage } from '../../src/parse/language.ts';
import { looksBinary, normalizeLine, toLines } from '../../src/parse/normalize.ts';
import { headingLike } from '../../src/parse/blocks.ts';
import { MONTHS_DE, MONTHS_EN } from '../../src/parse/lexicon.ts';
import { readPage } from './helpers.ts';

// ---- references: the regex-based implementations the scanners replaced ----

function referenceTokenize(text: string): Token[] {
  const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*/gu;
  const GLUED = /^(?:al|el|ad|ash|as|at|az|bin|ibn|abu|ben|d|l)['’\-‐]\p{Lu}/u;
  const apostrophe = (ch: string | undefined): boolean => ch === "'" || ch === '’';
  const tokens: Token[] = [];
  let prevEnd = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const rawEnd = start + raw.length;
    let word = raw;
    let possessive = false;
    if (
      raw.length > 2 &&
      (raw[raw.length - 1] === 's' || raw[raw.length - 1] === 'S') &&
      apostrophe(raw[raw.length - 2])
    ) {
      possessive = true;
      word = raw.slice(0, -2);
    } else if (apostrophe(text[rawEnd]) && raw[raw.length - 1] === 's') {
      const after = text.charCodeAt(rawEnd + 1);
      possessive =
        !(after >= 65 && after <= 122) && !(after > 127 && /\p{L}/u.test(text[rawEnd + 1] ?? ''));
    }
    const lower = word.toLowerCase();
    const capitalized = (word[0] ?? '') !== lower[0] || GLUED.test(word);
    tokens.push({
      text: word,
      lower,
      start,
      end: start + word.length,
      gap: text.slice(prevEnd, start),
      capitalized,
      acronym: capitalized && word.length > 1 && word === word.toUpperCase() && !/[\d-]/.test(word),
      possessive,
    });
    prevEnd = rawEnd;
  }
  return tokens;
}

const referenceCountWords = (text: string): number =>
  (text.match(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu) ?? []).length;

/** The language scores themselves, so that a test sees any difference, not only a flipped verdict. */
function referenceScores(lines: readonly string[]): { de: number; en: number } {
  const DE = new Set(
    'der die das und ist nicht sich mit auf für dem den des ein eine einer sagte wird wurde auch nach bei aus zum zur über sind haben hat werden dass'.split(
      ' ',
    ),
  );
  const EN = new Set(
    'the and is are was were with for that this from have has said will would not of to in on by its their'.split(
      ' ',
    ),
  );
  const MONTHS = new Set(MONTHS_DE.filter((m) => !MONTHS_EN.includes(m)));
  let de = 0;
  let en = 0;
  let words = 0;
  for (const line of lines) {
    if (/Zum Inhalt springen|Zum Hauptmenü|Weitere DW-Angebote/i.test(line)) de += 20;
    if (/Skip to (?:content|main menu)/i.test(line)) en += 20;
    if (/(?:^|[a-z.)\s])Bild: /.test(line)) de += 5;
    if (/(?:^|[a-z.)\s])Image: /.test(line)) en += 5;
    for (const t of line
      .slice(0, 40_000)
      .toLowerCase()
      .match(/[a-zäöüß]+/g) ?? []) {
      if (DE.has(t)) de++;
      if (EN.has(t)) en++;
      if (MONTHS.has(t)) de += 2;
      if (/[äöüß]/.test(t)) de += 0.5;
      if (++words > 5000) break;
    }
    if (words > 5000) break;
  }
  return { de, en };
}

const referenceToLines = (text: string): string[] =>
  text
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .split('\n')
    .map(normalizeLine);

function referenceLooksBinary(text: string): boolean {
  let suspicious = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c))
      suspicious++;
  }
  return suspicious > 8 && suspicious * 50 > text.length;
}

function referenceHeadingLike(text: string): boolean {
  if (text.length > 130 || text.split(' ').length > 18) return false;
  const last = text.replace(/["'“”„‘’»«)\]]+$/, '').slice(-1);
  if (/[.,;:!…]/.test(last)) return false;
  const first = text[0] ?? '';
  return first.toLowerCase() !== first || /["'“„‘‚«»\d]/.test(first);
}

// ---- inputs ----

/** Characters and pieces that sit on the edges of the scanners' rules. */
const PIECES = [
  ...'aAsSzZ09 ,.;:!?"“”„»«‘’‚\'-‐_()\n\r\t\v\f',
  ...['\u00a0', '\u2005', '\u200b', '\u00ad', '\ufeff', '\u2028', '\u0085', '\u0000', '\ufffd'],
  ...['ä', 'Ö', 'ß', 'ẞ', 'İ', '\u212a', 'é', '\u0301', 'ǅ', 'ﬁ', 'Σ', '\u0663', 'Ⅻ'],
  ...['𝐀', '😀', '\ud800', '\udc00', "'s", '’s', "s'", 'al-', "d'", 'ibn‐', 'NATO', 'X-1'],
  ...['der ', 'the ', 'Mai ', 'MÄRZ ', 'Bild: ', 'Image: ', 'Skip to content', 'ara/ab (AFP)'],
  ...['  ', ' . ', '...', 'U.S.', "don't", 'Zum Inhalt springen', 'Watch video 02:31'],
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(''));

const root = fileURLToPath(new URL('../../', import.meta.url));
const realPages = [
  'content/000_efc4b3a9b3049d34.txt',
  ...readdirSync(`${root}eval/dev`)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => `eval/dev/${f}`),
].map(readPage);
const realLines = realPages.flatMap((page) => page.split('\n'));

/** detectLanguage's verdict equals the reference's at every balance of extra English or German words. */
function sameLanguage(lines: readonly string[]): void {
  const { de, en } = referenceScores(lines);
  for (const extra of [0, 1, 2, 5]) {
    for (const word of ['the', 'der']) {
      const padded = [...lines, `${word} `.repeat(extra)];
      const d = de + (word === 'der' ? extra : 0);
      const e = en + (word === 'the' ? extra : 0);
      expect(detectLanguage(padded)).toBe(d > e ? 'de' : 'en');
    }
  }
  expect(detectLanguage(lines)).toBe(de > en ? 'de' : 'en');
}

describe('scanners agree with the regexes they replaced', () => {
  it('tokenize', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(tokenize(s)).toEqual(referenceTokenize(s));
      }),
      {
        numRuns: 3000,
      },
    );
    for (const line of realLines) expect(tokenize(line)).toEqual(referenceTokenize(line));
  });

  it('countWords', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(countWords(s)).toBe(referenceCountWords(s));
      }),
      {
        numRuns: 3000,
      },
    );
    for (const page of realPages) expect(countWords(page)).toBe(referenceCountWords(page));
  });

  it('detectLanguage', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 6 }), (lines) => sameLanguage(lines)),
      { numRuns: 1000 },
    );
    for (const page of realPages) sameLanguage(referenceToLines(page).slice(0, 400));
  });

  it('toLines and looksBinary', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(toLines(s)).toEqual(referenceToLines(s));
        expect(looksBinary(s)).toBe(referenceLooksBinary(s));
      }),
      { numRuns: 3000 },
    );
    for (const page of realPages) expect(toLines(page)).toEqual(referenceToLines(page));
  });

  it('headingLike', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(headingLike(s)).toBe(referenceHeadingLike(s));
      }),
      { numRuns: 3000 },
    );
    for (const l of realLines) expect(headingLike(l)).toBe(referenceHeadingLike(l));
  });
});
