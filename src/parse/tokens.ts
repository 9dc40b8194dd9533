/**
 * Words of a text unit with their offsets and the characters between them. The gap before a word
 * tells whether it continues a name (one space) or starts a new clause (punctuation).
 */

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

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    const start = m.index ?? 0;
    let end = start + word.length;
    let possessive = false;
    if (/['’]s$/.test(word) && word.length > 2) {
      possessive = true;
      word = word.slice(0, -2);
    } else if (text[end] === "'" || text[end] === '’') {
      // "countries'" : a plural possessive, the mark belongs to the gap.
      possessive = /s$/.test(word) && !/\p{L}/u.test(text[end + 1] ?? '');
    }
    const first = word[0] ?? '';
    const capitalized = first !== first.toLowerCase();
    const letters = word.replace(/[^\p{L}]/gu, '');
    tokens.push({
      text: word,
      lower: word.toLowerCase(),
      start,
      end: possessive && end - start > word.length ? start + word.length : end,
      gap: text.slice(prevEnd, start),
      capitalized,
      acronym: letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
      possessive,
    });
    end = start + m[0].length;
    prevEnd = end;
  }
  return tokens;
}

/** The gap ends a sentence: ". ", "? ", "! " (quote marks may stand around it). */
export function sentenceBreak(gap: string): boolean {
  return /[.!?…]["'”’“»«)]*\s+["'“„‘‚«»(]?$/.test(gap) || /^\s*$/.test(gap) === false && /[.!?]\s*$/.test(gap);
}
