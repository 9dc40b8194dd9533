/**
 * "the company", "das Unternehmen", "die Gewerkschaft": a description of a body refers to the body
 * the text is about, the one it last made the subject of a sentence, or to the fuller name written
 * with the same noun (also a name made of a list). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { pageIn, quote, speakerName } from './helpers.ts';

describe('a description of a body', () => {
  it('German "das Unternehmen" is the company that opened the sentence before', () => {
    const a = pageIn(
      'Nordmark Solar will die Anwohner beteiligen. Die Anlage werde „allen gehören“, teilte das ' +
        'Unternehmen mit.',
      'de',
    );
    expect(speakerName(quote(a, 'allen gehören'))).toBe('Nordmark Solar');
  });

  it('English "the company" prefers the last subject to a company named further back', () => {
    const a = pageIn(
      'The deal was struck by Korvan Heavy Industries and the shipping group Brakstad Offshore.\n\n' +
        'Brakstad Offshore said in a statement that it would hire 200 welders. The company called ' +
        'the yard "the best in the north."',
    );
    expect(speakerName(quote(a, 'the best in the north'))).toBe('Brakstad Offshore');
  });

  it('a person opening the sentence is no company', () => {
    const a = pageIn(
      'The yard was bought by Korvan Heavy Industries.\n\n' +
        'Harald Fenske welcomed the news. The company called the purchase "a fresh start."',
    );
    expect(speakerName(quote(a, 'a fresh start'))).toBe('Korvan Heavy Industries');
  });

  it('a union named by a list keeps the whole name', () => {
    const a = pageIn(
      'Die Gewerkschaft Holz, Papier und Druck rief zum Streik auf. Das Werk sei „nicht zu ' +
        'ersetzen“, teilte die Gewerkschaft mit.',
      'de',
    );
    expect(speakerName(quote(a, 'nicht zu'))).toBe('Gewerkschaft Holz, Papier und Druck');
  });
});
