/**
 * People named in the article. A name is a run of capitalised words (with particles such as "van",
 * "de", "von der") that is left over once honorifics, role words, institution words and places
 * are peeled off its front. Two or more words make a name on their own; a single word needs
 * evidence: an honorific or role before it, or an earlier full name it shortens.
 */
import type { Language, ParsedPerson } from './types.ts';
import type { Unit } from './units.ts';
import type { QuoteSpan } from './quotes.ts';
import { tokensOf, type Token } from './tokens.ts';
import {
  CLAUSE_BOUNDARY,
  DAYS,
  DETERMINERS,
  FEMALE_NAMES,
  MALE_NAMES,
  DE_ROLE_SUFFIXES,
  SPEECH_PARTICIPLES,
  SPEECH_VERBS,
  INSTITUTION_WORDS,
  MONTHS_DE,
  MONTHS_EN,
  HONORIFIC_GIVEN_NAMES,
  MULTI_TITLES,
  MULTI_WORD_PLACES,
  NAME_PARTICLES,
  ORG_WORDS,
  PLACE_PREFIXES,
  PREPOSITIONS,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  STOPWORDS,
  TITLES,
} from './lexicon.ts';

export interface Person {
  name: string;
  tokens: string[];
  aliases: string[];
  titles: string[];
  roles: string[];
  firstUnit: number;
  firstOffset: number;
  /** From honorifics, gendered roles or pronouns that refer back to the person; null if unknown. */
  gender: 'm' | 'f' | null;
  /** Attribution's words of the roles and titles, computed on first use. */
  roleWords?: Set<string>;
  /** Attribution's answers for role words held as the end of a compound, filled on use. */
  compoundRoles?: Map<string, boolean>;
}

export interface Mention {
  unit: number;
  start: number;
  end: number;
  person: Person;
  /** The mention writes the whole name (not a shortened form). */
  full: boolean;
  /** Other people the shortened form could mean ("Van der Linden" for two siblings). */
  alternatives?: Person[];
}

export interface PeopleIndex {
  people: Person[];
  mentions: Mention[];
  /** Attribution's quote spans of each unit that holds quotes, filled as units are read. */
  spans?: Map<number, readonly QuoteSpan[]>;
  /** Attribution's people by name, built on first use. */
  byName?: Map<string, Person>;
}

interface Candidate {
  unit: number;
  /** Index of the first word in the unit's tokens. */
  at: number;
  start: number;
  end: number;
  words: string[];
  /** The words lower-cased and joined by spaces: the look-up key of the name. */
  key: string;
  written: string;
  titles: string[];
  roles: string[];
  /** An honorific or role phrase stands before it: evidence that a single word is a person. */
  introduced: boolean;
  particleStart: boolean;
  /** Enough evidence to stand as a full name on its own. */
  plausible: boolean;
  /** Positive evidence (introduced, speaking, particles), not just the absence of counter-signs. */
  evidence: boolean;
  /** Evidence other than a particle inside the name ("Porto da Cruzeta" is a place). */
  strongEvidence: boolean;
  /** Written right after a locative ("in", "at") or another place preposition ("of", "from"). */
  place: 'in' | 'of' | null;
}

const MONTHS = new Set([...MONTHS_EN, ...MONTHS_DE]);
const MULTI_TITLE_SET = new Set(MULTI_TITLES);
/** Every text before a space in a multi-word title: only these can start one. */
const MULTI_TITLE_STARTS = new Set(
  MULTI_TITLES.flatMap((title) => [...title.matchAll(/ /g)].map((m) => title.slice(0, m.index))),
);

// Word classes are asked for again and again; the vocabulary of one page is small.
const roleCache = new Map<string, boolean>();
const orgCache = new Map<string, boolean>();

function memo<T>(cache: Map<string, T>, word: string, f: (w: string) => T): T {
  let v = cache.get(word);
  if (v === undefined) {
    v = f(word);
    if (cache.size > 50000) cache.clear();
    cache.set(word, v);
  }
  return v;
}

/**
 * The language of the article being read: German agent-noun endings ("-istin", "-erin") mark
 * role nouns only in German text ("Kristin" is a given name in English). Parsing is synchronous,
 * so one article is read at a time.
 */
let readingGerman = false;
const germanRoleCache = new Map<string, boolean>();

export function setReadingLanguage(language: Language): void {
  readingGerman = language === 'de';
}

const germanRoleWord = (w: string): boolean => roleWordUncached(w, true);
const englishRoleWord = (w: string): boolean => roleWordUncached(w, false);

export function isRoleWord(lower: string): boolean {
  return readingGerman
    ? memo(germanRoleCache, lower, germanRoleWord)
    : memo(roleCache, lower, englishRoleWord);
}

function roleWordUncached(lower: string, german: boolean): boolean {
  if (roleWordBase(lower, german)) return true;
  // German case endings: "dem Vorsitzenden", "des Bürgermeisters", "des Chefs".
  if (!german || lower.length < 5) return false;
  if (lower.endsWith('en') && roleWordBase(lower.slice(0, -1), true)) return true;
  return lower.endsWith('s') && roleWordBase(lower.slice(0, -1), true);
}

function roleWordBase(lower: string, german: boolean): boolean {
  if (ROLE_NOUNS.has(lower) || TITLES.has(lower)) return true;
  const last = lower.split(/[-‐]/).pop() ?? lower;
  // "Solheim-Bauer" is a double surname; "Grünen-Chefin", "vice-president" are roles.
  if (last !== lower && SURNAME_OCCUPATIONS.has(last)) return false;
  if (last !== lower && (ROLE_NOUNS.has(last) || TITLES.has(last))) return true;
  if (
    DE_ROLE_SUFFIXES.some(
      (s) => lower.endsWith(s) && (lower.length > 7 || lower.length === s.length),
    )
  )
    return true;
  // German agent nouns, mostly feminine forms: "Geigerin", "Intendantin", "Spediteur".
  if (!german) return false;
  return (
    (lower.length >= 7 && /(?:erin|istin|orin|eurin|ärin|eur|ginn)$/.test(lower)) ||
    // "Kommissarin", "Notarin", "Bibliothekarin".
    (lower.length >= 9 && /arin$/.test(lower)) ||
    (lower.length >= 9 && /(?:antin|entin|atin|login)$/.test(lower))
  );
}

export function isOrgWord(lower: string): boolean {
  return memo(orgCache, lower, orgWordUncached);
}

function orgWordUncached(lower: string): boolean {
  if (ORG_WORDS.has(lower) || INSTITUTION_WORDS.has(lower)) return true;
  // The head of a German body's compound, written alone: "die Kammer", "der Verband".
  if (DE_ORG_SUFFIXES.includes(lower)) return true;
  // German genitive: "des Amtsrichterverbands", "des Vereins".
  if (lower.length > 9 && /(?:[^s]s|es)$/.test(lower)) {
    const stem = lower.endsWith('es') ? lower.slice(0, -2) : lower.slice(0, -1);
    if (DE_ORG_SUFFIXES.some((suffix) => stem.endsWith(suffix))) return true;
  }
  const last = lower.split(/[-‐]/).pop() ?? lower;
  if (last !== lower && ORG_WORDS.has(last)) return true;
  // German compounds: "Umweltministerium", "Naturschutzorganisation", "Bauernverband"; an
  // office, "Landesamt" (not the adverb "insgesamt").
  if (lower.length > 8 && lower.endsWith('amt') && !lower.endsWith('gesamt')) return true;
  return lower.length > 8 && DE_ORG_SUFFIXES.some((suffix) => lower.endsWith(suffix));
}

const VESSELS = new Set(
  'ferry ship vessel boat yacht tanker freighter trawler cutter liner schiff fähre boot'.split(' '),
);

/** A noun that names a body (not a modifier such as "National" or "Defence"). */
function orgNoun(lower: string): boolean {
  return (
    ORG_WORDS.has(lower) ||
    (lower.length > 8 && DE_ORG_SUFFIXES.some((suffix) => lower.endsWith(suffix)))
  );
}

const DE_ORG_SUFFIXES = [
  'organisation',
  'firma',
  'gesellschaft',
  'genossenschaft',
  'ministerium',
  'verband',
  'verein',
  'partei',
  'stiftung',
  'gewerkschaft',
  'unternehmen',
  'konzern',
  'behörde',
  'gericht',
  'zeitung',
  'initiative',
  'bündnis',
  'institut',
  'kammer',
  'verwaltung',
  'regierung',
  'polizei',
  'feuerwehr',
];

/** Occupations that are also frequent surnames (alone or as the last part of a double name). */
const SURNAME_OCCUPATIONS = new Set(
  (
    'bauer richter koch fischer müller mueller schneider weber meier meyer becker wagner schäfer ' +
    'schmidt schmitt hoffmann zimmermann kaiser könig vogt graf herzog baker smith farmer judge ' +
    'king bishop knight cook fisher carter mason taylor porter turner butler marshall dean ' +
    'sheriff abbott'
  ).split(' '),
);

/**
 * `next` ends a run right after the given name `given`: "Solheim-Bauer" after "Ingrid", "Richter"
 * after "Anna". The given name must not itself describe (a place, demonym or role word).
 */
function surnameLike(given: Token, next: Token): boolean {
  if (next.gap !== ' ' || given.acronym || STOPWORDS.has(given.lower) || isDescriptor(given.lower))
    return false;
  if (!/^\p{Lu}\p{Ll}/u.test(given.text) || !/^\p{Lu}\p{Ll}/u.test(next.text)) return false;
  // Demonyms and adjectives ("Polish", "Russian", "Deutsche") come before roles, not surnames.
  if (/(?:ish|ian|ese|ean|ic|ische|ischer|ischen|sche|scher|er)$/.test(given.lower)) return false;
  const parts = next.lower.split(/[-‐]/);
  const last = parts[parts.length - 1] ?? '';
  return SURNAME_OCCUPATIONS.has(last);
}

/**
 * A role word or honorific stands later in the run, before its last word: everything up to it
 * describes ("Ecological Transition Minister Carlota Besteiro", "Regional Water Authority head
 * Ana Ruiz"). A surname that is also an occupation, right after a given name, is no role.
 */
function roleAhead(tokens: readonly Token[], k: number, to: number): boolean {
  for (let p = k + 1; p < to && p <= k + 6; p++) {
    const t = tokens[p] as Token;
    if (!(isRoleWord(t.lower) || TITLES.has(t.lower))) continue;
    if (SURNAME_OCCUPATIONS.has(t.lower) && surnameLike(tokens[p - 1] as Token, t)) continue;
    return true;
  }
  return false;
}

function givenNameAhead(tokens: readonly Token[], k: number, to: number): boolean {
  for (let p = k + 1; p < to && p <= k + 4; p++) {
    const t = tokens[p] as Token;
    if (givenNameGender(t.text) !== null) return true;
  }
  return false;
}

/** "Sven Harms und Birte Classen": the run follows "und" after a name opened by a given name. */
function coordinatedWithName(
  tokens: readonly Token[],
  k: number,
  to: number,
  stats: WordStats,
): boolean {
  // A pair of capitalised words that names nothing else: no noun, role, body or place word.
  const pairAt = (a: number): boolean => {
    const x = tokens[a];
    const y = tokens[a + 1];
    const around = tokens[a - 1];
    const after = tokens[a + 2];
    if (!x || !y || !nameish(x) || !nameish(y) || y.gap !== ' ') return false;
    if (around && nameish(around) && x.gap === ' ') return false;
    if (after && nameish(after) && after.gap === ' ') return false;
    if (givenNameGender(x.text) !== null) return true;
    return ![x, y].some(
      (w) => describes(w, stats) || STOPWORDS.has(w.lower) || PLACE_PREFIXES.has(w.lower),
    );
  };
  const conj = tokens[k - 1];
  if (
    conj &&
    COORDINATORS.has(conj.lower) &&
    (tokens[k] as Token).gap === ' ' &&
    conj.gap === ' ' &&
    pairAt(k - 3)
  )
    return true;
  const next = tokens[to + 1];
  return (
    next !== undefined &&
    COORDINATORS.has(next.lower) &&
    next.gap === ' ' &&
    (tokens[to + 2]?.gap ?? '') === ' ' &&
    pairAt(to + 2)
  );
}

/** Family relations that introduce a given name: "his wife Grace", "ihre Tochter Lena". */
const KINSHIP = new Set(
  (
    'wife husband son daughter brother sister mother father partner grandson granddaughter ' +
    'grandmother grandfather niece nephew cousin uncle aunt twin fiancée fiance widow widower ' +
    'frau mann sohn tochter bruder schwester mutter vater partnerin partner enkel enkelin ' +
    'großmutter großvater nichte neffe cousine cousin onkel tante zwillingsschwester ' +
    'zwillingsbruder witwe witwer verlobte verlobter ehefrau ehemann lebensgefährtin lebensgefährte ' +
    // Companions introduce a person the same way: "sein Kollege Uwe Kreisel".
    'kollege kollegin nachbar nachbarin freund freundin colleague neighbour neighbor friend teammate'
  ).split(' '),
);

/** A capitalised word that describes (a role, also in the plural, a kinship or common noun). */
function describes(t: Token, stats: WordStats): boolean {
  const w = t.lower;
  return (
    isDescriptor(w) ||
    KINSHIP.has(w) ||
    stats.nouns.has(w) ||
    stats.lowercase.has(w) ||
    isRoleWord(w.replace(/(?:nen|en|s)$/, ''))
  );
}

const COORDINATORS = new Set(['and', 'und', '&', 'et', 'y']);

/**
 * "Ana and Luis Ferreira", "Anneliese und Josef Brandt": a given name joined by "and" to a full
 * name shares its surname, so it names a second person ("Ana Ferreira"). One of the two given
 * names must be known as one, so that "Paris and Anna Schmidt" stays a place and a person.
 */
function coordinatedGivenName(
  tokens: readonly Token[],
  c: Candidate,
  stats: WordStats,
): Candidate | null {
  if (c.words.length < 2 || c.particleStart) return null;
  const i = c.at;
  const conj = tokens[i - 1];
  const given = tokens[i - 2];
  if (i < 2 || !conj || !given || conj.capitalized || !COORDINATORS.has(conj.lower)) return null;
  if ((tokens[i] as Token).gap !== ' ' || conj.gap !== ' ' || given.possessive) return null;
  if (!nameish(given) || STOPWORDS.has(given.lower) || isDescriptor(given.lower)) return null;
  // The given name stands alone: not the end of a longer name ("Anna Weber and Luis Ruiz"),
  // though a role or noun may stand before it ("die Schülerinnen Frauke und Imke Jessen").
  const before = tokens[i - 3];
  if (before && nameish(before) && /^ $/.test(given.gap) && !describes(before, stats)) return null;
  // One of the given names is known as one, or the first is used alone elsewhere in the article
  // ("Marta and Duarte Pestana ... Marta says").
  if (
    givenNameGender(given.text) === null &&
    givenNameGender(c.words[0] ?? '') === null &&
    ((stats.standalone.get(given.lower) ?? 0) < 2 || describes(given, stats))
  )
    return null;
  const surname = c.words.slice(1);
  const words = [given.text, ...surname];
  return {
    ...c,
    at: i - 2,
    place: null,
    start: given.start,
    end: given.end,
    words,
    key: key(words),
    written: words.join(' '),
    titles: [],
    roles: [],
  };
}

/** An age used as an adjective: "the 12-year-old", "die zwölfjährige", "der 14-jährige". */
const AGE_ADJECTIVE = /^(?:\d+-year-old|\d+-jährige[rn]?|\p{Ll}+jährige[rn]?)$/u;

/**
 * A single capitalised word stands where only a person's given name can: after a kinship noun
 * ("her son Jorin", "ihre Tochter Lieselle"), after an age ("the 12-year-old Mira", "die
 * zwölfjährige Mira"), or set off by commas after a noun for a person with an age before it
 * ("a 19-year-old trainee, Shauna,").
 */
function personSlot(
  tokens: readonly Token[],
  k: number,
  text: string,
  end: number,
): 'kin' | 'age' | 'apposition' | null {
  const t = tokens[k] as Token;
  const prev = tokens[k - 1];
  if (!prev || prev.possessive) return null;
  if (t.gap === ' ' && KINSHIP.has(prev.lower)) {
    const owner = tokens[k - 2];
    if (
      owner &&
      (DETERMINERS.has(owner.lower) || owner.lower === 'whose' || owner.lower === 'deren')
    )
      return 'kin';
    return null;
  }
  if (t.gap === ' ' && !prev.capitalized && AGE_ADJECTIVE.test(prev.lower)) return 'age';
  if (t.gap === ', ' && !prev.capitalized && /^\s*[,.;:)]/.test(text.slice(end, end + 2))) {
    for (let p = k - 2; p >= 0 && p >= k - 4; p--) {
      const x = tokens[p] as Token;
      if ((tokens[p + 1] as Token).gap !== ' ') break;
      if (AGE_ADJECTIVE.test(x.lower)) return 'apposition';
      if (DETERMINERS.has(x.lower)) break;
    }
  }
  return null;
}

/**
 * The word in a person's slot is a given name: not a word the article uses as a noun or in lower
 * case. German capitalises nouns ("der 14-jährige Schüler"), so there the name must also be known,
 * have an age in apposition, follow a kinship noun, or stand alone again elsewhere in the article.
 */
function unknownGivenName(
  t: Token,
  stats: WordStats,
  slot: 'kin' | 'age' | 'apposition',
  aged: boolean,
): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(t.text) || t.possessive) return false;
  const w = t.lower;
  if (STOPWORDS.has(w) || isDescriptor(w) || KINSHIP.has(w) || stats.lowercase.has(w)) return false;
  if (stats.language !== 'de') return true;
  // After "die zwölfjährige" any word counts as a noun in the article's statistics.
  if ((stats.nouns.has(w) && slot !== 'age') || DE_NOUN.test(w)) return false;
  return (
    givenNameGender(t.text) !== null ||
    slot === 'kin' ||
    aged ||
    (stats.standalone.get(w) ?? 0) >= 2
  );
}

/**
 * "Matthias Hesselbachs Vater Wilfried Hesselbach": a German genitive (a name ending in -s), then
 * a kinship or role noun, then more name words. Returns where the relative's name starts, or -1.
 */
function relativeOfGenitive(tokens: readonly Token[], from: number, to: number): number {
  for (let g = from; g + 2 <= to && g < from + MAX_NAME_WORDS; g++) {
    const owner = tokens[g] as Token;
    const noun = tokens[g + 1] as Token;
    if (
      owner.lower.length > 3 &&
      owner.lower.endsWith('s') &&
      givenNameGender(owner.text) === null &&
      (KINSHIP.has(noun.lower) || isRoleWord(noun.lower)) &&
      nameish(tokens[g + 2] as Token)
    )
      return g + 2;
  }
  return -1;
}

/**
 * "Sprecher Konstantin Wirth": a word that reads as a role only by its ending ("-antin" as in
 * "Intendantin"), right after a role noun and before a surname, is a given name: roles are not
 * stacked.
 */
function givenNameAfterRole(
  tokens: readonly Token[],
  from: number,
  k: number,
  to: number,
): boolean {
  if (k === from || k >= to) return false;
  // The rest is a surname, particles allowed ("Konstantin von der Heydt"), and holds no role.
  for (let p = k + 1; p <= to; p++) {
    const w = tokens[p] as Token;
    if (isRoleWord(w.lower) || (!nameish(w) && !particle(w))) return false;
  }
  if (to - k > 3 || !nameish(tokens[to] as Token)) return false;
  const t = tokens[k] as Token;
  const before = tokens[k - 1] as Token;
  return (
    /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
    !ROLE_NOUNS.has(t.lower) &&
    !TITLES.has(t.lower) &&
    !isOrgWord(t.lower) &&
    isRoleWord(before.lower) &&
    !TITLES.has(before.lower)
  );
}

/**
 * The next sentence opens with a personal pronoun and a singular verb, or a noun of age for a
 * person ("Taavo Kirsch wohnt hier. Er ...", "Auch Lukas ist enttäuscht. Der Zwölfjährige ..."):
 * the page treats the name as a person's. Not across a bracket: "(Freie Wähler)" after a name is
 * an affiliation. Only a short rest of the sentence is looked at, so the cost per name is bounded.
 */
const NEXT_SENTENCE_PERSON =
  /^[^.!?„“"”()]{0,80}[.!?]\s+(?:(?:He|She) (?:is|was|has|had|said|told|\p{Ll}+s)|(?:Er|Sie) (?:ist|war|hat|hatte|wird|wurde|\p{Ll}+[^e\s]t)|(?:The|Der|Die) [\p{L}\d-]*(?:year-old|[jJ]ährige))[\s,]/u;

function personPronounFollows(text: string, end: number): boolean {
  return NEXT_SENTENCE_PERSON.test(text.slice(end, end + 120));
}

const last0 = (words: readonly Token[]): Token => words[words.length - 1] as Token;

/** German plural nouns by their suffix: "Zuwendungen", "Gemeinschaften", "Ergebnisse". */
const DE_PLURAL_NOUN = /(?:ungen|heiten|keiten|schaften|tionen|täten|nisse)$/;

/**
 * "von dem Bauunternehmer Achim Rautenberg Zuwendungen angenommen": German word order puts an
 * object noun right after a name. Trailing words shaped or used as nouns are cut off the run,
 * keeping at least two words.
 */
function withoutTrailingNouns(
  tokens: readonly Token[],
  from: number,
  to: number,
  stats: WordStats,
): number {
  let end = to;
  while (end - from >= 2) {
    const w = (tokens[end] as Token).lower;
    if (!(DE_PLURAL_NOUN.test(w) || DE_NOUN.test(w) || stats.nouns.has(w))) break;
    if (particle(tokens[end - 1] as Token)) break;
    end--;
  }
  return end;
}

/**
 * "Lohwassers Verteidiger": a German genitive of a name the page uses alone, then the noun it
 * owns. Two words, not a name.
 */
function ownedByGenitive(words: readonly Token[], stats: WordStats): boolean {
  if (words.length !== 2) return false;
  const owner = (words[0] as Token).lower;
  return (
    owner.length > 4 &&
    owner.endsWith('s') &&
    givenNameGender((words[0] as Token).text) === null &&
    (stats.standalone.get(owner.slice(0, -1)) ?? 0) >= 1
  );
}

/** Possessives of the first and second person, absent from the shared determiners. */
const SPEAKER_POSSESSIVES = new Set(
  (
    'my your mein meine meinen meinem meiner dein deine deinen deinem deiner ' +
    'euer eure euren eurem eurer'
  ).split(' '),
);

/** German "um 6.40 Uhr", "17 Kilometer": a capitalised word after a numeral is a unit noun. */
function numeralBefore(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  const t = tokens[k] as Token;
  return (
    prev !== undefined &&
    (/^\d/.test(prev.text) || DE_NUMBER_WORDS.has(prev.lower)) &&
    // "hatte 1968 Herbert Raffl gebaut": a year or a given name after the number.
    !/^(?:1[89]|20)\d\d$/.test(prev.text) &&
    givenNameGender(t.text) === null &&
    t.gap === ' '
  );
}

/** German nouns of "according to" phrases: "nach Angaben von", "nach Worten von". */
const DE_ACCORDING_NOUNS = new Set(
  'angaben worten aussagen ansicht einschätzung auffassung meinung schätzung darstellung'.split(
    ' ',
  ),
);

/** Words that describe rather than name: peeled off the front of a capitalised run. */
function isDescriptor(lower: string): boolean {
  return isRoleWord(lower) || isOrgWord(lower) || isDay(lower) || MONTHS.has(lower);
}

/** "Tuesday", "Tuesdays", "montags": a day name, never a person. */
function isDay(lower: string): boolean {
  return DAYS.has(lower) || (lower.endsWith('s') && DAYS.has(lower.slice(0, -1)));
}

/**
 * "Berlin-based", "Third-tier", "Pro-government": a compound whose later part is written in lower
 * case is an adjective even when capitalised, never part of a name ("al-Sabbagh" starts lower).
 */
function adjectivalCompound(t: Token): boolean {
  if (!t.text.includes('-') && !t.text.includes('‐')) return false;
  const parts = t.text.split(/[-‐]/);
  if (parts.length < 2 || !/^\p{Lu}/u.test(parts[0] ?? '')) return false;
  return parts.slice(1).some((part) => /^\p{Ll}/u.test(part));
}

/** Letters of other Latin alphabets, absent from German common nouns. */
const FOREIGN_LETTERS = /[ńłśćźżąęčšžřěůýåøæðþíóúáàèìòùâêîôûãõñçéëïœğış]/u;

const DE_NUMBER_WORDS = new Set(
  'zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig vierzig fünfzig hundert tausend'.split(
    ' ',
  ),
);

const DE_NOUN = /^[^-‐]*(?:ung|heit|keit|schaft|tion|tät|ismus|nis|tum|ium)$/;
const DE_ADJECTIVE = /(?:isch|ische|ischen|ischer|isches|sche|schen|scher)$/;

function nameish(t: Token): boolean {
  if (!t.capitalized || t.acronym) return false;
  // ASCII first: only other characters need the Unicode test.
  const c = t.text.charCodeAt(0) | 0x20;
  if (c >= 97 && c <= 122) return true;
  return t.text.charCodeAt(0) >= 128 && /^\p{L}/u.test(t.text);
}

function particle(t: Token): boolean {
  return NAME_PARTICLES.has(t.text) || (t.capitalized && NAME_PARTICLES.has(t.lower));
}

/** Lower-case particles after which a surname may look like a German noun ("vom Bruch"). */
const SURNAME_PARTICLES = new Set(['von', 'vom', 'zu', 'van', 'de', 'ter', 'ten']);

/** Particles that open a name's particle group: "von der", "van den", "de la". */
const LEADING_NAME_PARTICLES = new Set(['von', 'van', 'de']);

/** "der"/"den" are particles only after another one ("von der Leyen"); alone they are articles. */
const SECOND_PARTICLES = new Set(['der', 'den', 'la', 'las', 'los']);

/** A name continues across one space, or ". " after an initial or abbreviated honorific. */
function joins(prev: Token, next: Token): boolean {
  if (prev.possessive) return false;
  if (next.gap === ' ') return true;
  return (
    next.gap === '. ' &&
    // "on X. He said": an initial is followed by more of a name, never by a function word.
    !STOPWORDS.has(next.lower) &&
    (prev.text.length === 1 ||
      /^(?:dr|prof|mr|mrs|ms|st|gen|lt|col|sgt|capt|rep|sen|gov)$/i.test(prev.text))
  );
}

/** Longest run of capitalised words looked at, and the most words a name may have. */
const MAX_RUN = 12;
const MAX_NAME_WORDS = 8;
/** Aliases, titles and roles kept per person (distinct values; later ones are dropped). */
const MAX_FORMS = 24;
/** People sharing a name part that a shortened form is compared with. */
const MAX_SHARED = 16;

/** An organisation noun among the first capitalised words from `k`: "Technischen Hochschule". */
function bodyAhead(tokens: readonly Token[], k: number): boolean {
  for (let p = k; p < tokens.length && p < k + 3; p++) {
    const t = tokens[p] as Token;
    if (p > k && (t.gap !== ' ' || !nameish(t))) return false;
    if (isOrgWord(t.lower.replace(/-.*$/, ''))) return true;
  }
  return false;
}

function runsOf(tokens: readonly Token[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    const nxt = tokens[i + 1];
    // A name starts here, or a particle opens one ("van der Berg").
    const starts =
      nameish(t) ||
      (nxt !== undefined &&
        nameish(nxt) &&
        nxt.gap === ' ' &&
        particle(t) &&
        !SECOND_PARTICLES.has(t.lower));
    if (!starts) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length) {
      const cur = tokens[j] as Token;
      const next = tokens[j + 1] as Token;
      if (!joins(cur, next)) break;
      if (nameish(next)) {
        j++;
        continue;
      }
      // Particles only inside a name: "Anna de Boer", "Ursula von der Leyen". "vom" joins a
      // given name to its surname ("Helga vom Bruch"); after a full name it is the preposition
      // ("Sigrid Obexer vom Klimazentrum").
      if (next.lower === 'vom' && j > i && givenNameGender(cur.text) === null) break;
      let k = j + 1;
      while (
        k < tokens.length &&
        particle(tokens[k] as Token) &&
        !(tokens[k] as Token).capitalized &&
        (tokens[k] as Token).gap === ' ' &&
        (k > j + 1 ||
          particle(tokens[j] as Token) ||
          !SECOND_PARTICLES.has((tokens[k] as Token).lower))
      ) {
        k++;
      }
      const after = tokens[k];
      // "Lea Brandt von der Hochschule X", "von der Technischen Hochschule": particles before a
      // body are a preposition.
      if (
        k > j + 1 &&
        after &&
        nameish(after) &&
        after.gap === ' ' &&
        !bodyAhead(tokens, k) &&
        // "von der Wählergemeinschaft": an abstract noun after the particles is no surname.
        !(DE_NOUN.test(after.lower) && after.lower.length > 9)
      ) {
        j = k;
        continue;
      }
      break;
    }
    // A name sits at the end of a run of capitalised words ("Ecological Transition Minister
    // Carlota Besteiro"); longer runs (title-case lines, lists, junk) are cut to their tail so
    // that the work per run stays bounded.
    runs.push([Math.max(i, j - MAX_RUN + 1), j]);
    i = j + 1;
  }
  return runs;
}

const ROLE_CONNECTORS = new Set(['of', 'for', 'on', 'der', 'des', 'für']);

/**
 * The role phrase written just before position `end` (exclusive), walking left: "China's defence
 * minister", "Russian Navy head". Returns the index of its first token, or -1.
 */
function roleStart(tokens: readonly Token[], end: number, allowComma: boolean): number {
  let start = -1;
  let hasRole = false;
  let steps = 0;
  for (let p = end - 1; p >= 0 && steps < 9; p--, steps++) {
    const t = tokens[p] as Token;
    const gapAfter = (tokens[p + 1] as Token).gap;
    const okGap = gapAfter === ' ' || (allowComma && p === end - 1 && gapAfter === ', ');
    if (!okGap) break;
    if (ROLE_CONNECTORS.has(t.lower) && !t.capitalized) {
      const before = tokens[p - 1];
      const after = tokens[p + 1] as Token;
      const afterOk = after.capitalized || DETERMINERS.has(after.lower) || isOrgWord(after.lower);
      if (before && (before.capitalized || isRoleWord(before.lower)) && afterOk) continue;
      break;
    }
    const roleWord = isRoleWord(t.lower);
    const beforeDet = tokens[p - 1];
    if (
      !t.capitalized &&
      DETERMINERS.has(t.lower) &&
      beforeDet &&
      ROLE_CONNECTORS.has(beforeDet.lower) &&
      (tokens[p + 1] as Token).capitalized
    ) {
      // "spokesperson for the European Commission": the article belongs to the institution.
      continue;
    }
    if (t.capitalized && !STOPWORDS.has(t.lower) && !DETERMINERS.has(t.lower)) {
      start = p;
      hasRole ||= roleWord;
      continue;
    }
    if (
      !t.capitalized &&
      (roleWord || t.possessive || ROLE_MODIFIERS.has(t.lower) || isOrgWord(t.lower))
    ) {
      start = p;
      hasRole ||= roleWord;
      continue;
    }
    break;
  }
  if (start < 0 || !hasRole) return -1;
  // The phrase must end in a role word or an institution, not in a stray name.
  return start;
}

function appositiveRole(text: string, tokens: readonly Token[], after: number): string | null {
  const first = tokens[after];
  if (!first || first.gap !== ', ') return null;
  let p = after;
  if (
    DETERMINERS.has(first.lower) &&
    (first.lower === 'the' ||
      first.lower === 'a' ||
      first.lower === 'an' ||
      first.lower.startsWith('d') ||
      first.lower.startsWith('e'))
  )
    p++;
  const begin = p;
  const lead = tokens[begin];
  // German capitalises its role nouns: "NAME, Geschäftsführer der X,".
  if (
    begin === after &&
    lead &&
    lead.capitalized &&
    !lead.possessive &&
    !(readingGerman && isRoleWord(lead.lower))
  )
    return null;
  // An apposition describes: it opens with an article, a role or its modifier, a number or an
  // owner ("NAME, a lawyer", "NAME, former minister", "NAME, Grünhagen's coach"), not a verb
  // ("NAME, met her counterpart").
  if (
    lead &&
    begin === after &&
    !lead.capitalized &&
    !lead.possessive &&
    !isRoleWord(lead.lower) &&
    !ROLE_MODIFIERS.has(lead.lower) &&
    !/^\d/.test(lead.text)
  )
    return null;
  let hasRole = false;
  let last = -1;
  // "NAME, Grünhagen's coach since 2002,", "NAME, a lawyer who represents ...": once the role
  // noun is written, a clause word or preposition ends the role and the rest describes.
  let cut = false;
  for (; p < tokens.length && p - after < 15; p++) {
    const t = tokens[p] as Token;
    if (p > begin && t.gap !== ' ') break;
    const clause =
      CLAUSE_BOUNDARY.has(t.lower) ||
      (STOPWORDS.has(t.lower) &&
        !ROLE_CONNECTORS.has(t.lower) &&
        !PREPOSITIONS.has(t.lower) &&
        !DETERMINERS.has(t.lower));
    const lastTok = tokens[last];
    if (
      hasRole &&
      lastTok &&
      isRoleWord(lastTok.lower) &&
      (clause || (PREPOSITIONS.has(t.lower) && !ROLE_CONNECTORS.has(t.lower)))
    ) {
      cut = true;
      break;
    }
    // "NAME, a demographer at the Institute ...": after an article, the noun before a
    // preposition or clause word is a role even when the lexicon does not know it.
    if (
      !hasRole &&
      begin > after &&
      lastTok &&
      last >= begin &&
      !lastTok.capitalized &&
      !STOPWORDS.has(lastTok.lower) &&
      /(?:er|or|ist|ian|ant|ent|man|woman|ee)$/.test(lastTok.lower) &&
      (clause || (PREPOSITIONS.has(t.lower) && !ROLE_CONNECTORS.has(t.lower)))
    ) {
      hasRole = true;
      cut = true;
      break;
    }
    if (clause) return null;
    if (isRoleWord(t.lower)) hasRole = true;
    last = p;
  }
  const end = tokens[last];
  const next = tokens[last + 1];
  if (!hasRole || last < begin || !end) return null;
  if (!cut && next && !/^[,.;:)!?]/.test(next.gap)) return null;
  if (!next && !/^\s*[,.;:)!?]?\s*$/.test(text.slice(end.end))) return null;
  return text.slice((tokens[begin] as Token).start, end.end);
}

/** What the whole article says about words: which also appear in lower case, which follow articles. */
export interface WordStats {
  language: Language;
  lowercase: Set<string>;
  /** Capitalised runs written as the name of a body somewhere in the article (lower case). */
  organizations: Set<string>;
  /** How often each capitalised word stands alone (no capitalised neighbour), by lower case. */
  standalone: Map<string, number>;
  /** Capitalised words seen after an article or article + adjective: German common nouns. */
  nouns: Set<string>;
}

const NOUN_MARKERS = new Set([
  'der',
  'die',
  'das',
  'den',
  'dem',
  'des',
  'ein',
  'eine',
  'einer',
  'einem',
  'einen',
  'eines',
  'im',
  'am',
  'vom',
  'zum',
  'zur',
  'beim',
  'ins',
  'kein',
  'keine',
  'sein',
  'seine',
  'ihr',
  'ihre',
  'unser',
  'unsere',
  'jede',
  'jeder',
  'jedes',
  'diese',
  'dieser',
  'dieses',
  'alle',
  'viele',
]);

/** German auxiliaries and modals whose forms end like adjectives ("wollte", "hatte", "würde"). */
const DE_AUXILIARIES = new Set(
  (
    'hatte hatten wurde wurden würde würden wollte wollten sollte sollten konnte konnten ' +
    'könnte könnten musste mussten müsste durfte durften dürfte möchte möchten habe haben ' +
    'werde werden waren wäre wären'
  ).split(' '),
);

export function wordStats(units: readonly Unit[], language: Language): WordStats {
  const lowercase = new Set<string>();
  const nouns = new Set<string>();
  /** Words seen as nouns only after an article and an age ("die zwölfjährige Mira"). */
  const aged = new Set<string>();
  for (const unit of units) {
    const tokens = tokensOf(unit);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (!t.capitalized) {
        lowercase.add(t.lower);
        continue;
      }
      const p1 = tokens[i - 1];
      const p2 = tokens[i - 2];
      // "von der Lohe", "van den Broeck": the article is part of a name, not before a noun.
      const inName = p2 !== undefined && NAME_PARTICLES.has(p2.lower) && !p2.capitalized;
      // "Ich verstehe den Georg": spoken German puts an article before a known given name too.
      if (
        p1 &&
        t.gap === ' ' &&
        NOUN_MARKERS.has(p1.lower) &&
        !p1.capitalized &&
        !inName &&
        givenNameGender(t.text) === null
      )
        nouns.add(t.lower);
      if (
        p1 &&
        p2 &&
        t.gap === ' ' &&
        p1.gap === ' ' &&
        !p1.capitalized &&
        NOUN_MARKERS.has(p2.lower) &&
        /(?:e|en|er|es|em)$/.test(p1.lower) &&
        // "Das sagte Taavo Kirsch", "Dann wollte Ilka ...": a verb after a fronted word, not an
        // adjective between article and noun.
        !SPEECH_VERBS.has(p1.lower) &&
        !DE_AUXILIARIES.has(p1.lower)
      ) {
        // "die zwölfjährige Mira": after an age, a name as often as a noun.
        if (AGE_ADJECTIVE.test(p1.lower) && !nouns.has(t.lower)) aged.add(t.lower);
        else aged.delete(t.lower);
        nouns.add(t.lower);
      } else if (p1 && t.gap === ' ' && NOUN_MARKERS.has(p1.lower) && !p1.capitalized && !inName)
        aged.delete(t.lower);
    }
  }
  // "einen Brandstetter", "die Brandstetters": a word written after a known given name is a
  // family name, even where an article stands before it.
  const standalone = new Map<string, number>();
  for (const unit of units) {
    const tokens = tokensOf(unit);
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (!t.capitalized || t.acronym) continue;
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      const joinedBefore = prev !== undefined && prev.capitalized && t.gap === ' ';
      if (joinedBefore && givenNameGender(prev.text) !== null) nouns.delete(t.lower);
      // "sagt NAME Brandstetter", "NAME Brandstetter, 71,": a full name that speaks or has its
      // age in apposition ends in a family name, whatever the given name.
      const speaker = tokens[i - 2];
      if (
        joinedBefore &&
        !prev.acronym &&
        ((speaker !== undefined && prev.gap === ' ' && SPEECH_VERBS.has(speaker.lower)) ||
          (unit.text.charCodeAt(t.end) === 44 &&
            /^, \d{1,3}(?:[,.;)]|\s)/.test(unit.text.slice(t.end, t.end + 6))))
      )
        nouns.delete(t.lower);
      if (joinedBefore || (next && next.capitalized && next.gap === ' ')) continue;
      standalone.set(t.lower, (standalone.get(t.lower) ?? 0) + 1);
    }
  }
  // Such a word that also stands alone elsewhere ("Mira hat ...") is a given name.
  for (const w of aged) if ((standalone.get(w) ?? 0) >= 2) nouns.delete(w);
  return { language, lowercase, nouns, organizations: new Set<string>(), standalone };
}

const PLACE_PREPOSITIONS = new Set([
  'in',
  'of',
  'at',
  'from',
  'to',
  'near',
  'into',
  'across',
  'outside',
  'inside',
  'via',
  'toward',
  'towards',
  'around',
  'through',
  'nach',
  'aus',
  'bei',
]);
/** Prepositions of place proper: after them a name with a particle is a place ("in Porto da X"). */
const LOCATIVES = new Set([
  'in',
  'at',
  'near',
  'into',
  'across',
  'outside',
  'inside',
  'nach',
  'bei',
]);
const DE_ADJ_START = /(?:e|es|en|er|em)$/;

function atSentenceStart(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  return i === 0 || /[.!?:…]["'”’“»«)]*\s*["'“„‘‚«»]?\s*$/.test(t.gap);
}

/** Some token from `from` to `to` (inclusive) is a name particle. */
function particleIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (particle(tokens[i] as Token)) return true;
  return false;
}

function analyzeRun(
  unit: Unit,
  tokens: readonly Token[],
  from: number,
  runEnd: number,
  stats: WordStats,
): Candidate | null {
  const { language } = stats;
  const to = language === 'de' ? withoutTrailingNouns(tokens, from, runEnd, stats) : runEnd;
  const titles: string[] = [];
  let k = from;
  let peeled = false;
  let titleStart = -1;
  /** A German agent noun peeled off right before the name ("Ortsvorsteher Reinhold Tamm"). */
  let agentNoun = -1;
  /** Where the name starts after a kinship or companion noun, or -1. */
  let kinIntro = -1;
  /** "nach Angaben von NAME", "laut NAME": the run is cited as a source of information. */
  let cited =
    (language === 'de' && tokens[from - 1]?.lower === 'laut') ||
    (tokens[from - 1]?.lower === 'to' && tokens[from - 2]?.lower === 'according');
  const relative = language === 'de' ? relativeOfGenitive(tokens, from, to) : -1;
  if (relative > from) {
    k = relative;
    peeled = true;
  }
  while (k <= to) {
    const t = tokens[k] as Token;
    const next = k < to ? (tokens[k + 1] as Token) : undefined;
    if (next && MULTI_TITLE_STARTS.has(t.lower)) {
      const pair = `${t.lower} ${next.lower}`;
      if (MULTI_TITLE_SET.has(pair)) {
        if (titles.length === 0) titleStart = k;
        titles.push(`${t.text} ${next.text}`);
        k += 2;
        peeled = true;
        continue;
      }
    }
    // "Nana Kwabena Ofori": an honorific that is also a given name is a title only when a full
    // name follows it.
    if (TITLES.has(t.lower) || (HONORIFIC_GIVEN_NAMES.has(t.lower) && to - k >= 2)) {
      if (titles.length === 0) titleStart = k;
      titles.push(next?.gap.startsWith('.') ? `${t.text}.` : t.text);
      k++;
      peeled = true;
      continue;
    }
    // "Mein Sohn fragt", "my neighbour": a speaker's possessive opens a noun phrase, no name.
    if (SPEAKER_POSSESSIVES.has(t.lower)) {
      k++;
      peeled = true;
      if (k <= to && KINSHIP.has((tokens[k] as Token).lower)) k++;
      continue;
    }
    // "Ihre Tochter Lieselle", "Sein Enkel Jorin": a possessive and a kinship noun describe.
    if (
      k < to &&
      (language === 'de' || atSentenceStart(tokens, k)) &&
      KINSHIP.has(t.lower) &&
      (k === from || DETERMINERS.has((tokens[k - 1] as Token).lower))
    ) {
      k++;
      peeled = true;
      // "Seine Mutter Claudia Rieger", "Teammate Anouk Kalkman": a relative is a person.
      kinIntro = k;
      continue;
    }
    if (
      (STOPWORDS.has(t.lower) || (DETERMINERS.has(t.lower) && !particle(t) && k < to)) &&
      (!particle(t) || SECOND_PARTICLES.has(t.lower) || t.lower === 'die' || t.lower === 'das')
    ) {
      k++;
      // After an article comes a noun, not a name: "Die Kleinstadt X", "The Rolling Stones".
      if (DETERMINERS.has(t.lower) && k <= to && !TITLES.has((tokens[k] as Token).lower)) {
        // "Die Hobbyastronomin Maria-Theres Kofler-Pichler": a German feminine agent noun after
        // the article, then two or more words without particles, introduces a person by role.
        const noun = tokens[k] as Token;
        if (
          language === 'de' &&
          to - k >= 2 &&
          // Masculine agent nouns too: "Der Kulturwissenschaftler NAME".
          (/\p{L}{3}[^aeiu]in$/u.test(noun.lower) ||
            /\p{L}{4}(?:ler|ner|eur|ist)$/u.test(noun.lower)) &&
          !particleIn(tokens, k + 1, to)
        ) {
          agentNoun = k;
        }
        k++;
        peeled = true;
        if (KINSHIP.has(noun.lower)) kinIntro = k;
      }
      continue;
    }
    // "Ingrid Solheim-Bauer", "Anna Richter": a surname that is also an occupation, written last
    // after a given name, is the name, not a role.
    const surnameNext = next !== undefined && k + 1 === to && surnameLike(t, next);
    if (
      !givenNameAfterRole(tokens, from, k, to) &&
      (isDescriptor(t.lower) ||
        adjectivalCompound(t) ||
        (next && !surnameNext && (isDescriptor(next.lower) || TITLES.has(next.lower))) ||
        roleAhead(tokens, k, to) ||
        (language === 'de' && k === from && k < to && numeralBefore(tokens, k)))
    ) {
      // A descriptor word (or a place or demonym before one) is part of a role, not of the name.
      titles.length = 0;
      titleStart = -1;
      k++;
      peeled = true;
      continue;
    }
    // "von Jana Sievers": a particle before a known given name, or before two capitalised
    // words, is a preposition ("von der Lohe", "von Brenken" keep theirs).
    const two = tokens[k + 2];
    if (
      k < to &&
      !t.capitalized &&
      particle(t) &&
      (givenNameGender((next as Token).text) !== null ||
        // "der Satz von NAME": also after a noun peeled off the run; "Bürgermeister von X" is
        // an office held of a place.
        (language === 'de' &&
          (k === from || (peeled && !isRoleWord((tokens[k - 1] as Token).lower))) &&
          to - k >= 2 &&
          two !== undefined &&
          !particle(next as Token) &&
          !particle(two)))
    ) {
      k++;
      peeled = true;
      continue;
    }
    // "nach Angaben von Raffl": the phrase of attribution, then its preposition.
    if (language === 'de' && DE_ACCORDING_NOUNS.has(t.lower) && k < to) {
      k++;
      cited = true;
      if (k < to && particle(tokens[k] as Token) && !(tokens[k] as Token).capitalized) k++;
      peeled = true;
      continue;
    }
    // "Enkel Luca Brandstetter", "Grandson Luca Brandt": a known given name later in the run
    // starts the name; the words before it describe.
    if (
      k < to &&
      !particle(t) &&
      givenNameGender(t.text) === null &&
      (language === 'de' || atSentenceStart(tokens, k) || describes(t, stats)) &&
      givenNameAhead(tokens, k, to)
    ) {
      k++;
      peeled = true;
      continue;
    }
    // "Farmer Antonio Ruiz": an occupation written as a word elsewhere in the article.
    if (
      to - k >= 2 &&
      /(?:er|or|ist|ian|ant|ent|man|woman)$/.test(t.lower) &&
      (stats.lowercase.has(t.lower) || stats.lowercase.has(`${t.lower}s`))
    ) {
      k++;
      peeled = true;
      continue;
    }
    if (language === 'de' && k < to) {
      // German nouns are capitalised: a known noun, or a sentence-initial adjective, is no name.
      if (
        stats.nouns.has(t.lower) ||
        (atSentenceStart(tokens, k) &&
          DE_ADJ_START.test(t.lower) &&
          t.lower.length > 3 &&
          stats.lowercase.has(t.lower))
      ) {
        // "des Barockkomponisten Johann Gottlob Reinwaldt": a noun for a person (in any case)
        // before two or more words introduces them as its name.
        if (to - k >= 2 && !particleIn(tokens, k, to) && DE_PERSON_NOUN_ANY_CASE.test(t.lower))
          agentNoun = k;
        k++;
        peeled = true;
        continue;
      }
      // "Spediteur Henning Haas": three words without particles start with a role noun.
      if (
        to - k >= 2 &&
        !particleIn(tokens, k, to) &&
        /(?:er|eur|or|ent|ant|ist|in|ge|te)$/.test(t.lower)
      ) {
        agentNoun = k;
        k++;
        peeled = true;
        continue;
      }
    }
    break;
  }
  if (k > to || to - k + 1 > MAX_NAME_WORDS) return null;
  const words = tokens.slice(k, to + 1);
  const first = words[0] as Token;
  const lowerWords = words.map((w) => w.lower);
  if (lowerWords.some((w) => isOrgWord(w) || isDay(w))) return null;
  if (words.length >= 2 && PLACE_PREFIXES.has(first.lower)) return null;
  if (MULTI_WORD_PLACES.has(lowerWords.join('_'))) return null;
  if (words.some((w, i) => i < words.length - 1 && MONTHS.has(w.lower))) return null;
  // "die zwölfjährige Mira": after an age the statistics take any word for a noun.
  const aged =
    words.length === 1 &&
    k === from &&
    AGE_ADJECTIVE.test(tokens[k - 1]?.lower ?? '') &&
    (stats.standalone.get(first.lower) ?? 0) >= 2;
  if (
    language === 'de' &&
    !aged &&
    words.some(
      // A surname after a name particle may look like a noun ("vom Bruch", "von Stein").
      // A long abstract noun is no surname even there ("Anzeichen von Mangelernährung").
      (w, i) =>
        (!(i > 0 && SURNAME_PARTICLES.has((words[i - 1] as Token).text)) ||
          (w.lower.length > 9 && DE_NOUN.test(w.lower))) &&
        (DE_NOUN.test(w.lower) || DE_ADJECTIVE.test(w.lower) || stats.nouns.has(w.lower)),
    )
  )
    return null;
  if (words.every((w) => STOPWORDS.has(w.lower) || particle(w))) return null;
  if (words.length >= 2 && /(?:ous|ive|ful|less|able|ible)$/.test(first.lower)) return null;
  if (language === 'de' && ownedByGenitive(words, stats)) return null;
  // "Keeping Westerzand dry": a gerund opening a sentence or slogan is a verb, not a given name.
  if (
    words.length >= 2 &&
    /\p{Ll}ing$/u.test(first.text) &&
    k === from &&
    (atSentenceStart(tokens, k) || /["“‘„']\s*$/.test(first.gap)) &&
    givenNameGender(first.text) === null
  )
    return null;
  // "the Rural Citizens' Party": a plural possessive before a body's noun belongs to its name.
  const ownerOf = tokens[to + 1];
  if (
    last0(words).possessive &&
    /s$/.test(last0(words).lower) &&
    ownerOf !== undefined &&
    /^['’]? $/.test(ownerOf.gap) &&
    orgNoun(ownerOf.lower)
  )
    return null;

  // A noun phrase after an article is a thing ("the Kremlin", "die Bahn"), unless a role came first.
  const before = tokens[from - 1];
  const beforeThat = tokens[from - 2];
  // "von der Lohe", "van den Broeck": the article belongs to the particles of a name.
  const particleArticle =
    beforeThat !== undefined &&
    !beforeThat.capitalized &&
    LEADING_NAME_PARTICLES.has(beforeThat.lower) &&
    before !== undefined &&
    before.gap === ' ';
  if (
    !peeled &&
    !particleArticle &&
    before &&
    DETERMINERS.has(before.lower) &&
    (tokens[from] as Token).gap === ' '
  ) {
    return null;
  }
  if (namesAnOrganization(tokens, from, k, titles.length > 0)) {
    // Once written as a body's name ("the charity Mare Nostrum"), the same words are a body
    // everywhere in the article ("Mare Nostrum's spokesperson", "for Mare Nostrum").
    stats.organizations.add(lowerWords.join(' '));
    return null;
  }

  const last = words[words.length - 1] as Token;
  const written = unit.text.slice(first.start, last.end);
  const roles: string[] = [];
  // The role ends before any honorific that directly precedes the name ("the expedition's chief
  // scientist, Dr. Ingrid ...").
  const roleFrom = titles.length > 0 && titleStart >= 0 ? titleStart : k;
  const rs = roleStart(tokens, roleFrom, titles.length > 0 || k === from);
  let introduced = titles.length > 0;
  // "the mayor of X, NAME,", "Bürgermeister von X": a role phrase that ends in its connector
  // has the run as its complement, the place or body the role is of, not as its holder.
  const complement =
    rs >= 0 &&
    titles.length === 0 &&
    ROLE_CONNECTORS.has((tokens[roleFrom - 1] as Token).lower) &&
    !(tokens[roleFrom - 1] as Token).capitalized;
  if (rs >= 0 && !complement) {
    const roleEnd = roleFrom - 1;
    if (roleEnd >= rs) {
      const endTok = tokens[roleEnd] as Token;
      const role = unit.text.slice(
        (tokens[rs] as Token).start,
        endTok.end + (endTok.possessive ? 2 : 0),
      );
      roles.push(role.replace(/^(?:the|The|a|A|an|An|der|Der|die|Die|das|Das) /, ''));
      // A single word is a person only right after the role noun or honorific, not after the
      // body a role belongs to ("der Vorsitzende des Verbands Niedersachsen").
      const endTokRole = isRoleWord(endTok.lower) || TITLES.has(endTok.lower) || endTok.possessive;
      // "der rund 120 Bewohner Anzeichen": a counted role noun is a plural group, and the word
      // after it is the object, not its holder's name.
      const counted = numeralBefore(tokens, rs) || /^\d/.test(tokens[rs - 1]?.text ?? '');
      introduced = words.length > 1 || titles.length > 0 || (endTokRole && !counted);
    }
  }
  if (kinIntro === k && words.length >= 2 && titles.length === 0) {
    roles.push((tokens[k - 1] as Token).text);
    introduced = true;
  }
  if (rs < 0 && agentNoun >= 0 && agentNoun === k - 1 && titles.length === 0) {
    roles.push((tokens[agentNoun] as Token).text);
    introduced = true;
  }
  const rawAppos = appositiveRole(unit.text, tokens, to + 1);
  // A capitalised German role noun in apposition introduces a full name only: after one word
  // it may describe a firm ("Die Firma Quarzwerk, Marktführer der Branche,").
  const appos =
    rawAppos && words.length === 1 && language === 'de' && tokens[to + 1]?.capitalized
      ? null
      : rawAppos;
  if (appos) {
    roles.push(appos);
    introduced = true;
  }
  // Evidence that a run of capitalised words names a person: it speaks, or is introduced.
  const prevTok = tokens[k - 1];
  const nextTok = tokens[to + 1];
  const speaks =
    (nextTok !== undefined && /^,? $/.test(nextTok.gap) && isSpeechVerb(nextTok.lower)) ||
    (prevTok !== undefined && first.gap === ' ' && isSpeechVerb(prevTok.lower)) ||
    // "NAME: „…“" in a caption or body: the colon introduces the name's words.
    /^: ?["“„‘‚«]/.test(unit.text.slice(last.end, last.end + 3)) ||
    // An age in apposition: "NAME, 57, said", "NAME, 29."; not "across X, 37 of them".
    /^, \d{1,3}(?:[,.;)]|\s+(?:years?|Jahre)\b)/.test(unit.text.slice(last.end, last.end + 14));
  const referredToAsPerson = personPronounFollows(unit.text, last.end);
  // A particle between name words ("Anna de Boer") is evidence only after a given name: after
  // a common noun it is a preposition ("Giftwolke von Meerhagen", "Avenida del Marqués").
  const hasParticle =
    givenNameGender(first.text) !== null &&
    words.some((w, i) => i > 0 && particle(w) && !w.capitalized);
  const lower = stats.lowercase;
  const commonWord = words.some(
    (w) =>
      !particle(w) &&
      (lower.has(w.lower) ||
        (w.lower.endsWith('s') && lower.has(w.lower.slice(0, -1))) ||
        lower.has(`${w.lower}s`)),
  );
  const afterPlacePreposition =
    prevTok !== undefined &&
    k === from &&
    !cited &&
    PLACE_PREPOSITIONS.has(prevTok.lower) &&
    !prevTok.capitalized;
  // "in Prince George", "nach Sankt Peter": an honorific after a place preposition names a place.
  const runStartPrep = tokens[from - 1];
  if (
    words.length === 1 &&
    k > from &&
    titles.length > 0 &&
    runStartPrep !== undefined &&
    !runStartPrep.capitalized &&
    PLACE_PREPOSITIONS.has(runStartPrep.lower) &&
    runStartPrep.lower !== 'of'
  )
    return null;
  // A known given name before a surname: "Peter Haas", "Ingrid Solheim-Bauer".
  const givenName =
    words.length >= 2 && !stats.nouns.has(first.lower) && givenNameGender(first.text) !== null;
  // "his wife Grace", "ihr Sohn Jonas": a known given name after a kinship noun; "Grace said":
  // a known given name that speaks.
  const kin = tokens[k - 1];
  if (
    words.length === 1 &&
    givenNameGender(first.text) !== null &&
    ((kin !== undefined && KINSHIP.has(kin.lower) && /^,? $/.test(first.gap)) ||
      speaks ||
      referredToAsPerson)
  ) {
    introduced = true;
    if (kin && KINSHIP.has(kin.lower)) roles.push(kin.text);
  } else if (
    words.length === 1 &&
    !introduced &&
    (k === from || KINSHIP.has((tokens[k - 1] as Token).lower))
  ) {
    const slot = personSlot(tokens, k, unit.text, last.end);
    if (slot && unknownGivenName(first, stats, slot, speaks)) {
      introduced = true;
      if (slot === 'kin' && kin) roles.push(kin.text);
    } else if (
      !slot &&
      k === from &&
      referredToAsPerson &&
      // The subject of its sentence ("Mira is tired.", "Auch Lukas ist ..."), which the pronoun
      // takes up; not "in Antwerp".
      (atSentenceStart(tokens, k) ||
        (STOPWORDS.has(prevTok?.lower ?? '') && atSentenceStart(tokens, k - 1))) &&
      // The pronoun after it stands in for the age or apposition German nouns otherwise need.
      unknownGivenName(first, stats, 'apposition', true)
    ) {
      introduced = true;
    }
  }
  const strongEvidence = introduced || speaks || first.possessive || last.possessive || givenName;
  // A cited source is a person or a body; bodies are ruled out above by their nouns.
  const citedName = cited && words.length >= 2 && !commonWord;
  const evidence = strongEvidence || hasParticle || referredToAsPerson || citedName;
  // German capitalises nouns, so a run counts as a name when none of its words is used as a
  // noun or written in lower case anywhere in the article, and it does not open the sentence.
  // Nouns are capitalised too, so such a run needs one more sign of a name: it stands in
  // apposition (", NAME,"), or holds letters German words never use ("ń", "ł", "é").
  const appositive =
    prevTok !== undefined &&
    k === from &&
    first.gap === ', ' &&
    (nextTok === undefined || /^[,.;:]/.test(nextTok.gap));
  const germanName =
    language === 'de' &&
    words.length >= 2 &&
    !atSentenceStart(tokens, k) &&
    !words.some((w) => stats.nouns.has(w.lower) || isRoleWord(w.lower)) &&
    (appositive ||
      words.some((w) => FOREIGN_LETTERS.test(w.text)) ||
      coordinatedWithName(tokens, k, to, stats) ||
      // "NAME, die im Ort ein Geschäft führt": a relative clause for a person.
      (nextTok !== undefined &&
        nextTok.gap === ', ' &&
        (nextTok.lower === 'der' || nextTok.lower === 'die') &&
        !nextTok.capitalized));
  const plausible =
    evidence || ((language === 'en' || germanName) && !commonWord && !afterPlacePreposition);
  return {
    unit: unit.order,
    at: k,
    start: first.start,
    end: last.end,
    words: words.map((w) => w.text),
    key: lowerWords.join(' '),
    written,
    titles,
    roles,
    introduced,
    particleStart: particle(first),
    plausible: plausible && !thingAfterArticle(tokens, k),
    evidence,
    strongEvidence,
    // The complement of a role ("the mayor of X") is a place as surely as "in X".
    place: complement
      ? 'in'
      : afterPlacePreposition
        ? LOCATIVES.has(prevTok?.lower ?? '')
          ? 'in'
          : 'of'
        : null,
  };
}

/**
 * The run names a body, not a person: it follows an organisation noun ("die
 * Naturschutzorganisation Wolfsforum Brandenburg", "the charity Open Harbour") or continues an
 * institution's name after "of"/"for" ("the Union of Metal and Electrical Workers").
 */
function namesAnOrganization(
  tokens: readonly Token[],
  from: number,
  k: number,
  titled: boolean,
): boolean {
  // "the ferry Saint Bríd", "the trawler Maria": a vessel's name.
  const noun = tokens[from - 1];
  if (noun && !noun.capitalized && VESSELS.has(noun.lower) && (tokens[from] as Token).gap === ' ')
    return true;
  if (titled) return false;
  // "Der Anbieter Flitz Mobility", "der Möbelhändler X", "das Start-up X": a noun of trade
  // names a business, unless a known given name opens the run.
  const trade = tokens[k - 1];
  if (
    trade &&
    (tokens[k] as Token).gap === ' ' &&
    TRADE_NOUN.test(trade.lower) &&
    givenNameGender((tokens[k] as Token).text) === null
  )
    return true;
  // "the regional tourist board, Bloemveld Toerisme, wrote": a name in apposition to a body.
  const closing = tokens[k + 1];
  if (
    k === from &&
    noun &&
    !noun.capitalized &&
    orgNoun(noun.lower) &&
    !isRoleWord(noun.lower) &&
    (tokens[from] as Token).gap === ', ' &&
    (closing === undefined || closing.gap.startsWith(',') || nextAfterRunIsComma(tokens, from)) &&
    // "the head of the fire brigade, NAME,": the body is the complement of a role, and the name
    // in apposition is the one who holds it.
    !roleOverOrg(tokens, from - 1)
  )
    return true;
  if (k === from && appositionToBodyPhrase(tokens, from)) return true;
  const head = tokens[k - 1];
  const first = tokens[k] as Token;
  // The last word peeled off the run, or the word right before it, is an organisation noun and no
  // role stands before it ("Minister of National Defence Li Shangfu", "Secretary of State X",
  // "Chief of police X").
  // "The Coastal Institute's NAME": a body in the possessive owns the person, it is not named.
  if (
    head &&
    first.gap === ' ' &&
    !(head.possessive && head.capitalized) &&
    orgNoun(head.lower) &&
    !isRoleWord(head.lower)
  ) {
    let role = false;
    for (let p = Math.max(0, from - 2); p < k - 1; p++)
      role ||= isRoleWord((tokens[p] as Token).lower);
    if (!role && !roleOverOrg(tokens, k - 1)) return true;
  }
  if (k !== from) return false;
  const connector = tokens[from - 1];
  const owner = tokens[from - 2];
  // "mayor of Villaseca del Tormo", "Bürgermeister von Kessenbrück": an office over a territory
  // is held of a place.
  if (
    connector !== undefined &&
    owner !== undefined &&
    first.gap === ' ' &&
    connector.gap === ' ' &&
    (connector.lower === 'of' || connector.lower === 'von') &&
    TERRITORIAL_OFFICES.has(owner.lower)
  )
    return true;
  return (
    connector !== undefined &&
    owner !== undefined &&
    first.gap === ' ' &&
    connector.gap === ' ' &&
    !connector.capitalized &&
    (connector.lower === 'of' || connector.lower === 'for') &&
    owner.capitalized &&
    !isRoleWord(owner.lower)
  );
}

/** Words that open a reduced or full relative clause after a noun: "the company building X". */
const CLAUSE_OPENER = /^(?:\p{Ll}+ing|\p{Ll}+ed|that|which|behind|running|owning)$/u;

/**
 * "The company building the line, Tranvías del Sur, said": a name set off by commas after a
 * body's noun that a short clause describes is the body's name. Looks back a bounded few words.
 */
function appositionToBodyPhrase(tokens: readonly Token[], from: number): boolean {
  const first = tokens[from] as Token;
  if (first.gap !== ', ' || givenNameGender(first.text) !== null) return false;
  if (!nextAfterRunIsComma(tokens, from)) return false;
  for (let p = from - 2; p >= 1 && p >= from - 6; p--) {
    if ((tokens[p + 1] as Token).gap !== ' ') return false;
    const noun = tokens[p] as Token;
    const opener = tokens[p + 1] as Token;
    if (
      DETERMINERS.has((tokens[p - 1] as Token).lower) &&
      orgNoun(noun.lower) &&
      !isRoleWord(noun.lower) &&
      CLAUSE_OPENER.test(opener.lower) &&
      !roleOverOrg(tokens, p)
    )
      return true;
  }
  return false;
}

/** German nouns for a person by suffix, also with the -en of weak nouns: "Komponisten". */
const DE_PERSON_NOUN_ANY_CASE = /(?:ist|isten|ent|enten|ant|anten|loge|logen|eur|eurs|in)$/;

/** Offices held over a town, region or country: what follows "of" is a place. */
const TERRITORIAL_OFFICES = new Set(
  (
    'mayor governor premier president king queen bishop archbishop prefect sheriff ' +
    'bürgermeister bürgermeisterin oberbürgermeister oberbürgermeisterin landrat landrätin ' +
    'ministerpräsident ministerpräsidentin präsident präsidentin bischof bischöfin'
  ).split(' '),
);

/**
 * The organisation noun at `org` is the complement of a role noun before it: "chief of police",
 * "head of the regional fire brigade", "Leiterin der Feuerwehr". Walks left over modifiers, an
 * article and one connector to a role word.
 */
function roleOverOrg(tokens: readonly Token[], org: number): boolean {
  let connector = false;
  for (let p = org - 1; p >= 0 && p >= org - 6; p--) {
    const t = tokens[p] as Token;
    if ((tokens[p + 1] as Token).gap !== ' ') return false;
    if (!t.capitalized && ROLE_CONNECTORS.has(t.lower)) {
      if (connector) return false;
      connector = true;
      continue;
    }
    if (connector && isRoleWord(t.lower)) return true;
    if (DETERMINERS.has(t.lower) && !t.capitalized) continue;
    if (!connector && (ROLE_MODIFIERS.has(t.lower) || (!t.capitalized && !STOPWORDS.has(t.lower))))
      continue;
    if (!connector && t.capitalized && !STOPWORDS.has(t.lower)) continue;
    return false;
  }
  return false;
}

/** Nouns of trade: what follows them is a business's name. */
const TRADE_NOUN =
  /(?:anbieter|hersteller|versender|zulieferer|lieferant|dienstleister|versicherer|discounter|start-up|startup)$|^(?:retailer|manufacturer|maker|carmaker|automaker|provider|supplier|carrier|insurer|chain|brand)$/;

/** The capitalised run starting at `from` is followed by a comma. */
function nextAfterRunIsComma(tokens: readonly Token[], from: number): boolean {
  let p = from + 1;
  while (
    p < tokens.length &&
    p < from + 8 &&
    (tokens[p] as Token).gap === ' ' &&
    // "Tranvías del Sur,": particles stand between the words of a name.
    ((tokens[p] as Token).capitalized || particle(tokens[p] as Token))
  )
    p++;
  const after = tokens[p];
  return after !== undefined && after.gap.startsWith(',');
}

/** "the business-friendly Alpine Liberals": an article and adjectives before the run. */
function thingAfterArticle(tokens: readonly Token[], k: number): boolean {
  for (let p = k - 1; p >= 0 && p >= k - 4; p--) {
    const t = tokens[p] as Token;
    if ((tokens[p + 1] as Token).gap !== ' ') return false;
    if (DETERMINERS.has(t.lower) && !t.capitalized) return p < k - 1;
    if (
      t.capitalized ||
      isRoleWord(t.lower) ||
      ROLE_MODIFIERS.has(t.lower) ||
      STOPWORDS.has(t.lower)
    )
      return false;
  }
  return false;
}

function isSpeechVerb(lower: string): boolean {
  return SPEECH_VERBS.has(lower) || SPEECH_PARTICIPLES.has(lower);
}

function addUnique(list: string[], value: string): void {
  if (list.length >= MAX_FORMS) return;
  const lower = value.toLowerCase();
  if (!list.some((v) => v.toLowerCase() === lower)) list.push(value);
}

/** Roles are kept as written: "Russian navy head" and "Russian Navy head" are both kept. */
function addRole(list: string[], value: string): void {
  if (list.length < MAX_FORMS && !list.includes(value)) list.push(value);
}

const key = (words: readonly string[]): string => words.join(' ').toLowerCase();

/** Every leading and trailing part of a name, shorter than the name: the forms that shorten it. */
function parts(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let n = 1; n < words.length; n++) {
    out.push(key(words.slice(0, n)), key(words.slice(words.length - n)));
  }
  return out;
}

export function extractPeople(
  units: readonly Unit[],
  language: Language,
  excluded: readonly string[],
): PeopleIndex {
  setReadingLanguage(language);
  const candidates: Candidate[] = [];
  /** Names written together ("Gisela und Heinz Ehlers"): evidence for one counts for both. */
  const partners = new Map<string, string>();
  const stats = wordStats(units, language);
  for (const unit of units) {
    const tokens = tokensOf(unit);
    for (const [from, to] of runsOf(tokens)) {
      const c = analyzeRun(unit, tokens, from, to, stats);
      if (!c) continue;
      candidates.push(c);
      const shared = coordinatedGivenName(tokens, c, stats);
      if (shared) {
        candidates.push(shared);
        partners.set(shared.key, c.key);
        partners.set(c.key, shared.key);
      }
    }
  }
  const excludedLower = excluded.map((e) => e.toLowerCase());
  const isExcluded = (c: Candidate): boolean => {
    if (stats.organizations.has(c.key)) return true;
    if (excludedLower.length === 0) return false;
    const written = c.written.toLowerCase();
    return excludedLower.some((e) => e.includes(written));
  };

  const people: Person[] = [];
  const mentions: Mention[] = [];
  const byName = new Map<string, Person>();
  const byPart = new Map<string, Person[]>();
  const mention = (c: Candidate, person: Person, full: boolean): void => {
    mentions.push({ unit: c.unit, start: c.start, end: c.end, person, full });
    for (const t of c.titles) addUnique(person.titles, t);
    for (const r of c.roles) addRole(person.roles, r);
    if (
      c.unit < person.firstUnit ||
      (c.unit === person.firstUnit && c.start < person.firstOffset)
    ) {
      person.firstUnit = c.unit;
      person.firstOffset = c.start;
    }
  };
  const addPerson = (c: Candidate): Person => {
    const person: Person = {
      name: c.written,
      tokens: c.words,
      aliases: [],
      titles: [],
      roles: [],
      firstUnit: c.unit,
      firstOffset: c.start,
      gender: null,
    };
    people.push(person);
    byName.set(c.key, person);
    // Each person is added once, so a part's list gets it at most once per distinct part.
    for (const part of new Set(parts(c.words))) {
      const list = byPart.get(part);
      if (list) list.push(person);
      else byPart.set(part, [person]);
    }
    return person;
  };

  // Full names first, longest first, so shorter forms attach to them wherever they appear.
  // A full name without evidence still counts when a shorter form of it has some ("Haas said").
  const multi = candidates.filter((c) => c.words.length >= 2 && !c.particleStart && !isExcluded(c));
  const evidenced = new Set(candidates.filter((c) => c.evidence).map((c) => c.key));
  // A name with nothing but the absence of counter-signs for it is a place when it is written
  // after "in", "of", "from" ... anywhere in the article ("the town of Ashcombe Falls").
  const places = new Set(candidates.filter((c) => c.place !== null).map((c) => c.key));
  const locatives = new Set(candidates.filter((c) => c.place === 'in').map((c) => c.key));
  const plausibleNames = new Set(
    multi
      .filter(
        (c) =>
          c.plausible &&
          (c.strongEvidence ||
            (c.evidence && !locatives.has(c.key)) ||
            (!c.evidence && !places.has(c.key))),
      )
      .map((c) => c.key),
  );
  const accepted = (c: Candidate): boolean =>
    plausibleNames.has(c.key) || parts(c.words).some((part) => evidenced.has(part));
  const acceptedKeys = new Set(multi.filter(accepted).map((c) => c.key));
  const strong = multi.filter(
    (c) => acceptedKeys.has(c.key) || acceptedKeys.has(partners.get(c.key) ?? ''),
  );
  strong.sort((a, b) => b.words.length - a.words.length);
  for (const c of strong) {
    const exact = byName.get(c.key);
    if (exact) {
      mention(c, exact, true);
      continue;
    }
    const longer = byPart.get(c.key) ?? [];
    if (longer.length === 1 && longer[0]) {
      addUnique(longer[0].aliases, c.written);
      mention(c, longer[0], false);
      continue;
    }
    mention(c, addPerson(c), true);
  }

  const weak = candidates
    .filter((c) => c.words.length === 1 || c.particleStart)
    .sort((a, b) => a.unit - b.unit || a.start - b.start);
  // Nearest earlier mention decides between two people sharing a surname.
  const seenAt = new Map<Person, number[]>();
  for (const m of mentions) {
    const list = seenAt.get(m.person);
    const pos = m.unit * 1e8 + m.start;
    if (list) list.push(pos);
    else seenAt.set(m.person, [pos]);
  }
  for (const list of seenAt.values()) list.sort((a, b) => a - b);
  /** Latest full mention of the person before `pos`, or -1. */
  const latestBefore = (p: Person, pos: number): number => {
    const list = seenAt.get(p);
    if (!list) return -1;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] as number) < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? (list[lo - 1] as number) : -1;
  };
  const recent = new Map<Person, number>();
  for (const c of weak) {
    if (isExcluded(c)) continue;
    const pos = c.unit * 1e8 + c.start;
    const exact = byName.get(c.key);
    const all = exact ? [exact] : (byPart.get(c.key) ?? []);
    // Many people sharing one name part only happens on lists or junk: look at a bounded few.
    const matches =
      all.length > 2 * MAX_SHARED ? [...all.slice(0, MAX_SHARED), ...all.slice(-MAX_SHARED)] : all;
    if (matches.length > 0) {
      let person = matches[0] as Person;
      let best = -1;
      for (const m of matches) {
        const seen = Math.max(recent.get(m) ?? -1, latestBefore(m, pos));
        if (seen > best) {
          best = seen;
          person = m;
        }
      }
      if (person.tokens.length !== c.words.length)
        addUnique(person.aliases, aliasForm(c.written, person));
      mention(c, person, person.tokens.length === c.words.length);
      if (!exact && matches.length > 1) {
        const last = mentions[mentions.length - 1] as Mention;
        last.alternatives = matches.filter((m) => m !== person).slice(0, 4);
      }
      recent.set(person, pos);
      continue;
    }
    if (c.introduced && !c.particleStart && /^\p{Lu}\p{Ll}/u.test(c.written)) {
      mention(c, addPerson(c), true);
    }
  }

  people.sort((a, b) => a.firstUnit - b.firstUnit || a.firstOffset - b.firstOffset);
  for (const p of people) p.gender = genderOf(p);
  mentions.sort((a, b) => a.unit - b.unit || a.start - b.start);
  learnGenderFromPronouns(units, mentions);
  return { people, mentions };
}

/** "Von Hallwang" at a sentence start is the alias "von Hallwang" of "Friederike von Hallwang". */
function aliasForm(written: string, person: Person): string {
  const first = written.split(' ')[0] ?? '';
  if (NAME_PARTICLES.has(first.toLowerCase()) && person.tokens.includes(first.toLowerCase())) {
    return first.toLowerCase() + written.slice(first.length);
  }
  return written;
}

export function toParsedPeople(index: PeopleIndex): ParsedPerson[] {
  return index.people.map((p) => ({
    name: p.name,
    aliases: p.aliases,
    titles: p.titles,
    roles: p.roles,
  }));
}

const FEMALE_WORDS =
  /\b(?:mrs|ms|miss|frau|dame|lady|queen|princess|woman|spokeswoman|chairwoman|businesswoman|congresswoman|actress|mother|wife|daughter|sister|girl|grandmother|widow)\b/i;
const MALE_WORDS =
  /\b(?:mr|herr|sir|lord|king|prince|man|spokesman|chairman|businessman|congressman|actor|father|husband|son|brother|boy|grandfather|widower)\b/i;

function genderOf(p: Person): 'm' | 'f' | null {
  const words = [...p.titles, ...p.roles].join(' ');
  if (FEMALE_WORDS.test(words)) return 'f';
  if (MALE_WORDS.test(words)) return 'm';
  // German feminine role nouns: "Bürgermeisterin", "Sprecherin", "neue Intendantin".
  if (
    [...p.titles, ...p.roles].some(
      (r) =>
        /\p{Lu}\p{Ll}+(?:erin|in)\b/u.test(r) &&
        isRoleWord((r.split(' ').find((w) => /in$/.test(w)) ?? '').toLowerCase()),
    )
  )
    return 'f';
  return givenNameGender(p.tokens[0] ?? '');
}

/** The gender a given name usually carries; null for unknown names and names used for both. */
const genderCache = new Map<string, 'm' | 'f' | null>();

export function givenNameGender(word: string): 'm' | 'f' | null {
  return memo(genderCache, word, givenNameGenderUncached);
}

function givenNameGenderUncached(word: string): 'm' | 'f' | null {
  const lower = word.toLowerCase();
  let f = FEMALE_NAMES.has(lower);
  let m = MALE_NAMES.has(lower);
  if (!f && !m && /[^a-z]/.test(lower)) {
    // "María", "José", "Zoë": the name without its accents.
    const plain = lower.normalize('NFD').replace(/\p{M}/gu, '');
    f = FEMALE_NAMES.has(plain);
    m = MALE_NAMES.has(plain);
  }
  return f === m ? null : f ? 'f' : 'm';
}

/**
 * "Fahy walked over to congratulate his rival": a possessive pronoun after the only name, or a
 * sentence opening with "he"/"she" after a sentence naming one person, tells the gender.
 */
function learnGenderFromPronouns(units: readonly Unit[], mentions: readonly Mention[]): void {
  const byUnit = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = byUnit.get(m.unit);
    if (list) list.push(m);
    else byUnit.set(m.unit, [m]);
  }
  for (const unit of units) {
    const here = byUnit.get(unit.order);
    if (!here) continue;
    // One pass over the tokens: the people named so far in the current sentence.
    const tokens = tokensOf(unit);
    let mi = 0;
    let only: Person | null = null;
    let several = false;
    for (let ti = 0; ti < tokens.length; ti++) {
      const t = tokens[ti] as Token;
      // Mentions ending before this token's gap, then the gap may end the sentence.
      while (mi < here.length && (here[mi] as Mention).end <= t.start) {
        const p = (here[mi] as Mention).person;
        if (only === null) only = p;
        else if (only !== p) several = true;
        mi++;
      }
      if (t.gap.length > 1 && /[.!?]\s/.test(t.gap)) {
        // "Van Dam, who runs the shop, agreed. He said ...": a sentence that opens with "he" or
        // "she" right after one that named a single person tells that person's gender.
        const previous = several ? null : only;
        only = null;
        several = false;
        if (previous && previous.gender === null && t.capitalized) {
          const verb = tokens[ti + 1];
          if (t.lower === 'he' || t.lower === 'er') previous.gender = 'm';
          else if (t.lower === 'she') previous.gender = 'f';
          // German "Sie hat ...", "Sie will ...": with a singular verb "sie" is "she".
          else if (t.lower === 'sie' && verb && DE_SINGULAR_VERB.test(verb.lower))
            previous.gender = 'f';
        }
      }
      if (only === null || several || only.gender !== null || !POSSESSIVES.has(t.lower)) continue;
      // German "ihr" is also "their"/"your": only "his"/"her"/"sein*" are safe signals.
      if (t.lower === 'his' || t.lower.startsWith('sein')) only.gender = 'm';
      else if (t.lower === 'her') only.gender = 'f';
    }
  }
}

const DE_SINGULAR_VERB =
  /^(?:ist|war|hat|hatte|will|wollte|kann|konnte|muss|musste|soll|sollte|wird|wurde|darf|mag)$|[^e]t$/;

const POSSESSIVES = new Set(['his', 'her', 'sein', 'seine', 'seinen', 'seinem', 'seiner']);
