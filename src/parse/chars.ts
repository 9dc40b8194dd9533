/**
 * Unicode character classes (letter, mark, number) by code point, for hand-written scanners
 * (tokens.ts, countWords below). They read a text character by character instead of running a
 * Unicode regex with a match array per word; each answer is exactly what `/\p{L}/u`, `/\p{M}/u`
 * and `/\p{N}/u` say about the code point, so a scanner matches the regex it replaces.
 */

export const LETTER = 1;
export const MARK = 2;
export const NUMBER = 4;
const KNOWN = 8;

const P_LETTER = /\p{L}/u;
const P_MARK = /\p{M}/u;
const P_NUMBER = /\p{N}/u;

function classify(ch: string): number {
  return (
    KNOWN |
    (P_LETTER.test(ch) ? LETTER : 0) |
    (P_MARK.test(ch) ? MARK : 0) |
    (P_NUMBER.test(ch) ? NUMBER : 0)
  );
}

/** Classes of the BMP code units, filled in on first sight (0: not looked at yet). */
const bmp = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) bmp[c] = classify(String.fromCharCode(c));
/** Classes of code points beyond the BMP (surrogate pairs), by code point. */
const astral = new Map<number, number>();

/**
 * Length in code units (1, or 2 for a surrogate pair) of the code point at `i` when it belongs to
 * one of the classes in `mask`, else 0. A lone surrogate belongs to no class.
 */
export function charIn(text: string, i: number, mask: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) {
    let k = bmp[c] as number;
    if (k === 0) {
      k = classify(String.fromCharCode(c));
      bmp[c] = k;
    }
    return (k & mask) !== 0 ? 1 : 0;
  }
  if (c > 0xdbff || i + 1 >= text.length) return 0;
  const low = text.charCodeAt(i + 1);
  if (low < 0xdc00 || low > 0xdfff) return 0;
  const cp = ((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
  let k = astral.get(cp);
  if (k === undefined) {
    k = classify(String.fromCodePoint(cp));
    if (astral.size > 10000) astral.clear();
    astral.set(cp, k);
  }
  return (k & mask) !== 0 ? 2 : 0;
}

/** End of the run of characters of the `mask` classes starting at `i` (i when there is none). */
export function runEnd(text: string, i: number, mask: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    // ASCII letters and digits, the common case, without the table look-up (ASCII has no marks).
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) {
      if ((mask & (c <= 57 ? NUMBER : LETTER)) === 0) return i;
      i++;
    } else if (c < 128) return i;
    else {
      const len = charIn(text, i, mask);
      if (len === 0) return i;
      i += len;
    }
  }
  return i;
}

/** How many words [\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)* the text holds, counted, not collected. */
export function countWords(text: string): number {
  const n = text.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    const end = runEnd(text, i, LETTER | NUMBER);
    if (end === i) {
      i++;
      continue;
    }
    i = end;
    // Joined parts: "don't", "U.S.", "well-known".
    for (let c = text.charCodeAt(i); c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2e;) {
      const partEnd = runEnd(text, i + 1, LETTER | NUMBER);
      if (partEnd === i + 1) break;
      i = partEnd;
      c = text.charCodeAt(i);
    }
    count++;
  }
  return count;
}
