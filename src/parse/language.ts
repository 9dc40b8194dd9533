/**
 * English or German, from signals that survive short pages: German chrome, German month names,
 * "Bild:" credits, umlauts and frequent function words.
 */
import type { Language } from './types.ts';
import { MONTHS_DE, MONTHS_EN } from './lexicon.ts';

const DE_WORDS = new Set(
  'der die das und ist nicht sich mit auf für dem den des ein eine einer sagte wird wurde auch nach bei aus zum zur über sind haben hat werden dass'.split(
    ' ',
  ),
);
const EN_WORDS = new Set(
  'the and is are was were with for that this from have has said will would not of to in on by its their'.split(
    ' ',
  ),
);

const DE_ONLY_MONTHS = new Set(MONTHS_DE.filter((m) => !MONTHS_EN.includes(m)));

/** Points for German and for English per word: a function word 1, a German-only month 2. */
interface Score {
  word: string;
  hash: number;
  de: number;
  en: number;
}

/**
 * The scored words by a hash of their letters, so that a word of the page is looked up while it
 * is read, without cutting it out of the line or lower-casing the line. The table is an array
 * indexed by the hash's low bits: cheaper per word of the page than a Map look-up.
 */
const SCORE_BITS = 10;
const SCORES: Array<Score[] | undefined> = new Array<Score[] | undefined>(1 << SCORE_BITS).fill(
  undefined,
);
const hashStep = (h: number, c: number): number => (Math.imul(h, 31) + c) & 0x3fffffff;
for (const word of new Set([...DE_WORDS, ...EN_WORDS, ...DE_ONLY_MONTHS])) {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = hashStep(h, word.charCodeAt(i));
  const score = {
    word,
    hash: h,
    de: (DE_WORDS.has(word) ? 1 : 0) + (DE_ONLY_MONTHS.has(word) ? 2 : 0),
    en: EN_WORDS.has(word) ? 1 : 0,
  };
  const slot = h & ((1 << SCORE_BITS) - 1);
  const list = SCORES[slot];
  if (list) list.push(score);
  else SCORES[slot] = [score];
}

/**
 * The character lower-cased when that is one of [a-zäöüß], else -1. Of all characters only A-Z,
 * Ä, Ö, Ü and the three SPECIAL ones lower-case into that set; a line holding a SPECIAL one is
 * lower-cased as a whole first (String.prototype.toLowerCase), the others are mapped here.
 */
function lowerWordCode(c: number): number {
  if (c >= 97 && c <= 122) return c;
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 0xc4) return -1;
  if (c === 0xe4 || c === 0xf6 || c === 0xfc || c === 0xdf) return c;
  if (c === 0xc4 || c === 0xd6 || c === 0xdc) return c + 32;
  return -1;
}
/** "İ" lower-cases to "i" and a combining dot, "ẞ" to "ß", the Kelvin sign to "k". */
const SPECIAL = /[\u0130\u1e9e\u212a]/;

/** The score of the lower-cased letters text[start, end) with hash h, or undefined. */
function scoreOf(text: string, start: number, end: number, h: number): Score | undefined {
  const list = SCORES[h & ((1 << SCORE_BITS) - 1)];
  if (list === undefined) return undefined;
  for (const score of list) {
    const w = score.word;
    if (score.hash !== h || w.length !== end - start) continue;
    let i = 0;
    while (i < w.length && lowerWordCode(text.charCodeAt(start + i)) === w.charCodeAt(i)) i++;
    if (i === w.length) return score;
  }
  return undefined;
}

const DE_CHROME = /Zum Inhalt springen|Zum Hauptmenü|Weitere DW-Angebote/i;
const EN_CHROME = /Skip to (?:content|main menu)/i;
const DE_CREDIT = /(?:^|[a-z.)\s])Bild: /;
const EN_CREDIT = /(?:^|[a-z.)\s])Image: /;

export function detectLanguage(lines: readonly string[]): Language {
  let de = 0;
  let en = 0;
  let words = 0;
  for (const line of lines) {
    if (DE_CHROME.test(line)) de += 20;
    if (EN_CHROME.test(line)) en += 20;
    if (line.includes(': ')) {
      if (DE_CREDIT.test(line)) de += 5;
      if (EN_CREDIT.test(line)) en += 5;
    }
    // The words /[a-zäöüß]+/ of the lower-cased line. 5,000 words are plenty; a giant line is
    // read only as far as that.
    let text = line.length > 40_000 ? line.slice(0, 40_000) : line;
    if (SPECIAL.test(text)) text = text.toLowerCase();
    const n = text.length;
    let i = 0;
    while (i < n) {
      let c = lowerWordCode(text.charCodeAt(i));
      if (c < 0) {
        i++;
        continue;
      }
      const start = i;
      let h = 0;
      let umlaut = false;
      do {
        if (c > 122) umlaut = true;
        h = hashStep(h, c);
        c = ++i < n ? lowerWordCode(text.charCodeAt(i)) : -1;
      } while (c >= 0);
      const score = scoreOf(text, start, i, h);
      if (score !== undefined) {
        de += score.de;
        en += score.en;
      }
      if (umlaut) de += 0.5;
      if (++words > 5000) break;
    }
    if (words > 5000) break;
  }
  return de > en ? 'de' : 'en';
}
