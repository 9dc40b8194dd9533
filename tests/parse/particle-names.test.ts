/**
 * Names with particles where a capital or a preposition hides them: "so zu Eltersdorf" after a
 * quote, "Von Strelow" opening a sentence, and "von der Technischen Hochschule" after a name (an
 * affiliation, not part of it). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { pageIn, peopleNames, quote, speakerName } from './helpers.ts';

describe('particles', () => {
  it('"so zu Harlingen" after a quote is the person', () => {
    const a = pageIn(
      'Geschäftsführerin Adele zu Harlingen sprach von einem schweren Tag.\n\n' +
        '„Unsere Vasen stehen in Kyoto“, so zu Harlingen.',
      'de',
    );
    expect(speakerName(quote(a, 'Unsere Vasen'))).toBe('Adele zu Harlingen');
  });

  it('"Von Brenkhoff" opening a sentence is the person, not a body', () => {
    const a = pageIn(
      'Die Erklärung verlas sein Anwalt Dr. Tobias von Brenkhoff. Von Brenkhoff kritisierte, ' +
        'man suche „einen Schuldigen“.',
      'de',
    );
    const q = quote(a, 'einen Schuldigen');
    expect(q.speaker?.kind).toBe('PERSON');
    expect(speakerName(q)).toBe('Tobias von Brenkhoff');
  });

  it('a capitalised word nobody is named with stays a body', () => {
    const a = pageIn(
      'Der Anwalt Tobias von Brenkhoff schwieg. Brenkhausen teilte mit, man sei „bereit“.',
      'de',
    );
    expect(quote(a, 'bereit').speaker?.kind).not.toBe('PERSON');
  });

  it('"von der Technischen Hochschule" after a name is an affiliation', () => {
    const a = pageIn(
      'Laut dem Gutachter Prof. Dr. Armin Kohlhaas von der Technischen Hochschule Obersee war ' +
        'die Leitung „seit Jahren marode“.',
      'de',
    );
    expect(peopleNames(a)).toEqual(['Armin Kohlhaas']);
    expect(speakerName(quote(a, 'seit Jahren'))).toBe('Armin Kohlhaas');
  });

  it('"von der Heyde" stays part of a name', () => {
    const a = pageIn('Sprecherin Jana von der Heyde sagte, es sei „zu früh“.', 'de');
    expect(peopleNames(a)).toEqual(['Jana von der Heyde']);
  });
});
