/**
 * Page chrome: navigation, sharing buttons, ads, footers and link lists around the article. Lines of
 * chrome are blanked (not removed) so that the blank-line structure of the article survives.
 */
import { CHROME_LINES, CHROME_PHRASES, LIST_HEADINGS } from './lexicon.ts';
import { parseDateLine, parseEditedBy, parseSignOff, shortUrlLine } from './metadata.ts';

const NAV =
  /^(?:\d{1,3}\.\s*|[*•o-]\s+)?(?:Skip to\b|Jump to\b|Zum Inhalt|Zum Hauptmenü|Zur Navigation|Zu weiteren|Zur Suche|Direkt zu|Springe zu|Weitere DW-Angebote|More DW sites)/i;
const SKIP_SECTION =
  /^(?:Skip (?:next|previous) section|Nächsten Abschnitt|Vorherigen Abschnitt|Abschnitt überspringen)/i;
const NUMBERED = /^\d{1,3}\.\s+\S/;
const COPYRIGHT = /^(?:©|\(c\)|copyright\b)/i;

/** The line lower-cased, without final dots, colons and exclamation marks, trimmed. */
function key(line: string): string {
  const lower = line.toLowerCase();
  let end = lower.length;
  while (end > 0 && '.:!'.includes(lower.charAt(end - 1))) end--;
  return (end === lower.length ? lower : lower.slice(0, end)).trim();
}

/** The chrome phrases by their first character: a line's key is compared with a few at most. */
const PHRASES_BY_FIRST = new Map<string, string[]>();
for (const p of CHROME_PHRASES) {
  const list = PHRASES_BY_FIRST.get(p[0] ?? '');
  if (list) list.push(p);
  else PHRASES_BY_FIRST.set(p[0] ?? '', [p]);
}

/** The key is a chrome phrase, or starts with one and is not much longer. */
function chromePhrase(k: string): boolean {
  const phrases = PHRASES_BY_FIRST.get(k[0] ?? '');
  if (phrases === undefined) return false;
  for (const p of phrases) if (k.startsWith(p) && k.length < p.length + 25) return true;
  return false;
}

export function isChromeLine(line: string): boolean {
  if (line.length === 0 || line.length > 120) return false;
  if (NAV.test(line) || SKIP_SECTION.test(line)) return true;
  return chromeKey(line, key(line));
}

/** The rest of isChromeLine, for a line that is no navigation, with its key. */
function chromeKey(line: string, k: string): boolean {
  if (CHROME_LINES.has(k) || chromePhrase(k)) return true;
  return COPYRIGHT.test(line);
}

export function isListHeading(line: string): boolean {
  if (line.length > 120) return false;
  const k = key(line.replace(SKIP_SECTION, ''));
  return LIST_HEADINGS.includes(k);
}

/** Metadata the page may show after a link list; it must survive chrome removal. */
function isTrailingMetadata(line: string): boolean {
  return parseSignOff(line) !== null || parseEditedBy(line) !== null || shortUrlLine(line) !== null;
}

/**
 * Blanks chrome lines. The numbered navigation at the top of a page is recognised by position (any
 * numbered lines before the first other line); a link list runs from its heading to the page end.
 */
export function blankChrome(lines: readonly string[]): string[] {
  const out = lines.slice();
  let atTop = true;
  let inList = false;
  for (let i = 0; i < out.length; i++) {
    const line = out[i] ?? '';
    if (line.length === 0) continue;
    if (inList) {
      if (!isTrailingMetadata(line)) out[i] = '';
      continue;
    }
    if (atTop && NUMBERED.test(line) && parseDateLine(line) === null) {
      out[i] = '';
      continue;
    }
    atTop = false;
    if (line.length > 120) continue;
    // isListHeading, then isChromeLine, with the line's key computed once.
    const skip = SKIP_SECTION.exec(line);
    const k = key(skip === null ? line : line.slice(skip[0].length));
    if (LIST_HEADINGS.includes(k)) {
      inList = true;
      out[i] = '';
      continue;
    }
    if (skip !== null || NAV.test(line) || chromeKey(line, k)) out[i] = '';
  }
  return out;
}
