/**
 * Scoring of parser output against the hand-written expected files in eval/dev and eval/holdout.
 * Everything here is pure: no I/O, no parser import, so the tests can feed it small hand-made inputs.
 */
import type {
  Language,
  ParsedArticle,
  ParsedPerson,
  ParsedQuote,
  ParsedSpeaker,
  ParseResult,
  QuoteLocation,
} from '../src/parse/types.ts';

// ---------------------------------------------------------------------------------------------
// Expected-file shape
// ---------------------------------------------------------------------------------------------

export interface ExpectedQuote {
  text: string;
  location: QuoteLocation;
  /** Person's full name, or an organisation/place as written without article; null when unattributed. */
  speaker: string | null;
  continues: boolean;
}

export interface ExpectedImage {
  alt: string | null;
  caption: string;
  credit: string | null;
  creditParts: string[];
}

export interface ExpectedPerson {
  name: string;
  aliases: string[];
  titles: string[];
  roles: string[];
}

export interface ExpectedVideo {
  title: string;
  duration: string | null;
}

export interface ExpectedArticle {
  headline: string;
  lead: string | null;
  publishedAt: string | null;
  language: Language;
  tags: string[];
  shortUrl: string | null;
  byline: string | null;
  editedBy: string | null;
  authorInitials: string[];
  agencies: string[];
  paragraphCount: number;
  subheadings: string[];
  relatedTitles: string[];
  videos: ExpectedVideo[];
  images: ExpectedImage[];
  people: ExpectedPerson[];
  quotes: ExpectedQuote[];
}

// ---------------------------------------------------------------------------------------------
// Normalisation
// ---------------------------------------------------------------------------------------------

const SPACES = /[\s\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]+/g;
const DOUBLE_QUOTES = /["\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u301d\u301e]/g;
const SINGLE_QUOTES = /['\u2018\u2019\u201a\u201b\u2039\u203a\u2032\u0060\u00b4]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

/** NFC, every kind of whitespace (NBSP, thin spaces, CR/LF) collapsed to one space, trimmed. */
export function normalizeSpace(s: string): string {
  return s.normalize('NFC').replace(SPACES, ' ').trim();
}

/** Quote marks and apostrophes folded to ASCII, dashes to '-', whitespace normalised. */
export function foldPunctuation(s: string): string {
  return normalizeSpace(s)
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .replace(DASHES, '-');
}

/**
 * Quote text as compared: punctuation folded, then leading/trailing quote marks, whitespace and
 * trailing punctuation (.,;:!?…) removed. Case is kept.
 */
export function normalizeQuoteText(s: string): string {
  let t = foldPunctuation(s);
  let prev = '';
  while (prev !== t) {
    prev = t;
    t = t.replace(/^["'\s]+/, '').replace(/["'\s.,;:!?\u2026]+$/, '');
  }
  return t;
}

/** Person names: punctuation folded, case-insensitive. */
export function normalizeName(s: string): string {
  return foldPunctuation(s).toLowerCase();
}

/** Organisation / place names: as names, plus a leading article and a trailing possessive dropped. */
export function normalizeOrg(s: string): string {
  return normalizeName(s)
    .replace(/^(the|der|die|das|den|dem|des)\s+/, '')
    .replace(/'s?$/, '')
    .trim();
}

/** Two organisation names match when equal or when one is the other's trailing words ("ministry" ~ "Interior Ministry"). */
export function orgNamesMatch(expected: string, actual: string): boolean {
  const e = normalizeOrg(expected);
  const a = normalizeOrg(actual);
  if (e === '' || a === '') return false;
  return e === a || e.endsWith(' ' + a) || a.endsWith(' ' + e);
}

// ---------------------------------------------------------------------------------------------
// Precision / recall / F1
// ---------------------------------------------------------------------------------------------

export interface Counts {
  /** Matched items. */
  tp: number;
  /** Items in the expected file. */
  expected: number;
  /** Items the parser produced. */
  actual: number;
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Precision, recall and F1. Vacuous ratios count as 1 (nothing produced: precision 1; nothing
 * expected: recall 1), so an empty expected and empty actual set scores 1 on all three, and F1 is 0
 * whenever either side has items and none match.
 */
export function prf(c: Counts): PRF {
  const precision = c.actual === 0 ? 1 : c.tp / c.actual;
  const recall = c.expected === 0 ? 1 : c.tp / c.expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, expected: a.expected + b.expected, actual: a.actual + b.actual };
}

export const ZERO_COUNTS: Counts = { tp: 0, expected: 0, actual: 0 };

/**
 * One-to-one matching of two lists by key: each expected item takes the first unused actual item
 * with the same key. Returns the pairs [expectedIndex, actualIndex] in expected order.
 */
export function matchByKey<E, A>(
  expected: readonly E[],
  actual: readonly A[],
  keyE: (e: E) => string,
  keyA: (a: A) => string,
): Array<[number, number]> {
  const pool = new Map<string, number[]>();
  actual.forEach((a, i) => {
    const k = keyA(a);
    const list = pool.get(k);
    if (list) list.push(i);
    else pool.set(k, [i]);
  });
  const pairs: Array<[number, number]> = [];
  expected.forEach((e, i) => {
    const list = pool.get(keyE(e));
    const j = list?.shift();
    if (j !== undefined) pairs.push([i, j]);
  });
  return pairs;
}

// ---------------------------------------------------------------------------------------------
// Quotes and speakers
// ---------------------------------------------------------------------------------------------

/** The part of a parsed quote the metrics look at. */
export type ActualQuote = Pick<ParsedQuote, 'text' | 'location' | 'speaker' | 'continues'>;

export function quoteKey(q: { text: string; location: QuoteLocation }): string {
  return `${q.location}\u0000${normalizeQuoteText(q.text)}`;
}

/**
 * Is the parser's speaker the expected one? `expectedIsPerson` says whether the expected speaker is
 * one of the expected people (then the names must be equal) or an organisation/place (then
 * `orgNamesMatch`). The speaker kind the parser chose is not itself scored, only the name.
 */
export function speakerMatches(
  expected: string | null,
  actual: ParsedSpeaker | null,
  expectedIsPerson: boolean,
): boolean {
  if (expected === null) return actual === null;
  if (actual === null) return false;
  if (expectedIsPerson) return normalizeName(expected) === normalizeName(actual.name);
  return orgNamesMatch(expected, actual.name);
}

export function describeSpeaker(s: ParsedSpeaker | null): string {
  return s === null ? 'null' : `${s.kind}:${s.name}`;
}

export interface QuoteScore {
  counts: Counts;
  /** Matched quotes whose speaker is right. */
  speakerCorrect: number;
  /** Matched quotes whose `continues` flag is right (informational, not a target). */
  continuesCorrect: number;
  missing: ExpectedQuote[];
  spurious: ActualQuote[];
  wrongSpeaker: Array<{ quote: ExpectedQuote; actual: string }>;
}

export function scoreQuotes(
  expected: readonly ExpectedQuote[],
  actual: readonly ActualQuote[],
  expectedPeopleNames: readonly string[],
): QuoteScore {
  const people = new Set(expectedPeopleNames.map(normalizeName));
  const pairs = matchByKey(expected, actual, quoteKey, quoteKey);
  const usedE = new Set(pairs.map(([i]) => i));
  const usedA = new Set(pairs.map(([, j]) => j));
  let speakerCorrect = 0;
  let continuesCorrect = 0;
  const wrongSpeaker: QuoteScore['wrongSpeaker'] = [];
  for (const [i, j] of pairs) {
    const e = expected[i]!;
    const a = actual[j]!;
    const isPerson = e.speaker !== null && people.has(normalizeName(e.speaker));
    if (speakerMatches(e.speaker, a.speaker, isPerson)) speakerCorrect++;
    else wrongSpeaker.push({ quote: e, actual: describeSpeaker(a.speaker) });
    if (e.continues === a.continues) continuesCorrect++;
  }
  return {
    counts: { tp: pairs.length, expected: expected.length, actual: actual.length },
    speakerCorrect,
    continuesCorrect,
    missing: expected.filter((_, i) => !usedE.has(i)),
    spurious: actual.filter((_, j) => !usedA.has(j)),
    wrongSpeaker,
  };
}

// ---------------------------------------------------------------------------------------------
// People and images
// ---------------------------------------------------------------------------------------------

export interface SetScore<E, A> {
  counts: Counts;
  missing: E[];
  spurious: A[];
}

export function scorePeople(
  expected: readonly Pick<ExpectedPerson, 'name'>[],
  actual: readonly Pick<ParsedPerson, 'name'>[],
): SetScore<string, string> {
  const key = (p: { name: string }) => normalizeName(p.name);
  const pairs = matchByKey(expected, actual, key, key);
  const usedE = new Set(pairs.map(([i]) => i));
  const usedA = new Set(pairs.map(([, j]) => j));
  return {
    counts: { tp: pairs.length, expected: expected.length, actual: actual.length },
    missing: expected.filter((_, i) => !usedE.has(i)).map((p) => p.name),
    spurious: actual.filter((_, j) => !usedA.has(j)).map((p) => p.name),
  };
}

type ImageLike = { alt: string | null; caption: string; credit: string | null };

/** alt, caption and credit, each whitespace-normalised; null kept distinct from "". */
export function imageKey(im: ImageLike): string {
  return JSON.stringify([
    im.alt === null ? null : normalizeSpace(im.alt),
    normalizeSpace(im.caption),
    im.credit === null ? null : normalizeSpace(im.credit),
  ]);
}

export function scoreImages(
  expected: readonly ImageLike[],
  actual: readonly ImageLike[],
): SetScore<string, string> {
  const pairs = matchByKey(expected, actual, imageKey, imageKey);
  const usedE = new Set(pairs.map(([i]) => i));
  const usedA = new Set(pairs.map(([, j]) => j));
  return {
    counts: { tp: pairs.length, expected: expected.length, actual: actual.length },
    missing: expected.filter((_, i) => !usedE.has(i)).map(imageKey),
    spurious: actual.filter((_, j) => !usedA.has(j)).map(imageKey),
  };
}

// ---------------------------------------------------------------------------------------------
// Metadata
// ---------------------------------------------------------------------------------------------

export const METADATA_FIELDS = [
  'headline',
  'lead',
  'publishedAt',
  'language',
  'tags',
  'shortUrl',
  'byline',
  'editedBy',
  'authorInitials',
  'agencies',
  'subheadings',
  'relatedTitles',
  'videos',
] as const;

export type MetadataField = (typeof METADATA_FIELDS)[number];

/** The metadata fields of a parsed article, in the expected file's shape. */
export type ActualMetadata = Pick<ExpectedArticle, MetadataField>;

export function actualMetadata(a: ParsedArticle): ActualMetadata {
  const subheadings: string[] = [];
  const relatedTitles: string[] = [];
  const videos: ExpectedVideo[] = [];
  for (const b of a.blocks) {
    if (b.kind === 'SUBHEADING') subheadings.push(b.text);
    else if (b.kind === 'RELATED') relatedTitles.push(b.title);
    else if (b.kind === 'VIDEO') videos.push({ title: b.title, duration: b.duration });
  }
  return {
    headline: a.headline,
    lead: a.lead,
    publishedAt: a.publishedAt,
    language: a.language,
    tags: a.tags,
    shortUrl: a.shortUrl,
    byline: a.byline,
    editedBy: a.editedBy,
    authorInitials: a.authorInitials,
    agencies: a.agencies,
    subheadings,
    relatedTitles,
    videos,
  };
}

export function paragraphCountOf(a: ParsedArticle): number {
  return a.blocks.filter((b) => b.kind === 'PARAGRAPH').length;
}

const nText = (s: string | null): string | null => (s === null ? null : normalizeSpace(s));
const nList = (xs: readonly string[]): string => JSON.stringify(xs.map(normalizeSpace));
const nListCi = (xs: readonly string[]): string =>
  JSON.stringify(xs.map((x) => normalizeSpace(x).toLowerCase()));

/**
 * Field equality. Texts compare after whitespace normalisation; lists are ordered; sign-off
 * initials and agencies compare case-insensitively ("afp" = "AFP"); dates, language and short URL
 * exactly.
 */
export function metadataFieldEqual(
  field: MetadataField,
  e: ActualMetadata,
  a: ActualMetadata,
): boolean {
  switch (field) {
    case 'headline':
    case 'lead':
    case 'byline':
    case 'editedBy':
      return nText(e[field]) === nText(a[field]);
    case 'publishedAt':
    case 'language':
    case 'shortUrl':
      return e[field] === a[field];
    case 'tags':
    case 'subheadings':
    case 'relatedTitles':
      return nList(e[field]) === nList(a[field]);
    case 'authorInitials':
    case 'agencies':
      return nListCi(e[field]) === nListCi(a[field]);
    case 'videos':
      return (
        JSON.stringify(e.videos.map((v) => [normalizeSpace(v.title), v.duration])) ===
        JSON.stringify(a.videos.map((v) => [normalizeSpace(v.title), v.duration]))
      );
  }
}

export interface FieldDiff {
  field: MetadataField;
  expected: unknown;
  actual: unknown;
}

export interface MetadataScore {
  equal: number;
  total: number;
  diffs: FieldDiff[];
}

export function scoreMetadata(
  expected: ExpectedArticle,
  actual: ActualMetadata | null,
): MetadataScore {
  const diffs: FieldDiff[] = [];
  let equal = 0;
  for (const field of METADATA_FIELDS) {
    if (actual !== null && metadataFieldEqual(field, expected, actual)) equal++;
    else
      diffs.push({
        field,
        expected: expected[field],
        actual: actual === null ? undefined : actual[field],
      });
  }
  return { equal, total: METADATA_FIELDS.length, diffs };
}

// ---------------------------------------------------------------------------------------------
// Page and overall
// ---------------------------------------------------------------------------------------------

export interface PageScore {
  page: string;
  set: string;
  /** null when the parser produced an article; else the error code or "THREW". */
  failure: string | null;
  quotes: QuoteScore;
  people: SetScore<string, string>;
  images: SetScore<string, string>;
  metadata: MetadataScore;
  paragraphs: { expected: number; actual: number | null };
}

/** Score one page. A parse error scores as an empty article (nothing found, every field wrong). */
export function scorePage(
  page: string,
  set: string,
  expected: ExpectedArticle,
  result: ParseResult | { threw: string },
): PageScore {
  const article = 'ok' in result && result.ok ? result.article : null;
  const failure = 'threw' in result ? 'THREW' : result.ok ? null : result.error.code;
  const names = expected.people.map((p) => p.name);
  return {
    page,
    set,
    failure,
    quotes: scoreQuotes(expected.quotes, article?.quotes ?? [], names),
    people: scorePeople(expected.people, article?.people ?? []),
    images: scoreImages(expected.images, article?.images ?? []),
    metadata: scoreMetadata(expected, article ? actualMetadata(article) : null),
    paragraphs: {
      expected: expected.paragraphCount,
      actual: article ? paragraphCountOf(article) : null,
    },
  };
}

export interface Summary {
  pages: number;
  failures: number;
  quotes: Counts & PRF;
  speaker: { correct: number; matched: number; accuracy: number };
  continues: { correct: number; matched: number; accuracy: number };
  people: Counts & PRF;
  images: Counts & PRF;
  metadata: { equal: number; total: number; accuracy: number };
  paragraphs: {
    exactPages: number;
    pages: number;
    accuracy: number;
    absError: number;
    expected: number;
    actual: number;
  };
}

const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);

/** Micro-averaged figures over pages (counts summed before dividing). */
export function summarize(pages: readonly PageScore[]): Summary {
  let q = ZERO_COUNTS;
  let p = ZERO_COUNTS;
  let im = ZERO_COUNTS;
  let spk = 0;
  let cont = 0;
  let metaEq = 0;
  let metaTot = 0;
  let exact = 0;
  let absErr = 0;
  let parExp = 0;
  let parAct = 0;
  let failures = 0;
  for (const s of pages) {
    q = addCounts(q, s.quotes.counts);
    p = addCounts(p, s.people.counts);
    im = addCounts(im, s.images.counts);
    spk += s.quotes.speakerCorrect;
    cont += s.quotes.continuesCorrect;
    metaEq += s.metadata.equal;
    metaTot += s.metadata.total;
    const act = s.paragraphs.actual ?? 0;
    if (s.paragraphs.actual === s.paragraphs.expected) exact++;
    absErr += Math.abs(act - s.paragraphs.expected);
    parExp += s.paragraphs.expected;
    parAct += act;
    if (s.failure !== null) failures++;
  }
  return {
    pages: pages.length,
    failures,
    quotes: { ...q, ...prf(q) },
    speaker: { correct: spk, matched: q.tp, accuracy: ratio(spk, q.tp) },
    continues: { correct: cont, matched: q.tp, accuracy: ratio(cont, q.tp) },
    people: { ...p, ...prf(p) },
    images: { ...im, ...prf(im) },
    metadata: { equal: metaEq, total: metaTot, accuracy: ratio(metaEq, metaTot) },
    paragraphs: {
      exactPages: exact,
      pages: pages.length,
      accuracy: ratio(exact, pages.length),
      absError: absErr,
      expected: parExp,
      actual: parAct,
    },
  };
}

/** Issue 3's targets, checked over all pages (dev and holdout together). */
export const TARGETS = {
  quoteF1: 0.97,
  speakerAccuracy: 0.95,
  peopleF1: 0.95,
  imageF1: 0.98,
  metadataAccuracy: 0.98,
} as const;

export interface TargetCheck {
  name: keyof typeof TARGETS;
  value: number;
  target: number;
  met: boolean;
}

export function checkTargets(s: Summary): TargetCheck[] {
  const values: Record<keyof typeof TARGETS, number> = {
    quoteF1: s.quotes.f1,
    speakerAccuracy: s.speaker.accuracy,
    peopleF1: s.people.f1,
    imageF1: s.images.f1,
    metadataAccuracy: s.metadata.accuracy,
  };
  return (Object.keys(TARGETS) as Array<keyof typeof TARGETS>).map((name) => ({
    name,
    value: values[name],
    target: TARGETS[name],
    met: values[name] >= TARGETS[name],
  }));
}

/** A page to evaluate: its text and expected file. */
export interface PageInput {
  set: string;
  name: string;
  text: string;
  expected: ExpectedArticle;
}

/** Runs `parse` on every page and scores it; a parser that throws scores as a failed page. */
export function evaluatePages(
  pages: readonly PageInput[],
  parse: (text: string) => ParseResult,
): PageScore[] {
  return pages.map((p) => {
    let result: ParseResult | { threw: string };
    try {
      result = parse(p.text);
    } catch (e) {
      result = { threw: e instanceof Error ? e.message : String(e) };
    }
    return scorePage(p.name, p.set, p.expected, result);
  });
}
