/**
 * Who said each quote. A quote's sentence is searched for a verb of saying (before or after the
 * quote, whichever is nearer); the noun phrase next to that verb is the attribution as written,
 * and it resolves to a person (full name, shortened name, pronoun, role) or an organisation.
 * Quotes without a verb inherit from the quote they continue; heading quotes borrow the speaker of
 * the body statement they repeat.
 */
import type {
  AttributionMethod,
  Language,
  ParsedPerson,
  ParsedQuote,
  ParsedSpeaker,
} from './types.ts';
import type { Unit } from './units.ts';
import { findQuotes, type QuoteSpan } from './quotes.ts';
import { tokensOf, type Token } from './tokens.ts';
import { LETTER, NUMBER, runEnd } from './chars.ts';
import { germanPersonNoun, peoplePlural } from './speakerPhrase.ts';
import { focusAt, salientFitting, type FocusEntity, type FocusParagraph } from './discourse.ts';
import {
  extractPeople,
  isOrgWord,
  isRoleWord,
  toParsedPeople,
  type Mention,
  type PeopleIndex,
  type Person,
} from './people.ts';
import {
  AUXILIARIES,
  CLAUSE_BOUNDARY,
  DAYS,
  DETERMINERS,
  DE_SPLIT_VERBS,
  DE_VERB_PARTICLES,
  MONTHS_DE,
  MONTHS_EN,
  NAME_PARTICLES,
  ORG_WORDS,
  PREPOSITIONS,
  ROLE_MODIFIERS,
  PRONOUNS_PERSON,
  PRONOUNS_THING,
  SPEECH_PARTICIPLES,
  SPEECH_VERBS,
  STOPWORDS,
} from './lexicon.ts';

type Item =
  { kind: 'tok'; tok: Token; index: number } | { kind: 'quote'; q: QuoteSpan; qi: number };

interface Cue {
  /** Index into the item sequence of the cue's first word. */
  at: number;
  /** Index of the cue's last word (for "according to"). */
  last: number;
  kind: 'verb' | 'participle' | 'according' | 'postposition';
  text: string;
}

interface Found {
  /** The source is a person the article does not name ("a fisherman", "she" for one). */
  unnamed?: boolean;
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

function itemsOf(unit: Unit, spans: readonly QuoteSpan[]): Item[] {
  const tokens = tokensOf(unit);
  const items: Item[] = [];
  let qi = 0;
  tokens.forEach((tok, index) => {
    while (qi < spans.length && (spans[qi] as QuoteSpan).open < tok.start) {
      const q = spans[qi] as QuoteSpan;
      items.push({ kind: 'quote', q, qi });
      qi++;
    }
    // Spans are ordered and disjoint: only the last one opened can contain this token.
    const open = qi > 0 ? spans[qi - 1] : undefined;
    const inside = open !== undefined && tok.start > open.open && tok.start < open.close;
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
  const prevEnd = !prev
    ? 0
    : prev.kind === 'tok'
      ? prev.tok.end + (prev.tok.possessive ? 2 : 0)
      : Math.min(text.length, prev.q.close + 1);
  return text.slice(Math.min(prevEnd, start), start);
}

function startsSentence(text: string, items: readonly Item[], i: number): boolean {
  const cur = items[i];
  if (!cur) return false;
  if (cur.kind === 'tok' && !cur.tok.capitalized) return false;
  const gap = gapBefore(text, items, i);
  if (cur.kind === 'quote') return i === 0 || /[.!?…]["'”’“»«)]*\s+$/.test(gap);
  // “... unrealistic.” He said: a final mark inside a quote ends its sentence.
  const before = items[i - 1];
  if (
    before?.kind === 'quote' &&
    /^\s+$/.test(gap) &&
    /[.!?…]$/.test(text.slice(before.q.textStart, before.q.textEnd))
  )
    return true;
  const prev = tokAt(items, i - 1);
  if (prev && gap === '. ' && (ABBREVIATED_TITLE.test(prev.text) || /^\p{Lu}$/u.test(prev.text)))
    return false;
  return /[.!?…]["'”’“»«)]*\s+$/.test(gap);
}

/** Words after which a verb of saying ending in -s is a plural noun ("the claims"). */
const NOUN_BEFORE = new Set([
  'the',
  'these',
  'those',
  'his',
  'her',
  'its',
  'their',
  'our',
  'such',
  'rejected',
  'dismissed',
  'denied',
  'repeated',
  'renewed',
  'new',
  'similar',
  'earlier',
  'recent',
  'many',
  'some',
  'any',
  'no',
]);

function isCueWord(items: readonly Item[], i: number, language: Language): Cue | null {
  const it = items[i];
  if (!it || it.kind !== 'tok') return null;
  const w = it.tok.lower;
  if (SPEECH_PARTICIPLES.has(w)) return { at: i, last: i, kind: 'participle', text: it.tok.text };
  // "rejected claims that", "the calls for": a verb form used as a noun after an article.
  if (w.endsWith('s') && it.tok.gap === ' ') {
    const before = tokAt(items, i - 1);
    if (before && (NOUN_BEFORE.has(before.lower) || before.possessive)) return null;
  }
  if (SPEECH_VERBS.has(w)) {
    let last = i;
    let text = it.tok.text;
    if (w === 'told' || w === 'tells' || w === 'tell') {
      // "told reporters", "told the AFP news agency": the hearer belongs to the cue.
      for (let k = i + 1; k < items.length && k <= i + 5; k++) {
        const n = items[k];
        if (
          !n ||
          n.kind !== 'tok' ||
          n.tok.gap !== ' ' ||
          CLAUSE_BOUNDARY.has(n.tok.lower) ||
          PREPOSITIONS.has(n.tok.lower)
        )
          break;
        if (isPronoun(n.tok) && k > i + 1) break;
        last = k;
        if (isPronoun(n.tok) || (STOPWORDS.has(n.tok.lower) && !DETERMINERS.has(n.tok.lower)))
          break;
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
    // German reflexive verbs: "freute sich NAME", "wunderte sich die Ministerin".
    const reflexive = items[i + 1];
    if (
      last === i &&
      reflexive?.kind === 'tok' &&
      reflexive.tok.lower === 'sich' &&
      reflexive.tok.gap === ' '
    )
      return { at: i, last: i + 1, kind: 'verb', text: `${it.tok.text} ${reflexive.tok.text}` };
    return { at: i, last, kind: 'verb', text };
  }
  if (w === 'according') {
    const n = items[i + 1];
    if (n && n.kind === 'tok' && n.tok.lower === 'to')
      return { at: i, last: i + 1, kind: 'according', text: `${it.tok.text} ${n.tok.text}` };
  }
  if (language === 'de') {
    if (w === 'laut') return { at: i, last: i, kind: 'according', text: it.tok.text };
    // "Nach Angaben der Feuerwehr", "nach Worten von NAME": the source follows the noun.
    const nach = tokAt(items, i - 1);
    if (DE_ACCORDING_NOUNS.has(w) && nach?.lower === 'nach' && it.tok.gap === ' ') {
      const von = tokAt(items, i + 1);
      const last = von && (von.lower === 'von' || von.lower === 'vom') ? i + 1 : i;
      return { at: i - 1, last, kind: 'according', text: `${nach.text} ${it.tok.text}` };
    }
    if (w === 'zufolge') return { at: i, last: i, kind: 'postposition', text: it.tok.text };
    if (DE_SPLIT_VERBS.has(w)) {
      for (let k = i + 1; k < items.length && k <= i + 12; k++) {
        const n = items[k];
        if (!n || n.kind !== 'tok') break;
        if (
          DE_VERB_PARTICLES.has(n.tok.lower) &&
          /^[\s]*$|^[,.:;]/.test(
            items[k + 1]?.kind === 'tok' ? (items[k + 1] as { tok: Token }).tok.gap : ',',
          )
        ) {
          return { at: i, last: i, kind: 'verb', text: `${it.tok.text} ${n.tok.text}` };
        }
      }
    }
  }
  return null;
}

/** Nouns of German phrases of attribution: "nach Angaben der Polizei", "nach Worten von NAME". */
const DE_ACCORDING_NOUNS = new Set(
  'angaben worten aussagen einschätzung auffassung darstellung informationen'.split(' '),
);

/** "so Müller": only right after a quote. */
function soCue(text: string, items: readonly Item[], i: number): Cue | null {
  const it = items[i];
  const prev = items[i - 1];
  if (
    it?.kind === 'tok' &&
    it.tok.lower === 'so' &&
    prev?.kind === 'quote' &&
    /^[,\s]+$/.test(gapBefore(text, items, i).replace(/["“”„'‘’]/g, ''))
  ) {
    return { at: i, last: i, kind: 'according', text: it.tok.text };
  }
  // "Ungewöhnlich sei die Besetzung, so Oberlein-Falk.": after reported speech too, when a name
  // (capitalised words, maybe a particle first) closes the sentence.
  if (it?.kind === 'tok' && it.tok.lower === 'so' && /^,\s$/.test(it.tok.gap)) {
    for (let k = i + 1; k <= i + 4; k++) {
      const t = tokAt(items, k);
      if (!t || (!t.capitalized && !NAME_PARTICLES.has(t.lower))) return null;
      if (k === i + 1 ? t.gap !== ' ' : !/^ $/.test(t.gap)) return null;
      const next = items[k + 1];
      const end = next ? gapBefore(text, items, k + 1) : text.slice(t.end);
      if (/^[.;]/.test(end) && t.capitalized)
        return { at: i, last: i, kind: 'according', text: it.tok.text };
    }
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

const ABBREVIATED_TITLE = /^(?:dr|prof|mr|mrs|ms|st|gen|lt|col|sgt|capt|rep|sen|gov|adm)$/i;

/** Two words of one noun phrase: one space, or ". " after "Dr" and the like. */
function sameNP(left: Token, right: Token): boolean {
  return (
    right.gap === ' ' ||
    (right.gap === '. ' && ABBREVIATED_TITLE.test(left.text)) ||
    (left.possessive && /^['’] $/.test(right.gap))
  );
}

const isPronoun = (t: Token): boolean =>
  PRONOUNS_PERSON.has(t.lower) || PRONOUNS_THING.has(t.lower);

/**
 * The subject written before a verb of saying: "China's defence minister Li Shangfu said".
 * Across a comma it skips an appositive or relative clause ("NAME, the party's leader, said").
 */
const LOCATIVE = new Set(['in', 'at', 'im', 'aus', 'bei']);

/** Adverbs that stand inside an English verb group: "has so far said", "had repeatedly warned". */
const VERB_GROUP_ADVERBS = new Set(
  'so far already repeatedly also previously recently often always long publicly openly since'.split(
    ' ',
  ),
);

function npBefore(ctx: Context, cueAt: number, floor: number): NP | null {
  const { items, unit } = ctx;
  let p = cueAt - 1;
  while (p >= floor) {
    const t = tokAt(items, p);
    const after = tokAt(items, p + 1);
    if (!t || !after || after.gap !== ' ') break;
    // "Zagreb has so far described", "NAME has repeatedly said": adverbs in the verb group.
    const adverb = ctx.language === 'en' && !t.capitalized && VERB_GROUP_ADVERBS.has(t.lower);
    if (!AUXILIARIES.has(t.lower) && !adverb) break;
    p--;
  }
  const verb = tokAt(items, p + 1);
  if (!verb || p < floor) return null;
  // "according to the water company, which described the response as ...": a relative
  // pronoun speaks for the noun phrase it follows.
  const rel = tokAt(items, p);
  if (
    rel &&
    (rel.lower === 'which' || rel.lower === 'who') &&
    /^,\s$/.test(rel.gap) &&
    verb.gap === ' ' &&
    p - 1 >= floor
  ) {
    const antecedent = walkLeft(items, p - 1, floor);
    const np = antecedent ? npText(unit.text, items, antecedent[0], antecedent[1]) : null;
    return np && validNP(np, items) ? np : null;
  }
  // "NAME visited the site on Tuesday and called the project ...": the verb shares the subject
  // that opens the sentence.
  const conj = tokAt(items, p);
  if (conj && (conj.lower === 'and' || conj.lower === 'und') && verb.gap === ' ') {
    const first = openingSubject(items, floor, p - 1);
    const opening = first ? npText(unit.text, items, first[0], first[1]) : null;
    if (opening && first && first[0] === floor && validNP(opening, items)) return opening;
    return null;
  }
  if (!/^,\s*$/.test(verb.gap)) {
    let direct = walkLeft(items, p, floor);
    if (!direct) return null;
    // "wie NAME am Mittwoch sagte", "NAME on Monday said": an adjunct between subject and verb.
    const adjunctPrep = tokAt(items, direct[0] - 1);
    const directNP = npText(unit.text, items, direct[0], direct[1]);
    if (
      adjunctPrep &&
      !adjunctPrep.capitalized &&
      PREPOSITIONS.has(adjunctPrep.lower) &&
      directNP &&
      mentionsIn(ctx, directNP).length === 0 &&
      direct[0] - 2 >= floor
    ) {
      // "Zagreb has in the past called": auxiliaries may stand before the adjunct too.
      let q = direct[0] - 2;
      while (q > floor && AUXILIARIES.has(tokAt(items, q)?.lower ?? '')) q--;
      const subject = walkLeft(items, q, floor);
      const np = subject ? npText(unit.text, items, subject[0], subject[1]) : null;
      // "Eine Rentnerin mit Einkaufskorb meinte", "a man in a red coat said": an unnamed
      // person described by the phrase after it speaks, not the thing in that phrase.
      const opener = subject ? tokAt(items, subject[0]) : null;
      const head = subject ? tokAt(items, subject[1]) : null;
      const unnamedPerson =
        opener !== null && head !== null && INDEFINITE.has(opener.lower) && personNoun(head.lower);
      // "wie die Polizei am Abend mitteilte": a time after the preposition is no subject.
      const timeAdjunct = direct[0] === direct[1] && timeNoun(tokAt(items, direct[0])?.lower ?? '');
      if (
        subject &&
        np &&
        (mentionsIn(ctx, np).length > 0 ||
          unnamedPerson ||
          ((q < direct[0] - 2 || timeAdjunct) && validNP(np, items)))
      )
        direct = subject;
    }
    // "Das Umweltministerium in Potsdam erklärte", "the embassy in Berlin said": the body speaks.
    const prep = tokAt(items, direct[0] - 1);
    const body = tokAt(items, direct[0] - 2);
    const start = tokAt(items, direct[0]);
    if (
      prep &&
      body &&
      start?.gap === ' ' &&
      prep.gap === ' ' &&
      LOCATIVE.has(prep.lower) &&
      !prep.capitalized &&
      isOrgWord(body.lower) &&
      direct[0] - 2 >= floor
    ) {
      const org = walkLeft(items, direct[0] - 2, floor);
      if (org) return npText(unit.text, items, org[0], org[1]);
    }
    return npText(unit.text, items, direct[0], direct[1]);
  }
  // The segment between the previous comma and this one.
  let s = p;
  while (s > floor) {
    const t = tokAt(items, s);
    if (!t || /[,;]\s|[:()]/.test(t.gap) || (s > floor && !tokAt(items, s - 1))) break;
    s--;
  }
  const segStartTok = tokAt(items, s);
  if (!segStartTok) return null;
  const segment = npText(unit.text, items, s, p);
  if (!segment) return null;
  if (mentionsIn(ctx, segment).length > 0) return segment;
  // "NAME, who has worked here for 22 years and, since 2019, also chairs the board, said": the
  // sentence opens with a named person set off by a comma; everything after it describes them.
  const first = walkRight(items, floor, p);
  const after = first ? tokAt(items, first[1] + 1) : null;
  if (first && after && /^,\s$/.test(after.gap)) {
    const opening = npText(unit.text, items, first[0], first[1]);
    if (opening && mentionsIn(ctx, opening).length > 0) return opening;
  }
  const opener = segStartTok.lower;
  const appositive =
    DETERMINERS.has(opener) ||
    /^\d/.test(opener) ||
    ['who', 'which', 'der', 'die', 'das', 'welche', 'welcher', 'whose'].includes(opener) ||
    isRoleWord(opener);
  if (appositive && s - 1 >= floor && /,\s*$/.test(segStartTok.gap)) {
    const range = walkLeft(items, s - 1, floor);
    const before = range ? npText(unit.text, items, range[0], range[1]) : null;
    // "The fishermen's union, the National Collective of Artisanal Fishers, wrote": the proper
    // name in apposition names the speaker better than the description before it.
    if (
      before &&
      DETERMINERS.has(opener) &&
      mentionsIn(ctx, before).length === 0 &&
      !properName(items, before) &&
      properName(items, segment)
    )
      return segment;
    if (before && validNP(before, items)) return before;
    // A long apposition with commas of its own ("NAME, who heads X and, since 2019, Y, said"):
    // the noun phrase that opens the sentence.
    const first = walkRight(items, floor, s - 1);
    const opening = first ? npText(unit.text, items, first[0], first[1]) : null;
    if (opening && mentionsIn(ctx, opening).length > 0) return opening;
    if (before) return before;
  }
  const whole = walkLeft(items, p, floor);
  return whole ? npText(unit.text, items, whole[0], whole[1]) : null;
}

/** A capitalised word other than an opening article or adverb: the phrase names something. */
function properName(items: readonly Item[], np: NP): boolean {
  for (let i = np.from; i <= np.to; i++) {
    const t = tokAt(items, i);
    if (t && t.capitalized && !STOPWORDS.has(t.lower) && !DETERMINERS.has(t.lower)) return true;
  }
  return false;
}

/** Token range of the noun phrase that ends at `to`, or null. */
function walkLeft(items: readonly Item[], to: number, floor: number): [number, number] | null {
  let from = -1;
  for (let p = to, steps = 0; p >= floor && steps < 12; p--, steps++) {
    const t = tokAt(items, p);
    const right = tokAt(items, p + 1);
    if (!t) break;
    if (p < to && (!right || !sameNP(t, right))) break;
    if (p === to && right && !sameNP(t, right) && right !== tokAt(items, to + 1)) break;
    if (SPEECH_VERBS.has(t.lower)) break;
    const left = tokAt(items, p - 1);
    const between = left?.capitalized && right?.capitalized;
    if (
      !t.capitalized &&
      (t.lower === 'and' ||
        t.lower === 'und' ||
        t.lower === 'of' ||
        t.lower === 'for' ||
        t.lower === 'für')
    ) {
      // "Landesbetrieb Straßen und Brücken", "Association for the Judiciary".
      if (between || (left?.capitalized && right && DETERMINERS.has(right.lower))) continue;
      // "a spokesman for the minister", "a mother of three": the phrase is headed by the role
      // or person noun before "for"/"of".
      if (
        t.lower !== 'and' &&
        t.lower !== 'und' &&
        left &&
        !left.capitalized &&
        personNoun(left.lower)
      )
        continue;
      break;
    }
    if (CLAUSE_BOUNDARY.has(t.lower)) break;
    if (PREPOSITIONS.has(t.lower) && !t.capitalized) break;
    const ofNumber =
      p === to &&
      /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten)$/.test(t.lower) &&
      tokAt(items, p - 1)?.lower === 'of';
    if (
      !t.capitalized &&
      STOPWORDS.has(t.lower) &&
      !DETERMINERS.has(t.lower) &&
      !isPronoun(t) &&
      !ofNumber
    )
      break;
    from = p;
  }
  if (from < 0) return null;
  // Leading sentence adverbs ("But", "However") and capitalised prepositions are not the subject.
  while (from < to) {
    const t = tokAt(items, from);
    if (!t || !(STOPWORDS.has(t.lower) && !DETERMINERS.has(t.lower) && !isPronoun(t))) break;
    from++;
  }
  return [from, to];
}

/** The subject written after the verb: `said Li, the party's leader`, `sagte die neue Ministerin`. */
function npAfter(
  text: string,
  items: readonly Item[],
  cueLast: number,
  ceil: number,
  loose = false,
  /** German inversion: "sagte sie der DW", "sagt er dem Sender": an object may follow. */
  inverted = false,
): NP | null {
  const from = cueLast + 1;
  let to = -1;
  let sawHead = false;
  for (let p = from, steps = 0; p <= ceil && steps < 8; p++, steps++) {
    const t = tokAt(items, p);
    if (!t) break;
    const left = tokAt(items, p - 1);
    if (p === from && t.gap !== ' ') return null;
    if (p > from && (!left || !sameNP(left, t))) break;
    if (CLAUSE_BOUNDARY.has(t.lower) || SPEECH_VERBS.has(t.lower)) break;
    const nextTok = tokAt(items, p + 1);
    const afterNext = tokAt(items, p + 2);
    if (
      NAME_PARTICLES.has(t.lower) &&
      (sawHead || LEADING_PARTICLES.has(t.lower)) &&
      nextTok &&
      sameNP(t, nextTok) &&
      // "von der Lohe", "van den Broeck": particles may follow one another.
      (nextTok.capitalized ||
        (NAME_PARTICLES.has(nextTok.lower) && afterNext?.capitalized && sameNP(nextTok, afterNext)))
    )
      continue;
    if (PREPOSITIONS.has(t.lower) && !t.capitalized) {
      if ((t.lower === 'of' || t.lower === 'for') && sawHead) continue;
      break;
    }
    const head =
      t.capitalized ||
      isPronoun(t) ||
      isRoleWord(t.lower) ||
      ORG_WORDS.has(t.lower) ||
      AGE_NOUN.test(t.lower);
    if (head) {
      if (isPronoun(t) && p > from) return null;
      sawHead = true;
      to = p;
      if (isPronoun(t)) break;
      continue;
    }
    if (
      !sawHead &&
      (DETERMINERS.has(t.lower) ||
        ROLE_MODIFIERS.has(t.lower) ||
        (left && DETERMINERS.has(left.lower)))
    )
      continue;
    // "fügt Petersen hinzu": the particle of a split verb closes the subject; "meinte eine
    // Nachbarin lachend": so does a participle used as an adverb.
    if (inverted && sawHead && (DE_VERB_PARTICLES.has(t.lower) || /end$/.test(t.lower))) break;
    // Any other lower-case word means the clause goes on: "said it would", "observed Russian vessels".
    // After "according to"/"laut" the phrase simply ends there ("Laut X ist die Lage ...").
    if (loose && sawHead) break;
    return null;
  }
  if (to < from) return null;
  // The subject ends the clause: punctuation, a quote, a preposition or the end must follow.
  const next = items[to + 1];
  const pronoun = to === from && isPronoun(tokAt(items, to) as Token);
  if (
    !loose &&
    !(inverted && pronoun) &&
    next &&
    next.kind === 'tok' &&
    sameNP(tokAt(items, to) as Token, next.tok) &&
    !PREPOSITIONS.has(next.tok.lower) &&
    !CLAUSE_BOUNDARY.has(next.tok.lower) &&
    // "fügte Petersen hinzu": the particle of a split verb closes the clause.
    !(inverted && (DE_VERB_PARTICLES.has(next.tok.lower) || /end$/.test(next.tok.lower)))
  ) {
    return null;
  }
  return npText(text, items, from, to);
}

/** Particles that may open a surname used alone: "von der Lohe", "van Houten", "de Boer". */
const LEADING_PARTICLES = new Set([
  'von',
  'vom',
  'van',
  'de',
  'del',
  'della',
  'di',
  'da',
  'du',
  'dos',
  'ter',
  'ten',
  'zu',
]);

const TIME_NOUNS = new Set(
  'abend morgen vormittag nachmittag mittag nacht wochenende tag evening morning afternoon night weekend'.split(
    ' ',
  ),
);

function timeNoun(lower: string): boolean {
  return TIME_NOUNS.has(lower) || timeWord(lower);
}

function timeWord(lower: string): boolean {
  if (DAYS.has(lower) || MONTHS.has(lower)) return true;
  for (const d of DAYS) if (lower.startsWith(d)) return true;
  return false;
}

function validNP(np: NP | null, items: readonly Item[]): boolean {
  if (!np) return false;
  for (let i = np.from; i <= np.to; i++) {
    const t = tokAt(items, i);
    if (!t) continue;
    if (isPronoun(t)) return true;
    if (isRoleWord(t.lower) || ORG_WORDS.has(t.lower) || AGE_NOUN.test(t.lower)) return true;
    if (i > np.from && DOCUMENT_NOUNS.has(t.lower)) return true;
    if (t.capitalized && !STOPWORDS.has(t.lower) && !timeWord(t.lower)) return true;
  }
  return false;
}

interface Context {
  unit: Unit;
  items: Item[];
  language: Language;
  people: PeopleIndex;
  orgs: Set<string>;
  quoteSpeakers: Array<{ unit: number; pos: number; found: Found }>;
  units: readonly Unit[];
  /** Item index of each quote of the unit. */
  quoteItem: number[];
  /** Mentions per unit, in text order. */
  mentionsByUnit: Map<number, Mention[]>;
  /** Work left for optional refinements, shared by the whole article. */
  budget: { fuller: number; focus: number };
  /** Patterns of `fullerOrganization` per head word, for this page only. */
  fullerPatterns: Map<string, FullerPatterns>;
  /** Role word -> first person described with it; built on first use. */
  roleIndex?: Map<string, Person>;
  /** Role word -> first person holding it as the end of a compound; built on use. */
  compoundRoles?: Map<string, Person | undefined>;
  /** Lower-case noun -> first person the page writes it with; built on use. */
  writtenRoles?: Map<string, Person | undefined>;
  facts?: { starts: Uint8Array; cues: Array<Cue | null> };
  /** Facts about the whole page, built on first use. */
  page: { midCapitals?: Set<string>; lowerCase?: Set<string> };
}

const DE_PARTICIPLES = new Set(
  (
    'gesagt betont angekündigt gefordert gewarnt mitgeteilt geschrieben gefragt geantwortet ' +
    'versprochen unterstrichen gemahnt geschildert genannt erklärt erzählt'
  ).split(' '),
);
const DE_PERFECT_AUX = new Set(['hat', 'hatte', 'haben', 'hatten', 'habe', 'hätte']);

/** The noun phrase that speaks for a cue, or null. */
function subjectOf(ctx: Context, cue: Cue, lo: number, hi: number): NP | null {
  const { items, unit, language } = ctx;
  if (cue.kind === 'according') return npAfter(unit.text, items, cue.last, hi, true);
  if (cue.kind === 'postposition') return npBefore(ctx, cue.at, lo);
  if (cue.kind === 'participle') {
    // The participle's subject is the clause's subject: the verb's subject earlier in the sentence.
    for (let i = cue.at - 1; i >= lo; i--) {
      const c = isCueWord(items, i, language);
      if (c && c.kind === 'verb') {
        const np = subjectOf(ctx, c, lo, hi);
        if (np) return np;
        break;
      }
    }
    const first = walkRight(items, lo, cue.at - 1);
    return first ? npText(unit.text, items, first[0], first[1]) : null;
  }
  // "„…“, hieß es von der Feuerwehr", "hieß es aus dem Ministerium": the body after the
  // preposition speaks.
  const cueWord = tokAt(items, cue.at)?.lower;
  if ((cueWord === 'hieß' || cueWord === 'heißt') && tokAt(items, cue.at + 1)?.lower === 'es') {
    const prep = tokAt(items, cue.at + 2);
    if (prep && ['von', 'vom', 'aus', 'bei', 'beim', 'seitens'].includes(prep.lower)) {
      const np = npAfter(unit.text, items, cue.at + 2, hi, true);
      if (np && validNP(np, items)) return np;
    }
  }
  // "Er sprach von einem „…“ und kündigte eine Prüfung an", "She smiled and said": a verb joined
  // by "and" to the clause before shares its subject, the one that opens the sentence; the noun
  // phrase after it is an object.
  const conjTok = tokAt(items, cue.at - 1);
  if (
    cue.kind === 'verb' &&
    conjTok &&
    (conjTok.lower === 'und' || conjTok.lower === 'and') &&
    tokAt(items, cue.at)?.gap === ' ' &&
    !/[.!?;:]/.test(conjTok.gap)
  ) {
    const [slo] = sentenceAround(ctx, cue.at);
    if (slo < cue.at - 1) {
      const first = openingSubject(items, slo, cue.at - 2);
      const np = first ? npText(unit.text, items, first[0], first[1]) : null;
      return np && validNP(np, items) ? np : null;
    }
  }
  // "Er hatte den Brief an die Gemeinde geschrieben:": a German participle at the clause's end
  // belongs to the finite auxiliary; the subject stands before it, or right after it when
  // something else opens the clause ("Damals hatte NAME ... gesagt"), never the object.
  const partTok = tokAt(items, cue.at);
  if (language === 'de' && cue.kind === 'verb' && partTok && DE_PARTICIPLES.has(partTok.lower)) {
    for (let a = cue.at - 1; a >= lo && a >= cue.at - 12; a--) {
      const t = tokAt(items, a);
      if (!t || /[,;:]\s*$/.test(t.gap)) break;
      if (!DE_PERFECT_AUX.has(t.lower)) continue;
      const personal = (np: NP | null): boolean => {
        if (!np) return false;
        const one = np.from === np.to ? tokAt(items, np.from) : null;
        return mentionsIn(ctx, np).length > 0 || (one !== null && PRONOUNS_PERSON.has(one.lower));
      };
      const left = a - 1 >= lo ? walkLeft(items, a - 1, lo) : null;
      const pre = left ? npText(unit.text, items, left[0], left[1]) : null;
      if (left && left[0] === lo && personal(pre)) return pre;
      const post = npAfter(unit.text, items, a, cue.at - 1, false, true);
      if (personal(post)) return post;
      break;
    }
  }
  // "..., meinte NAME." / "..., said NAME.": a verb right after a comma, with its subject after
  // it, has the inverted subject; an apposition before the comma belongs to another clause.
  const cueTok = tokAt(items, cue.at);
  if (cueTok && /^,\s$/.test(cueTok.gap) && tokAt(items, cue.at - 1)) {
    const inverted = npAfter(unit.text, items, cue.last, hi, false, language === 'de');
    // Only a person can be told apart from an object here ("nannte den Streik", "called the
    // ferry"): a named person or a personal pronoun, and no quote right after it.
    const single = inverted && inverted.from === inverted.to ? tokAt(items, inverted.from) : null;
    if (
      inverted &&
      !(
        items[inverted.to + 1]?.kind === 'quote' &&
        !/[.!?:]/.test(gapBefore(unit.text, items, inverted.to + 1))
      ) &&
      (mentionsIn(ctx, inverted).length > 0 ||
        (single && PRONOUNS_PERSON.has(single.lower)) ||
        invertedBody(ctx, inverted, lo, cue.at))
    )
      return inverted;
  }
  const before = npBefore(ctx, cue.at, lo);
  // German verb second: "Im Landtag sagte sie:", "Am Abend erklärte NAME": a phrase with a
  // preposition opens the sentence, and the subject follows the verb.
  const fronted = before ? tokAt(items, before.from - 1) : null;
  // "Darin bedauert NAME …", "Deshalb sagte sie": a fronted adverb is never the subject.
  const adverbFirst =
    before !== null &&
    before.from === before.to &&
    before.from === lo &&
    germanAdverb(tokAt(items, before.from)?.lower ?? '');
  if (
    language === 'de' &&
    before &&
    ((fronted && before.from - 1 === lo && PREPOSITIONS.has(fronted.lower)) || adverbFirst) &&
    mentionsIn(ctx, before).length === 0
  ) {
    const inverted = npAfter(unit.text, items, cue.last, hi, false, true);
    const single = inverted && inverted.from === inverted.to ? tokAt(items, inverted.from) : null;
    if (
      inverted &&
      (mentionsIn(ctx, inverted).length > 0 || (single && PRONOUNS_PERSON.has(single.lower)))
    )
      return inverted;
  }
  if (validNP(before, items) || describedNP(ctx, before)) return before;
  const after = npAfter(unit.text, items, cue.last, hi, false, language === 'de');
  if (!after || !validNP(after, items)) return null;
  // "erklärte von der Lohe": a particle opens the phrase only when a name follows it.
  const opener = tokAt(items, after.from);
  if (
    opener &&
    !opener.capitalized &&
    LEADING_PARTICLES.has(opener.lower) &&
    mentionsIn(ctx, after).length === 0
  )
    return null;
  // "sagte die Sprecherin der Polizei, Anna Schmidt": the name in apposition is the speaker.
  const next = tokAt(items, after.to + 1);
  if (next && /^,\s$/.test(next.gap) && mentionsIn(ctx, after).length === 0) {
    const list = ctx.mentionsByUnit.get(unit.order) ?? [];
    const m = list[lowerBound(list, position(unit.order, next.start))];
    if (m && m.start === next.start)
      return { ...after, to: after.to + 1, end: m.end, text: unit.text.slice(after.start, m.end) };
  }
  return after;
}

/** German adverbs that open a clause before the verb: "Darin", "Dabei", "Deshalb", "Damals". */
const DE_FRONTED_ADVERBS = new Set(
  (
    'deshalb deswegen daher darum dennoch trotzdem damals dort hier zudem außerdem inzwischen ' +
    'bislang bisher später zuvor danach anschließend gestern heute jetzt nun schließlich ' +
    'insgesamt zunächst allerdings jedoch bereits dann'
  ).split(' '),
);

function germanAdverb(lower: string): boolean {
  return (
    DE_FRONTED_ADVERBS.has(lower) ||
    /^(?:da|wo)r?(?:in|an|auf|aus|bei|durch|für|gegen|mit|nach|neben|über|um|unter|von|vor|zu)$/.test(
      lower,
    )
  );
}

/**
 * The subject that opens a sentence, across an owner and its role words ("Peru's mining
 * minister Ana Ruiz"), where walkRight stops at the first lower-case word.
 */
function openingSubject(
  items: readonly Item[],
  from: number,
  ceil: number,
): [number, number] | null {
  const first = walkRight(items, from, ceil);
  if (!first) return null;
  const owner = tokAt(items, first[1]);
  if (!owner?.possessive) return first;
  // After the owner: lower-case modifiers, a role noun, then the name.
  let p = first[1] + 1;
  let role = -1;
  for (; p <= ceil && p <= first[1] + 4; p++) {
    const t = tokAt(items, p);
    if (!t || t.gap !== ' ' || t.capitalized) break;
    if (isRoleWord(t.lower)) role = p;
  }
  if (role < 0) return first;
  let end = role;
  for (let q = role + 1; q <= ceil; q++) {
    const t = tokAt(items, q);
    if (!t || t.gap !== ' ' || !(t.capitalized || NAME_PARTICLES.has(t.lower))) break;
    end = q;
  }
  return [first[0], end];
}

/**
 * "..., erklärte das Verwaltungsgericht in seiner Begründung": a body in the nominative after
 * the verb, when the clause before the comma names nobody (else the comma closes that person's
 * apposition and what follows is an object: "NAME, sagte der Zeitung").
 */
function invertedBody(ctx: Context, np: NP, lo: number, cueAt: number): boolean {
  const first = tokAt(ctx.items, np.from);
  const last = tokAt(ctx.items, np.to);
  if (!first || !last || !(isOrgWord(last.lower) || ORG_WORDS.has(last.lower))) return false;
  if (!['der', 'die', 'das', 'the'].includes(first.lower)) return false;
  const from = tokAt(ctx.items, lo)?.start ?? 0;
  const to = tokAt(ctx.items, cueAt)?.start ?? 0;
  const list = ctx.mentionsByUnit.get(ctx.unit.order) ?? [];
  const m = list[lowerBound(list, position(ctx.unit.order, from))];
  return !(m && m.start < to);
}

/** "the demographer": an article and a noun some person was described with. */
function describedNP(ctx: Context, np: NP | null): boolean {
  if (!np || np.to - np.from > 3) return false;
  const first = tokAt(ctx.items, np.from);
  const last = tokAt(ctx.items, np.to);
  return (
    first !== null &&
    last !== null &&
    DETERMINERS.has(first.lower) &&
    !last.capitalized &&
    firstWithRole(ctx, last.lower) !== undefined
  );
}

/** The noun phrase that opens a clause (for "…, adding" and colons without a verb). */
function walkRight(items: readonly Item[], from: number, ceil: number): [number, number] | null {
  let p = from;
  while (p <= ceil) {
    const t = tokAt(items, p);
    if (!t || !(STOPWORDS.has(t.lower) && !isPronoun(t) && !DETERMINERS.has(t.lower))) break;
    p++;
  }
  const start = p;
  let end = -1;
  for (; p <= ceil; p++) {
    const t = tokAt(items, p);
    if (!t) break;
    const left = tokAt(items, p - 1);
    if (p > start && (!left || !sameNP(left, t))) break;
    if (
      t.capitalized ||
      isPronoun(t) ||
      isRoleWord(t.lower) ||
      ORG_WORDS.has(t.lower) ||
      AGE_NOUN.test(t.lower)
    )
      end = p;
    else if (!(DETERMINERS.has(t.lower) || ROLE_MODIFIERS.has(t.lower))) break;
    if (isPronoun(t)) break;
  }
  return end >= start ? [start, end] : null;
}

function stripArticle(s: string): string {
  return s
    .replace(/^(?:the|The|a|A|an|An|der|Der|die|Die|das|Das|den|Den|dem|Dem|des|Des) /, '')
    .replace(/^[\p{Lu}][\p{L}-]*['’]s (?=\p{Lu})/u, '')
    .replace(/['’]s$/, '')
    .trim();
}

function position(unit: number, offset: number): number {
  return unit * 1e8 + offset;
}

/** Index of the first mention at or after `pos` in the sorted list. */
function lowerBound(list: readonly Mention[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const m = list[mid] as Mention;
    if (position(m.unit, m.start) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function mentionsIn(ctx: Context, np: NP): Mention[] {
  const list = ctx.mentionsByUnit.get(ctx.unit.order) ?? [];
  const out: Mention[] = [];
  for (let i = lowerBound(list, position(ctx.unit.order, np.start)); i < list.length; i++) {
    const m = list[i] as Mention;
    if (m.start >= np.end) break;
    out.push(m);
  }
  return out;
}

/** The words of each person's roles and titles, computed once people are known. */
function roleWordsOf(p: Person): Set<string> {
  let words = p.roleWords;
  if (!words) {
    words = new Set<string>();
    for (const r of [...p.roles, ...p.titles])
      for (const w of r.toLowerCase().split(/[\s-]+/)) {
        words.add(w);
        words.add(canonicalRole(w));
      }
    p.roleWords = words;
  }
  return words;
}

/**
 * One form for the gendered variants of a role noun, so that "the spokesperson" finds the
 * spokeswoman and "der Sprecher" the "Sprecherin": spokesman/spokeswoman -> spokesperson,
 * chairwoman -> chair, German feminine "-in" -> the base noun.
 */
function canonicalRole(word: string): string {
  const en =
    /^(spokes|chair|business|congress|council|sales|police|fire)(?:man|woman|person)$/.exec(word);
  if (en) return `${en[1]}person`;
  if (word === 'chair') return 'chairperson';
  if (word.length > 6 && word.endsWith('in') && isRoleWord(word.slice(0, -2)))
    return word.slice(0, -2);
  return word;
}

/** The person holds the role word, alone or as the end of a compound ("Ministeriumssprecher"). */
function hasRole(p: Person, word: string): boolean {
  const words = roleWordsOf(p);
  if (words.has(word) || words.has(canonicalRole(word))) return true;
  if (word.length < 5) return false;
  let known = p.compoundRoles;
  if (!known) {
    known = new Map<string, boolean>();
    p.compoundRoles = known;
  }
  let held = known.get(word);
  if (held === undefined) {
    held = false;
    for (const w of words) if (w.length > word.length && w.endsWith(word)) held = true;
    known.set(word, held);
  }
  return held;
}

/**
 * The first person the page writes with this lower-case noun right before the name
 * ("administrator Liisa Aaltonen-Reyes") or in apposition after it ("NAME, the court's
 * administrator,"): the noun is a role of that person even when no word list knows it.
 */
function writtenWithName(ctx: Context, word: string): Person | undefined {
  if (!/^\p{Ll}[\p{Ll}-]{3,}$/u.test(word) || ORG_WORDS.has(word) || isOrgWord(word))
    return undefined;
  ctx.writtenRoles ??= new Map<string, Person | undefined>();
  if (ctx.writtenRoles.has(word)) return ctx.writtenRoles.get(word);
  let holder: Person | undefined;
  const before = new RegExp(`(?:^|[^\\p{L}-])${word} $`, 'u');
  const after = new RegExp(
    `^, (?:the|a|an|der|die|ein|eine) (?:[\\p{L}'’-]+ ){0,3}${word}[,.]`,
    'u',
  );
  const mentions = ctx.people.mentions;
  for (let i = 0; i < mentions.length && i < 400 && !holder; i++) {
    const m = mentions[i] as Mention;
    const text = ctx.units[m.unit]?.text ?? '';
    if (before.test(text.slice(Math.max(0, m.start - 40), m.start))) holder = m.person;
    else if (after.test(text.slice(m.end, m.end + 80))) holder = m.person;
  }
  ctx.writtenRoles.set(word, holder);
  return holder;
}

/** The first person (in order of first mention) described with each role word. */
function firstWithRole(ctx: Context, word: string): Person | undefined {
  if (!ctx.roleIndex) {
    const index = new Map<string, Person>();
    for (const p of ctx.people.people)
      for (const w of roleWordsOf(p)) if (!index.has(w)) index.set(w, p);
    ctx.roleIndex = index;
  }
  const exact =
    ctx.roleIndex.get(word) ?? ctx.roleIndex.get(canonicalRole(word)) ?? writtenWithName(ctx, word);
  if (exact || word.length < 5) return exact;
  // German compounds: "der Sprecher" for someone introduced as "Ministeriumssprecher".
  ctx.compoundRoles ??= new Map<string, Person | undefined>();
  if (!ctx.compoundRoles.has(word)) {
    let holder: Person | undefined;
    const people = ctx.people.people;
    for (let i = 0; i < people.length && i < 200 && !holder; i++)
      if (hasRole(people[i] as Person, word)) holder = people[i];
    ctx.compoundRoles.set(word, holder);
  }
  return ctx.compoundRoles.get(word);
}

/** "the 31-year-old", "die 17-Jährige": an age used as a noun describes a person. */
const AGE_NOUN = /^\d+-(?:year-old|jährige[rn]?)$/;

/** The gender a role noun and its article show: "die Ministerin", "the spokeswoman", "der Sprecher". */
function roleGender(head: Token, article: Token | undefined): 'm' | 'f' | null {
  const w = head.lower;
  if (/(?:woman|wife|mother|daughter|sister|girl|actress)$/.test(w)) return 'f';
  if (/(?:man|husband|father|son|brother|boy)$/.test(w) && !/woman$/.test(w)) return 'm';
  if (w.length > 5 && /(?:in|frau)$/.test(w) && isRoleWord(w)) return 'f';
  const a = article?.lower;
  if (a === 'der' && /(?:er|e|or|ent|ant|ist|eur|ef|at)$/.test(w)) return 'm';
  if (a === 'die' && AGE_NOUN.test(w)) return 'f';
  return null;
}

const DEFINITE = new Set(['the', 'der', 'die', 'den', 'dem', 'this', 'dieser', 'diese']);

/**
 * The nearest earlier mention, optionally of a person of a given gender (unknown fits) or with a
 * role word; looks back a bounded distance.
 */
function lastMentionBefore(
  ctx: Context,
  pos: number,
  gender: 'm' | 'f' | null,
  role?: string,
): Mention | null {
  const all = ctx.people.mentions;
  const fits = (p: Person): boolean =>
    (gender === null || p.gender === null || p.gender === gender) &&
    (role === undefined || hasRole(p, role));
  for (let i = lowerBound(all, pos) - 1, seen = 0; i >= 0 && seen < 400; i--, seen++) {
    const m = all[i] as Mention;
    if (fits(m.person)) return m;
    // A shortened name shared by relatives: the one the pronoun or role fits.
    const other = m.alternatives?.find(fits);
    if (other) return { ...m, person: other };
  }
  return null;
}

function insideQuote(ctx: Context, m: Mention): boolean {
  const spans = ctx.people.spans?.get(m.unit);
  if (!spans || spans.length === 0) return false;
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as QuoteSpan).open < m.start) lo = mid + 1;
    else hi = mid;
  }
  const q = spans[lo - 1];
  return q !== undefined && m.start > q.open && m.end <= q.close;
}

/** Offset where the sentence holding `at` starts (a bounded look back; 0 at the unit start). */
const CLOSING_MARKS = '"\'”’“»«';

function sentenceStartOf(text: string, at: number): number {
  for (let i = at - 2; i >= 0 && i >= at - 400; i--) {
    const c = text.charCodeAt(i);
    // A closing quote mark may stand between the final mark and the space: '… vanity." Then'.
    const closer = CLOSING_MARKS.includes(text[i + 1] ?? '') ? 1 : 0;
    if ((c === 46 || c === 33 || c === 63) && text.charCodeAt(i + 1 + closer) === 32) {
      const word = /(\p{L}+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '';
      if (c === 46 && (ABBREVIATED_TITLE.test(word) || /^\p{Lu}$/u.test(word))) continue;
      return i + 2 + closer;
    }
  }
  return Math.max(0, at - 400);
}

/** The mention is the subject of a verb of saying: "NAME said", "NAME, the party's leader, said". */
function speaksHere(text: string, m: Mention): boolean {
  const next = /^(?:['’]s)?(?:,[^,.;:!?]{0,80},)?\s+(\p{L}+)(?:\s+(\p{L}+))?/u.exec(
    text.slice(m.end, m.end + 120),
  );
  if (!next) return false;
  const w1 = (next[1] ?? '').toLowerCase();
  const w2 = (next[2] ?? '').toLowerCase();
  return SPEECH_VERBS.has(w1) || (AUXILIARIES.has(w1) && SPEECH_VERBS.has(w2));
}

/**
 * The person a "he"/"she" refers to: the nearest fitting person named outside quotes, or, when
 * that sentence names several fitting people, its speaker or subject rather than the nearest name
 * ("Li met Yevmenov in Beijing. He said ..." is Li).
 */
/** A relative clause opened right after a name (an age may stand between). */
const RELATIVE_AFTER = /^,(?: \d{1,3},)? (?:der|die|who) [^,.;:!?]*$/;

function pronounReferent(ctx: Context, pos: number, gender: 'm' | 'f' | null): Mention | null {
  const all = ctx.people.mentions;
  const fits = (p: Person): boolean => gender === null || p.gender === null || p.gender === gender;
  const fitting = (m: Mention): Mention | null => {
    if (insideQuote(ctx, m)) return null;
    if (fits(m.person)) return m;
    const other = m.alternatives?.find(fits);
    return other ? { ...m, person: other } : null;
  };
  for (let i = lowerBound(all, pos) - 1, seen = 0; i >= 0 && seen < 400; i--, seen++) {
    const m = fitting(all[i] as Mention);
    if (!m) continue;
    const text = ctx.units[m.unit]?.text;
    if (!text) return m;
    const start = sentenceStartOf(text, m.start);
    let subject: Mention | null = null;
    let host: Mention | null = null;
    let speaker: Mention | null = speaksHere(text, m) ? m : null;
    for (let j = i - 1; j >= 0 && j >= i - 20; j--) {
      const x = all[j] as Mention;
      if (x.unit !== m.unit || x.start < start) break;
      const f = fitting(x);
      if (!f || f.person === m.person) continue;
      subject = f;
      if (speaksHere(text, f)) speaker ??= f;
      // "NAME, 29, der bei OTHER gelernt hat": a name inside a relative clause describes the
      // person the clause hangs on, who stays the one talked about.
      if (host === null && m.start - f.end <= 80 && RELATIVE_AFTER.test(text.slice(f.end, m.start)))
        host = f;
    }
    return speaker ?? host ?? (subject && subject.start === start ? subject : m);
  }
  return null;
}

/**
 * A speaker found by role ("the mayor said") leaves no name mention behind; when such a quote
 * speaker is more recent than the referent found among names, and fits, it is the referent.
 */
function latestSpeakerOr(
  ctx: Context,
  pos: number,
  gender: 'm' | 'f' | null,
  found: Mention | null,
): Mention | null {
  const last = ctx.quoteSpeakers[ctx.quoteSpeakers.length - 1];
  if (!last || last.found.method !== 'ROLE' || last.found.speaker?.kind !== 'PERSON') return found;
  const lastPos = position(last.unit, last.pos);
  if (lastPos >= pos || (found && position(found.unit, found.start) > lastPos)) return found;
  if (last.unit < Math.floor(pos / 1e8) - 1) return found;
  const name = last.found.speaker.name;
  let byName = ctx.people.byName;
  if (!byName) {
    byName = new Map(ctx.people.people.map((p) => [p.name, p]));
    ctx.people.byName = byName;
  }
  const person = byName.get(name);
  if (!person || (gender !== null && person.gender !== null && person.gender !== gender))
    return found;
  return { unit: last.unit, start: last.pos, end: last.pos, person, full: false };
}

const CONJUNCTIONS = new Set('and but while when whereas or und aber oder während'.split(' '));

const DOCUMENT_NOUNS = new Set(
  'statement communiqué communique release letter post mitteilung erklärung stellungnahme'.split(
    ' ',
  ),
);

const HEAD_CONNECTORS = new Set(['for', 'of', 'at', 'der', 'des', 'für', 'von', 'beim']);

/**
 * People are also written about by role alone before they are named ("Der Ministerpräsident
 * verteidigte die Pläne. ... sagte der Regierungschef"): a sentence of this paragraph that opens
 * with a definite role phrase held by a known person makes that person the most recent one
 * talked about, when it stands after the referent found among names.
 */
function roleSubjectOr(
  ctx: Context,
  before: number,
  gender: 'm' | 'f' | null,
  found: Mention | null,
): Mention | null {
  const { items, unit } = ctx;
  const { starts } = unitFacts(ctx);
  const foundPos = found ? position(found.unit, found.start) : -1;
  let sentences = 0;
  for (let i = before - 1; i >= 0 && before - i <= 120 && sentences < 4; i--) {
    if (!starts[i] && i !== 0) continue;
    sentences++;
    const first = tokAt(items, i);
    if (!first || !DEFINITE.has(first.lower)) continue;
    if (position(unit.order, first.start) <= foundPos) return found;
    const np = walkRight(items, i, Math.min(before - 1, i + 6));
    if (!np) continue;
    const phrase = npText(unit.text, items, np[0], np[1]);
    if (!phrase || mentionsIn(ctx, phrase).length > 0) continue;
    for (let k = np[1]; k >= np[0]; k--) {
      const t = tokAt(items, k);
      if (!t || !isRoleWord(t.lower)) continue;
      const person = firstWithRole(ctx, t.lower);
      if (person && (gender === null || person.gender === null || person.gender === gender))
        return { unit: unit.order, start: first.start, end: first.end, person, full: false };
      break;
    }
  }
  return found;
}

const INDEFINITE = new Set([
  'a',
  'an',
  'ein',
  'eine',
  'einer',
  'one',
  'another',
  'some',
  'several',
]);
const GENERIC_PEOPLE = new Set(
  (
    'neighbor neighbour woman man resident witness official source passer-by worker student teacher ' +
    'mother father farmer fisherman fisher driver protester voter local shopkeeper owner passenger nurse ' +
    'doctor soldier survivor person girl boy spokesperson spokesman spokeswoman diplomat ' +
    'anwohnerin anwohner frau mann passantin passant augenzeugin augenzeuge bewohnerin bewohner ' +
    'mitarbeiterin mitarbeiter sprecherin sprecher mutter vater nachbarin nachbar kundin kunde ' +
    'besucherin besucher schülerin schüler rentnerin rentner'
  ).split(' '),
);

function personNoun(lower: string): boolean {
  return isRoleWord(lower) || GENERIC_PEOPLE.has(lower);
}

/** An unnamed person introduced after the last named one takes the pronoun ("A neighbor ... she"). */
const KIN_NOUNS = new Set(
  (
    'husband wife son daughter brother sister father mother partner ' +
    'mann frau sohn tochter bruder schwester vater mutter partner partnerin'
  ).split(' '),
);
const POSSESSIVE_DETERMINERS = new Set('her his their ihr ihre sein seine'.split(' '));
/** People known by their relation to someone: "her neighbour", "sein Kollege". */
const RELATION_NOUNS = new Set(
  (
    'neighbor neighbour colleague friend nachbar nachbarin kollege kollegin freund freundin ' +
    'bekannter bekannte'
  ).split(' '),
);

function unnamedSubjectSince(ctx: Context, lastNamed: Mention | null, pronounAt: number): boolean {
  const { items, unit } = ctx;
  const namedAt = lastNamed && lastNamed.unit === unit.order ? lastNamed.start : -1;
  // Tokens before the pronoun in this unit, nearest first, a bounded distance back.
  for (let i = pronounAt - 1, seen = 0; i >= 0 && seen < 40; i--, seen++) {
    const t = tokAt(items, i);
    if (!t) continue;
    if (t.start <= namedAt) return false;
    // "Ihr Mann hilft mittags. „…“, sagt er": a relative named only by kinship to someone is a
    // new, unnamed person when the phrase opens its clause.
    const own = tokAt(items, i - 1);
    // "Ihr Nachbar sieht das anders. „…“, meint er": someone known only by relation to another.
    if (
      RELATION_NOUNS.has(t.lower) &&
      own &&
      POSSESSIVE_DETERMINERS.has(own.lower) &&
      t.gap === ' ' &&
      (i - 1 === 0 || /[.!?;:]["'”’“»«)]*\s*$/.test(own.gap))
    )
      return true;
    if (KIN_NOUNS.has(t.lower) && own && POSSESSIVE_DETERMINERS.has(own.lower) && t.gap === ' ') {
      const opens = i - 1 === 0 || /[.!?;:,]["'”’“»«)]*\s*$/.test(own.gap);
      // Unless the family was named: "Gisela und Heinz Ehlers ... Ihr Mann" is Heinz.
      const family = lastNamed?.person.tokens[lastNamed.person.tokens.length - 1];
      const relative =
        family !== undefined &&
        // A bounded look: pages with hundreds of people are lists, not families.
        ctx.people.people
          .slice(0, 64)
          .some((p) => p !== lastNamed?.person && p.tokens[p.tokens.length - 1] === family);
      if (opens && !relative) return true;
    }
    if ((!GENERIC_PEOPLE.has(t.lower) && !isRoleWord(t.lower)) || t.possessive) continue;
    for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
      const d = tokAt(items, k);
      if (!d || !INDEFINITE.has(d.lower)) continue;
      // Only a new subject counts: not an apposition ("NAME, an epidemiologist") and not the
      // object of a preposition ("from a neighbour's well").
      const before = tokAt(items, k - 1);
      const frontedPhrase = frontedPhraseEndsAt(ctx, k);
      if (items[k - 1]?.kind === 'tok' && /^\s*[,(–—-]/.test(d.gap) && !frontedPhrase) break;
      if (before && !before.capitalized && PREPOSITIONS.has(before.lower) && d.gap === ' ') break;
      // A subject opens its clause: the sentence, a clause after a comma or a conjunction, or the
      // words after a quote ("“…,” a mother of three said"); not "a job as a teacher".
      const opensClause =
        k === 0 ||
        items[k - 1]?.kind === 'quote' ||
        frontedPhrase ||
        /[.!?;:,]["'”’“»«)]*\s*$/.test(d.gap) ||
        (before !== null && d.gap === ' ' && CONJUNCTIONS.has(before.lower));
      if (!opensClause) break;
      return true;
    }
  }
  return false;
}

/** The paragraph as the discourse model reads it. */
function focusParagraph(ctx: Context, order: number): FocusParagraph<Person> | null {
  const unit = ctx.units[order];
  if (!unit || unit.order !== order) return null;
  const mentions = ctx.mentionsByUnit.get(order) ?? [];
  return { text: unit.text, quotes: ctx.people.spans?.get(order) ?? [], mentions };
}

/**
 * The most salient person of this gender, in this paragraph and the one before, is someone the
 * article does not name ("Am Südufer sitzt ein älterer Angler. „…“, sagt er").
 */
function unnamedInFocus(ctx: Context, at: number, gender: 'm' | 'f' | null): boolean {
  const ranked = focusOf(ctx, at);
  const top = ranked ? salientFitting(ranked, gender) : null;
  return top !== null && top.person === null && top.paragraph === 1;
}

/** The people in focus at offset `at` of this paragraph, after the paragraph before (index 0). */
function focusOf(ctx: Context, at: number): Array<FocusEntity<Person>> | null {
  if (--ctx.budget.focus < 0) return null;
  const current = focusParagraph(ctx, ctx.unit.order);
  if (!current) return null;
  const previous = focusParagraph(ctx, ctx.unit.order - 1) ?? {
    text: '',
    quotes: [],
    mentions: [],
  };
  return focusAt(
    [previous, current],
    at,
    ctx.language === 'de',
    (p) => p.gender,
    (noun) => firstWithRole(ctx, noun) ?? null,
  );
}

/**
 * A named person the discourse model ranks clearly above the referent found by looking back: the
 * subject of a later clause of the same paragraph outranks an earlier one.
 */
function salientNamedInstead(
  ctx: Context,
  at: number,
  gender: 'm' | 'f' | null,
  found: Mention,
  description = false,
): Mention | null {
  const ranked = focusOf(ctx, at);
  const top = ranked ? salientFitting(ranked, gender) : null;
  if (!top || top.person === null || top.person === found.person) return null;
  // Across a paragraph break the look-back's own rules (speakers, topics) know more; but a
  // description opening a paragraph ("„…“, sagte die Rathauschefin") refers to the people in
  // focus at the end of the paragraph before.
  const currentEmpty = !ranked?.some((e) => e.paragraph === 1);
  if (top.paragraph !== 1 && !(description && currentEmpty)) return null;
  const foundThere = ranked?.find((e) => e.person === found.person);
  if (foundThere && top.salience < FOCUS_MARGIN * foundThere.salience) return null;
  return { unit: ctx.unit.order, start: top.at, end: top.at, person: top.person, full: false };
}

/** How much more salient a person must be to overrule the look-back. */
const FOCUS_MARGIN = 1.2;

/** Words that open a fronted phrase of place or time: "Down at the harbour, …", "Later, …". */
const FRONTING_WORDS = new Set(
  'down up back out outside inside across along near later earlier meanwhile there here'.split(' '),
);

/**
 * The comma before item `k` closes a phrase fronted before the subject ("In the corridor outside
 * the courtroom, a woman …"): the sentence opens with a preposition or a word of place or time,
 * and no earlier comma or verb of saying stands between.
 */
function frontedPhraseEndsAt(ctx: Context, k: number): boolean {
  const { items } = ctx;
  const d = tokAt(items, k);
  if (!d || !/^,\s+$/.test(d.gap)) return false;
  const { starts, cues } = unitFacts(ctx);
  for (let i = k - 1, n = 0; i >= 0 && n < 12; i--, n++) {
    const t = tokAt(items, i);
    if (!t || cues[i]) return false;
    if (i < k - 1 && /,/.test((tokAt(items, i + 1) as Token).gap)) return false;
    if (starts[i] || i === 0) {
      const lower = t.lower;
      return PREPOSITIONS.has(lower) || FRONTING_WORDS.has(lower);
    }
  }
  return false;
}

const PLURAL_PEOPLE = new Set(
  (
    'people children women men teenagers residents villagers locals students parents fans visitors ' +
    'workers neighbors neighbours farmers fishermen protesters voters passengers witnesses ' +
    'families friends members players pupils pensioners shoppers tourists commuters patients ' +
    'leute menschen anwohner bewohner eltern kinder schüler besucher fans'
  ).split(' '),
);

/**
 * The subject of this or the previous sentence is a group of unnamed people: a plural noun for
 * people among the first words of the sentence ("Truck drivers at the border were ...",
 * "Several residents protested ..."), not an object later on ("Police said two men ...").
 */
function unnamedGroupBefore(ctx: Context, pronounAt: number): boolean {
  const { items } = ctx;
  const { starts } = unitFacts(ctx);
  let sentences = 0;
  for (let i = pronounAt - 1; i >= 0 && pronounAt - i <= 80 && sentences < 2; i--) {
    if (!starts[i] && i !== 0) continue;
    sentences++;
    for (let k = i, n = 0; k < pronounAt && n < 5; k++, n++) {
      const t = tokAt(items, k);
      if (!t) break;
      if (k > i && t.gap !== ' ') break;
      if (pluralPeople(t)) return true;
      if (t.capitalized && ctx.language === 'en' && k > i && !STOPWORDS.has(t.lower)) break;
      if (!t.capitalized && (PREPOSITIONS.has(t.lower) || AUXILIARIES.has(t.lower))) break;
    }
  }
  // After a fronted phrase: "At a meeting last week, several residents protested ...".
  for (let i = pronounAt - 1, seen = 0; i >= 0 && seen < 30; i--, seen++) {
    const t = tokAt(items, i);
    if (!t || !pluralPeople(t)) continue;
    const det = tokAt(items, i - 1);
    const opener = det && t.gap === ' ' && !det.capitalized ? det : t;
    if (/^\s*,\s+$/.test(opener.gap)) return true;
  }
  return false;
}

function pluralPeople(t: Token): boolean {
  if (PLURAL_PEOPLE.has(t.lower)) return true;
  // "drivers", "farmers", "activists": the plural of a noun for a person.
  if (!t.capitalized && t.lower.length > 4 && t.lower.endsWith('s') && !t.possessive) {
    const singular = t.lower.endsWith('ies') ? `${t.lower.slice(0, -3)}y` : t.lower.slice(0, -1);
    return personNoun(singular) && !ORG_WORDS.has(singular);
  }
  return false;
}

/** The single person named (outside quotes) in this unit before `pos` and in the unit before. */
function onlyPersonAround(ctx: Context, pos: number): Person | null {
  let only: Person | null = null;
  for (const order of [ctx.unit.order - 1, ctx.unit.order]) {
    const list = ctx.mentionsByUnit.get(order) ?? [];
    for (let i = 0; i < list.length && i < 50; i++) {
      const m = list[i] as Mention;
      if (position(m.unit, m.start) >= pos) break;
      if (insideQuote(ctx, m)) continue;
      if (only && only !== m.person) return null;
      only = m.person;
    }
  }
  return only;
}

function pronounGender(lower: string): 'm' | 'f' | null {
  if (lower === 'he' || lower === 'er') return 'm';
  if (lower === 'she' || lower === 'sie') return 'f';
  return null;
}

interface FullerPatterns {
  re: RegExp;
  lower: string;
  compound: RegExp | null;
}

/** The patterns of `fullerOrganization` for one head word, built once per page. */
function fullerPatterns(ctx: Context, word: string): FullerPatterns {
  const cached = ctx.fullerPatterns.get(word);
  if (cached) return cached;
  // "the energy company Havbris Energi", "the Chinese defence ministry": the fuller form after
  // an article, with the proper name written after it when there is one.
  const re = new RegExp(
    `\\b(?:the|a|an|The|A|An|der|die|das|Der|Die|Das|ein|eine|Ein|Eine) ((?:[\\p{L}'’-]+ ){0,3})${word}\\b((?: \\p{Lu}[\\p{L}'’-]*){1,4}(?:(?:, \\p{Lu}[\\p{L}'’-]*){0,3} (?:und|and) \\p{Lu}[\\p{L}'’-]*(?= \\p{Ll}|[,.;:]))?|, \\p{Lu}[\\p{L}'’-]*(?: \\p{Lu}[\\p{L}'’-]*){0,3}(?=,))?`,
    'gu',
  );
  // "das Ministerium" after "Justizministerium", "der Verband" after "Landesverband der Ärzte";
  // a hyphenated regional name right after the compound belongs to it ("Kammer Rhein-Ems").
  const lower = word.toLowerCase();
  const single = !/\s/.test(word);
  const compound = single
    ? new RegExp(
        `(?<![\\p{L}-])(\\p{Lu}[\\p{L}-]*?${lower})(?![\\p{L}-])((?: (?:der|des) \\p{Lu}[\\p{L}-]*| \\p{Lu}[\\p{L}]*-\\p{Lu}[\\p{L}-]*(?= \\p{Ll}|[,.;:]))?)`,
        'gu',
      )
    : null;
  const patterns = { re, lower, compound };
  ctx.fullerPatterns.set(word, patterns);
  return patterns;
}

/** "the ministry" after "the Chinese defence ministry" was written: the fuller form. */
function fullerOrganization(ctx: Context, head: string, pos: number): string | null {
  // A refinement for ordinary pages; pathological inputs with thousands of speakers skip it.
  if (--ctx.budget.fuller < 0) return null;
  let best: string | null = null;
  const word = head.replace(/[^\p{L}\s-]/gu, '');
  if (word.length === 0) return null;
  const { re, lower, compound } = fullerPatterns(ctx, word);
  for (const unit of ctx.units.slice(Math.max(0, ctx.unit.order - 30), ctx.unit.order + 1)) {
    const full = unit.order === ctx.unit.order ? unit.text.slice(0, pos) : unit.text;
    const text = full.slice(-3000);
    // Both patterns need the word itself: most paragraphs are skipped by a plain search.
    const hasWord = text.includes(word);
    if (!hasWord && (compound === null || !text.includes(lower))) continue;
    let at = -1;
    for (const m of hasWord ? text.matchAll(re) : []) {
      const mods = (m[1] ?? '')
        .trim()
        .split(' ')
        .filter((w) => w.length > 0);
      // Only descriptive words, no verbs or clauses: lower-case adjectives or capitalised names.
      if (mods.some((w) => STOPWORDS.has(w.toLowerCase()) || CLAUSE_BOUNDARY.has(w.toLowerCase())))
        continue;
      // "the spraying company, Agrozashtita Dobrich,": the name may stand in apposition.
      const written = (m[2] ?? '').replace(/^,/, '').trim();
      const name = written.split(' ').filter((w) => w.length > 0 && w !== 'und' && w !== 'and');
      const proper =
        name.length > 0 &&
        name.every((w) => !STOPWORDS.has(w.toLowerCase()) && !timeWord(w.toLowerCase()));
      // "die Gewerkschaft Keramik, Glas und Chemie": a name made of a list is one with its noun.
      if (proper) best = / (?:und|and) /.test(written) ? `${word} ${written}` : written;
      else if (mods.length > 0) best = `${mods.join(' ')} ${head}`;
      else continue;
      at = m.index ?? 0;
    }
    if (compound) {
      for (const m of text.matchAll(compound)) {
        if ((m.index ?? 0) < at) continue;
        // "zu einem Partnerunternehmen in Polen": an indefinite compound is another body.
        if (
          /(?:^|\s)(?:ein|eine|einem|einen|einer|eines|a|an)\s$/i.test(
            text.slice(Math.max(0, (m.index ?? 0) - 8), m.index),
          )
        )
          continue;
        const form = `${m[1] ?? ''}${m[2] ?? ''}`;
        if ((m[1] ?? '').length > word.length) best = form;
      }
    }
  }
  // "die Kreisverwaltung" after "der Landkreis Otterwald", "die Stadtverwaltung" after "die Stadt
  // X": the administration of a district or town speaks for it.
  const admin = /^(\p{L}{4,})verwaltung$/u.exec(word.toLowerCase());
  if (best === null && admin) {
    const place = admin[1] as string;
    const Place = place.replace(/^./, (c) => c.toUpperCase());
    const seat = new RegExp(
      `(?<![\\p{L}-])((?:\\p{Lu}[\\p{L}-]*?${place}|${Place})(?: \\p{Lu}[\\p{L}-]+){1,3})`,
      'gu',
    );
    for (const unit of ctx.units.slice(Math.max(0, ctx.unit.order - 30), ctx.unit.order + 1)) {
      const full = unit.order === ctx.unit.order ? unit.text.slice(0, pos) : unit.text;
      const text = full.slice(-3000);
      if (!text.includes(place) && !text.includes(Place)) continue;
      for (const m of text.matchAll(seat)) best = m[1] ?? best;
    }
  }
  if (best === null && COMPANY_NOUNS.has(word.toLowerCase())) {
    // "the company" after "Corvane Holdings", "das Unternehmen" after "Sellbach Logistik GmbH":
    // the nearest name written with a company's legal or trade ending, or written right after
    // a noun of trade ("der Versandhändler Orbel Paket", "the retailer Stoneway").
    for (const unit of ctx.units.slice(Math.max(0, ctx.unit.order - 30), ctx.unit.order + 1)) {
      const full = unit.order === ctx.unit.order ? unit.text.slice(0, pos) : unit.text;
      const text = full.slice(-3000);
      let at = -1;
      for (const m of text.matchAll(COMPANY_NAME)) {
        // "Die Firma Brandauer Solar GmbH": the German noun of trade is no part of the name.
        const words = (m[1] ?? '').split(' ');
        while (words.length > 2 && COMPANY_NOUNS.has((words[0] as string).toLowerCase()))
          words.shift();
        best = words.join(' ');
        at = m.index ?? at;
      }
      for (const m of text.matchAll(TRADE_NAME)) {
        if ((m.index ?? 0) < at) continue;
        const name = (m[1] ?? '').trim();
        if (name.length > 0) best = name;
        at = m.index ?? at;
      }
      // The company the text is about is the subject it last gave ("Fjellstrand Marine said …
      // The company called …"): a name opening a sentence, nearer than any name found above.
      for (const m of text.matchAll(SUBJECT_NAME)) {
        if ((m.index ?? 0) < at) continue;
        const name = m[1] as string;
        // One English word opening a sentence is a name only if the page also writes it
        // capitalised mid-sentence ("the delivery app Kwikbite … Kwikbite said").
        const single = !name.includes(' ');
        if (single && (ctx.language !== 'en' || !midSentenceCapitals(ctx).has(name))) continue;
        if (!nameOfBody(ctx, name)) continue;
        best = name;
        at = m.index ?? at;
      }
    }
  }
  if (best === null && ctx.language === 'en' && /^\p{Ll}+$/u.test(word)) {
    // "the office" after "the National Office for Digital Security": the nearest capitalised
    // name built on the same head noun.
    const cap = `${word[0]?.toUpperCase() ?? ''}${word.slice(1)}`;
    const named = new RegExp(
      `(?<![\\p{L}-])((?:\\p{Lu}[\\p{L}'’-]* ){0,3}${cap}(?: (?:for|of|on) \\p{Lu}[\\p{L}'’-]*(?: (?:and )?\\p{Lu}[\\p{L}'’-]*){0,3})?)(?![\\p{L}-])`,
      'gu',
    );
    for (const unit of ctx.units.slice(Math.max(0, ctx.unit.order - 30), ctx.unit.order + 1)) {
      const full = unit.order === ctx.unit.order ? unit.text.slice(0, pos) : unit.text;
      const text = full.slice(-3000);
      if (!text.includes(cap)) continue;
      for (const m of text.matchAll(named)) {
        let name = (m[1] ?? '').replace(/^(?:The|A|An) /, '');
        // "the Provincial Court on Thursday": a day or month after "on" is time, not the name.
        const tail = / (?:for|of|on) (\p{Lu}[\p{L}'’-]*)/u.exec(name);
        if (tail && timeWord((tail[1] as string).toLowerCase())) name = name.slice(0, tail.index);
        if (name.includes(' ')) best = name;
      }
    }
  }
  if (best === null && ORG_WORDS.has(word.toLowerCase())) best = namedBodyBefore(ctx, pos);
  return best;
}

/**
 * "Auch der Bund der Steuerzahler meldete sich. … teilte der Verband mit": with no fuller form
 * of its own noun, a body's description refers to the nearest body named with an article in this
 * paragraph or the one before (a capitalised run holding an organisation word, not a person).
 */
const NAMED_BODY =
  /(?:^|[\s(])(?:der|die|das|the|Der|Die|Das|The) (\p{Lu}[\p{L}-]*(?: (?:der|des|für|of|for) \p{Lu}[\p{L}-]*| \p{Lu}[\p{L}-]*){0,4})/gu;

function namedBodyBefore(ctx: Context, pos: number): string | null {
  let best: string | null = null;
  for (const unit of ctx.units.slice(Math.max(0, ctx.unit.order - 1), ctx.unit.order + 1)) {
    const text = (unit.order === ctx.unit.order ? unit.text.slice(0, pos) : unit.text).slice(-3000);
    for (const m of text.matchAll(NAMED_BODY)) {
      const name = m[1] as string;
      const words = name.split(' ');
      if (words.length < 2 || !words.some((w) => isOrgWord(w.toLowerCase()))) continue;
      if (!nameOfBody(ctx, words.filter((w) => /^\p{Lu}/u.test(w)).join(' '))) continue;
      best = name;
    }
  }
  return best;
}

/** A name written right before ", she says," (the pronoun at `at`), opening its sentence. */
function nameBeforeParenthetical(ctx: Context, at: number): Mention | null {
  const list = ctx.mentionsByUnit.get(ctx.unit.order) ?? [];
  const text = ctx.unit.text;
  for (let i = list.length - 1, n = 0; i >= 0 && n < 50; i--, n++) {
    const m = list[i] as Mention;
    if (m.end > at) continue;
    if (!/^,\s+$/.test(text.slice(m.end, at))) return null;
    return sentenceStartOf(text, m.start) === m.start || m.start === 0 ? m : null;
  }
  return null;
}

const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'er', 'sie']);

/** One to four capitalised words opening a sentence, followed by a lower-case word (a verb). */
const SUBJECT_NAME =
  /(?:^|[.!?]["'”’“]* )(?:(?:Die|Der|Das|The) (?=\p{Lu}[\p{L}'’-]* \p{Lu}))?((?:\p{Lu}[\p{L}'’-]* ){0,3}\p{Lu}[\p{L}'’-]*) (?=\p{Ll})/gu;

/** Words that can name a body: no function word, title, role, date, and no person's name. */
function nameOfBody(ctx: Context, name: string): boolean {
  const words = name.split(' ');
  const lower = words.map((w) => w.toLowerCase());
  if (lower.some((w) => STOPWORDS.has(w) || DETERMINERS.has(w) || timeWord(w) || isRoleWord(w)))
    return false;
  // "Viele Anwohner", "Neue Regeln": words the page also writes in lower case, or people.
  const lowerCase = lowerCaseWords(ctx);
  const body = lower.some((w) => isOrgWord(w));
  const plural = (w: string): boolean => peoplePlural(w, ctx.language === 'de');
  // An organisation word is evidence enough: "Coastal Anglers Association" is a name.
  if (!body && lower.some((w) => lowerCase.has(w) || plural(w))) return false;
  // A person's name is no body; a body may bear a family name ("Brandauer Fahrradwerke").
  return !ctx.people.people.slice(0, 64).some((p) => words.every((w) => p.tokens.includes(w)));
}

const COMPANY_NOUNS = new Set(
  'company firm group operator developer utility unternehmen konzern firma betreiber'.split(' '),
);
const COMPANY_NAME =
  /(?<![\p{L}-])((?:\p{Lu}[\p{L}-]* ){1,3}(?:Holdings|Group|GmbH|AG|SE|Inc|Ltd|plc|LLC|Corp|Company|Industries))(?![\p{L}-])/gu;

/** A name written right after an article and a noun of trade: "der Versandhändler Orbel Paket". */
const TRADE_NAME =
  /(?<![\p{L}-])(?:[Dd]er|[Dd]ie|[Dd]as|des|dem|den|[Tt]he)(?: \p{Ll}[\p{L}-]*){0,2} [\p{L}-]*?(?:[Hh]ändler|[Hh]ersteller|[Kk]onzern|[Bb]etreiber|[Aa]nbieter|[Vv]ersender|[Dd]ienstleister|[Zz]ulieferer|[Ss]tart-up|[Rr]etailer|[Mm]aker|[Mm]anufacturer|[Oo]perator|[Dd]eveloper|[Cc]arrier|[Ii]nsurer|[Ss]upplier|[Pp]rovider|[Ss]tartup) ((?:\p{Lu}[\p{L}'’-]* ?){1,3})/gu;

function resolve(ctx: Context, np: NP, cue: Cue | null): Found {
  const { items, unit } = ctx;
  // "On Tuesday evening she wrote": a subject pronoun is a whole noun phrase; the words before it
  // are a fronted phrase of time or place glued on by the phrase finder.
  const final = tokAt(items, np.to);
  const beforeFinal = np.to > np.from ? tokAt(items, np.to - 1) : null;
  if (
    final &&
    beforeFinal &&
    SUBJECT_PRONOUNS.has(final.lower) &&
    !PREPOSITIONS.has(beforeFinal.lower) &&
    !DETERMINERS.has(beforeFinal.lower)
  ) {
    const pronoun = npText(unit.text, items, np.to, np.to);
    if (pronoun) return resolve(ctx, pronoun, cue);
  }
  const cueText = cue ? cue.text : null;
  const inNP = mentionsIn(ctx, np);
  const named = inNP[inNP.length - 1];
  if (named) {
    return {
      speaker: { kind: 'PERSON', name: named.person.name },
      method: named.full ? 'NAME' : 'ALIAS',
      cue: cueText,
      attribution: np.text,
    };
  }
  const tokens: Token[] = [];
  for (let i = np.from; i <= np.to; i++) {
    const t = tokAt(items, i);
    if (t) tokens.push(t);
  }
  const pos = position(unit.order, np.start);
  const only = tokens.length === 1 ? tokens[0] : undefined;
  // "Die Handball Bundesliga Frauen (HBF) teilte mit": the name the acronym stands for, as
  // written, is the speaker; the acronym alone speaks only where it is used alone.
  if (only && /^\p{Lu}{2,}$/u.test(only.text) && /\($/.test(unit.text.slice(0, np.start))) {
    const [lo] = sentenceAround(ctx, np.from);
    const named = np.from - 1 >= lo ? walkLeft(items, np.from - 1, lo) : null;
    const full = named ? npText(unit.text, items, named[0], named[1]) : null;
    if (full && properName(items, full)) {
      const found = resolve(ctx, full, cue);
      if (found.speaker) return found;
    }
  }
  if (only && PRONOUNS_PERSON.has(only.lower)) {
    const gender = pronounGender(only.lower);
    // German "sie" is "she" with a singular verb ("sie sagte", "schrieb sie"), else "they".
    const verb = (cue?.text.split(' ')[0] ?? '').toLowerCase();
    const plural =
      ctx.language === 'de' && only.lower === 'sie' && (verb === '' || /en$/.test(verb));
    const anyGender = gender === null || plural;
    // "Die Anwohner sind wütend. „…“, sagen sie": a group of unnamed people.
    if (plural && unnamedGroupBefore(ctx, np.from))
      return { ...NONE, unnamed: true, cue: cueText, attribution: np.text };
    const lastNamed = lastMentionBefore(ctx, pos, null);
    if (unnamedSubjectSince(ctx, lastNamed, np.from))
      return { ...NONE, unnamed: true, cue: cueText, attribution: np.text };
    if (!plural && unnamedInFocus(ctx, np.start, gender))
      return { ...NONE, unnamed: true, cue: cueText, attribution: np.text };
    // "Barić, she says, …": the name the parenthetical interrupts is what she speaks about, so
    // the pronoun refers to someone before it.
    const topic = nameBeforeParenthetical(ctx, np.start);
    const from = topic ? position(unit.order, topic.start) : pos;
    let m = roleSubjectOr(
      ctx,
      np.from,
      anyGender ? null : gender,
      latestSpeakerOr(
        ctx,
        from,
        anyGender ? null : gender,
        pronounReferent(ctx, from, anyGender ? null : gender),
      ),
    );
    const focused =
      m && !topic ? salientNamedInstead(ctx, np.start, anyGender ? null : gender, m) : null;
    if (focused) m = focused;
    if (m) {
      // The pronoun tells the gender only when nobody else could be meant: one person named in
      // this paragraph and the one before (a wrong guess would otherwise spread).
      if (m.person.gender === null && !anyGender && onlyPersonAround(ctx, pos) === m.person)
        m.person.gender = gender;
      return {
        speaker: { kind: 'PERSON', name: m.person.name },
        method: 'PRONOUN',
        cue: cueText,
        attribution: np.text,
      };
    }
    return { ...NONE, cue: cueText, attribution: np.text };
  }
  // "Two teenagers ... they said", "residents protested against what they called": a group of
  // unnamed people, no organisation.
  if (only && (only.lower === 'they' || only.lower === 'sie') && unnamedGroupBefore(ctx, np.from))
    return { ...NONE, unnamed: true, cue: cueText, attribution: np.text };
  // "a source said", "ein Pensionswirt meinte": someone or something the article does not name.
  if (
    tokens.length > 1 &&
    INDEFINITE.has(tokens[0]?.lower ?? '') &&
    (tokens[0] as Token).gap !== ''
  )
    return { ...NONE, unnamed: true, cue: cueText, attribution: np.text };
  // "the statement said", "hieß es in der Mitteilung": the body that issued it, as "it" would.
  const documentRef =
    tokens.length === 2 &&
    DEFINITE.has(tokens[0]?.lower ?? '') &&
    DOCUMENT_NOUNS.has(tokens[1]?.lower ?? '');
  if ((only && PRONOUNS_THING.has(only.lower)) || documentRef) {
    // "The Coast Guard said in a statement that ... It added": the body that spoke last in the
    // paragraph, quoted or not.
    const { cues } = unitFacts(ctx);
    for (let i = np.from - 1; i >= 0 && i >= np.from - 80; i--) {
      const c = cues[i];
      if (!c || c.kind !== 'verb') continue;
      const [lo, hi] = sentenceAround(ctx, c.at);
      const subject = subjectOf(ctx, c, lo, Math.min(hi, np.from - 1));
      if (!subject) continue;
      const single = subject.from === subject.to ? tokAt(ctx.items, subject.from) : null;
      if (single && (isPronoun(single) || !single.capitalized)) continue;
      const found = resolve(ctx, subject, c);
      // "Darin bedauert NAME … „…“, heißt es in der Erklärung": a person's statement too.
      const fits =
        found.speaker?.kind === 'ORGANIZATION' || (documentRef && found.speaker?.kind === 'PERSON');
      if (fits) return { ...found, method: 'PRONOUN', cue: cueText, attribution: np.text };
    }
    let lastOrg: Context['quoteSpeakers'][number] | undefined;
    for (let i = ctx.quoteSpeakers.length - 1; i >= 0 && i >= ctx.quoteSpeakers.length - 50; i--) {
      if (ctx.quoteSpeakers[i]?.found.speaker?.kind === 'ORGANIZATION') {
        lastOrg = ctx.quoteSpeakers[i];
        break;
      }
    }
    return lastOrg?.found.speaker
      ? { speaker: lastOrg.found.speaker, method: 'PRONOUN', cue: cueText, attribution: np.text }
      : { ...NONE, cue: cueText, attribution: np.text };
  }
  // "A spokesman for the minister": the role before "for"/"of"/"der" is the head.
  let upTo = tokens.length;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (
      !t.capitalized &&
      HEAD_CONNECTORS.has(t.lower) &&
      isRoleWord((tokens[i - 1] as Token).lower)
    ) {
      upTo = i;
      break;
    }
  }
  const roleWords = tokens
    .slice(0, upTo)
    .filter((t) => isRoleWord(t.lower) || AGE_NOUN.test(t.lower));
  const last = tokens[tokens.length - 1];
  // "the engineer said": any lower-case noun that an earlier person was described with.
  const described =
    roleWords.length === 0 && last && !last.capitalized && DETERMINERS.has(tokens[0]?.lower ?? '')
      ? firstWithRole(ctx, last.lower) !== undefined
      : false;
  // "sagte der Jurist": a German noun for a person, known by its form rather than a word list.
  const personByForm =
    roleWords.length === 0 &&
    ctx.language === 'de' &&
    last !== undefined &&
    upTo === tokens.length &&
    tokens.length > 1 &&
    DETERMINERS.has(tokens[0]?.lower ?? '') &&
    !NEUTER_DETERMINERS.has(tokens[0]?.lower ?? '') &&
    germanPersonNoun(last.lower);
  const head = described || personByForm ? last : roleWords[roleWords.length - 1];
  // "a mother of three", "one resident": an unnamed person.
  if (
    !head &&
    tokens[0] &&
    INDEFINITE.has(tokens[0].lower) &&
    tokens.slice(0, upTo).some((t) => personNoun(t.lower))
  )
    return { ...NONE, unnamed: true, cue: cueText, attribution: np.text };
  // "the Justice Ministry" is a body; "die Sprecherin der Polizei" is a person of a body.
  const headIndex = head ? tokens.indexOf(head) : -1;
  const orgModified =
    head !== undefined &&
    last !== undefined &&
    last !== head &&
    ORG_WORDS.has(last.lower) &&
    !tokens
      .slice(headIndex + 1)
      .some((t) => ['of', 'for', 'der', 'des', 'von', 'at'].includes(t.lower));
  if (head && !orgModified) {
    const opener = tokens[0];
    // "a spokesman", "one resident", "eine Sprecherin": someone the article does not name.
    if (opener && INDEFINITE.has(opener.lower) && opener !== head)
      return { ...NONE, unnamed: true, cue: cueText, attribution: np.text };
    const m = lastMentionBefore(ctx, pos, null, head.lower);
    const person = m?.person ?? firstWithRole(ctx, head.lower);
    if (person) {
      return {
        speaker: { kind: 'PERSON', name: person.name },
        method: 'ROLE',
        cue: cueText,
        attribution: np.text,
      };
    }
    // A definite description nobody was introduced with ("the 31-year-old", "die parteilose
    // Kommunalpolitikerin", "der Regierungschef") refers to the person the text is about: the
    // most salient fitting person, as a pronoun would.
    if (opener && upTo === tokens.length && (DEFINITE.has(opener.lower) || opener.possessive)) {
      const gender = roleGender(head, opener);
      const lookedBack = roleSubjectOr(
        ctx,
        np.from,
        gender,
        latestSpeakerOr(ctx, pos, gender, pronounReferent(ctx, pos, gender)),
      );
      const ref =
        (lookedBack && salientNamedInstead(ctx, np.start, gender, lookedBack, true)) || lookedBack;
      if (ref && ref.unit >= unit.order - 1) {
        return {
          speaker: { kind: 'PERSON', name: ref.person.name },
          method: 'ROLE',
          cue: cueText,
          attribution: np.text,
        };
      }
    }
    // An unnamed person ("a spokesperson", "eine Anwohnerin") is no recoverable source.
    return { ...NONE, unnamed: true, cue: cueText, attribution: np.text };
  }
  // "Fachleuten zufolge", "Critics say": people the article does not name, not a body.
  if (only && unnamedGroupNoun(ctx, only, np.start))
    return { ...NONE, unnamed: true, cue: cueText, attribution: np.text };
  // "Von Strelow kritisierte": a sentence-initial capital hid a name the page writes elsewhere;
  // the page's own use of the words as a person's name outweighs reading them as a body.
  const alias = aliasOfPerson(ctx, tokens);
  if (alias)
    return {
      speaker: { kind: 'PERSON', name: alias.name },
      method: 'ALIAS',
      cue: cueText,
      attribution: np.text,
    };
  // An organisation or place: its last word is capitalised or an organisation word.
  if (last && ((last.capitalized && !STOPWORDS.has(last.lower)) || ORG_WORDS.has(last.lower))) {
    let name = stripArticle(np.text);
    // Only a description ("the company", "das Ministerium", "der Autobauer": an article and a
    // German noun) looks for the body's fuller name.
    const germanDescription =
      ctx.language === 'de' && tokens.length === 2 && DETERMINERS.has(tokens[0]?.lower ?? '');
    if (
      germanDescription ||
      !tokens.some(
        (t) =>
          t.capitalized &&
          !DETERMINERS.has(t.lower) &&
          !STOPWORDS.has(t.lower) &&
          !(t === last && isOrgWord(t.lower)),
      )
    ) {
      const fuller = fullerOrganization(ctx, name, np.start);
      if (fuller) name = fuller;
    }
    return {
      speaker: { kind: 'ORGANIZATION', name },
      method: 'ORGANIZATION',
      cue: cueText,
      attribution: np.text,
    };
  }
  return { ...NONE, cue: cueText, attribution: np.text };
}

/**
 * The one person whose name ends with these words (a leading particle written in either case):
 * "Strelow" in "Von Strelow kritisierte" for "Leopold von Strelow", where the capital at the
 * sentence start kept the name finder from seeing a name.
 */
function aliasOfPerson(ctx: Context, tokens: readonly Token[]): Person | null {
  let from = 0;
  while (from < tokens.length - 1 && NAME_PARTICLES.has((tokens[from] as Token).lower)) from++;
  if (!tokens.slice(from).every((t) => t.capitalized && !STOPWORDS.has(t.lower))) return null;
  // "Plaintiff Mehdi El Amrani": the longest tail of the phrase that ends a person's name.
  for (let k = from; k < tokens.length; k++) {
    const words = tokens.slice(k).map((t) => t.lower);
    let found: Person | null = null;
    let ambiguous = false;
    for (const p of ctx.people.people.slice(0, 200)) {
      const own = p.tokens.map((t) => t.toLowerCase());
      if (own.length < words.length || (k === 0 && own.length === words.length)) continue;
      if (!words.every((w, i) => own[own.length - words.length + i] === w)) continue;
      if (found && found !== p) ambiguous = true;
      found = p;
    }
    if (found) return ambiguous ? null : found;
  }
  return null;
}

const NEUTER_DETERMINERS = new Set(['das', 'dieses', 'ein', 'sein', 'ihr', 'unser']);

/**
 * A plural noun for people standing alone as the speaker. An English capitalised word is taken
 * for such a noun only at a sentence start and when the page never writes it capitalised
 * mid-sentence ("Brussels", "Athens" are names there).
 */
function unnamedGroupNoun(ctx: Context, t: Token, at: number): boolean {
  if (ctx.language === 'de') return t.capitalized && peoplePlural(t.lower, true);
  if (!t.capitalized || !peoplePlural(t.lower, false)) return false;
  if (!/(?:^|[.!?]["'”’»]*\s+)$/.test(ctx.unit.text.slice(Math.max(0, at - 8), at))) return false;
  return !midSentenceCapitals(ctx).has(t.text);
}

/** Every word the page writes in lower case (German adjectives, English common words). */
function lowerCaseWords(ctx: Context): Set<string> {
  if (ctx.page.lowerCase) return ctx.page.lowerCase;
  const seen = new Set<string>();
  for (const u of ctx.units)
    for (const m of u.text.matchAll(/(?<![\p{L}-])\p{Ll}[\p{L}-]*/gu)) seen.add(m[0]);
  ctx.page.lowerCase = seen;
  return seen;
}

/** Capitalised words the page writes after a lower-case word: names, not sentence openers. */
function midSentenceCapitals(ctx: Context): Set<string> {
  if (ctx.page.midCapitals) return ctx.page.midCapitals;
  const seen = new Set<string>();
  const re = /\p{Ll}[,;]? (\p{Lu}[\p{L}-]*)/gu;
  for (const u of ctx.units) for (const m of u.text.matchAll(re)) seen.add(m[1] as string);
  ctx.page.midCapitals = seen;
  return seen;
}

/** Sentence bounds (item indices) around item `at`. */
const SENTENCE_WINDOW = 60;

/** Per-unit facts about each item, computed once: sentence starts and verbs of saying. */
function unitFacts(ctx: Context): { starts: Uint8Array; cues: Array<Cue | null> } {
  if (!ctx.facts) {
    const { items, unit, language } = ctx;
    const starts = new Uint8Array(items.length);
    const cues: Array<Cue | null> = new Array<Cue | null>(items.length).fill(null);
    for (let i = 0; i < items.length; i++) {
      starts[i] = startsSentence(unit.text, items, i) ? 1 : 0;
      cues[i] =
        isCueWord(items, i, language) ?? (language === 'de' ? soCue(unit.text, items, i) : null);
    }
    ctx.facts = { starts, cues };
  }
  return ctx.facts;
}

/** Sentence bounds (item indices) around item `at`; bounded so long texts stay linear. */
function sentenceAround(ctx: Context, at: number): [number, number] {
  const { starts } = unitFacts(ctx);
  const n = ctx.items.length;
  let lo = at;
  while (lo > 0 && at - lo < SENTENCE_WINDOW && !starts[lo]) lo--;
  let hi = at;
  while (hi + 1 < n && hi - at < SENTENCE_WINDOW && !starts[hi + 1]) hi++;
  return [lo, hi];
}

/** The verbs of saying between `from` and `to` (inclusive), nearest to `from` first, at most `max`. */
function cuesIn(ctx: Context, from: number, to: number, max: number): Cue[] {
  const { cues } = unitFacts(ctx);
  const out: Cue[] = [];
  const step = from <= to ? 1 : -1;
  for (let i = from; out.length < max && (step > 0 ? i <= to : i >= to); i += step) {
    const c = cues[i];
    if (c) out.push(c);
  }
  return out;
}

/** Possessive determiners that tell the owner's gender: "Ihr Fazit", "his verdict". */
const OWNER_GENDER = new Map<string, 'm' | 'f'>([
  ['her', 'f'],
  ['ihr', 'f'],
  ['his', 'm'],
  ['sein', 'm'],
  ['seine', 'm'],
]);

/** Verbs of saying tried per quote, nearest first. */
const MAX_CUES = 4;

const TERM_PREPOSITIONS = new Set(
  'across in into to from of for about throughout over im ins nach aus über durch'.split(' '),
);

/**
 * "spreading across "empty Spain," the sparsely populated interior": a short name of something,
 * the object of a preposition and glossed right after by a phrase with an article, is a term the
 * writer explains, not words of a source.
 */
function glossedTerm(ctx: Context, at: number, q: QuoteSpan, hi: number): boolean {
  const { items, unit } = ctx;
  const prep = tokAt(items, at - 1);
  const det = tokAt(items, at + 1);
  if (!prep || !det || prep.capitalized || !TERM_PREPOSITIONS.has(prep.lower)) return false;
  if (!['the', 'a', 'an', 'der', 'die', 'das', 'ein', 'eine'].includes(det.lower)) return false;
  const inner = unit.text.slice(q.textStart, q.textEnd).trim();
  const words = inner.split(/\s+/);
  const after = unit.text.slice(q.close + 1, det.start);
  const comma = /,/.test(unit.text.slice(q.textEnd, q.close)) || /^\s*,\s*$/.test(after);
  if (words.length > 3 || !comma) return false;
  // English capitalises only names: the term holds one after its first word.
  if (ctx.language === 'en' && !words.slice(1).some((w) => /^\p{Lu}/u.test(w))) return false;
  // The gloss runs to the sentence's end without a verb of saying or another quote.
  const { cues } = unitFacts(ctx);
  for (let i = at + 1; i <= hi; i++) if (cues[i] || items[i]?.kind === 'quote') return false;
  return true;
}

/** Plural verbs of naming: what they put in quotes is a name the subject uses. */
const NAMING_VERBS = new Set(['call', 'nennen']);

function attributeInUnit(ctx: Context, qIndex: number): Found | null {
  const { items, unit } = ctx;
  const at = ctx.quoteItem[qIndex] ?? -1;
  if (at < 0) return null;
  const q = (items[at] as { q: QuoteSpan }).q;
  const [lo, hiSentence] = sentenceAround(ctx, at);
  let hi = hiSentence;
  // `"We will win." Li said.` : a short "NAME said" right after the quote still belongs to it.
  // Not when the quote's own sentence has a verb of saying before it ("NAME called it "X." He
  // said the company ...").
  if (hi === at && cuesIn(ctx, at - 1, lo, 1).length === 0) {
    const { cues, starts } = unitFacts(ctx);
    for (let k = at + 1; k < items.length && k <= at + SENTENCE_WINDOW; k++) {
      if (k > at + 1 && starts[k]) break;
      if (cues[k]?.kind === 'verb') {
        hi = Math.min(items.length - 1, k + 3);
        break;
      }
    }
  }

  if (glossedTerm(ctx, at, q, hi)) return { ...NONE, unnamed: true };
  const colon = charBefore(unit.text, q.open) === ':';
  // "the tree her children call 'the old lady'": a name given by the subject of a plural verb
  // of naming right before the quote; an unnamed group gives it no speaker.
  const naming = tokAt(items, at - 1);
  if (naming && NAMING_VERBS.has(naming.lower) && at - 2 >= lo && !colon) {
    const np = npBefore(ctx, at - 1, lo);
    const found = np ? resolve(ctx, np, null) : null;
    if (found?.speaker) return found;
    return { ...NONE, unnamed: true, attribution: np ? np.text : null };
  }
  // Nearest verbs of saying first, on either side; the first whose subject resolves wins.
  const candidates: Array<{ cue: Cue; dist: number; post: boolean }> = [];
  // Distance grows with position on each side, so the nearest few of each side are enough.
  for (const cue of cuesIn(ctx, at + 1, hi, MAX_CUES)) {
    candidates.push({ cue, dist: (tokAt(items, cue.at)?.start ?? 0) - q.close, post: true });
  }
  for (const cue of cuesIn(ctx, at - 1, lo, MAX_CUES)) {
    // A colon ties the quote to the clause before it.
    const d = q.open - (tokAt(items, cue.last)?.end ?? 0);
    candidates.push({ cue, dist: colon ? d / 4 : d, post: false });
  }
  candidates.sort((a, b) => a.dist - b.dist);
  // Only the nearest few verbs can plausibly introduce this quote.
  candidates.length = Math.min(candidates.length, MAX_CUES);

  let firstCue: Cue | null = null;
  let fallback: Found | null = null;
  for (const c of candidates) {
    firstCue ??= c.cue;
    const np = c.post ? subjectOf(ctx, c.cue, at + 1, hi) : subjectOf(ctx, c.cue, lo, at - 1);
    if (!np) continue;
    const found = resolve(ctx, np, c.cue);
    if (found.speaker || found.unnamed) return found;
    // An unnamed speaker ("a neighbour said") is an answer too: no source, but not someone else.
    if (found.attribution !== null && fallback === null && c === candidates[0]) fallback = found;
  }
  if (fallback) return fallback;
  // "Scholz: 'We will not give in'" or "X put it bluntly:": the clause before the colon.
  if (colon) {
    const from = tokAt(items, lo)?.start ?? 0;
    let m: Mention | undefined;
    const list = ctx.mentionsByUnit.get(unit.order) ?? [];
    for (let i = lowerBound(list, position(unit.order, q.open)) - 1; i >= 0; i--) {
      const x = list[i] as Mention;
      if (x.start < from) break;
      if (x.end <= q.open) {
        m = x;
        break;
      }
    }
    if (m) {
      return {
        speaker: { kind: 'PERSON', name: m.person.name },
        method: m.full ? 'NAME' : 'ALIAS',
        cue: null,
        attribution: unit.text.slice(m.start, m.end),
      };
    }
    // "Ihr Fazit: „…“", "His answer was short: "…"": the owner of what is said speaks.
    const owner = tokAt(items, lo);
    const owned = tokAt(items, lo + 1);
    const ownerGender = owner ? OWNER_GENDER.get(owner.lower) : undefined;
    if (owner && owned && ownerGender && owned.gap === ' ' && lo + 1 < at) {
      const found = pronounPhraseSpeaker(ctx, owner, owned, ownerGender);
      if (found) return found;
    }
    const first = walkRight(items, lo, at - 1);
    // German verb second: "Am Ende ihrer Aussage wandte sie sich an ihn:": a phrase with a
    // preposition opens the clause, the finite verb follows it and the subject comes after.
    const opener = tokAt(items, lo);
    if (
      first &&
      ctx.language === 'de' &&
      opener &&
      PREPOSITIONS.has(opener.lower) &&
      first[0] > lo
    ) {
      const inverted = npAfter(unit.text, items, first[1] + 1, at - 1, false, true);
      const single = inverted && inverted.from === inverted.to ? tokAt(items, inverted.from) : null;
      if (
        inverted &&
        (mentionsIn(ctx, inverted).length > 0 || (single && PRONOUNS_PERSON.has(single.lower)))
      )
        return resolve(ctx, inverted, null);
    }
    const np = first ? npText(unit.text, items, first[0], first[1]) : null;
    // "Evacuated residents were taken across by boat: "…"": the capitalised word opens a
    // description of unnamed people, not a name.
    const described = first ? tokAt(items, first[1] + 1) : null;
    if (
      described &&
      described.gap === ' ' &&
      !described.capitalized &&
      (pluralPeople(described) || GENERIC_PEOPLE.has(described.lower))
    )
      return { ...NONE, unnamed: true };
    if (np && validNP(np, items)) {
      const found = resolve(ctx, np, null);
      if (found.speaker) return found;
    }
  }
  if (firstCue) return { ...NONE, cue: firstCue.text };
  return null;
}

/**
 * The speaker of a quote that is a sentence of its own without a verb of saying: the subject of
 * the sentence before it when that is a person, else the first person named (outside quotes) in
 * the sentence after it. Only for quotes that open their sentence.
 */
const VIEWPOINT_PRONOUNS = new Map<string, 'm' | 'f'>([
  ['ihn', 'm'],
  ['him', 'm'],
  ['her', 'f'],
]);

/**
 * The person a two-word pronoun phrase stands for ("Ihr Fazit", "Für ihn"): the referent of a
 * pronoun of that gender at `at` (the first word's start unless given), as a PRONOUN attribution.
 */
function pronounPhraseSpeaker(
  ctx: Context,
  first: { text: string; start: number },
  second: { text: string },
  gender: 'm' | 'f',
  at: number = first.start,
): Found | null {
  const pos = position(ctx.unit.order, at);
  const m = latestSpeakerOr(ctx, pos, gender, pronounReferent(ctx, pos, gender));
  if (!m) return null;
  return {
    speaker: { kind: 'PERSON', name: m.person.name },
    method: 'PRONOUN',
    cue: null,
    attribution: `${first.text} ${second.text}`,
  };
}

/** Verbs of holding a view, used in a parenthesis ("the answer, she believes, is ..."). */
const VIEW_VERBS = new Set(
  'believes thinks feels fears hopes argues says glaubt meint findet hofft fürchtet sagt'.split(
    ' ',
  ),
);

function aroundSentences(ctx: Context, qi: number, side: 'before' | 'after'): Found | null {
  const { items, unit } = ctx;
  const at = ctx.quoteItem[qi] ?? -1;
  if (at < 0 || unit.location !== 'BODY') return null;
  const [lo, around] = sentenceAround(ctx, at);
  // "Für ihn ist das ein „…“", "For her, the ruling was "…"": a sentence that opens with whose
  // view it gives quotes that person.
  const opener = tokAt(items, lo);
  const viewer = tokAt(items, lo + 1);
  const viewGender = viewer ? VIEWPOINT_PRONOUNS.get(viewer.lower) : undefined;
  if (
    side === 'before' &&
    lo + 1 < at &&
    opener &&
    viewer &&
    viewGender &&
    (opener.lower === 'für' || opener.lower === 'for') &&
    viewer.gap === ' '
  ) {
    const found = pronounPhraseSpeaker(ctx, opener, viewer, viewGender, viewer.start);
    if (found) return found;
  }
  // A quote inside a sentence of reported speech ("Die Gemeinde sei „…“ worden") goes on from
  // the verb of saying of the sentence before, when its own sentence names nobody.
  const inside = lo !== at;
  if (inside) {
    if (side === 'after') return null;
    // "NAME estimated the losses at 40 percent, "the worst since 1969."": a quote added after a
    // comma to a clause with no verb of saying is the view of the person who opens the clause.
    const qq = (items[at] as { q: QuoteSpan }).q;
    if (charBefore(unit.text, qq.open) === ',') {
      const { cues } = unitFacts(ctx);
      let cued = false;
      for (let i = lo; i < at; i++) cued ||= cues[i] !== null && cues[i] !== undefined;
      const first = cued ? null : walkRight(items, lo, at - 1);
      const np = first && first[0] === lo ? npText(unit.text, items, first[0], first[1]) : null;
      const named = np ? mentionsIn(ctx, np) : [];
      const m = named[named.length - 1];
      if (m && !insideQuote(ctx, m)) {
        return {
          speaker: { kind: 'PERSON', name: m.person.name },
          method: m.full ? 'NAME' : 'ALIAS',
          cue: null,
          attribution: unit.text.slice(m.start, m.end),
        };
      }
    }
    for (let i = lo; i < at; i++) if (items[i]?.kind === 'quote') return null;
    const from = tokAt(items, lo)?.start ?? 0;
    const list = ctx.mentionsByUnit.get(unit.order) ?? [];
    const m = list[lowerBound(list, position(unit.order, from))];
    if (m && m.start < (items[at] as { q: QuoteSpan }).q.open) return null;
  }
  const { cues, starts } = unitFacts(ctx);
  // “I have never seen anything like it.” Those were ...: a final mark inside the quote ends it.
  const q = (items[at] as { q: QuoteSpan }).q;
  const closed = /[.!?…]$/.test(unit.text.slice(q.textStart, q.textEnd));
  const hi = closed ? at : around;
  for (let i = lo; i <= hi; i++) if (cues[i]) return null;
  if (lo > 0 && side === 'before') {
    const [plo, phi] = sentenceAround(ctx, lo - 1);
    let hasQuote = false;
    for (let i = plo; i <= phi; i++) hasQuote ||= items[i]?.kind === 'quote';
    // "The only hope, she believes, is ... "…"": a view set off by commas in the sentence
    // before, with a pronoun as its holder, names who goes on speaking.
    if (!hasQuote && !inside) {
      for (let i = plo; i < phi; i++) {
        const pron = tokAt(items, i);
        const verb = tokAt(items, i + 1);
        const after = tokAt(items, i + 2);
        if (
          pron &&
          verb &&
          after &&
          PRONOUNS_PERSON.has(pron.lower) &&
          /^,\s$/.test(pron.gap) &&
          verb.gap === ' ' &&
          VIEW_VERBS.has(verb.lower) &&
          /^,\s$/.test(after.gap)
        ) {
          const np = npText(unit.text, items, i, i);
          const found = np ? resolve(ctx, np, null) : null;
          if (found?.speaker?.kind === 'PERSON') return { ...found, cue: null };
          break;
        }
      }
    }
    // The sentence before names who speaks: "..., meinte NAME. "…"".
    if (!hasQuote) {
      for (const c of cuesIn(ctx, phi, plo, MAX_CUES)) {
        const np = subjectOf(ctx, c, plo, phi);
        const found = np ? resolve(ctx, np, c) : null;
        // A body goes on speaking too ("…, teilte der Verband mit. „…“").
        if (found?.speaker) return { ...found, cue: null, attribution: null } as Found;
        if (found?.unnamed) return null;
      }
    }
    const first = hasQuote || inside ? null : walkRight(items, plo, phi);
    const np = first ? npText(unit.text, items, first[0], first[1]) : null;
    if (np && validNP(np, items)) {
      const found = resolve(ctx, np, null);
      if (found.speaker?.kind === 'PERSON') return { ...found, cue: null };
      if (found.unnamed) return null;
    }
  }
  if (hi + 1 < items.length && side === 'after') {
    const nlo = hi + 1;
    let nhi = nlo;
    while (nhi + 1 < items.length && nhi - nlo < SENTENCE_WINDOW && !starts[nhi + 1]) nhi++;
    const from = tokAt(items, nlo)?.start ?? -1;
    const end = tokAt(items, nhi)?.end ?? -1;
    const list = ctx.mentionsByUnit.get(unit.order) ?? [];
    for (let i = lowerBound(list, position(unit.order, from)); i < list.length; i++) {
      const m = list[i] as Mention;
      if (m.start >= end) break;
      if (insideQuote(ctx, m)) continue;
      return {
        speaker: { kind: 'PERSON', name: m.person.name },
        method: m.full ? 'NAME' : 'ALIAS',
        cue: null,
        attribution: unit.text.slice(m.start, m.end),
      };
    }
  }
  return null;
}

/** The last non-space character before `at`, or ''; looks back a bounded distance. */
function charBefore(text: string, at: number): string {
  for (let i = at - 1; i >= 0 && i >= at - 200; i--) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) return text[i] as string;
  }
  return '';
}

const STEM_STOP = new Set([...STOPWORDS, 'should', 'would', 'could', 'will', 'must']);

/** The lower-cased words of a text: its runs of /[\p{L}\p{N}]/u, read without a regex. */
function lowerWords(s: string): string[] {
  const lower = s.toLowerCase();
  const words: string[] = [];
  for (let i = 0; i < lower.length;) {
    const end = runEnd(lower, i, LETTER | NUMBER);
    if (end === i) {
      i++;
      continue;
    }
    words.push(lower.slice(i, end));
    i = end;
  }
  return words;
}

/** The first five letters of each word that carries meaning. */
function stems(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    if (w.length < 3 || STEM_STOP.has(w)) continue;
    out.add(w.slice(0, 5));
  }
  return out;
}

interface BodyQuote {
  d: Draft;
  /** The lower-cased words. */
  list: string[];
  /** Their stems, made when a heading quote is not found word for word. */
  stems: Set<string> | null;
  /** The words, joined by single spaces. */
  words: string;
}

/** Body quote whose words best cover the heading quote's words. */
function headingMatch(text: string, bodyQuotes: readonly BodyQuote[]): Draft | null {
  const headingWords = lowerWords(text);
  // The heading repeats the body's words as they stand ("We would do it again" in "We would do
  // it again tomorrow"), even when they are all short or function words.
  const exact = headingWords.join(' ');
  if (exact.length >= 8) {
    for (const { d, words } of bodyQuotes)
      if (d.found?.speaker && ` ${words} `.includes(` ${exact} `)) return d;
  }
  const want = stems(headingWords);
  if (want.size === 0) return null;
  let best: Draft | null = null;
  let bestScore = 0;
  for (const q of bodyQuotes) {
    const d = q.d;
    if (!d.found?.speaker) continue;
    const have = (q.stems ??= stems(q.list));
    let shared = 0;
    for (const w of want) if (have.has(w)) shared++;
    const score = shared / want.size;
    if ((shared >= 2 || want.size === 1) && shared >= 1 && score >= 0.4 && score > bestScore) {
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
  const unitSpans = new Map<number, readonly QuoteSpan[]>();
  people.spans = unitSpans;
  // Real pages quote a few dozen times; a bound keeps pages of thousands of pronouns linear.
  const budget = { fuller: 100, focus: 800 };
  const fullerPatternsOfPage = new Map<string, FullerPatterns>();
  const pageFacts: Context['page'] = {};
  const mentionsByUnit = new Map<number, Mention[]>();
  for (const m of people.mentions) {
    const list = mentionsByUnit.get(m.unit) ?? [];
    list.push(m);
    mentionsByUnit.set(m.unit, list);
  }
  const drafts: Draft[] = [];
  const peopleByName = new Map(people.people.map((p) => [p.name, p]));
  const orgs = new Set<string>();
  const quoteSpeakers: Context['quoteSpeakers'] = [];
  let previousUnitDrafts: Draft[] = [];
  let previousUnitClosed = true;

  for (const unit of units) {
    if (unit.location === null) continue;
    const spans = findQuotes(unit.text);
    unitSpans.set(unit.order, spans);
    if (spans.length === 0) {
      if (unit.location === 'BODY') {
        previousUnitDrafts = [];
        previousUnitClosed = true;
      }
      continue;
    }
    const items = itemsOf(unit, spans);
    const quoteItem: number[] = [];
    items.forEach((it, i) => {
      if (it.kind === 'quote') quoteItem[it.qi] = i;
    });
    const ctx: Context = {
      unit,
      items,
      language,
      people,
      orgs,
      quoteSpeakers,
      units,
      quoteItem,
      mentionsByUnit,
      budget,
      fullerPatterns: fullerPatternsOfPage,
      page: pageFacts,
    };
    const unitDrafts: Draft[] = [];
    spans.forEach((span, qi) => {
      const text = unit.text.slice(span.textStart, span.textEnd);
      const out: ParsedQuote = {
        text,
        location: unit.location ?? 'BODY',
        continues: false,
        span:
          unit.bodyOffset === null
            ? null
            : { start: unit.bodyOffset + span.textStart, end: unit.bodyOffset + span.textEnd },
        imageIndex: unit.location === 'CAPTION' ? unit.imageIndex : null,
        speaker: null,
        cue: null,
        attribution: null,
        attributionMethod: null,
      };
      let found = attributeInUnit(ctx, qi);
      const draft: Draft = { unit, span, qi, out, found, continues: false };

      const prev = unitDrafts[unitDrafts.length - 1];
      if (prev && prev.span.closed && interrupted(unit.text, prev.span, span, ctx, qi))
        draft.continues = true;
      if (!prev && unit.location === 'BODY' && !previousUnitClosed && span.open === 0)
        draft.continues = true;
      // One utterance has one speaker: a pronoun at a later part of it refers to the speaker of
      // the part it continues when that person fits.
      const continued = draft.continues
        ? (prev ?? previousUnitDrafts[previousUnitDrafts.length - 1])
        : undefined;
      const earlierSpeaker = continued?.found?.speaker;
      if (
        found?.method === 'PRONOUN' &&
        found.speaker?.kind === 'PERSON' &&
        earlierSpeaker?.kind === 'PERSON' &&
        earlierSpeaker.name !== found.speaker.name
      ) {
        const gender = pronounGender((found.attribution ?? '').toLowerCase());
        const person = peopleByName.get(earlierSpeaker.name);
        if (person && (gender === null || person.gender === null || person.gender === gender)) {
          found = { ...found, speaker: earlierSpeaker };
          draft.found = found;
        }
      }

      if (found?.speaker) {
        quoteSpeakers.push({ unit: unit.order, pos: span.open, found });
        if (found.speaker.kind === 'ORGANIZATION') orgs.add(found.speaker.name);
      }
      unitDrafts.push(draft);
      drafts.push(draft);
    });

    // Quotes without their own source take it from the quote they continue, or from the earlier
    // quote of the same paragraph, or (for a paragraph that opens with a quote) the previous one.
    let earlier: Draft | undefined;
    const unitMentions = mentionsByUnit.get(unit.order) ?? [];
    for (const d of unitDrafts) {
      if (d.found?.speaker) {
        earlier = d;
        continue;
      }
      // "„…“, meinte eine Nachbarin": an unnamed source is an answer, not a gap to fill.
      if (d.found?.unnamed) continue;
      // A quote standing as a sentence of its own, with no verb of saying, belongs to the person
      // the sentence before is about ("Seine Kollegin NAME nickt. „…“", "The mayor is more
      // cautious. "…""), even after someone else's quote in the paragraph.
      const previousSentence = aroundSentences(ctx, d.qi, 'before');
      if (previousSentence) {
        d.found = { ...previousSentence, cue: d.found?.cue ?? null };
        continue;
      }
      const source =
        earlier ??
        (unit.location === 'BODY' && d.span.open <= 1
          ? previousUnitDrafts
              .slice()
              .reverse()
              .find((x) => x.found?.speaker)
          : undefined);
      if (source?.found) {
        d.found = { ...source.found, cue: d.found?.cue ?? null, attribution: null };
        continue;
      }
      // Else the person the sentence after names ("..." Those were the first words of NAME).
      const around = aroundSentences(ctx, d.qi, 'after');
      if (around) {
        d.found = { ...around, cue: d.found?.cue ?? null };
        continue;
      }
      // Reported speech without a verb of saying ("Mehr Personal sei „..."): the person the
      // paragraph opens with.
      const opener =
        unitMentions[0] && unitMentions[0].start <= 1 && unitMentions[0].end < d.span.open
          ? unitMentions[0]
          : undefined;
      if (opener && unit.location === 'BODY') {
        d.found = {
          speaker: { kind: 'PERSON', name: opener.person.name },
          method: opener.full ? 'NAME' : 'ALIAS',
          cue: d.found?.cue ?? null,
          attribution: null,
        };
        continue;
      }
      // A paragraph that is only a quote goes on from the person the paragraph before introduced.
      if (unit.location === 'BODY' && d.span.open <= 1 && !d.found?.cue && d === unitDrafts[0]) {
        const before = lastMentionBefore(
          { people, mentionsByUnit } as Context,
          position(unit.order, 0),
          null,
        );
        // Rather the subject of that paragraph's last sentence than a person named after it.
        const prevText = units[unit.order - 1]?.text ?? '';
        const lastStart = sentenceStartOf(prevText, prevText.length);
        const prevMentions = mentionsByUnit.get(unit.order - 1) ?? [];
        const subject = prevMentions.find(
          (m) =>
            m.start >= lastStart && m.start <= lastStart + 40 && m.start < (before?.start ?? 0),
        );
        const who = subject ?? before;
        if (who && before && before.unit === unit.order - 1 && !d.found?.unnamed) {
          d.found = {
            speaker: { kind: 'PERSON', name: who.person.name },
            method: who.full ? 'NAME' : 'ALIAS',
            cue: null,
            attribution: null,
          };
        }
      }
    }
    // A multi-paragraph quote's earlier parts take the speaker named in a later part.
    if (unit.location === 'BODY') {
      const first = unitDrafts[0];
      if (first?.continues && first.found?.speaker) {
        for (const p of previousUnitDrafts)
          if (!p.found?.speaker) p.found = { ...first.found, attribution: null, cue: null };
      }
      previousUnitDrafts = unitDrafts;
      previousUnitClosed = (spans[spans.length - 1] as QuoteSpan).closed;
    }
  }

  // Chains of interrupted quotes share one speaker: a later part may name it.
  for (let i = drafts.length - 1; i > 0; i--) {
    const d = drafts[i] as Draft;
    const p = drafts[i - 1] as Draft;
    if (d.continues && d.found?.speaker && !p.found?.speaker)
      p.found = { ...d.found, attribution: null, cue: null };
  }

  // Bounded: heading quotes repeat statements near the top of the body. Built when a heading
  // quote first needs them (the loop below changes no body quote).
  let bodyDrafts: BodyQuote[] | null = null;
  const bodyQuotes = (): BodyQuote[] =>
    drafts
      .filter((d) => d.out.location === 'BODY' && d.found?.speaker)
      .slice(0, 300)
      .map((d) => {
        const words = lowerWords(d.out.text.slice(0, 2000));
        return { d, list: words, stems: null, words: words.join(' ') };
      });
  let headingBudget = 200;
  const bodyBodies = new Set<string>();
  for (const d of drafts)
    if (d.out.location === 'BODY' && d.found?.speaker?.kind === 'ORGANIZATION')
      bodyBodies.add(d.found.speaker.name.toLowerCase());
  for (const d of drafts) {
    if (d.out.location === 'BODY') continue;
    // Headline, lead and captions summarise the body: a named speaker there is kept, anything
    // weaker (a role, an organisation, nothing) yields to the body statement the words repeat.
    const direct = d.found?.method;
    if (d.found?.speaker && (direct === 'NAME' || direct === 'ALIAS' || direct === 'PRONOUN'))
      continue;
    if (d.found?.speaker && d.out.location === 'CAPTION') continue;
    if (--headingBudget < 0) break;
    bodyDrafts ??= bodyQuotes();
    const match = headingMatch(d.out.text.slice(0, 2000), bodyDrafts);
    if (
      match?.found?.speaker &&
      (!d.found?.speaker ||
        d.found.speaker.kind === 'ORGANIZATION' ||
        match.found.speaker.name !== d.found.speaker.name)
    ) {
      d.found = {
        speaker: match.found.speaker,
        method: 'HEADING_MATCH',
        cue: null,
        attribution: null,
      };
    } else if (
      !match &&
      d.found?.speaker?.kind === 'ORGANIZATION' &&
      d.found.cue === null &&
      !bodyBodies.has(d.found.speaker.name.toLowerCase())
    ) {
      // "Harbor losses: 'The worst since 1969'": before a colon in a heading stands a topic, not
      // a speaker, unless that body speaks in the article.
      d.found = { ...NONE };
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
  const organizations = new Set<string>();
  for (const q of quotes) if (q.speaker?.kind === 'ORGANIZATION') organizations.add(q.speaker.name);
  return { quotes, people: toParsedPeople(people), organizations: [...organizations] };
}

/** A sentence ends inside the text and another starts ("Dr." and initials do not end one). */
function newSentenceInside(text: string): boolean {
  const re = /[.!?]\s+\S/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const before = /(\p{L}+)$/u.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1] ?? '';
    if (text[m.index] === '.' && (ABBREVIATED_TITLE.test(before) || /^\p{Lu}$/u.test(before)))
      continue;
    return true;
  }
  return false;
}

const INTERRUPTING_CUES = new Set([...SPEECH_VERBS, 'so', 'according', 'laut', 'zufolge']);

/** “...,” she said. “...” — only an attribution clause stands between two parts of a quote. */
function interrupted(
  text: string,
  a: QuoteSpan,
  b: QuoteSpan,
  _ctx: Context,
  _qi: number,
): boolean {
  const between = text.slice(a.close + 1, b.open);
  const words = between.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
  if (words.length === 0 || words.length > 20) return false;
  const inner = text.slice(a.textStart, a.close).trimEnd();
  // The first part stops on a comma (inside the marks in English, after them in German).
  const openEnded = /[,;:—–-]$/.test(inner) || /^\s*,/.test(between);
  if (!openEnded) return false;
  // The second part opens right after the attribution clause, not inside a new sentence.
  if (!/[.,:;–—-]\s*$/.test(between)) return false;
  if (newSentenceInside(between.trimEnd().slice(0, -1))) return false;
  const cueAt = words.findIndex((w) => INTERRUPTING_CUES.has(w.toLowerCase()));
  return cueAt >= 0 && cueAt < 6;
}
