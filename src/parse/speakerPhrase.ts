/**
 * What a speaker phrase that names nobody denotes, by the form of its head noun. A capitalised
 * word is not yet a proper name: German capitalises every noun ("der Jurist", "von Fachleuten")
 * and English capitalises any first word ("Critics say"). Such a phrase is an organisation or a
 * place only with evidence of a name; a noun that denotes a person is a role noun (it must corefer
 * with a person, never become an ORGANIZATION) and a plural of such nouns is an unnamed group.
 */
import { isOrgWord, isRoleWord } from './people.ts';

/** Agent nouns of trade that name a company as often as a person: "der Hersteller". */
const COMPANY_AGENT_NOUNS = [
  'händler',
  'hersteller',
  'anbieter',
  'versender',
  'dienstleister',
  'zulieferer',
  'versicherer',
  'veranstalter',
  'vermieter',
  'betreiber',
  'entwickler',
  'lieferant',
  'sender',
  'versorger',
  'discounter',
  'arbeitgeber',
  'konkurrent',
  'importeur',
  'exporteur',
  'erzeuger',
  'produzent',
];

/** Heads of company compounds that alone name a person: "Autobauer" but "der Bauer". */
const COMPANY_COMPOUND_HEADS = ['bauer'];

/**
 * Suffixes of German nouns for a person, singular: Jurist, Verteidiger, Musikwissenschaftler,
 * Diplomat, Ingenieur, Soziologe, Angeklagte(r).
 */
const DE_PERSON_SINGULAR =
  /(?:er|ist|ent|ant|eur|loge|ologe|[^s]te|ende|ege|uge|at|soph|graph|naut|ektor|mann|frau|[^aeiou]in)$/;

/** Plurals of German nouns for people: Fachleute(n), Experten, Juristinnen, Anwälte. */
const DE_PEOPLE_PLURAL =
  /(?:leute|leuten|innen|isten|enten|anten|eure|euren|logen|aten|iker|ikern)$/;

/** Plurals of English nouns for people: critics, locals, residents, officials, observers. */
const EN_PEOPLE_PLURAL = /(?:ers|ors|ists|ics|als|ans|ents|ants|ees|ives|eurs)$/;

function companyAgent(lower: string): boolean {
  return (
    COMPANY_AGENT_NOUNS.some((n) => lower.endsWith(n)) ||
    COMPANY_COMPOUND_HEADS.some((n) => lower.length > n.length && lower.endsWith(n))
  );
}

/**
 * A German noun written after an article as a speaker ("sagte der Jurist") that denotes a person
 * by its form; organisations and company trades ("das Unternehmen", "der Hersteller") do not.
 */
export function germanPersonNoun(lower: string): boolean {
  if (lower.length < 4 || isOrgWord(lower) || companyAgent(lower)) return false;
  return isRoleWord(lower) || (lower.length >= 6 && DE_PERSON_SINGULAR.test(lower));
}

/**
 * A plural noun for people used alone as a speaker ("Fachleuten zufolge", "Critics say",
 * "Locals call it"): an unnamed group, not an organisation. `english` also needs the word not to
 * be seen as a name elsewhere (the caller checks "Brussels", "Athens" mid-sentence).
 */
export function peoplePlural(lower: string, german: boolean): boolean {
  if (lower.length < 5 || isOrgWord(lower)) return false;
  if (german) {
    if (companyAgent(lower)) return false;
    if (DE_PEOPLE_PLURAL.test(lower)) return true;
    // "Experten", "Anwohnern", "Kollegen": a role noun with a plural or dative ending.
    const stem = lower.replace(/(?:n|en|ern|e)$/, '');
    return stem !== lower && (isRoleWord(stem) || isRoleWord(`${stem}e`));
  }
  if (!lower.endsWith('s')) return false;
  const singular = lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.slice(0, -1);
  return isRoleWord(singular) || EN_PEOPLE_PLURAL.test(lower);
}
