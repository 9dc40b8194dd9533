/**
 * Turns raw page text into clean lines. Scraped pages carry NBSPs, trailing spaces, CRLF and
 * zero-width characters; every later step assumes plain single spaces and "\n" line breaks, so
 * spans into `bodyText` refer to this normalised text.
 */

// Unicode space separators other than the plain space, and tabs: all read as one space.
const ODD_SPACES = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// Invisible characters that would otherwise split words or hide inside names.
const INVISIBLE = /[\u200B\u200E\u200F\u2060\uFEFF\u00AD]/g;

export function normalizeLine(line: string): string {
  return line.replace(ODD_SPACES, ' ').replace(INVISIBLE, '').replace(/ {2,}/g, ' ').trim();
}

/**
 * A line (without line breaks) that normalizeLine would change: an odd space or invisible
 * character, two spaces in a row, or a space at either end (trim's other characters are all odd
 * spaces or invisible ones). Most lines need nothing and are kept as they are.
 */
const NEEDS_NORMALIZING = new RegExp(`${ODD_SPACES.source}|${INVISIBLE.source}| {2}`);

function normalizeSplitLine(line: string): string {
  const n = line.length;
  if (n === 0) return line;
  if (line.charCodeAt(0) === 32 || line.charCodeAt(n - 1) === 32 || NEEDS_NORMALIZING.test(line)) {
    return normalizeLine(line);
  }
  return line;
}

export function toLines(text: string): string[] {
  const lines = text.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) lines[i] = normalizeSplitLine(lines[i] as string);
  return lines;
}

/** UTF-8 byte length without allocating a buffer the size of the page. */
export function utf8Length(text: string, stopAbove: number): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
    if (bytes > stopAbove) return bytes;
  }
  return bytes;
}

// NUL, control characters other than tab, line feed, form feed and carriage return, and U+FFFD.
// eslint-disable-next-line no-control-regex
const SUSPICIOUS = /[\x00-\x08\x0b\x0e-\x1f\ufffd]/;

/**
 * A text page has no NUL bytes and few replacement or control characters; anything else is a
 * binary file (image, PDF, archive) that was read as text.
 */
export function looksBinary(text: string): boolean {
  // Most pages hold no suspicious character at all: one regex scan settles them.
  if (!SUSPICIOUS.test(text)) return false;
  let suspicious = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c)) {
      suspicious++;
    }
  }
  return suspicious > 8 && suspicious * 50 > text.length;
}
