/**
 * Finds direct quotes in one paragraph. One left-to-right pass with two precomputed "next mark"
 * tables, so the cost stays linear however many marks a paragraph holds.
 *
 * Double marks open and close quotes; single marks do too, but only when a matching closer exists
 * before the next double mark, because the same characters serve as apostrophes.
 */

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the paragraph length when the quote is not closed. */
  close: number;
  /** The quoted words, trimmed and without one trailing comma. */
  textStart: number;
  textEnd: number;
  closed: boolean;
}

// Quote marks by char code: " “ ” „ » «  and  ' ‘ ’ ‚
const Q_STRAIGHT = 0x22;
const Q_LEFT = 0x201c;
const Q_RIGHT = 0x201d;
const Q_LOW = 0x201e;
const Q_RAQUO = 0xbb;
const Q_LAQUO = 0xab;
const S_STRAIGHT = 0x27;
const S_LEFT = 0x2018;
const S_RIGHT = 0x2019;
const S_LOW = 0x201a;

function isDouble(c: number): boolean {
  return (
    c === Q_STRAIGHT ||
    c === Q_LEFT ||
    c === Q_RIGHT ||
    c === Q_LOW ||
    c === Q_RAQUO ||
    c === Q_LAQUO
  );
}
function isSingle(c: number): boolean {
  return c === S_STRAIGHT || c === S_LEFT || c === S_RIGHT || c === S_LOW;
}

function isWordChar(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const ch = text[i] as string;
  return ch.toLowerCase() !== ch.toUpperCase() || /\p{N}/u.test(ch);
}

function isSpace(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return true;
  const c = text.charCodeAt(i);
  return c === 32 || c === 10 || c === 9 || c === 13;
}

/** ( [ { — – - / : may stand right before an opening mark. */
function opensAfter(c: number): boolean {
  return (
    c === 40 ||
    c === 91 ||
    c === 123 ||
    c === 0x2014 ||
    c === 0x2013 ||
    c === 45 ||
    c === 47 ||
    c === 58
  );
}

/** A quote mark may open where a word may start: at the start, after a space or an opening sign. */
function opensHere(text: string, i: number): boolean {
  if (isSpace(text, i + 1)) return false;
  if (i === 0 || isSpace(text, i - 1)) return true;
  const prev = text.charCodeAt(i - 1);
  return opensAfter(prev) || isDouble(prev) || isSingle(prev);
}

/** A single mark may close where a word ends and no letter follows (so "Russia's" is excluded). */
function singleClosesHere(text: string, i: number): boolean {
  return !isSpace(text, i - 1) && !isWordChar(text, i + 1);
}

function closes(open: number, c: number): boolean {
  switch (open) {
    case Q_LOW:
      return c === Q_LEFT || c === Q_RIGHT || c === Q_STRAIGHT;
    case Q_LEFT:
      return c === Q_RIGHT || c === Q_LEFT || c === Q_STRAIGHT;
    case Q_RIGHT:
      return c === Q_RIGHT || c === Q_STRAIGHT;
    case Q_RAQUO:
      return c === Q_LAQUO;
    case Q_LAQUO:
      return c === Q_RAQUO;
    default:
      return c === Q_STRAIGHT || c === Q_RIGHT || c === Q_LEFT;
  }
}

/** Adds the quote from `open` to `close` when it holds a word: its text trimmed, without one trailing comma. */
function addSpan(
  spans: QuoteSpan[],
  text: string,
  open: number,
  close: number,
  closed: boolean,
): void {
  let s = open + 1;
  let e = close;
  while (s < e && isSpace(text, s)) s++;
  while (e > s && isSpace(text, e - 1)) e--;
  if (e > s && text.charCodeAt(e - 1) === 44) e--;
  while (e > s && isSpace(text, e - 1)) e--;
  if (e > s && hasWordChar(text, s, e))
    spans.push({ open, close, textStart: s, textEnd: e, closed });
}

function hasWordChar(text: string, s: number, e: number): boolean {
  for (let i = s; i < e && i < s + 200; i++) if (isWordChar(text, i)) return true;
  return false;
}

const SHARED_MAX = 1 << 16;
const tables = { single: new Int32Array(1024), double: new Int32Array(1024) };

export function findQuotes(text: string): QuoteSpan[] {
  const n = text.length;
  // Most paragraphs hold no quote mark at all: no tables needed.
  if (nextMark(text, 0) < 0) return [];
  // nextSingleClose[i]: first j >= i where a single mark can close; nextDouble[i]: first double mark.
  // The tables are reused between paragraphs (grown when needed) instead of allocated per call.
  // Giant paragraphs get their own tables, so the shared ones stay small.
  const shared = n + 1 <= SHARED_MAX;
  if (shared && tables.single.length < n + 1) {
    const size = Math.min(SHARED_MAX, Math.max(n + 1, tables.single.length * 2));
    tables.single = new Int32Array(size);
    tables.double = new Int32Array(size);
  }
  const nextSingleClose = shared ? tables.single : new Int32Array(n + 1);
  const nextDouble = shared ? tables.double : new Int32Array(n + 1);
  let singleClose = -1;
  let double = -1;
  nextSingleClose[n] = -1;
  nextDouble[n] = -1;
  for (let i = n - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c >= 128 || c === Q_STRAIGHT || c === S_STRAIGHT) {
      if (isSingle(c) && c !== S_LOW && singleClosesHere(text, i)) singleClose = i;
      else if (isDouble(c)) double = i;
    }
    nextSingleClose[i] = singleClose;
    nextDouble[i] = double;
  }

  const spans: QuoteSpan[] = [];
  let i = nextMark(text, 0);
  while (i < n && i >= 0) {
    const c = text.charCodeAt(i);
    if (isDouble(c)) {
      const opening = c === Q_STRAIGHT ? opensHere(text, i) || !isWordChar(text, i - 1) : true;
      const closerShape = (c === Q_RIGHT || c === Q_LAQUO) && !opensHere(text, i);
      if (!opening || closerShape || isSpace(text, i + 1)) {
        i = nextMark(text, i + 1);
        continue;
      }
      let j = i + 1;
      let close = -1;
      while (j < n) {
        j = nextDouble[j] as number;
        if (j < 0) break;
        const cj = text.charCodeAt(j);
        // A German-style closer "“" that starts a word is a nested opener, not our closer.
        if (closes(c, cj) && !(cj === Q_LEFT && c !== Q_LOW && isWordChar(text, j + 1))) {
          close = j;
          break;
        }
        j++;
      }
      if (close < 0) {
        addSpan(spans, text, i, n, false);
        break;
      }
      addSpan(spans, text, i, close, true);
      i = nextMark(text, close + 1);
      continue;
    }
    if (isSingle(c) && c !== S_RIGHT && opensHere(text, i) && isWordChar(text, i + 1)) {
      const close = nextSingleClose[i + 1] ?? -1;
      const dbl = nextDouble[i + 1] ?? -1;
      if (close > i && (dbl < 0 || dbl > close)) {
        addSpan(spans, text, i, close, true);
        i = nextMark(text, close + 1);
        continue;
      }
    }
    i = nextMark(text, i + 1);
  }
  return spans;
}

/** Next position holding any quote mark (double, or single that could open), or -1. */
function nextMark(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // Most characters are ASCII: two comparisons decide them.
    if (c < 128 ? c === Q_STRAIGHT || c === S_STRAIGHT : isDouble(c) || isSingle(c)) return i;
  }
  return -1;
}
