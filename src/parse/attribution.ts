/**
 * Who said each quote. A quote's sentence is searched for a verb of saying (before or after the
 * quote, whichever is nearer); the noun phrase next to that verb is the attribution as written,
 * and it resolves to a person (full name, shortened name, pronoun, role) or an organisation.
 * Quotes without a verb inherit from the quote they continue; heading quotes borrow the speaker of
 * the body statement they repeat.
 */
import type { AttributionMethod, Language, ParsedPerson, ParsedQuote, ParsedSpeaker } from './types.ts';
import type { Unit } from './units.ts';
import { findQuotes, type QuoteSpan } from './quotes.ts';
import { tokenize, type Token } from './tokens.ts';
import { extractPeople, isRoleWord, toParsedPeople, type Mention, type PeopleIndex, type Person } from './people.ts';
import {
  AUXILIARIES,
  CLAUSE_BOUNDARY,
  DAYS,
  DETERMINERS,
  DE_SPLIT_VERBS,
  DE_VERB_PARTICLES,
  INSTITUTION_WORDS,
  MONTHS_DE,
  MONTHS_EN,
  ORG_WORDS,
  PREPOSITIONS,
  PRONOUNS_PERSON,
  PRONOUNS_THING,
  SPEECH_PARTICIPLES,
  SPEECH_VERBS,
  STOPWORDS,
} from './lexicon.ts';

type Item = { kind: 'tok'; tok: Token; index: number } | { kind: 'quote'; q: QuoteSpan; qi: number };

interface Cue {
  /** Index into the item sequence of the cue's first word. */
  at: number;
  /** Index of the cue's last word (for "according to"). */
  last: number;
  kind: 'verb' | 'participle' | 'according' | 'postposition';
  text: string;
}

interface Found {
  speaker: ParsedSpeaker | null;
  method: AttributionMethod | null;
  cue: string | null;
  attribution: string | null;
}

interface Draft {
  unit: Unit;
  span: QuoteSpan;
  qi: number;
  out: ParsedQuote;
  found: Found | null;
  /** Follows the previous quote of the same utterance. */
  continues: boolean;
}

const NONE: Found = { speaker: null, method: null, cue: null, attribution: null };
const MONTHS = new Set([...MONTHS_EN, ...MONTHS_DE]);

function itemsOf(text: string, spans: readonly QuoteSpan[]): Item[] {
  const tokens = tokenize(text);
  const items: Item[] = [];
  let qi = 0;
  tokens.forEach((tok, index) => {
    while (qi < spans.length && (spans[qi] as QuoteSpan).open < tok.start) {
      const q = spans[qi] as QuoteSpan;
      items.push({ kind: 'quote', q, qi });
      qi++;
    }
    const inside = spans.some((q) => tok.start > q.open && tok.start < q.close);
    if (!inside) items.push({ kind: 'tok', tok, index });
  });
  while (qi < spans.length) {
    items.push({ kind: 'quote', q: spans[qi] as QuoteSpan, qi });
    qi++;
  }
  return items;
}

/** The gap text between an item and the one before it, as it reads in the unit. */
function gapBefore(text: string, items: readonly Item[], i: number): string {
  const cur = items[i];
  const prev = items[i - 1];
  if (!cur) return '';
  const start = cur.kind === 'tok' ? cur.tok.start : cur.q.open;
  const prevEnd = !prev ? 0 : prev.kind === 'tok' ? prev.tok.end + (prev.tok.possessive ? 2 : 0) : Math.min(text.length, prev.q.close + 1);
  return text.slice(Math.min(prevEnd, start), start);
}

function startsSentence(text: string, items: readonly Item[], i: number): boolean {
  const cur = items[i];
  if (!cur || cur.kind !== 'tok' || !cur.tok.capitalized) return false;
  const gap = gapBefore(text, items, i);
  return /[.!?…]["'”’“»«)]*\s+$/.test(gap);
}

function isCueWord(items: readonly Item[], i: number, language: Language): Cue | null {
  const it = items[i];
  if (!it || it.kind !== 'tok') return null;
  const w = it.tok.lower;
  if (SPEECH_PARTICIPLES.has(w)) return { at: i, last: i, kind: 'participle', text: it.tok.text };
  if (SPEECH_VERBS.has(w)) {
    let last = i;
    let text = it.tok.text;
    if (w === 'told' || w === 'tells' || w === 'tell') {
      // "told reporters", "told the AFP news agency": the hearer belongs to the cue.
      for (let k = i + 1; k < items.length && k <= i + 5; k++) {
        const n = items[k];
        if (!n || n.kind !== 'tok' || n.tok.gap !== ' ' || CLAUSE_BOUNDARY.has(n.tok.lower) || (PREPOSITIONS.has(n.tok.lower) && n.tok.lower !== 'to')) break;
        last = k;
        if (!DETERMINERS.has(n.tok.lower)) break;
      }
      if (last > i) {
        const lastTok = items[last];
        if (lastTok?.kind === 'tok') {
          text = `${it.tok.text}${items
            .slice(i + 1, last + 1)
            .map((x) => (x.kind === 'tok' ? ` ${x.tok.text}` : ''))
            .join('')}`;
          // Multi-word hearers ("the news agency") stop at the first noun; good enough as evidence.
        }
      }
    }
    return { at: i, last, kind: 'verb', text };
  }
  if (w === 'according') {
    const n = items[i + 1];
    if (n && n.kind === 'tok' && n.tok.lower === 'to') return { at: i, last: i + 1, kind: 'according', text: `${it.tok.text} ${n.tok.text}` };
  }
  if (language === 'de') {
    if (w === 'laut') return { at: i, last: i, kind: 'according', text: it.tok.text };
    if (w === 'zufolge') return { at: i, last: i, kind: 'postposition', text: it.tok.text };
    if (DE_SPLIT_VERBS.has(w)) {
      for (let k = i + 1; k < items.length && k <= i + 12; k++) {
        const n = items[k];
        if (!n || n.kind !== 'tok') break;
        if (DE_VERB_PARTICLES.has(n.tok.lower) && /^[\s]*$|^[,.:;]/.test(items[k + 1]?.kind === 'tok' ? (items[k + 1] as { tok: Token }).tok.gap : ',')) {
          return { at: i, last: i, kind: 'verb', text: `${it.tok.text} ${n.tok.text}` };
        }
      }
    }
  }
  return null;
}

/** "so Müller": only right after a quote. */
function soCue(text: string, items: readonly Item[], i: number): Cue | null {
  const it = items[i];
  const prev = items[i - 1];
  if (it?.kind === 'tok' && it.tok.lower === 'so' && prev?.kind === 'quote' && /^[,\s]+$/.test(gapBefore(text, items, i).replace(/["“”„'‘’]/g, ''))) {
    return { at: i, last: i, kind: 'according', text: it.tok.text };
  }
  return null;
}

interface NP {
  from: number;
  to: number;
  text: string;
  start: number;
  end: number;
}

function npText(text: string, items: readonly Item[], from: number, to: number): NP | null {
  const a = items[from];
  const b = items[to];
  if (!a || !b || a.kind !== 'tok' || b.kind !== 'tok') return null;
  const end = b.tok.end + (b.tok.possessive ? 2 : 0);
  return { from, to, text: text.slice(a.tok.start, b.tok.end), start: a.tok.start, end };
}

function tokAt(items: readonly Item[], i: number): Token | null {
  const it = items[i];
  return it && it.kind === 'tok' ? it.tok : null;
}

/** The subject written before a verb of saying: "China's defence minister Li Shangfu said". */
function npBefore(text: string, items: readonly Item[], cueAt: number, floor: number): NP | null {
  let p = cueAt - 1;
  while (p >= floor) {
    const t = tokAt(items, p);
    const after = tokAt(items, p + 1);
    if (!t || !after || after.gap !== ' ' || !AUXILIARIES.has(t.lower)) break;
    p--;
  }
  const to = p;
  let from = -1;
  for (let steps = 0; p >= floor && steps < 10; p--, steps++) {
    const t = tokAt(items, p);
    const after = items[p + 1];
    if (!t) break;
    const gapAfter = after?.kind === 'tok' ? after.tok.gap : null;
    if (gapAfter !== ' ') break;
    if (CLAUSE_BOUNDARY.has(t.lower) || SPEECH_VERBS.has(t.lower)) break;
    if (PREPOSITIONS.has(t.lower) && !t.capitalized) break;
    if (!t.capitalized && STOPWORDS.has(t.lower) && !DETERMINERS.has(t.lower) && !PRONOUNS_PERSON.has(t.lower) && !PRONOUNS_THING.has(t.lower) && t.lower !== 'of') break;
    from = p;
  }
  if (from < 0) return null;
  // Leading sentence adverbs ("But", "However") and capitalised prepositions are not the subject.
  while (from < to) {
    const t = tokAt(items, from);
    if (!t || !(STOPWORDS.has(t.lower) && !DETERMINERS.has(t.lower) && !PRONOUNS_PERSON.has(t.lower) && !PRONOUNS_THING.has(t.lower))) break;
    from++;
  }
  return npText(text, items, from, to);
}

/** The subject written after the verb: `said Li, the party's leader`, `sagte die Ministerin`. */
function npAfter(text: string, items: readonly Item[], cueLast: number, ceil: number): NP | null {
  let p = cueLast + 1;
  const from = p;
  let to = -1;
  for (let steps = 0; p <= ceil && steps < 8; p++, steps++) {
    const t = tokAt(items, p);
    if (!t) break;
    if (p > from && t.gap !== ' ') break;
    if (p === from && !/^[\s,]*$/.test(t.gap)) return null;
    if (CLAUSE_BOUNDARY.has(t.lower) || SPEECH_VERBS.has(t.lower)) break;
    if (PREPOSITIONS.has(t.lower) && !t.capitalized && !(t.lower === 'of' && p > from)) break;
    if (!t.capitalized && !DETERMINERS.has(t.lower) && !PRONOUNS_PERSON.has(t.lower) && !PRONOUNS_THING.has(t.lower) && !isRoleWord(t.lower) && !ORG_WORDS.has(t.lower) && !INSTITUTION_WORDS.has(t.lower) && t.lower !== 'of') {
      // A lower-case word that is neither article nor role: the clause goes on ("said the two countries should").
      return null;
    }
    to = p;
  }
  if (to < from) return null;
  // Drop a dangling "of" at the end.
  while (to > from && tokAt(items, to)?.lower === 'of') to--;
  return npText(text, items, from, to);
}

function validNP(np: NP | null, items: readonly Item[]): boolean {
  if (!np) return false;
  for (let i = np.from; i <= np.to; i++) {
    const t = tokAt(items, i);
    if (!t) continue;
    if (PRONOUNS_PERSON.has(t.lower) || PRONOUNS_THING.has(t.lower)) return true;
    if (isRoleWord(t.lower) || ORG_WORDS.has(t.lower)) return true;
    if (t.capitalized && !STOPWORDS.has(t.lower) && !DAYS.has(t.lower) && !MONTHS.has(t.lower)) return true;
  }
  return false;
}

function findCue(text: string, items: readonly Item[], from: number, to: number, dir: 1 | -1, language: Language): Cue | null {
  if (dir === 1) {
    for (let i = from; i <= to; i++) {
      const c = isCueWord(items, i, language) ?? (language === 'de' ? soCue(text, items, i) : null);
      if (c) return c;
    }
  } else {
    for (let i = to; i >= from; i--) {
      const c = isCueWord(items, i, language) ?? (language === 'de' ? soCue(text, items, i) : null);
      if (c && c.kind !== 'participle') return c;
      if (c) return c;
    }
  }
  return null;
}

interface Context {
  unit: Unit;
  items: Item[];
  language: Language;
  people: PeopleIndex;
  orgs: string[];
  quoteSpeakers: Array<{ unit: number; pos: number; found: Found }>;
}

/** The noun phrase that speaks for a cue, or null. */
function subjectOf(ctx: Context, cue: Cue, lo: number, hi: number): NP | null {
  const { items, unit, language } = ctx;
  if (cue.kind === 'according') return npAfter(unit.text, items, cue.last, hi);
  if (cue.kind === 'postposition') return npBefore(unit.text, items, cue.at, lo);
  if (cue.kind === 'participle') {
    // The participle's subject is the clause's subject: the first noun phrase of the sentence.
    for (let i = lo; i < cue.at; i++) {
      const c = isCueWord(items, i, language);
      if (c && c.kind === 'verb') return subjectOf(ctx, c, lo, hi);
    }
    return null;
  }
  const before = npBefore(unit.text, items, cue.at, lo);
  const after = npAfter(unit.text, items, cue.last, hi);
  const beforeOk = validNP(before, items);
  const afterOk = validNP(after, items) && terminated(unit.text, items, after);
  if (language === 'de') return afterOk ? after : beforeOk ? before : null;
  return beforeOk ? before : afterOk ? after : null;
}

/** A subject after its verb ends the clause: punctuation, a quote, a preposition or the end. */
function terminated(text: string, items: readonly Item[], np: NP | null): boolean {
  if (!np) return false;
  const next = items[np.to + 1];
  if (!next) return true;
  if (next.kind === 'quote') return true;
  if (next.tok.gap !== ' ') return true;
  return PREPOSITIONS.has(next.tok.lower) || CLAUSE_BOUNDARY.has(next.tok.lower) || text.length === 0;
}

function stripArticle(s: string): string {
  return s
    .replace(/^(?:the|The|a|A|an|An|der|Der|die|Die|das|Das|den|Den|dem|Dem|des|Des) /, '')
    .replace(/['’]s$/, '')
    .trim();
}

function position(unit: number, offset: number): number {
  return unit * 1e8 + offset;
}

function lastMentionBefore(ctx: Context, pos: number, accept: (m: Mention) => boolean): Mention | null {
  let best: Mention | null = null;
  for (const m of ctx.people.mentions) {
    if (position(m.unit, m.start) >= pos) break;
    if (accept(m)) best = m;
  }
  return best;
}

function resolve(ctx: Context, np: NP, cue: Cue | null): Found {
  const { items, unit } = ctx;
  const cueText = cue ? cue.text : null;
  const inNP = ctx.people.mentions.filter((m) => m.unit === unit.order && m.start >= np.start && m.end <= np.end);
  const named = inNP[inNP.length - 1];
  if (named) {
    return { speaker: { kind: 'PERSON', name: named.person.name }, method: named.full ? 'NAME' : 'ALIAS', cue: cueText, attribution: np.text };
  }
  const tokens: Token[] = [];
  for (let i = np.from; i <= np.to; i++) {
    const t = tokAt(items, i);
    if (t) tokens.push(t);
  }
  const pos = position(unit.order, np.start);
  if (tokens.length === 1 && PRONOUNS_PERSON.has(tokens[0]?.lower ?? '')) {
    const m = lastMentionBefore(ctx, pos, () => true);
    return m
      ? { speaker: { kind: 'PERSON', name: m.person.name }, method: 'PRONOUN', cue: cueText, attribution: np.text }
      : { ...NONE, cue: cueText, attribution: np.text };
  }
  if (tokens.length === 1 && PRONOUNS_THING.has(tokens[0]?.lower ?? '')) {
    const lastOrg = [...ctx.quoteSpeakers].reverse().find((q) => q.found.speaker?.kind === 'ORGANIZATION');
    return lastOrg?.found.speaker
      ? { speaker: lastOrg.found.speaker, method: 'PRONOUN', cue: cueText, attribution: np.text }
      : { ...NONE, cue: cueText, attribution: np.text };
  }
  const roleWords = tokens.filter((t) => isRoleWord(t.lower));
  const head = roleWords[roleWords.length - 1];
  const capitalised = tokens.filter((t) => t.capitalized && !STOPWORDS.has(t.lower) && !isRoleWord(t.lower));
  if (head) {
    const fits = (p: Person): boolean =>
      [...p.roles, ...p.titles].some((r) => r.toLowerCase().split(/[\s-]+/).includes(head.lower));
    const m = lastMentionBefore(ctx, pos, (x) => fits(x.person));
    if (m) {
      return { speaker: { kind: 'PERSON', name: m.person.name }, method: 'ROLE', cue: cueText, attribution: np.text };
    }
    const anyFit = ctx.people.people.find(fits);
    if (anyFit) {
      return { speaker: { kind: 'PERSON', name: anyFit.name }, method: 'ROLE', cue: cueText, attribution: np.text };
    }
    // An unnamed person ("a spokesperson") of a named body speaks for that body.
    const orgPart = tokens.filter((t) => t.capitalized && !isRoleWord(t.lower) && !STOPWORDS.has(t.lower));
    if (orgPart.length === 0) return { ...NONE, cue: cueText, attribution: np.text };
    return { ...NONE, cue: cueText, attribution: np.text };
  }
  const orgLike = tokens.some((t) => ORG_WORDS.has(t.lower));
  if (capitalised.length > 0 || orgLike) {
    let name = stripArticle(np.text);
    // "the ministry" after "the Chinese defence ministry": the fuller form already named.
    if (!tokens.some((t) => t.capitalized && !DETERMINERS.has(t.lower))) {
      const fuller = ctx.orgs.find((o) => o.toLowerCase().endsWith(name.toLowerCase()));
      if (fuller) name = fuller;
    }
    return { speaker: { kind: 'ORGANIZATION', name }, method: 'ORGANIZATION', cue: cueText, attribution: np.text };
  }
  return { ...NONE, cue: cueText, attribution: np.text };
}

/** Sentence bounds (item indices) around item `at`. */
function sentenceAround(text: string, items: readonly Item[], at: number): [number, number] {
  let lo = at;
  while (lo > 0 && !startsSentence(text, items, lo)) lo--;
  let hi = at;
  while (hi + 1 < items.length && !startsSentence(text, items, hi + 1)) hi++;
  return [lo, hi];
}

function attributeInUnit(ctx: Context, qIndex: number): Found | null {
  const { items, unit } = ctx;
  const at = items.findIndex((x) => x.kind === 'quote' && x.qi === qIndex);
  if (at < 0) return null;
  const q = (items[at] as { q: QuoteSpan }).q;
  const [lo, hiSentence] = sentenceAround(unit.text, items, at);
  let hi = hiSentence;
  // `"We will win." Li said.` : a short "NAME said" right after the quote still belongs to it.
  if (hi === at && at + 1 < items.length) {
    for (let k = at + 1; k < items.length && k <= at + 5; k++) {
      if (isCueWord(items, k, ctx.language)?.kind === 'verb') {
        hi = Math.max(hi, k + 3);
        break;
      }
    }
    hi = Math.min(hi, items.length - 1);
  }

  const textBefore = unit.text.slice(0, q.open).trimEnd();
  const post = findCue(unit.text, items, at + 1, hi, 1, ctx.language);
  const pre = findCue(unit.text, items, lo, at - 1, -1, ctx.language);
  const preDist = pre ? q.open - (tokAt(items, pre.last)?.end ?? 0) : Infinity;
  const postDist = post ? (tokAt(items, post.at)?.start ?? 0) - q.close : Infinity;

  let chosen: Cue | null = null;
  if (textBefore.endsWith(':') && pre && preDist < 120) chosen = pre;
  else if (post && (!pre || postDist <= preDist)) chosen = post;
  else if (pre) chosen = pre;

  if (chosen) {
    const np = chosen === post ? subjectOf(ctx, chosen, at + 1, hi) : subjectOf(ctx, chosen, lo, at - 1);
    if (np) return resolve(ctx, np, chosen);
    // A verb with no subject of its own ("adding ...") falls back below.
  }
  // "Scholz: 'We will not give in'" — a colon after a name introduces the quote.
  if (textBefore.endsWith(':')) {
    const colonAt = at - 1;
    const np = npBefore(unit.text, items, colonAt + 1, lo);
    if (np && validNP(np, items)) {
      const found = resolve(ctx, np, null);
      if (found.speaker) return found;
    }
  }
  if (chosen) return { ...NONE, cue: chosen.text };
  return null;
}

const STEM_STOP = new Set([...STOPWORDS, 'should', 'would', 'could', 'will', 'must']);

function stems(s: string): Set<string> {
  const out = new Set<string>();
  for (const w of s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (w.length < 3 || STEM_STOP.has(w)) continue;
    out.add(w.slice(0, 5));
  }
  return out;
}

/** Body quote whose words best cover the heading quote's words. */
function headingMatch(text: string, bodyQuotes: readonly Draft[]): Draft | null {
  const want = stems(text);
  if (want.size === 0) return null;
  let best: Draft | null = null;
  let bestScore = 0;
  for (const d of bodyQuotes) {
    if (!d.found?.speaker) continue;
    const have = stems(d.out.text);
    let shared = 0;
    for (const w of want) if (have.has(w)) shared++;
    const score = shared / want.size;
    if (shared >= 2 && score >= 0.4 && score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

export function analyzeQuotesAndPeople(
  units: readonly Unit[],
  language: Language,
  excluded: readonly string[],
): { quotes: ParsedQuote[]; people: ParsedPerson[]; organizations: string[] } {
  const people = extractPeople(units, language, excluded);
  const drafts: Draft[] = [];
  const orgs: string[] = [];
  const quoteSpeakers: Context['quoteSpeakers'] = [];
  let previousUnitDrafts: Draft[] = [];
  let previousUnitClosed = true;

  for (const unit of units) {
    if (unit.location === null) continue;
    const spans = findQuotes(unit.text);
    if (spans.length === 0) {
      if (unit.location === 'BODY') {
        previousUnitDrafts = [];
        previousUnitClosed = true;
      }
      continue;
    }
    const ctx: Context = { unit, items: itemsOf(unit.text, spans), language, people, orgs, quoteSpeakers };
    const unitDrafts: Draft[] = [];
    spans.forEach((span, qi) => {
      const text = unit.text.slice(span.textStart, span.textEnd);
      const out: ParsedQuote = {
        text,
        location: unit.location ?? 'BODY',
        continues: false,
        span: unit.bodyOffset === null ? null : { start: unit.bodyOffset + span.textStart, end: unit.bodyOffset + span.textEnd },
        imageIndex: unit.location === 'CAPTION' ? unit.imageIndex : null,
        speaker: null,
        cue: null,
        attribution: null,
        attributionMethod: null,
      };
      const found = attributeInUnit(ctx, qi);
      const draft: Draft = { unit, span, qi, out, found, continues: false };

      const prev = unitDrafts[unitDrafts.length - 1];
      if (prev && prev.span.closed && interrupted(unit.text, prev.span, span, ctx, qi)) draft.continues = true;
      if (!prev && unit.location === 'BODY' && !previousUnitClosed && span.open === 0) draft.continues = true;

      if (found?.speaker) {
        quoteSpeakers.push({ unit: unit.order, pos: span.open, found });
        if (found.speaker.kind === 'ORGANIZATION' && !orgs.includes(found.speaker.name)) orgs.push(found.speaker.name);
      }
      unitDrafts.push(draft);
      drafts.push(draft);
    });

    // Quotes without their own source take it from the quote they continue, or from the earlier
    // quote of the same paragraph, or (for a paragraph that opens with a quote) the previous one.
    const chain = unitDrafts;
    for (let i = 0; i < chain.length; i++) {
      const d = chain[i] as Draft;
      if (d.found?.speaker) continue;
      const earlier = chain.slice(0, i).reverse().find((x) => x.found?.speaker);
      const later = d.continues ? undefined : undefined;
      const source =
        earlier ??
        later ??
        (unit.location === 'BODY' && d.span.open <= 1
          ? previousUnitDrafts.slice().reverse().find((x) => x.found?.speaker)
          : undefined);
      if (source?.found) d.found = { ...source.found, cue: d.found?.cue ?? null, attribution: null };
    }
    // A multi-paragraph quote's earlier parts take the speaker named in a later part.
    if (unit.location === 'BODY') {
      const first = unitDrafts[0];
      if (first?.continues && first.found?.speaker) {
        for (const p of previousUnitDrafts) if (!p.found?.speaker) p.found = { ...first.found, attribution: null, cue: null };
      }
      previousUnitDrafts = unitDrafts;
      previousUnitClosed = (spans[spans.length - 1] as QuoteSpan).closed;
    }
  }

  // Chains of interrupted quotes share one speaker: a later part may name it.
  for (let i = drafts.length - 1; i > 0; i--) {
    const d = drafts[i] as Draft;
    const p = drafts[i - 1] as Draft;
    if (d.continues && d.found?.speaker && !p.found?.speaker) p.found = { ...d.found, attribution: null, cue: null };
  }

  const bodyDrafts = drafts.filter((d) => d.out.location === 'BODY');
  for (const d of drafts) {
    if (d.out.location === 'BODY' || d.found?.speaker) continue;
    const match = headingMatch(d.out.text, bodyDrafts);
    if (match?.found?.speaker) {
      d.found = { speaker: match.found.speaker, method: 'HEADING_MATCH', cue: d.found?.cue ?? null, attribution: d.found?.attribution ?? null };
    }
  }

  const quotes = drafts.map((d) => {
    const f = d.found ?? NONE;
    return {
      ...d.out,
      continues: d.continues,
      speaker: f.speaker,
      cue: f.cue,
      attribution: f.attribution,
      attributionMethod: f.speaker ? f.method : null,
    };
  });
  const organizations: string[] = [];
  for (const q of quotes) {
    if (q.speaker?.kind === 'ORGANIZATION' && !organizations.includes(q.speaker.name)) organizations.push(q.speaker.name);
  }
  return { quotes, people: toParsedPeople(people), organizations };
}

/** “...,” she said. “...” — only an attribution clause stands between two quotes. */
function interrupted(text: string, a: QuoteSpan, b: QuoteSpan, ctx: Context, _qi: number): boolean {
  const between = text.slice(a.close + 1, b.open);
  const words = between.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  if (words.length === 0 || words.length > 9) return false;
  const inner = text.slice(a.textStart, a.close).trimEnd();
  const aEnds = /[,;:—–-]$/.test(inner) || !/[.!?…]$/.test(inner);
  const cueWords = new Set([...SPEECH_VERBS, 'so', 'according', 'laut', 'zufolge']);
  const hasCue = words.some((w) => cueWords.has(w.toLowerCase()));
  if (!hasCue) return false;
  return aEnds || /[.:]\s*$/.test(between) || ctx.language === 'de';
}
