/**
 * Round 3: a single given name that no list knows, where grammar leaves room only for a person:
 * after a kinship noun, after an age, in apposition to a noun for a person with an age. Invented
 * sentences, none from the evaluation pages.
 */
import { describe, expect, it } from 'vitest';
import { pageIn, peopleNames, quote, speakerName } from './helpers.ts';

describe('kinship nouns introduce given names', () => {
  it('English: "whose daughter Ysolde, 9," and "her son Jorin"', () => {
    const a = pageIn(
      'Among those waiting is Wenna Trelawny, whose daughter Ysolde, 9, has asthma. ' +
        'Her son Jorin stays with his grandmother. "I read every day," Ysolde said.',
    );
    expect(peopleNames(a)).toEqual(['Wenna Trelawny', 'Ysolde', 'Jorin']);
    expect(speakerName(quote(a, 'I read'))).toBe('Ysolde');
  });

  it('German: "Ihre Tochter Lieselle" at the start of a sentence', () => {
    const a = pageIn(
      'Die Bäckerin Ruth Lammers öffnet um fünf Uhr. Ihre Tochter Lieselle hilft mit. ' +
        '„Ich mag das Mehl“, sagt Lieselle.',
      'de',
    );
    expect(peopleNames(a)).toEqual(['Ruth Lammers', 'Lieselle']);
    expect(speakerName(quote(a, 'Ich mag'))).toBe('Lieselle');
  });
});

describe('an age introduces a given name', () => {
  it('German: "die zwölfjährige NAME" when the name stands alone again later', () => {
    const a = pageIn(
      'Im Probenraum übt die zwölfjährige Ylvie ein Stück von Bach. Seit vier Jahren spielt ' +
        'sie Geige.\n\nYlvie will weitermachen. „Ich übe jeden Tag“, sagt sie.',
      'de',
    );
    expect(peopleNames(a)).toEqual(['Ylvie']);
    expect(speakerName(quote(a, 'Ich übe'))).toBe('Ylvie');
  });

  it('German: "der 14-jährige Schüler" stays a noun', () => {
    const a = pageIn(
      'Im Stall hilft der 14-jährige Schüler. Der Schüler kommt jeden Tag. ' +
        'Landwirt Gerold Pfisterer ist zufrieden.',
      'de',
    );
    expect(peopleNames(a)).toEqual(['Gerold Pfisterer']);
  });

  it('English: "the 12-year-old Teodora" and "a 19-year-old apprentice, Caoilfhionn,"', () => {
    const a = pageIn(
      'The 12-year-old Teodora has played the cello since she was six. Her teacher is ' +
        'showing a 19-year-old apprentice, Caoilfhionn, how to tune it.',
    );
    expect(peopleNames(a)).toEqual(['Teodora', 'Caoilfhionn']);
  });
});

describe('a German family name also written with an article', () => {
  it('"die Olbrichs" does not make "Olbrich" a noun when a full name speaks or has an age', () => {
    const a = pageIn(
      'Seit 40 Jahren führen die Olbrichs die Mühle. „Wir hören nicht auf“, sagt Jorinde ' +
        'Olbrich. Ihr Mann Tammo Olbrich, 74, nickt. Einen Olbrich gibt es immer.',
      'de',
    );
    expect(peopleNames(a)).toEqual(['Jorinde Olbrich', 'Tammo Olbrich']);
    expect(speakerName(quote(a, 'Wir hören'))).toBe('Jorinde Olbrich');
  });
});
