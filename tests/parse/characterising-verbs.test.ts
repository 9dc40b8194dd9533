/**
 * Verbs that characterise rather than report ("described X as", "blamed X for", "dismissed X
 * as") put the subject's words in quotes, also with adverbs inside the verb group ("has so far
 * described"). A passive has no speaker. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { pageIn, quote, speakerName } from './helpers.ts';

describe('verbs of characterising', () => {
  it('"has so far described … as" and "has in the past blamed … for": the place speaks', () => {
    const a = pageIn(
      'Talks in Veranto stalled. Veranto has so far described the dam as "a local matter," ' +
        'however. Veranto has in the past blamed foreign firms for "stealing our rivers."',
    );
    expect(speakerName(quote(a, 'a local matter'))).toBe('Veranto');
    expect(speakerName(quote(a, 'stealing our rivers'))).toBe('Veranto');
  });

  it('a person who dismissed something "as …"', () => {
    const a = pageIn(
      'Interior Minister Halvard Moen spoke on Monday. Moen dismissed the report as "pure fiction."',
    );
    expect(speakerName(quote(a, 'pure fiction'))).toBe('Halvard Moen');
  });

  it('a passive "was blamed for" has no speaker', () => {
    const a = pageIn('Heavy rain was blamed for the "chaos" on the roads.');
    expect(quote(a, 'chaos').speaker).toBeNull();
  });
});
