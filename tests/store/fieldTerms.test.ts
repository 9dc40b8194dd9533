import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { generatePage, rng } from '../../bench/corpus.ts';
import { fieldTerms, MINISEARCH_OPTIONS } from '../../src/store/search.ts';

/** The field's words exactly as MiniSearch's own tokenizer and the index's `processTerm` give them. */
function reference(text: string) {
  const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[];
  const processTerm = MINISEARCH_OPTIONS.processTerm as (term: string) => string | null;
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  for (const token of tokens) {
    const term = processTerm(token);
    if (term) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return { length: new Set(tokens).size, terms: [...counts.keys()], counts: [...counts.values()] };
}

describe('fieldTerms', () => {
  it('splits and counts as MiniSearch does at the edges', () => {
    const texts = [
      '',
      '.',
      '...',
      'word',
      ' leading and trailing. ',
      'Die Stadt, die Stadt! DIE STADT?',
      'The the THE the',
      'Straße STRASSE straße',
      'ΟΔΟΣ.Α ΟΔΟΣ σοφός ΣΟΦΟΣ',
      'İstanbul İSTANBUL',
      'a\u00a0b\u2009c\u3000d\u2028e',
      'x\u{10100}y \u{1F600} z\u{1F600}z',
      'lone \ud800 high and \udc00 low \ud800',
      '„Wir müssen“ – sagte sie – «nicht» jetzt…',
      '\n\r\n\t tab\tinside',
      "it's don't O'Neill l'Europe",
    ];
    for (const text of texts)
      expect(fieldTerms(text), JSON.stringify(text)).toEqual(reference(text));
  });

  it('gives the same words as MiniSearch for random text of letters, spaces and punctuation', () => {
    const next = rng(5);
    const alphabet = [
      ...'aAbBsSzZäÄöÖüÜßẞıİiIσΣς',
      ...' .,;:!?-–—"\'„“«»()[]/\\\n\r\t\u00a0\u2009',
      '\u{10100}',
      '\u{1F600}',
      '\ud800',
      '\udc00',
      '0',
      '9',
    ];
    for (let n = 0; n < 2_000; n++) {
      let text = '';
      const length = Math.floor(next() * 40);
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(next() * alphabet.length)];
      expect(fieldTerms(text), JSON.stringify(text)).toEqual(reference(text));
    }
  });

  it('gives the same words as MiniSearch for generated pages', () => {
    for (let i = 0; i < 200; i++) {
      const { text } = generatePage(i, 3);
      expect(fieldTerms(text)).toEqual(reference(text));
    }
  });
});
