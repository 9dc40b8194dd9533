import { describe, expect, it } from 'vitest';
import { parseDateLine, parseEditedBy, parseSignOff, splitTags } from '../../src/parse/metadata.ts';
import { findQuotes } from '../../src/parse/quotes.ts';
import { detectLanguage } from '../../src/parse/language.ts';

describe('dates', () => {
  it.each([
    ['July 3, 2023', '2023-07-03'],
    ['Jul 3, 2023', '2023-07-03'],
    ['07/03/2024', '2024-07-03'],
    ['12/31/2024', '2024-12-31'],
    ['3. Juli 2023', '2023-07-03'],
    ['12. März 2024', '2024-03-12'],
    ['03.07.2024', '2024-07-03'],
    ['2024-07-03', '2024-07-03'],
  ])('%s -> %s', (line, iso) => {
    expect(parseDateLine(line)).toBe(iso);
  });

  it.each(['February 30, 2023', 'July 2023', 'The talks were held on July 3, 2023 in Beijing'])(
    '%s -> null',
    (line) => {
      expect(parseDateLine(line)).toBeNull();
    },
  );
});

describe('tag line', () => {
  it.each([
    ['ConflictsChina', ['Conflicts', 'China']],
    ['Law and JusticePoland', ['Law and Justice', 'Poland']],
    ['NATOBaltic SeaGermany', ['NATO', 'Baltic Sea', 'Germany']],
    ['Germany', ['Germany']],
  ])('%s', (line, tags) => {
    expect(splitTags(line)).toEqual(tags);
  });
});

describe('sign-off and editor', () => {
  it('reads initials and agencies, also lower-case ones', () => {
    expect(parseSignOff('ara/ab (AFP, Reuters)')).toEqual({
      initials: ['ara', 'ab'],
      agencies: ['AFP', 'Reuters'],
    });
    expect(parseSignOff('kb (dpa)')).toEqual({ initials: ['kb'], agencies: ['dpa'] });
    expect(parseSignOff('dj/jcg (afp, rtr)')).toEqual({
      initials: ['dj', 'jcg'],
      agencies: ['afp', 'rtr'],
    });
  });

  it('does not take prose for a sign-off', () => {
    expect(parseSignOff('He said it (again).')).toBeNull();
    expect(parseSignOff('the end')).toBeNull();
  });

  it('reads "Edited by" lines', () => {
    expect(parseEditedBy('Edited by: Jane Doe')).toBe('Jane Doe');
    expect(parseEditedBy('Edited by Jane Doe')).toBe('Jane Doe');
    expect(parseEditedBy('Jane Doe edited it')).toBeNull();
  });
});

describe('quote marks', () => {
  const texts = (s: string): string[] => findQuotes(s).map((q) => s.slice(q.textStart, q.textEnd));

  it('reads every kind of mark', () => {
    expect(texts('a "b c" d')).toEqual(['b c']);
    expect(texts('a “b c” d')).toEqual(['b c']);
    expect(texts('a „b c“ d')).toEqual(['b c']);
    expect(texts("a 'b c' d")).toEqual(['b c']);
    expect(texts('a ‘b c’ d')).toEqual(['b c']);
    expect(texts('a ‚b c‘ d')).toEqual(['b c']);
  });

  it('keeps apostrophes and inner quotes inside', () => {
    expect(texts("O'Connell said the countries' plans and Russia’s were fine")).toEqual([]);
    expect(texts('“He said ‘no’ twice,” she said.')).toEqual(['He said ‘no’ twice']);
    expect(texts('„Es sei ‚in Ordnung‘, sagten sie“, so er.')).toEqual([
      'Es sei ‚in Ordnung‘, sagten sie',
    ]);
  });

  it('ends an unbalanced double quote at the paragraph end', () => {
    const q = findQuotes('He said: “We will go on. And on');
    expect(q).toHaveLength(1);
    expect(q[0]?.closed).toBe(false);
    expect(texts('He said: “We will go on. And on')).toEqual(['We will go on. And on']);
  });

  it('drops one trailing comma only', () => {
    expect(texts('"one, two,," she said')).toEqual(['one, two,']);
  });
});

describe('language', () => {
  it('tells German from English', () => {
    expect(
      detectLanguage([
        '  1. Zum Inhalt springen',
        'Die Regierung hat am Montag gesagt, dass sie nicht',
      ]),
    ).toBe('de');
    expect(detectLanguage(['The government said on Monday that it would not'])).toBe('en');
    expect(detectLanguage(['Berlin', '3. Juli 2023'])).toBe('de');
  });
});
