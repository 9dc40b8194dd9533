/**
 * Words of a text unit with their offsets and the characters between them. The gap before a word
 * tells whether it continues a name (one space) or starts a new clause (punctuation).
 */
import { LETTER, MARK, NUMBER, runEnd } from './chars.ts';

export interface Token {
  /** The word as written, without a possessive "'s". */
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Characters between the previous token (or unit start) and this one. */
  gap: string;
  capitalized: boolean;
  /** All capitals and longer than one letter: an acronym (NATO, AFP), never part of a name. */
  acronym: boolean;
  possessive: boolean;
}

// Words: [\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*, read by a scanner (runEnd) rather
// than a regex, so a word costs no match array.
const WORD_CHAR = LETTER | MARK | NUMBER;

const GLUED_PARTICLE = /^(?:al|el|ad|ash|as|at|az|bin|ibn|abu|ben|d|l)['’\-‐]\p{Lu}/u;

const LETTER_CHAR = /\p{L}/u;
const DIGIT_OR_HYPHEN = /[\d-]/;

/** Owners without a `tokens` field (not made by buildUnits) keep their tokens here. */
const cache = new WeakMap<object, Token[]>();

/**
 * Tokens of a text unit, computed once per unit object. A unit made by buildUnits keeps them in
 * its `tokens` field: a WeakMap entry per unit costs the garbage collector more than tokenising.
 */
export function tokensOf(owner: { text: string; tokens?: Token[] | null }): Token[] {
  if (owner.tokens !== undefined) return (owner.tokens ??= tokenize(owner.text));
  let tokens = cache.get(owner);
  if (!tokens) {
    tokens = tokenize(owner.text);
    cache.set(owner, tokens);
  }
  return tokens;
}

function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019;
}

/** ' ’ - ‐ : join two runs of word characters into one word. */
function isJoiner(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2010;
}

/** The text between two tokens; the usual short gaps are shared strings, not new ones. */
function gapText(text: string, from: number, to: number): string {
  if (to - from === 2 && text.charCodeAt(from + 1) === 32) {
    const c = text.charCodeAt(from);
    if (c === 44) return ', ';
    if (c === 46) return '. ';
  }
  return text.slice(from, to);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let prevEnd = 0;
  let i = 0;
  while (i < n) {
    const start = i;
    i = runEnd(text, i, WORD_CHAR);
    if (i === start) {
      i++;
      continue;
    }
    // Joined parts: "al-Sabbagh", "Russia's", "d'Alema".
    while (i + 1 < n && isJoiner(text.charCodeAt(i))) {
      const partEnd = runEnd(text, i + 1, WORD_CHAR);
      if (partEnd === i + 1) break;
      i = partEnd;
    }
    const rawEnd = i;
    const last = text.charCodeAt(rawEnd - 1);
    let end = rawEnd;
    let possessive = false;
    if (
      rawEnd - start > 2 &&
      (last === 115 || last === 83) &&
      isApostrophe(text.charCodeAt(rawEnd - 2))
    ) {
      possessive = true;
      end = rawEnd - 2;
    } else if (isApostrophe(text.charCodeAt(rawEnd)) && last === 115) {
      // "countries'" : a plural possessive, the mark belongs to the gap.
      const after = text.charCodeAt(rawEnd + 1);
      possessive =
        !(after >= 65 && after <= 122) &&
        !(after > 127 && LETTER_CHAR.test(text[rawEnd + 1] ?? ''));
    }
    const facts = factsAt(text, start, end);
    tokens.push({
      text: facts.text,
      lower: facts.lower,
      start,
      end,
      gap: gapText(text, prevEnd, start),
      capitalized: facts.capitalized,
      acronym: facts.acronym,
      possessive,
    });
    prevEnd = rawEnd;
  }
  return tokens;
}

/** What a word's letters alone decide: the same for every token that writes the word. */
interface WordFacts {
  text: string;
  lower: string;
  capitalized: boolean;
  acronym: boolean;
}

/**
 * Facts of the words read lately, in a direct-mapped table by a hash of the word's characters, so
 * that tokens of the same word share one copy of its strings and the word is neither cut out of
 * the text nor lower-cased again. On pages of megabytes two strings per token filled V8's young
 * generation, and its collections made parsing time grow faster than the page. Only words of up
 * to 12 characters are kept: V8 copies such a slice, while a longer one points into the page and
 * would keep the page alive. A slot holds one word; another word with the same slot replaces it.
 */
const SLOT_BITS = 14;
const slots: Array<WordFacts | undefined> = new Array<WordFacts | undefined>(1 << SLOT_BITS).fill(
  undefined,
);
const MAX_SHARED_LENGTH = 12;

function factsAt(text: string, start: number, end: number): WordFacts {
  const length = end - start;
  if (length > MAX_SHARED_LENGTH) return factsOf(text.slice(start, end));
  let h = length;
  for (let i = start; i < end; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  const slot = (h ^ (h >>> SLOT_BITS)) & ((1 << SLOT_BITS) - 1);
  const seen = slots[slot];
  if (seen !== undefined && seen.text.length === length && text.startsWith(seen.text, start))
    return seen;
  const facts = factsOf(text.slice(start, end));
  slots[slot] = facts;
  return facts;
}

function factsOf(word: string): WordFacts {
  const lower = word.toLowerCase();
  // "al-Sabbagh", "d'Alema": a lower-case particle glued to a capitalised name. A word without a
  // joiner never matches GLUED_PARTICLE, so the test needs no flag from the scanner.
  const capitalized = (word[0] ?? '') !== lower[0] || GLUED_PARTICLE.test(word);
  return {
    text: word,
    lower,
    capitalized,
    acronym:
      capitalized && word.length > 1 && word === word.toUpperCase() && !DIGIT_OR_HYPHEN.test(word),
  };
}

/** The gap ends a sentence: ". ", "? ", "! " (quote marks may stand around it). */
export function sentenceBreak(gap: string): boolean {
  return (
    /[.!?…]["'”’“»«)]*\s+["'“„‘‚«»(]?$/.test(gap) ||
    (/^\s*$/.test(gap) === false && /[.!?]\s*$/.test(gap))
  );
}
