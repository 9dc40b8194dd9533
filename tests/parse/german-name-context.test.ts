/**
 * German contexts that mark an unknown name as a person's: verb-second after a fronted word ("Das
 * sagte NAME"), a cited source ("nach Angaben von NAME", "laut NAME"), and role nouns in another
 * case ("dem Vorsitzenden", "des Bürgermeisters"). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { pageIn, peopleNames, quote, speakerName } from './helpers.ts';

describe('a verb after a fronted word is not an adjective', () => {
  it('"Das sagte NAME" keeps an unknown given name', () => {
    const a = pageIn('„Wir bleiben hier.“ Das sagte Taavo Kirsch am Abend.', 'de');
    expect(peopleNames(a)).toEqual(['Taavo Kirsch']);
  });

  it('"Dann wollte NAME" keeps it too', () => {
    const a = pageIn('Dann wollte Ilmar Voska, 61, noch etwas sagen.', 'de');
    expect(peopleNames(a)).toEqual(['Ilmar Voska']);
  });

  it('an adjective between article and noun still marks a noun', () => {
    const a = pageIn('Das große Moorhaus Taavo steht leer. Moorhaus Taavo ist alt.', 'de');
    expect(peopleNames(a)).toEqual([]);
  });
});

describe('a cited source', () => {
  it('"nach Angaben von NAME"', () => {
    const a = pageIn('Nach Angaben von Taavo Kirsch kamen 400 Menschen.', 'de');
    expect(peopleNames(a)).toEqual(['Taavo Kirsch']);
  });

  it('"laut NAME, dem Vorsitzenden des Vereins,"', () => {
    const a = pageIn(
      'Es kamen laut Taavo Kirsch, dem Vorsitzenden des Vereins, 400 Menschen.',
      'de',
    );
    expect(peopleNames(a)).toEqual(['Taavo Kirsch']);
  });

  it('a body cited by its noun is no person', () => {
    const a = pageIn('Nach Angaben der Polizei Grauwerder kamen 400 Menschen.', 'de');
    expect(peopleNames(a)).toEqual([]);
  });
});

describe('role nouns in another case', () => {
  it('"des Bürgermeisters NAME" introduces the name', () => {
    const a = pageIn(
      'Die Rede des Bürgermeisters Ewald Quernheim fiel kurz aus. „Wir prüfen das“, sagte Quernheim.',
      'de',
    );
    expect(speakerName(quote(a, 'Wir prüfen'))).toBe('Ewald Quernheim');
  });
});

describe('"according to" in English', () => {
  it('cites a person, not a place', () => {
    const a = pageIn(
      'According to Ilvane Roscoe, the bridge is safe. The road leads to Port Elvane.',
    );
    expect(peopleNames(a)).toEqual(['Ilvane Roscoe']);
  });
});
