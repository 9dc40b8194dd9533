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

describe('a name with its acronym', () => {
  it('"NAME (ACRONYM) teilte mit" is said by the name as written', () => {
    const a = pageIn(
      'Die Volleyball Liga Nord (VLN) teilte mit, der Verein müsse „bis Juni umziehen“.',
      'de',
    );
    expect(speakerName(quote(a, 'bis Juni'))).toBe('Volleyball Liga Nord');
  });

  it('the acronym used alone stays the speaker', () => {
    const a = pageIn(
      'The Coastal Ferry Union (CFU) was founded in 1990. Later, CFU said the plan was "a trap."',
    );
    expect(speakerName(quote(a, 'a trap'))).toBe('CFU');
  });
});

describe('a statement read out for a person', () => {
  it('"Darin bedauert NAME …" and "heißt es in der Erklärung" are that person', () => {
    const a = pageIn(
      'Der Angeklagte Uwe Raschke schwieg. Er ließ über seine Anwältin eine Erklärung verlesen. ' +
        'Darin bedauert Raschke den Brand „von Herzen“. „Ich wusste von nichts“, heißt es in ' +
        'der Erklärung.',
      'de',
    );
    expect(speakerName(quote(a, 'von Herzen'))).toBe('Uwe Raschke');
    expect(speakerName(quote(a, 'Ich wusste'))).toBe('Uwe Raschke');
  });

  it('a body that spoke last in the paragraph still gives "the statement"', () => {
    const a = pageIn(
      'The Harbour Authority said on Monday that the pier would close. The pier is "unsafe," ' +
        'the statement said.',
    );
    expect(quote(a, 'unsafe').speaker?.kind).toBe('ORGANIZATION');
  });
});

describe('a description with no fuller form of its own noun', () => {
  it('"der Verband" after "der Bund der Steuerzahler"', () => {
    const a = pageIn(
      'Auch der Bund der Steuerzahler meldete sich. Das Projekt sei „zu teuer“, teilte der ' +
        'Verband mit.',
      'de',
    );
    expect(speakerName(quote(a, 'zu teuer'))).toBe('Bund der Steuerzahler');
  });

  it('"the group" after "The Coastal Anglers Association", though anglers are people', () => {
    const a = pageIn(
      'The Coastal Anglers Association also weighed in. The plan was "a betrayal," the group said.',
    );
    expect(speakerName(quote(a, 'a betrayal'))).toBe('Coastal Anglers Association');
  });

  it('a compound of its own (Umweltministerium) does not borrow another body’s name', () => {
    const a = pageIn(
      'Gutachter der Technischen Hochschule Rabenau prüften den Tank. Das Umweltministerium ' +
        'in Lindau teilte mit, man verfolge den Fall „genau“.',
      'de',
    );
    expect(speakerName(quote(a, 'genau'))).toBe('Umweltministerium');
  });
});

describe('the company a German text is about', () => {
  it('"das Unternehmen" skips an indefinite compound and takes the subject with an article', () => {
    const a = pageIn(
      'Dr. Konrad Wessling führt die Firma seit 2010.\n\n' +
        'Die Wessling Pumpenwerke wollen die Produktion zu einem Partnerunternehmen in Polen ' +
        'verlagern. Man suche „faire Lösungen“, teilte das Unternehmen mit.',
      'de',
    );
    expect(speakerName(quote(a, 'faire Lösungen'))).toBe('Wessling Pumpenwerke');
  });
});
