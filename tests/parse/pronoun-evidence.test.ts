/**
 * A name the page goes on to treat as a person's (the next sentence opens with "Er"/"She" and a
 * singular verb, or with "Der Zwölfjährige") counts even when its given name is unknown or it
 * stands alone. Plurals ("Sie haben") and bracketed affiliations do not. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { pageIn, peopleNames, quote, speakerName } from './helpers.ts';

describe('a pronoun or age noun that follows marks a person', () => {
  it('an unknown German name followed by "Er wohnt"', () => {
    const a = pageIn('Mit dabei ist Taavo Kirsch. Er wohnt seit Jahren am See.', 'de');
    expect(peopleNames(a)).toEqual(['Taavo Kirsch']);
  });

  it('a name opening the sentence, then "Sie ist"', () => {
    const a = pageIn('Jorunde Plaska ist dagegen. Sie ist seit 30 Jahren im Ort.', 'de');
    expect(peopleNames(a)).toEqual(['Jorunde Plaska']);
  });

  it('a known given name alone, then an age noun, speaks later', () => {
    const a = pageIn(
      'Auch Lukas ist enttäuscht. Der Zwölfjährige läuft seit Jahren mit. ' +
        '„Ich habe gewartet“, sagt er.',
      'de',
    );
    expect(peopleNames(a)).toEqual(['Lukas']);
    expect(speakerName(quote(a, 'Ich habe gewartet'))).toBe('Lukas');
  });

  it('an English given name alone, then "She says"', () => {
    const a = pageIn('Mira is tired of waiting. She says the bus never comes.');
    expect(peopleNames(a)).toEqual(['Mira']);
  });
});

describe('what a pronoun does not make a person', () => {
  it('a plural group followed by "Sie haben"', () => {
    const a = pageIn('Gewonnen haben die Grauen Wähler. Sie haben 800 Stimmen.', 'de');
    expect(peopleNames(a)).toEqual([]);
  });

  it('a party in brackets after a name', () => {
    const a = pageIn(
      'Bürgermeister Anselm Vogl (Grüne Liste) will vermitteln. Er hat eingeladen.',
      'de',
    );
    expect(peopleNames(a)).toEqual(['Anselm Vogl']);
  });

  it('a town after "in", then "She was"', () => {
    const a = pageIn('The ferry docked late in Harrowick. She was carrying 40 cars.');
    expect(peopleNames(a)).toEqual([]);
  });

  it('a German noun followed by "Sie ist"', () => {
    const a = pageIn('Die Gemeinde liegt am Grauen Moor. Sie ist klein.', 'de');
    expect(peopleNames(a)).toEqual([]);
  });
});
