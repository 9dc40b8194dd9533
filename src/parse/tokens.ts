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

const cache = new WeakMap<object, Token[]>();
const GLUED_PARTICLE = /^(?:al|el|ad|ash|as|at|az|bin|ibn|abu|ben|d|l)['’\-‐]\p{Lu}/u;

/** Tokens of a text unit, computed once per unit object. */
export function tokensOf(owner: { text: string }): Token[] {
  let tokens = cache.get(owner);
  if (!tokens) {
    tokens = tokenize(owner.text);
    cache.set(owner, tokens);
  }
  return tokens;
}

function isApostrophe(ch: string | undefined): boolean {
  return ch === "'" || ch === '’';
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const rawEnd = start + raw.length;
    let word = raw;
    let possessive = false;
    if (
      raw.length > 2 &&
      (raw[raw.length - 1] === 's' || raw[raw.length - 1] === 'S') &&
      isApostrophe(raw[raw.length - 2])
    ) {
      possessive = true;
      word = raw.slice(0, -2);
    } else if (isApostrophe(text[rawEnd]) && raw[raw.length - 1] === 's') {
      // "countries'" : a plural possessive, the mark belongs to the gap.
      const after = text.charCodeAt(rawEnd + 1);
      possessive =
        !(after >= 65 && after <= 122) && !(after > 127 && /\p{L}/u.test(text[rawEnd + 1] ?? ''));
    }
    const first = word[0] ?? '';
    const lower = word.toLowerCase();
    // "al-Sabbagh", "d'Alema": a lower-case particle glued to a capitalised name.
    const capitalized = first !== lower[0] || GLUED_PARTICLE.test(word);
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

/** The gap ends a sentence: ". ", "? ", "! " (quote marks may stand around it). */
export function sentenceBreak(gap: string): boolean {
  return (
    /[.!?…]["'”’“»«)]*\s+["'“„‘‚«»(]?$/.test(gap) ||
    (/^\s*$/.test(gap) === false && /[.!?]\s*$/.test(gap))
  );
}
