/**
 * The page's layout: which line is the headline, byline, date, lead and short URL, and how the
 * body lines pair up into images and videos. Works on chrome-free, normalised lines.
 */
import {
  parseDateLine,
  parseEditedBy,
  parseSignOff,
  shortUrlLine,
  videoMarker,
} from './metadata.ts';

export type BodyItem =
  | { type: 'line'; text: string }
  | { type: 'image'; alt: string | null; caption: string; credit: string | null }
  | { type: 'video'; title: string; duration: string | null };

export interface Layout {
  tagLine: string | null;
  headline: string;
  byline: string | null;
  publishedAt: string | null;
  lead: string | null;
  shortUrl: string | null;
  items: BodyItem[];
}

interface Group {
  lines: string[];
}

function toGroups(lines: readonly string[]): Group[] {
  const groups: Group[] = [];
  let cur: string[] = [];
  for (const line of lines) {
    if (line.length === 0) {
      if (cur.length > 0) groups.push({ lines: cur });
      cur = [];
    } else cur.push(line);
  }
  if (cur.length > 0) groups.push({ lines: cur });
  return groups;
}

const NAME_TOKEN =
  /^(?:\p{Lu}[\p{L}\p{M}'’-]*\.?|\p{Lu}\.|van|von|de|der|den|del|da|di|du|la|le|ter|ten|zu|bin|al|el)$/u;

/** A byline: one or more full names ("Jane Doe", "Jane Doe and Max Muster", "By Jane Doe"). */
export function nameLike(line: string): boolean {
  if (line.length > 90 || /[\d:;!?"“”„]/.test(line)) return false;
  const body = line.replace(/^(?:By|Von|Autor(?:in)?:?)\s+/, '');
  const names = body.split(/\s*(?:,|&|\||\band\b|\bund\b)\s*/).filter((n) => n.length > 0);
  if (names.length === 0) return false;
  return names.every((n) => {
    const tokens = n.split(' ');
    return tokens.length >= 2 && tokens.length <= 5 && tokens.every((t) => NAME_TOKEN.test(t));
  });
}

function headlineLike(line: string): boolean {
  return (
    line.length >= 3 &&
    line.length <= 300 &&
    /\p{L}/u.test(line) &&
    line.includes(' ') &&
    shortUrlLine(line) === null
  );
}

export function bylineText(line: string): string {
  return line.replace(/^(?:By|Von|Autor(?:in)?:?)\s+/, '').trim();
}

const CREDIT_MARKERS = ['Image', 'Bild', 'Photo', 'Foto', 'Picture', 'Images', 'Bilder', 'Fotos'];

/**
 * Caption and credit of a caption line, or null when the line carries no glued credit. The last
 * marker wins: a caption may itself mention a picture.
 */
export function splitCredit(line: string): { caption: string; credit: string } | null {
  // Walk the colons from the end; each is checked against the markers in constant time.
  for (let colon = line.lastIndexOf(':'); colon >= 4; colon = line.lastIndexOf(':', colon - 1)) {
    const end = line.charCodeAt(colon - 1) === 32 ? colon - 1 : colon;
    let marker: string | undefined;
    for (const m of CREDIT_MARKERS) {
      if (line.endsWith(m, end)) {
        marker = m;
        break;
      }
    }
    if (marker === undefined) continue;
    const credit = line.slice(colon + 1).trim();
    if (credit.length === 0 || credit.length > 160 || credit.split(' ').length > 16) return null;
    return { caption: line.slice(0, end - marker.length).trim(), credit };
  }
  return null;
}

const WATCH_VIDEO = /^(?:Watch video|Video ansehen)/i;

function groupItems(lines: readonly string[]): BodyItem[] {
  const items: BodyItem[] = [];
  // Each line's credit, read once (a line is looked at as `next` and again as `line`).
  const credits = lines.map(splitCredit);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const next = lines[i + 1];
    if (next !== undefined) {
      const duration = videoMarker(next);
      if (duration !== undefined && videoMarker(line) === undefined) {
        items.push({ type: 'video', title: line, duration });
        i++;
        continue;
      }
      const credit = credits[i + 1];
      if (credit && !credits[i]) {
        items.push({ type: 'image', alt: line, caption: credit.caption, credit: credit.credit });
        i++;
        continue;
      }
    }
    const own = credits[i];
    if (own) {
      items.push({ type: 'image', alt: null, caption: own.caption, credit: own.credit });
      continue;
    }
    const marker = videoMarker(line);
    if (marker !== undefined && WATCH_VIDEO.test(line)) {
      items.push({ type: 'video', title: '', duration: marker });
      continue;
    }
    // Two lines standing together with no credit: an image whose caption has no credit.
    if (lines.length === 2 && i === 0 && next !== undefined && !metadataOnly(lines)) {
      items.push({ type: 'image', alt: line, caption: next, credit: null });
      i++;
      continue;
    }
    items.push({ type: 'line', text: line });
  }
  return items;
}

/** Every line is a sign-off or an "Edited by" line. */
function metadataOnly(lines: readonly string[]): boolean {
  return lines.every((l) => parseSignOff(l) || parseEditedBy(l));
}

const HEADER_GROUPS = 8;

/** Null when the lines have no headline-like structure. */
export function readLayout(lines: readonly string[]): Layout | null {
  const groups = toGroups(lines);
  if (groups.length === 0) return null;

  // The date line anchors the header: headline (and byline) above it, lead below.
  let dateGroup = -1;
  let dateLine = -1;
  let publishedAt: string | null = null;
  for (let g = 0; g < Math.min(groups.length, HEADER_GROUPS) && dateGroup < 0; g++) {
    const gl = groups[g]?.lines ?? [];
    for (let l = 0; l < gl.length; l++) {
      const iso = parseDateLine(gl[l] ?? '');
      if (iso && (g > 0 || l > 0)) {
        dateGroup = g;
        dateLine = l;
        publishedAt = iso;
        break;
      }
    }
  }

  let pre: string[];
  let rest: Group[];
  if (dateGroup >= 0) {
    pre = [];
    for (let g = 0; g < dateGroup; g++) pre.push(...(groups[g]?.lines ?? []));
    const dg = groups[dateGroup]?.lines ?? [];
    pre.push(...dg.slice(0, dateLine));
    const after = dg.slice(dateLine + 1);
    rest = (after.length > 0 ? [{ lines: after }] : []).concat(groups.slice(dateGroup + 1));
  } else {
    const first = groups[0]?.lines ?? [];
    const second = groups[1]?.lines;
    if (
      first.length === 1 &&
      second &&
      isTagLine(first[0] ?? '') &&
      headlineLike(second[0] ?? '')
    ) {
      pre = [first[0] ?? '', second[0] ?? ''];
      rest = (second.length > 1 ? [{ lines: second.slice(1) }] : []).concat(groups.slice(2));
    } else {
      pre = [first[0] ?? ''];
      rest = (first.length > 1 ? [{ lines: first.slice(1) }] : []).concat(groups.slice(1));
    }
  }

  let byline: string | null = null;
  if (dateGroup >= 0 && pre.length >= 2 && nameLike(pre[pre.length - 1] ?? '')) {
    byline = bylineText(pre.pop() ?? '');
  }
  const headline = pre.pop();
  if (headline === undefined || !headlineLike(headline)) return null;
  const tagLine = pre.length > 0 ? (pre[pre.length - 1] ?? null) : null;

  // The short URL line separates the lead from the body; lines glued to it belong to the body.
  let shortUrl: string | null = null;
  const segments: string[][] = [];
  let urlSegment = -1;
  for (const group of rest) {
    let cur: string[] = [];
    for (const line of group.lines) {
      const url = shortUrlLine(line);
      if (url) {
        if (shortUrl === null) {
          shortUrl = url;
          if (cur.length > 0) segments.push(cur);
          cur = [];
          urlSegment = segments.length;
        }
        continue;
      }
      cur.push(line);
    }
    if (cur.length > 0) segments.push(cur);
  }

  const items: BodyItem[] = [];
  let lead: string | null = null;
  let sawLine = false;
  for (let index = 0; index < segments.length; index++) {
    const segItems = groupItems(segments[index] as string[]);
    for (const item of segItems) {
      const leadZone = urlSegment < 0 || index < urlSegment;
      if (lead === null && !sawLine && leadZone && item.type === 'line') {
        if (!parseSignOff(item.text) && !parseEditedBy(item.text)) {
          lead = item.text;
          continue;
        }
      }
      if (item.type === 'line') sawLine = true;
      items.push(item);
    }
  }

  if (lead === null && items.length === 0) return null;
  return { tagLine, headline, byline, publishedAt, lead, shortUrl, items };
}

function isTagLine(line: string): boolean {
  return line.length <= 120 && !/[.!?:;,"“”„]$/.test(line) && line.split(' ').length <= 8;
}
