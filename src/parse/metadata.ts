/**
 * Single-line metadata of the page format: tag line, date line, short URL, sign-off, "Edited by".
 * Each function reads one normalised line and returns null when the line is something else.
 */
import { MONTHS_DE, MONTHS_EN } from './lexicon.ts';

const pad = (n: number): string => String(n).padStart(2, '0');

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function monthIndex(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  for (const months of [MONTHS_EN, MONTHS_DE]) {
    const exact = months.indexOf(w);
    if (exact >= 0) return exact + 1;
  }
  // Abbreviations: "Jul", "Sept", "Okt", "Mrz"
  if (w.length >= 3) {
    for (const months of [MONTHS_EN, MONTHS_DE]) {
      const i = months.findIndex((m) => m.startsWith(w));
      if (i >= 0) return i + 1;
    }
    if (w === 'mrz') return 3;
  }
  return 0;
}

const EN_DATE = /^(?:[A-Za-z]+,? )?([A-Za-z]{3,9})\.? (\d{1,2}),? (\d{4})$/;
const DE_DATE = /^(?:[A-Za-zäöü]+,? )?(\d{1,2})\. ?([A-Za-zäöüÄÖÜ]{3,9})\.? (\d{4})$/;
const NUMERIC = /^(\d{1,2})([/.])(\d{1,2})\2(\d{4})$/;
const TRAILING_TIME = / (?:\d{1,2}:\d{2}(?: ?(?:[AaPp]\.?[Mm]\.?|Uhr))?(?: [A-Z]{2,5})?)$/;
const LEADING_LABEL =
  /^(?:Published|Updated|Last updated|Date|Veröffentlicht|Aktualisiert|Datum)(?: on| am)?:? /i;

/**
 * An ISO date when the whole line is a date: "July 3, 2023", "07/03/2024" (DW English writes
 * numeric dates month first; "03.07.2024" with dots is day first), "3. Juli 2023".
 */
export function parseDateLine(line: string): string | null {
  if (line.length > 60) return null;
  const s = line.replace(LEADING_LABEL, '').replace(TRAILING_TIME, '').trim();
  let m = EN_DATE.exec(s);
  if (m) {
    const month = monthIndex(m[1] ?? '');
    return month ? isoDate(Number(m[3]), month, Number(m[2])) : null;
  }
  m = DE_DATE.exec(s);
  if (m) {
    const month = monthIndex(m[2] ?? '');
    return month ? isoDate(Number(m[3]), month, Number(m[1])) : null;
  }
  m = /^(\d{1,2}) ([A-Za-zäöüÄÖÜ]{3,9})\.? (\d{4})$/.exec(s);
  if (m) {
    const month = monthIndex(m[2] ?? '');
    return month ? isoDate(Number(m[3]), month, Number(m[1])) : null;
  }
  m = NUMERIC.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const year = Number(m[4]);
    if (m[2] === '.') return isoDate(year, b, a);
    return isoDate(year, a, b) ?? isoDate(year, b, a);
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

/**
 * The tag line runs the tags together: "Law and JusticePoland" -> ["Law and Justice", "Poland"].
 * A tag ends where a lower-case letter (or closing bracket/digit) meets an upper-case letter.
 */
export function splitTags(line: string): string[] {
  const tags: string[] = [];
  let start = 0;
  for (let i = 1; i < line.length; i++) {
    const prev = line[i - 1] ?? '';
    const cur = line[i] ?? '';
    const next = line[i + 1] ?? '';
    // "NATOBaltic Sea": an acronym ends where a capital starts a lower-case word.
    const acronymEnd =
      isUpper(prev) && isUpper(cur) && isLower(next) && i >= 2 && isUpper(line[i - 2] ?? '');
    if (isUpper(cur) && (isLower(prev) || /[)\d]/.test(prev) || acronymEnd)) {
      tags.push(line.slice(start, i));
      start = i;
    }
  }
  tags.push(line.slice(start));
  return tags.map((t) => t.trim()).filter((t) => t.length > 0);
}

export function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
export function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

const SHORT_CODE = /^[A-Za-z0-9]{3,16}$/;
const SHORT_IN_TEXT = /p\.dw\.com\/p\/([A-Za-z0-9]{3,16})(?![A-Za-z0-9])/;

/**
 * "https://p.dw.com/p/CODE" from any written form: canonical, proxy-mangled
 * ("https://s.gtool.pro:443/https/p.dw.com/p/CODE"), without scheme, or the bare code.
 */
export function canonicalShortUrl(input: string): string | null {
  if (typeof input !== 'string' || input.length > 2000) return null;
  const s = input.trim();
  if (SHORT_CODE.test(s)) return `https://p.dw.com/p/${s}`;
  const m = SHORT_IN_TEXT.exec(s);
  if (!m || !m[1]) return null;
  // Only a URL-ish string: no spaces, so prose that merely mentions a link is not accepted.
  if (/\s/.test(s)) return null;
  return `https://p.dw.com/p/${m[1]}`;
}

/** The short URL when the line is only a link (optionally labelled "Permalink"). */
export function shortUrlLine(line: string): string | null {
  if (line.length > 300 || !line.includes('p.dw.com/p/')) return null;
  const bare = line.replace(/^(?:Permalink|Short link|Kurzlink|Link)\s*:?\s*/i, '');
  return canonicalShortUrl(bare);
}

export interface SignOff {
  initials: string[];
  agencies: string[];
}

const INITIALS = /^[a-zäöü]{1,5}(?:\s?\/\s?[a-zäöü]{1,5})*$/;
const INITIALS_FIRST = /^\s*[a-zäöü]/;

/** "ara/ab (AFP, Reuters)", "kb (dpa)", "dj/jcg (afp, rtr)" or bare "ara/ab". */
export function parseSignOff(line: string): SignOff | null {
  // The initials open the line: most lines fail on their first letter.
  if (line.length > 120 || !INITIALS_FIRST.test(line)) return null;
  let s = line.replace(/\.$/, '').trim();
  let agencies: string[] = [];
  const open = s.indexOf('(');
  if (open >= 0) {
    if (!s.endsWith(')')) return null;
    const inner = s.slice(open + 1, -1);
    if (inner.includes('(') || inner.includes(')')) return null;
    agencies = inner
      .split(/,|;|\s+and\s+|\s+und\s+|\s*&\s*/)
      .map((a) => a.trim())
      .filter((a) => a.length > 0);
    if (agencies.length === 0 || agencies.some((a) => a.split(' ').length > 4)) return null;
    s = s.slice(0, open).trim();
  } else if (!s.includes('/')) {
    // A lone lower-case word is a sign-off only in the exact short-initials shape.
    if (!/^[a-z]{2,4}$/.test(s)) return null;
  }
  if (!INITIALS.test(s)) return null;
  const initials = s
    .split('/')
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
  return { initials, agencies };
}

const EDITED_BY =
  /^(?:Edited by|Editing by|Redaktion|Redigiert von|Bearbeitet von|Editor)\s*:?\s+(.+)$/i;

export function parseEditedBy(line: string): string | null {
  if (line.length > 200) return null;
  const m = EDITED_BY.exec(line);
  if (!m || !m[1]) return null;
  const name = m[1].trim().replace(/\.$/, '');
  return name.length > 0 ? name : null;
}

const VIDEO = /^(?:Watch video|Video ansehen|Zum Video|Video)\s*(\d{1,2}:\d{2}(?::\d{2})?)?$/i;

/** "Watch video 02:31" -> "02:31"; undefined when the line is not a video marker. */
export function videoMarker(line: string): string | null | undefined {
  if (line.length > 40) return undefined;
  const m = VIDEO.exec(line);
  if (!m) return undefined;
  return m[1] ?? null;
}
