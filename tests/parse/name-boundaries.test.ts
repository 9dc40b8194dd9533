/**
 * Where a name ends: an honorific that is also a given name ("Nana") before a full name; a day
 * after "on" is no part of a body's name; what follows "mayor of" is a place; a German clause
 * opened by a phrase with a preposition has its subject after the verb. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { pageIn, peopleNames, quote, speakerName } from './helpers.ts';

describe('honorifics that are also given names', () => {
  it('"Nana" before a full name is a title', () => {
    const a = pageIn(
      'The chief, Nana Kofi Adjei-Mensah, met the miners. "They are our sons," Adjei-Mensah said.',
    );
    expect(peopleNames(a)).toEqual(['Kofi Adjei-Mensah']);
    expect(a.people[0]?.titles).toContain('Nana');
    expect(speakerName(quote(a, 'They are our sons'))).toBe('Kofi Adjei-Mensah');
  });

  it('"Nana" before a surname alone stays a given name', () => {
    const a = pageIn('Nana Oduro sang first. "It was cold," Oduro said.');
    expect(peopleNames(a)).toEqual(['Nana Oduro']);
  });
});

describe('bodies and places', () => {
  it('"the court" after "the Provincial Court on Thursday" drops the day', () => {
    const a = pageIn(
      'The Almeria Provincial Court on Friday convicted the former mayor. The court said in its ' +
        'ruling that he had "treated the budget as his own."',
    );
    expect(speakerName(quote(a, 'treated the budget'))).toBe('Almeria Provincial Court');
  });

  it('what follows "mayor of" is a place, not a person', () => {
    const a = pageIn(
      'Ramón Ortiz, who was mayor of Castillo del Monte until 2022, was convicted. Castillo’s ' +
        'current mayor, Lucía Benet, says the debt remains. "We pay every year," she says.',
    );
    expect(peopleNames(a)).toEqual(['Ramón Ortiz', 'Lucía Benet']);
    expect(speakerName(quote(a, 'We pay every year'))).toBe('Lucía Benet');
  });

  it('"Bürgermeister von X" is held of a place', () => {
    const a = pageIn(
      'Der frühere Bürgermeister von Bad Quellstein, Ulf Renner, schwieg. „Kein Kommentar“, sagte ' +
        'Renner.',
      'de',
    );
    expect(peopleNames(a)).toEqual(['Ulf Renner']);
  });
});

describe('German verb second before a colon', () => {
  it('"Am Ende ihrer Aussage wandte sie sich an ihn:" is said by "sie"', () => {
    const a = pageIn(
      'Als Zeugin sagte Marlene Ostrowski aus. Am Ende ihrer Aussage wandte sie sich an den ' +
        'Richter: „Ich will nur die Wahrheit.“',
      'de',
    );
    const q = quote(a, 'Ich will nur');
    expect(q.speaker?.kind).toBe('PERSON');
    expect(speakerName(q)).toBe('Marlene Ostrowski');
  });

  it('a named subject after the verb speaks', () => {
    const a = pageIn(
      'Im Saal war es still. Nach der Pause wandte sich Jörg Kessler an die Presse: „Wir gehen in ' +
        'Berufung.“',
      'de',
    );
    expect(speakerName(quote(a, 'Wir gehen'))).toBe('Jörg Kessler');
  });
});

describe('German nouns for a person before a name', () => {
  it('"des Barockkomponisten NAME" introduces a person never quoted', () => {
    const a = pageIn(
      'Im Archiv ist eine Messe des Barockkomponisten Ernst Gotthelf Wendrich aufgetaucht. ' +
        'Wendrich war Organist in der Stadt.',
      'de',
    );
    expect(peopleNames(a)).toEqual(['Ernst Gotthelf Wendrich']);
  });

  it('a thing after "des" stays no person', () => {
    const a = pageIn('Der Umbau des Rathauses Neue Mitte beginnt im Mai.', 'de');
    expect(peopleNames(a)).toEqual([]);
  });
});
