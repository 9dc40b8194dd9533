/**
 * Evidence for a person's name that does not depend on the page it was found on: a particle only
 * between name words, a body's name in apposition to a described body, a relative named after a
 * German genitive, and a given name that only looks like a role noun. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { pageIn, peopleNames, quote, speakerName } from './helpers.ts';

describe('particles are evidence only between name words', () => {
  it('a German common noun before "von" is a thing, not a name', () => {
    const a = pageIn(
      'Die Schlammlawine von Oberbrunn beschäftigt das Gericht. Vor dem Saal warten kleine ' +
        'Gruppen von Anwohnern. Richterin Hanne Ostgard eröffnete die Sitzung.',
      'de',
    );
    expect(peopleNames(a)).toEqual(['Hanne Ostgard']);
  });

  it('an English street or company with "del" is not a person', () => {
    const a = pageIn(
      'Residents camped under the trees of Calle del Pinar. Lucía Ferrán, a teacher, ' +
        'said: "We will stay."',
    );
    expect(peopleNames(a)).toEqual(['Lucía Ferrán']);
  });

  it('a given name before the particle keeps the name whole', () => {
    const a = pageIn('"We will not leave," said Carmen del Olmo, who leads the group.');
    expect(speakerName(quote(a, 'We will not leave'))).toBe('Carmen del Olmo');
  });

  it('an introduced name with an unknown given name keeps its particle', () => {
    const a = pageIn('Geschäftsführerin Ottilie zu Brakenfels sprach von einem Verlust.', 'de');
    expect(peopleNames(a)).toEqual(['Ottilie zu Brakenfels']);
  });
});

describe('a name in apposition to a described body', () => {
  it('"the company building the line, NAME," names the company', () => {
    const a = pageIn(
      'The company building the bridge, Puentes del Norte, said in a statement that the ' +
        'delay would cost "a fortune".',
    );
    expect(peopleNames(a)).toEqual([]);
    expect(quote(a, 'a fortune').speaker?.kind).not.toBe('PERSON');
  });

  it('a person leading a group stays a person', () => {
    const a = pageIn('The woman leading the protest, Carmen del Olmo, said "we stay".');
    expect(peopleNames(a)).toEqual(['Carmen del Olmo']);
  });
});

describe('a relative named after a German genitive', () => {
  it('"NAMEs Vater NAME" is two people', () => {
    const a = pageIn(
      'Jonas Treubergs Vater Wendelin Treuberg, der den Hof bis 2010 führte, schweigt. ' +
        '„Das war nicht leicht“, sagte Jonas Treuberg.',
      'de',
    );
    expect(peopleNames(a).sort()).toEqual(['Jonas Treuberg', 'Wendelin Treuberg']);
    expect(speakerName(quote(a, 'Das war'))).toBe('Jonas Treuberg');
  });

  it('a plain two-word name ending in -s is untouched', () => {
    const a = pageIn('„Wir bleiben“, sagte Bürgermeister Tobias Marks.', 'de');
    expect(peopleNames(a)).toEqual(['Tobias Marks']);
  });
});

describe('a given name that ends like a role noun', () => {
  it('"Sprecher Florantin Ohrdal" keeps the given name', () => {
    const a = pageIn(
      'Ihr Sprecher Florantin Ohrdal kritisierte die Stadt. „Das ist zu spät“, sagte Ohrdal.',
      'de',
    );
    expect(peopleNames(a)).toEqual(['Florantin Ohrdal']);
    expect(speakerName(quote(a, 'Das ist zu spät'))).toBe('Florantin Ohrdal');
  });

  it('a role noun before a single surname stays a role', () => {
    const a = pageIn('„Das ist zu spät“, sagte die Intendantin Ohrdal.', 'de');
    expect(peopleNames(a)).toEqual(['Ohrdal']);
  });
});
