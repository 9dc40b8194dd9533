/**
 * Where a name ends and what is no name, by the shape of German and English phrases: an object
 * noun after a name, a genitive owner and its noun, particles before an abstract noun, a counted
 * group noun, a speaker's possessive, a slogan's gerund, a plural possessive inside a body's
 * name, and an age noun taking up a name. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { pageIn, peopleNames, quote, speakerName } from './helpers.ts';

describe('German name boundaries', () => {
  it('an object noun after a name is cut off', () => {
    const a = pageIn(
      'Laut Anklage hatte er von dem Bauunternehmer Jannik Ostrow Zahlungen angenommen.',
      'de',
    );
    expect(peopleNames(a)).toEqual(['Jannik Ostrow']);
  });

  it('a genitive owner and its noun are no name; the person in apposition is', () => {
    const a = pageIn(
      'Richter Anselm Ostrow verlas das Urteil. Ostrow blieb ruhig. Ostrows Verteidiger, der ' +
        'Rechtsanwalt Florantin von der Ahe, kündigte Revision an.',
      'de',
    );
    expect(peopleNames(a).sort()).toEqual(['Anselm Ostrow', 'Florantin von der Ahe']);
  });

  it('particles before an abstract noun are a preposition', () => {
    const a = pageIn(
      'Prüfer fanden Spuren von Verwahrlosung. Ratsherr Emre Aksoy von der ' +
        'Wählergemeinschaft Neues Feld forderte Aufklärung.',
      'de',
    );
    expect(peopleNames(a)).toEqual(['Emre Aksoy']);
  });

  it('a word after a counted group noun is no person', () => {
    const a = pageIn('Bei 14 der 90 Bewohner Anzeichen einer Krankheit gefunden.', 'de');
    expect(peopleNames(a)).toEqual([]);
  });

  it("a speaker's possessive before a kinship noun", () => {
    const a = pageIn(
      '„Mein Sohn fragt mich, ob sich das lohnt“, sagte Landwirt Tjark Heeren.',
      'de',
    );
    expect(peopleNames(a)).toEqual(['Tjark Heeren']);
  });

  it('"Die 68-Jährige" takes up the name before it', () => {
    const a = pageIn(
      'Zu den Geschädigten gehört Hedda Kornmayer. Die 68-Jährige war verreist. ' +
        '„Alles war durchwühlt“, sagt sie.',
      'de',
    );
    expect(peopleNames(a)).toEqual(['Hedda Kornmayer']);
    expect(speakerName(quote(a, 'Alles war'))).toBe('Hedda Kornmayer');
  });
});

describe('English phrases that are no names', () => {
  it('a slogan opening with a gerund', () => {
    const a = pageIn('Its posters carry the slogan "Keeping Marlow dry."');
    expect(peopleNames(a)).toEqual([]);
  });

  it("a plural possessive inside a body's name", () => {
    const a = pageIn(
      "Coastal Farmers' Party leader Ilse Brandvold spoke first. Brandvold said the dikes held.",
    );
    expect(peopleNames(a)).toEqual(['Ilse Brandvold']);
  });

  it('a given name ending in -ing is still a name mid-sentence', () => {
    const a = pageIn('The plan was drawn up by Irving Castell, the town planner.');
    expect(peopleNames(a)).toEqual(['Irving Castell']);
  });
});
