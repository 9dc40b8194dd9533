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

const DOUBLE = '"“”„»«';
const SINGLE = "'‘’‚";

function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined || ch.length === 0) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return ch.toLowerCase() !== ch.toUpperCase() || /\p{N}/u.test(ch);
}

function isSpace(ch: string | undefined): boolean {
  return ch === undefined || ch === ' ' || ch === '\n' || ch === '\t';
}

const OPENING_CONTEXT = '([{—–-/:';

/** A quote mark may open where a word may start: at the start, after a space or an opening sign. */
function opensHere(text: string, i: number): boolean {
  const prev = i > 0 ? text[i - 1] : undefined;
  const next = text[i + 1];
  if (isSpace(next)) return false;
  return (
    prev === undefined ||
    isSpace(prev) ||
    OPENING_CONTEXT.includes(prev) ||
    DOUBLE.includes(prev) ||
    SINGLE.includes(prev)
  );
}

/** A single mark may close where a word ends and no letter follows (so "Russia's" is excluded). */
function singleClosesHere(text: string, i: number): boolean {
  const prev = i > 0 ? text[i - 1] : undefined;
  return !isSpace(prev) && !isWordChar(text[i + 1]);
}

function closersFor(mark: string): string {
  switch (mark) {
    case '„':
      return '“”"';
    case '“':
      return '”“"';
    case '”':
      return '”"';
    case '»':
      return '«';
    case '«':
      return '»';
    default:
      return '"”“';
  }
}

function trimmedText(text: string, from: number, to: number): [number, number] {
  let s = from;
  let e = to;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  if (e > s && text[e - 1] === ',') e--;
  while (e > s && isSpace(text[e - 1])) e--;
  return [s, e];
}

export function findQuotes(text: string): QuoteSpan[] {
  const n = text.length;
  // nextSingleClose[i]: first j >= i where a single mark can close; nextDouble[i]: first double mark.
  const nextSingleClose = new Int32Array(n + 1).fill(-1);
  const nextDouble = new Int32Array(n + 1).fill(-1);
  for (let i = n - 1; i >= 0; i--) {
    const ch = text[i] ?? '';
    nextSingleClose[i] = SINGLE.includes(ch) && ch !== '‚' && singleClosesHere(text, i) ? i : (nextSingleClose[i + 1] ?? -1);
    nextDouble[i] = DOUBLE.includes(ch) ? i : (nextDouble[i + 1] ?? -1);
  }

  const spans: QuoteSpan[] = [];
  const push = (open: number, close: number, closed: boolean): void => {
    const [s, e] = trimmedText(text, open + 1, close);
    if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, Math.min(e, s + 200)))) {
      spans.push({ open, close, textStart: s, textEnd: e, closed });
    }
  };

  let i = 0;
  while (i < n) {
    const ch = text[i] ?? '';
    if (DOUBLE.includes(ch)) {
      const straightOrOpening = ch === '"' ? opensHere(text, i) || !isWordChar(text[i - 1]) : true;
      const curlyCloserShape = (ch === '”' || ch === '«') && !opensHere(text, i);
      if (!straightOrOpening || curlyCloserShape || isSpace(text[i + 1])) {
        i++;
        continue;
      }
      const closers = closersFor(ch);
      let j = i + 1;
      let close = -1;
      while (j < n) {
        j = nextDouble[j] ?? -1;
        if (j < 0) break;
        const c = text[j] ?? '';
        // A German-style closer "“" that starts a word is a nested opener, not our closer.
        if (closers.includes(c) && !(c === '“' && ch !== '„' && isWordChar(text[j + 1]))) {
          close = j;
          break;
        }
        j++;
      }
      if (close < 0) {
        push(i, n, false);
        break;
      }
      push(i, close, true);
      i = close + 1;
      continue;
    }
    if (SINGLE.includes(ch) && ch !== '’' && opensHere(text, i) && isWordChar(text[i + 1])) {
      const close = nextSingleClose[i + 1] ?? -1;
      const dbl = nextDouble[i + 1] ?? -1;
      if (close > i && (dbl < 0 || dbl > close)) {
        push(i, close, true);
        i = close + 1;
        continue;
      }
    }
    i++;
  }
  return spans;
}
