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

function key(line: string): string {
  return line
    .toLowerCase()
    .replace(/[.:!]+$/, '')
    .trim();
}

export function isChromeLine(line: string): boolean {
  if (line.length === 0 || line.length > 120) return false;
  if (NAV.test(line) || SKIP_SECTION.test(line)) return true;
  const k = key(line);
  if (CHROME_LINES.has(k)) return true;
  if (CHROME_PHRASES.some((p) => k === p || (k.startsWith(p) && k.length < p.length + 25))) {
    return true;
  }
  return /^(?:©|\(c\)|copyright\b)/i.test(line);
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
    if (isListHeading(line)) {
      inList = true;
      out[i] = '';
      continue;
    }
    if (isChromeLine(line)) out[i] = '';
  }
  return out;
}
