/**
 * A lower-case noun the page writes right before a name ("administrator NAME") or in apposition
 * after it ("NAME, the town's archivist,") is that person's role even when no word list knows it:
 * "the administrator said" later refers to them. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { pageIn, quote, speakerName } from './helpers.ts';

describe('role nouns known from the page', () => {
  it('"the administrator" after "administrator NAME"', () => {
    const a = pageIn(
      '"We signed at midnight," administrator Tuula Vaskinen told reporters.\n\n' +
        'Economy Minister Arvo Leppä welcomed the deal. The administrator, who had looked for a ' +
        'buyer since May, said two bidders had "walked away."',
    );
    expect(speakerName(quote(a, 'walked away'))).toBe('Tuula Vaskinen');
  });

  it('"the archivist" after "NAME, the town\'s archivist,"', () => {
    const a = pageIn(
      'The box was found by Mirela Dovan, the town’s archivist, in March. Mayor Ion Petrescu ' +
        'thanked her. The archivist said the find was "a small miracle."',
    );
    expect(speakerName(quote(a, 'a small miracle'))).toBe('Mirela Dovan');
  });

  it('a noun nobody was written with names nobody', () => {
    const a = pageIn(
      'Mayor Ion Petrescu opened the hall. The stranger said the roof was "a disgrace."',
    );
    expect(quote(a, 'a disgrace').speaker).toBeNull();
  });
});
