/**
 * Names whose given name no list knows still count where the page treats them as people: after a
 * kinship or companion noun, after a long role noun in -arin, before a colon and a quote.
 * Invented names the lexicon does not hold. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { pageIn, peopleNames, quote, speakerName } from './helpers.ts';

describe('unknown given names in person contexts', () => {
  it('after a possessive and a kinship noun', () => {
    const a = pageIn('Seine Mutter Zarvena Quellmoor hat ihm etwas versprochen.', 'de');
    expect(peopleNames(a)).toEqual(['Zarvena Quellmoor']);
  });

  it('after a companion noun', () => {
    const a = pageIn('Sein Kollege Tilvor Maskel ist erst zurückgekehrt.', 'de');
    expect(peopleNames(a)).toEqual(['Tilvor Maskel']);
  });

  it('an English companion noun opening a sentence is not part of the name', () => {
    const a = pageIn('Teammate Orvana Kesh said the tests were "routine".');
    expect(peopleNames(a)).toEqual(['Orvana Kesh']);
  });

  it('after a role noun in -arin', () => {
    const a = pageIn(
      'Die Leiterin, Kriminalkommissarin Zarvena von Quellmoor, stellte Ergebnisse vor.',
      'de',
    );
    expect(peopleNames(a)).toEqual(['Zarvena von Quellmoor']);
  });

  it('a name before a colon and a quote speaks', () => {
    const a = pageIn(
      'Vor dem Heim stehen Angehörige. Auf einem Plakat steht der Satz von Tilvor Maskel-Önal: ' +
        '„Meine Mutter hat acht Kilo verloren.“ Die Heimleitung schweigt.',
      'de',
    );
    expect(speakerName(quote(a, 'Meine Mutter'))).toBe('Tilvor Maskel-Önal');
  });

  it('a plain noun phrase before a colon is no person', () => {
    const a = pageIn('Das Fazit der Prüfer: „Erhebliche Mängel“', 'de');
    expect(peopleNames(a)).toEqual([]);
  });

  it('after an article and a masculine agent noun', () => {
    const a = pageIn(
      'Der Kulturwissenschaftler Bextoma Grellin von der Universität Hallenberg sieht das anders.',
      'de',
    );
    expect(peopleNames(a)).toEqual(['Bextoma Grellin']);
  });

  it('an article, a place adjective and a noun are no name', () => {
    const a = pageIn('Der Hamburger Hafen Nord bleibt geschlossen.', 'de');
    expect(peopleNames(a)).toEqual([]);
  });

  it('a German role noun in apposition after a full name', () => {
    const a = pageIn('Draloris Hämmerling, Geschäftsführer der Quarzwerke, schweigt.', 'de');
    expect(peopleNames(a)).toEqual(['Draloris Hämmerling']);
  });

  it('a German role noun in apposition after a firm is no person', () => {
    const a = pageIn('Die Firma Quarzwerk, Marktführer der Branche, schweigt.', 'de');
    expect(peopleNames(a)).toEqual([]);
  });

  it('"Er sagt," in the next sentence takes up the name', () => {
    const a = pageIn(
      'Am stärksten betroffen ist der Hof von Quizaris Huber-Wimmer. Er sagt, er sei wütend.',
      'de',
    );
    expect(peopleNames(a)).toEqual(['Quizaris Huber-Wimmer']);
  });
});
