/**
 * Round 3: who speaks, from the grammar of the clause and the sentence before. Invented sentences,
 * none from the evaluation pages.
 */
import { describe, expect, it } from 'vitest';
import { pageIn, quote, speakerName } from './helpers.ts';

describe('a verb joined by "and"/"und" shares the subject that opens the sentence', () => {
  it('German split verb after "und": the noun after the verb is its object', () => {
    const a = pageIn(
      'Oberbürgermeister Klaus Dettmer war verärgert. Er nannte den Beschluss „kurzsichtig“ ' +
        'und kündigte Widerstand an. Die Stadträtin Vera Olm sprach von einem „schwarzen Tag“ ' +
        'und forderte eine Sondersitzung.',
      'de',
    );
    expect(speakerName(quote(a, 'kurzsichtig'))).toBe('Klaus Dettmer');
    expect(speakerName(quote(a, 'schwarzen'))).toBe('Vera Olm');
  });

  it('English: "NAME called it "X" and announced an inquiry"', () => {
    const a = pageIn(
      'Governor Ilsa Marrow toured the flooded district on Monday. She called the response ' +
        '"a disgrace" and announced an inquiry into the warning system.',
    );
    expect(speakerName(quote(a, 'a disgrace'))).toBe('Ilsa Marrow');
  });
});
