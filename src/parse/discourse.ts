/**
 * A small discourse model for who a pronoun or role noun in a quote's attribution can mean. It
 * walks the sentences of the paragraph before the quote (and of the paragraph before that, with
 * less weight) in order and keeps the people in focus: named people (from the people index) and
 * unnamed ones ("a cellist", "eine Passantin", "ihr Kollege"), who are entities too, only
 * without a name. Each mention raises its entity's salience: a subject counts more than another
 * mention, recent sentences more than earlier ones. A pronoun goes to the most salient entity of
 * its gender; when that entity is unnamed, the quote has no recoverable speaker.
 */
import { germanPersonNoun } from './speakerPhrase.ts';
import { isRoleWord } from './people.ts';

export type Gender = 'm' | 'f' | null;

/** A person named in the paragraph, with the key the caller uses for that person. */
export interface NamedMention<P> {
  start: number;
  end: number;
  person: P;
}

/** One paragraph as the model reads it: its text, its quote spans and its named mentions. */
export interface FocusParagraph<P> {
  text: string;
  /** Quote spans (offsets of the opening and closing marks); their words are not narrative. */
  quotes: ReadonlyArray<{ open: number; close: number }>;
  mentions: ReadonlyArray<NamedMention<P>>;
}

export interface FocusEntity<P> {
  /** null for an unnamed person. */
  person: P | null;
  gender: Gender;
  salience: number;
  /** Where the entity was last mentioned (paragraph index in the input, offset). */
  paragraph: number;
  at: number;
}

const SUBJECT_WEIGHT = 2;
const OTHER_WEIGHT = 1;
/** A name inside a relative clause describes someone else: "X, der bei NAME gelernt hat". */
const EMBEDDED_WEIGHT = 0.5;
const RELATIVE_CLAUSE = /, (?:der|die|das|who|which|that|whom|dem|den) [^,]*$/;
/**
 * A person a relative clause elaborates is being introduced, so in focus: "led by NAME, who …",
 * "NAME, 31, der …".
 */
const HOST_BONUS = 1;
const RELATIVE_AFTER = /^,(?: \d{1,3},)? (?:der|die|who) /;
/** Each sentence further back halves a mention's weight; a paragraph break halves it again. */
const SENTENCE_DECAY = 0.5;
const PARAGRAPH_DECAY = 0.5;

const INDEFINITE_EN = new Set(['a', 'an', 'one', 'another']);
const INDEFINITE_DE = new Set(['ein', 'eine']);
const POSSESSIVE = new Set(['her', 'his', 'ihr', 'ihre', 'sein', 'seine']);
/**
 * People known by a relation to someone, who stay unnamed ("Her stand partner", "Ihre
 * Kollegin"); kin ("Ihr Mann") are left out, as the family is often named on the page.
 */
const RELATION_NOUNS = new Set(
  (
    'partner colleague friend neighbor neighbour partnerin kollege kollegin freund freundin ' +
    'nachbar nachbarin'
  ).split(' '),
);

/** Nouns for a person that a role list need not know: "a passer-by", "eine Passantin". */
const UNNAMED_PERSON_NOUNS = new Set(
  (
    'woman man resident neighbor neighbour witness passer-by worker student mother father farmer ' +
    'fisherman fisher angler driver protester voter local shopkeeper owner passenger nurse pensioner ' +
    'cellist violinist musician colleague friend partner customer visitor girl boy person ' +
    'frau mann anwohnerin anwohner passantin passant augenzeugin augenzeuge bewohnerin bewohner ' +
    'kollegin kollege nachbarin nachbar kundin kunde besucherin besucher rentnerin rentner ' +
    'angler anglerin freundin freund partnerin mutter vater fan supporter'
  ).split(' '),
);

/** German prepositions and English ones: an NP right after one is no subject. */
const PREPOSITIONS = new Set(
  (
    'in at on of for from with by to about near after before under over into ' +
    'in im an am auf aus bei beim mit von vom zu zum zur für über unter vor nach neben gegen ohne ' +
    'hinter zwischen seit ihm ihr'
  ).split(' '),
);

const WORD = /[\p{L}][\p{L}'’-]*/gu;

interface Word {
  lower: string;
  capitalized: boolean;
  start: number;
  end: number;
}

/** The text with every quote's words blanked, so that only narrative is read. */
function narrative(p: FocusParagraph<unknown>, upTo: number): string {
  const pieces: string[] = [];
  let at = 0;
  for (const q of p.quotes) {
    if (q.open >= upTo) break;
    const close = Math.min(q.close + 1, upTo);
    if (q.open < at) continue;
    // A quote that ends its sentence ('… "a folly." Judge …') still ends it in the narrative.
    const ends = close - q.open > 1 && /[.!?]/.test(p.text[close - 2] ?? '');
    pieces.push(p.text.slice(at, q.open), ' '.repeat(close - q.open - (ends ? 1 : 0)));
    if (ends) pieces.push('.');
    at = close;
  }
  pieces.push(p.text.slice(at, upTo));
  return pieces.join('');
}

/** Sentence spans of narrative text: a sentence ends at . ! ? or a blanked quote that ends one. */
function sentences(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  const end = /[.!?;](?=\s+\S)/g;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    const before = /(\p{L}+)$/u.exec(text.slice(Math.max(0, m.index - 6), m.index))?.[1] ?? '';
    // "Dr. Lind", "J. Ortega": an abbreviation or initial does not end the sentence.
    if (m[0] === '.' && (/^(?:dr|mr|mrs|ms|prof|st)$/i.test(before) || /^\p{Lu}$/u.test(before)))
      continue;
    out.push([from, m.index + 1]);
    from = m.index + 1;
  }
  if (from < text.length) out.push([from, text.length]);
  return out;
}

function wordsOf(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = from;
  for (let m = WORD.exec(text); m && m.index < to; m = WORD.exec(text)) {
    out.push({
      lower: m[0].toLowerCase(),
      capitalized: /^\p{Lu}/u.test(m[0]),
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return out;
}

function personNoun(w: Word, german: boolean): boolean {
  if (UNNAMED_PERSON_NOUNS.has(w.lower) || isRoleWord(w.lower)) return true;
  return german && w.capitalized && germanPersonNoun(w.lower);
}

/** The gender an unnamed person's noun and article show. */
function unnamedGender(noun: string, article: string, german: boolean): Gender {
  if (/(?:woman|mother|daughter|sister|girl|wife)$/.test(noun)) return 'f';
  if (/(?:man|father|son|brother|boy|husband)$/.test(noun) && !noun.endsWith('woman')) return 'm';
  if (!german) return null;
  if (noun.length > 4 && /(?:in|frau)$/.test(noun)) return 'f';
  if (article === 'eine' || article === 'ihre' || article === 'seine') return 'f';
  if (article === 'ein' || article === 'ihr' || article === 'sein') return 'm';
  return null;
}

interface UnnamedMention {
  start: number;
  end: number;
  gender: Gender;
}

/**
 * Unnamed people of a sentence: an indefinite article ("a", "eine") or a possessive that opens
 * the sentence ("Her stand partner", "Ihr Kollege") before a noun for a person, with up to three
 * words between ("ein älterer Angler", "a retired school teacher"). Not after a preposition ("from
 * a neighbour's well") and not when a name follows the noun ("Sein Kollege Uwe Kreisel").
 */
function unnamedIn(
  text: string,
  surnames: ReadonlySet<string>,
  words: readonly Word[],
  named: ReadonlyArray<{ start: number; end: number }>,
  german: boolean,
): UnnamedMention[] {
  const out: UnnamedMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const d = words[i] as Word;
    const indefinite = (german ? INDEFINITE_DE : INDEFINITE_EN).has(d.lower);
    // "Her colleague, Dr. NAME, …": a relation is unnamed only when the sentence names nobody.
    const possessive = i === 0 && POSSESSIVE.has(d.lower) && named.length === 0;
    if (!indefinite && !possessive) continue;
    const before = words[i - 1];
    if (before && PREPOSITIONS.has(before.lower)) continue;
    // "NAME, a radar engineer at …", "NAME, 29, ein Tischler": an apposition describes NAME.
    if (named.some((m) => m.end <= d.start && /^[\s,\d]*,\s*$/.test(text.slice(m.end, d.start))))
      continue;
    // The same after a surname the people index did not record here ("At the quay, Berrick, a
    // fisherman, …"): a word the page writes as the end of a name.
    const comma = /(\p{Lu}[\p{L}'’-]*),\s*$/u.exec(text.slice(Math.max(0, d.start - 40), d.start));
    if (comma && surnames.has(comma[1] as string)) continue;
    for (let k = i + 1; k < words.length && k <= i + 4; k++) {
      const w = words[k] as Word;
      if (possessive && !RELATION_NOUNS.has(w.lower)) {
        if (personNoun(w, german)) break;
        continue;
      }
      if (!personNoun(w, german)) {
        // German adjectives are lower-case; a capitalised word that is no person ends the NP.
        if (german && w.capitalized) break;
        continue;
      }
      if (w.lower.endsWith("'s") || w.lower.endsWith('’s')) break;
      const next = words[k + 1];
      const nameFollows = named.some((m) => m.start >= w.end && m.start <= w.end + 2);
      if (!nameFollows && !(next && next.capitalized && !german && next.start === w.end + 1))
        out.push({ start: d.start, end: w.end, gender: unnamedGender(w.lower, d.lower, german) });
      break;
    }
  }
  return out;
}

const DEFINITE_EN = new Set(['the']);
const DEFINITE_DE = new Set(['der', 'die']);

/**
 * Definite role phrases of a sentence: "the chairman", "the club's chairman", "die
 * Bürgermeisterin", with up to two words between; not when a name follows ("the chairman Tom
 * Ark" is a mention of the name) and not after a preposition.
 */
function definiteRoles(
  words: readonly Word[],
  named: ReadonlyArray<{ start: number }>,
  german: boolean,
): Array<{ start: number; end: number; noun: string }> {
  const out: Array<{ start: number; end: number; noun: string }> = [];
  for (let i = 0; i < words.length; i++) {
    const d = words[i] as Word;
    if (!(german ? DEFINITE_DE : DEFINITE_EN).has(d.lower)) continue;
    const before = words[i - 1];
    if (before && PREPOSITIONS.has(before.lower)) continue;
    for (let k = i + 1; k < words.length && k <= i + 3; k++) {
      const w = words[k] as Word;
      const role = german ? w.capitalized && germanPersonNoun(w.lower) : isRoleWord(w.lower);
      if (!role) {
        if (german && w.capitalized) break;
        continue;
      }
      const nameFollows = named.some((m) => m.start >= w.end && m.start <= w.end + 2);
      if (!nameFollows) out.push({ start: d.start, end: w.end, noun: w.lower });
      break;
    }
  }
  return out;
}

/**
 * Whether a mention at `start` is the sentence's subject: it opens the sentence (after a fronted
 * phrase closed by a comma), or, in German verb-second order, no preposition stands before it
 * and no other person opened the sentence.
 */
function isSubject(text: string, sentenceStart: number, start: number, german: boolean): boolean {
  const lead = text.slice(sentenceStart, start).trim();
  if (lead === '' || /^[^,]{0,60},$/.test(lead)) return true;
  // "Biologist NAME", "Germany's defence minister NAME": titles and roles are part of the subject.
  const before = lead.split(/\s+/);
  if (
    before.length <= 4 &&
    before.every((w) => /^\p{Lu}/u.test(w) || /['’]s$/.test(w) || isRoleWord(w.toLowerCase()))
  )
    return true;
  if (!german) return false;
  const words = lead.split(/\s+/);
  const last = (words[words.length - 1] ?? '').toLowerCase();
  return words.length <= 6 && !PREPOSITIONS.has(last) && !/,/.test(lead);
}

/** Characters of each paragraph the model reads back: enough for a few sentences, and linear. */
const WINDOW = 1200;

function firstAtOrAfter(
  list: ReadonlyArray<{ start?: number; open?: number }>,
  at: number,
): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const x = list[mid] as { start?: number; open?: number };
    if ((x.start ?? x.open ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last WINDOW characters of a paragraph before `end`, with offsets shifted to the window. */
function windowOf<P>(p: FocusParagraph<P>, end: number): FocusParagraph<P> {
  const from = Math.max(0, end - WINDOW);
  if (from === 0 && end === p.text.length) return p;
  const quotes: Array<{ open: number; close: number }> = [];
  for (let i = Math.max(0, firstAtOrAfter(p.quotes, from) - 1); i < p.quotes.length; i++) {
    const q = p.quotes[i] as { open: number; close: number };
    if (q.open >= end) break;
    if (q.close >= from) quotes.push({ open: Math.max(0, q.open - from), close: q.close - from });
  }
  const mentions: Array<NamedMention<P>> = [];
  for (let i = firstAtOrAfter(p.mentions, from); i < p.mentions.length; i++) {
    const m = p.mentions[i] as NamedMention<P>;
    if (m.start >= end) break;
    mentions.push({ ...m, start: m.start - from, end: m.end - from });
  }
  return { text: p.text.slice(from, end), quotes, mentions };
}

/**
 * A name that opens a clause joined by a comma and goes on with a lower-case word, its verb: "Pahl
 * legt ihm die Hand auf die Schulter, Kreisel schüttelt den Kopf". Not an apposition ("NAME, 29,")
 * and not a list ("X, Y and Z").
 */
function opensCoordinateClause(text: string, start: number, end: number): boolean {
  return (
    /[\p{Ll}\d], $/u.test(text.slice(Math.max(0, start - 3), start)) &&
    /^ \p{Ll}+\b/u.test(text.slice(end, end + 30)) &&
    !/^ (?:and|und|or|oder)\b/.test(text.slice(end, end + 6))
  );
}

/**
 * The entities in focus at offset `upTo` of the last paragraph, most salient first. `paragraphs`
 * holds the earlier paragraph(s) first and the quote's paragraph last; quotes and mentions are in
 * text order.
 */
export function focusAt<P>(
  wholeParagraphs: ReadonlyArray<FocusParagraph<P>>,
  upToInLast: number,
  german: boolean,
  genderOf: (person: P) => Gender,
  roleHolder: (noun: string) => P | null = () => null,
): Array<FocusEntity<P>> {
  const paragraphs = wholeParagraphs.map((p, i) =>
    windowOf(p, i === wholeParagraphs.length - 1 ? upToInLast : p.text.length),
  );
  const upTo = paragraphs[paragraphs.length - 1]?.text.length ?? 0;
  interface Raw {
    person: P | null;
    gender: Gender;
    weight: number;
    paragraph: number;
    at: number;
    sentence: number;
  }
  const raw: Raw[] = [];
  // Last words of the names written in these paragraphs.
  const surnames = new Set<string>();
  for (const p of paragraphs)
    for (const m of p.mentions) {
      const last = /[\p{L}'’-]+$/u.exec(p.text.slice(m.start, m.end))?.[0];
      if (last) surnames.add(last);
    }
  let sentenceIndex = 0;
  const paragraphStarts: number[] = [];
  paragraphs.forEach((p, pi) => {
    const last = pi === paragraphs.length - 1;
    const text = narrative(p, last ? upTo : p.text.length);
    paragraphStarts.push(sentenceIndex);
    for (const [from, to] of sentences(text)) {
      const words = wordsOf(text, from, to);
      const named = p.mentions.filter(
        (m) => m.start >= from && m.start < to && text[m.start] !== ' ',
      );
      // "the chairman paused", "Die Bürgermeisterin hält das für unrealistisch": a definite role
      // noun mentions the person who holds that role.
      for (const r of definiteRoles(words, named, german)) {
        const person = roleHolder(r.noun);
        if (person !== null) named.push({ start: r.start, end: r.end, person });
      }
      named.sort((a, b) => a.start - b.start);
      let subjectTaken = false;
      for (const m of named) {
        const subject: boolean =
          (!subjectTaken && isSubject(text, from, m.start, german)) ||
          opensCoordinateClause(text, m.start, m.end);
        subjectTaken ||= subject;
        const embedded = !subject && RELATIVE_CLAUSE.test(text.slice(from, m.start));
        raw.push({
          person: m.person,
          gender: genderOf(m.person),
          weight:
            (subject ? SUBJECT_WEIGHT : embedded ? EMBEDDED_WEIGHT : OTHER_WEIGHT) +
            (RELATIVE_AFTER.test(text.slice(m.end, m.end + 12)) ? HOST_BONUS : 0),
          paragraph: pi,
          at: m.start,
          sentence: sentenceIndex,
        });
      }
      for (const u of unnamedIn(text, surnames, words, named, german)) {
        const subject = !subjectTaken && isSubject(text, from, u.start, german);
        raw.push({
          person: null,
          gender: u.gender,
          weight: subject ? SUBJECT_WEIGHT : OTHER_WEIGHT,
          paragraph: pi,
          at: u.start,
          sentence: sentenceIndex,
        });
      }
      sentenceIndex++;
    }
  });
  const lastSentence = sentenceIndex - 1;
  const lastParagraph = paragraphs.length - 1;
  const byEntity = new Map<P | Raw, FocusEntity<P>>();
  for (const r of raw) {
    const salience =
      r.weight *
      SENTENCE_DECAY ** (lastSentence - r.sentence) *
      PARAGRAPH_DECAY ** (lastParagraph - r.paragraph);
    // Every unnamed mention is its own entity: "a woman … another woman" are two people.
    const key = r.person ?? r;
    const seen = byEntity.get(key);
    const entity: FocusEntity<P> = {
      person: r.person,
      gender: r.gender ?? seen?.gender ?? null,
      salience: (seen?.salience ?? 0) + salience,
      paragraph: r.paragraph,
      at: r.at,
    };
    byEntity.set(key, entity);
  }
  // Equal salience: the entity mentioned last is nearer.
  return [...byEntity.values()].sort(
    (a, b) => b.salience - a.salience || b.paragraph - a.paragraph || b.at - a.at,
  );
}

/** The most salient entity a pronoun or role of this gender can mean (unknown gender fits). */
export function salientFitting<P>(
  entities: ReadonlyArray<FocusEntity<P>>,
  gender: Gender,
): FocusEntity<P> | null {
  for (const e of entities)
    if (gender === null || e.gender === null || e.gender === gender) return e;
  return null;
}
