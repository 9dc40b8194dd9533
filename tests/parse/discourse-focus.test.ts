/**
 * The discourse model (src/parse/discourse.ts): entities in focus, named and unnamed, ranked by
 * salience; a pronoun whose most salient fitting entity is unnamed has no speaker. Invented text.
 */
import { describe, expect, it } from 'vitest';
import { focusAt, salientFitting, type FocusParagraph } from '../../src/parse/discourse.ts';
import { pageIn, quote, speakerName } from './helpers.ts';

const genders = new Map<string, 'm' | 'f' | null>();
const genderOf = (name: string): 'm' | 'f' | null => genders.get(name) ?? null;

/** A paragraph whose named people are found by their exact written names. */
function paragraph(text: string, people: Record<string, 'm' | 'f' | null>): FocusParagraph<string> {
  const mentions = [];
  for (const [name, gender] of Object.entries(people)) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
      mentions.push({ start: at, end: at + name.length, person: name });
    genders.set(name, gender);
  }
  mentions.sort((a, b) => a.start - b.start);
  const quotes = [];
  const re = /[“„"][^”“"]*[”“"]/g;
  for (let m = re.exec(text); m; m = re.exec(text))
    quotes.push({ open: m.index, close: m.index + m[0].length - 1 });
  return { text, quotes, mentions };
}

describe('focusAt: salience', () => {
  it('the subject of the latest sentence outranks an earlier subject', () => {
    const p = paragraph('Lena Hart opened the hall. Karl Brem closed it later.', {
      'Lena Hart': 'f',
      'Karl Brem': 'm',
    });
    const ranked = focusAt([p], p.text.length, false, genderOf);
    expect(ranked[0]?.person).toBe('Karl Brem');
  });

  it('a subject outranks an object of the same sentence', () => {
    const p = paragraph('Karl Brem thanked Tom Weiler.', { 'Karl Brem': 'm', 'Tom Weiler': 'm' });
    expect(focusAt([p], p.text.length, false, genderOf)[0]?.person).toBe('Karl Brem');
  });

  it('a paragraph break lowers the earlier paragraph', () => {
    const before = paragraph('Karl Brem spoke first.', { 'Karl Brem': 'm' });
    const now = paragraph('Tom Weiler waited.', { 'Tom Weiler': 'm' });
    expect(focusAt([before, now], now.text.length, false, genderOf)[0]?.person).toBe('Tom Weiler');
  });

  it('words inside quotes are no mentions', () => {
    const p = paragraph('Lena Hart spoke. "A fisherman told me so," she said.', {
      'Lena Hart': 'f',
    });
    const ranked = focusAt([p], p.text.length, false, genderOf);
    expect(ranked.map((e) => e.person)).toEqual(['Lena Hart']);
  });
});

describe('focusAt: unnamed people', () => {
  it('English: "a fisherman" is an unnamed entity of male gender', () => {
    const p = paragraph('Karl Brem left. At the quay, a fisherman was mending nets.', {
      'Karl Brem': 'm',
    });
    const top = salientFitting(focusAt([p], p.text.length, false, genderOf), 'm');
    expect(top?.person).toBeNull();
  });

  it('German: "eine Passantin" after the verb is the subject and female', () => {
    const p = paragraph('Vor dem Rathaus bleibt eine Passantin stehen.', {});
    const top = salientFitting(focusAt([p], p.text.length, true, genderOf), 'f');
    expect(top).toMatchObject({ person: null, gender: 'f' });
  });

  it('an apposition describes the named person, it is no new entity', () => {
    const p = paragraph('Lena Hart, a radar engineer at the institute, said so.', {
      'Lena Hart': 'f',
    });
    expect(focusAt([p], p.text.length, false, genderOf).map((e) => e.person)).toEqual([
      'Lena Hart',
    ]);
  });

  it('after a preposition an unnamed person is no entity ("from a neighbour")', () => {
    const p = paragraph('Karl Brem took water from a neighbour.', { 'Karl Brem': 'm' });
    expect(focusAt([p], p.text.length, false, genderOf).map((e) => e.person)).toEqual([
      'Karl Brem',
    ]);
  });

  it('a gender that does not fit skips the unnamed person', () => {
    const p = paragraph('Lena Hart waited. Ein älterer Angler sitzt am Ufer.', {
      'Lena Hart': 'f',
    });
    const top = salientFitting(focusAt([p], p.text.length, true, genderOf), 'f');
    expect(top?.person).toBe('Lena Hart');
  });
});

describe('pronouns after unnamed people resolve to null', () => {
  it('German verb-second: "Am Ufer sitzt ein älterer Angler … sagt er"', () => {
    const a = pageIn(
      '„Wir prüfen das“, sagte Bürgermeister Jörg Tammen.\n\n' +
        'Am Südufer sitzt ein älterer Angler auf seinem Stuhl. „Ich komme seit Jahren her“, sagt er.',
      'de',
    );
    expect(quote(a, 'Ich komme').speaker).toBeNull();
  });

  it('German: "eine Passantin bleibt stehen … erzählt sie"', () => {
    const a = pageIn(
      '„Das ist Kunst“, sagt Professorin Ilka Brandes.\n\n' +
        'Vor dem Kaufhaus bleibt eine Passantin stehen. „Hier war ich als Kind“, erzählt sie.',
      'de',
    );
    expect(quote(a, 'Hier war ich').speaker).toBeNull();
  });

  it('English: a relation who stays unnamed ("Her stand partner, a cellist … he said")', () => {
    const a = pageIn(
      'Anna Berzina joined the orchestra last year. "I check the job sites," she says.\n\n' +
        'Her stand partner, a cellist who asked not to be named, was blunter. "They will regret ' +
        'it," he said.',
    );
    expect(quote(a, 'They will regret').speaker).toBeNull();
  });

  it('negative: an apposition keeps the named speaker', () => {
    const a = pageIn(
      'Professor Maaike Dorn, a radar engineer in Delft, agreed. "Radar and turbines can live ' +
        'together," she said.',
    );
    expect(speakerName(quote(a, 'Radar and turbines'))).toBe('Maaike Dorn');
  });

  it('negative: a relation who is named keeps the name', () => {
    const a = pageIn(
      'Her colleague at the hospital, lung specialist Dr. Martin Brezak, is skeptical. "There ' +
        'are few good studies," he said.',
    );
    expect(speakerName(quote(a, 'There are few'))).toBe('Martin Brezak');
  });

  it('negative: a woman named after an unnamed man keeps "she"', () => {
    const a = pageIn(
      'An elderly angler watched from the shore. Biologist Ilka Brandes took samples. "The lake ' +
        'is sick," she said.',
    );
    expect(speakerName(quote(a, 'The lake'))).toBe('Ilka Brandes');
  });
});

describe('subjects of coordinate clauses', () => {
  it('a name opening a clause after a comma is a subject, and the later one wins', () => {
    const p = paragraph(
      'Dirk Pahl legt ihm die Hand auf die Schulter, Uwe Kreisel schüttelt den Kopf.',
      {
        'Dirk Pahl': 'm',
        'Uwe Kreisel': 'm',
      },
    );
    expect(focusAt([p], p.text.length, true, genderOf)[0]?.person).toBe('Uwe Kreisel');
  });

  it('negative: a name in a list after a comma is no clause subject', () => {
    const p = paragraph('Dirk Pahl thanked Anna Leitz, Uwe Kreisel and others.', {
      'Dirk Pahl': 'm',
      'Anna Leitz': 'f',
      'Uwe Kreisel': 'm',
    });
    expect(focusAt([p], p.text.length, false, genderOf)[0]?.person).toBe('Dirk Pahl');
  });

  it('German page: "er" goes to the subject of the later clause', () => {
    const a = pageIn(
      'Dirk Pahl arbeitet seit 20 Jahren im Werk. Sein Kollege Uwe Kreisel ist erst zurückgekehrt. ' +
        'Pahl legt ihm die Hand auf die Schulter, Kreisel schüttelt nur den Kopf. „Ich habe ein ' +
        'Haus gekauft“, erzählt er.',
      'de',
    );
    expect(speakerName(quote(a, 'Ich habe ein Haus'))).toBe('Uwe Kreisel');
  });

  it('negative: "er" after a single clause keeps its subject', () => {
    const a = pageIn(
      'Sein Kollege Uwe Kreisel ist erst zurückgekehrt. Dirk Pahl legt ihm die Hand auf die ' +
        'Schulter. „Wir halten zusammen“, sagt er.',
      'de',
    );
    expect(speakerName(quote(a, 'Wir halten'))).toBe('Dirk Pahl');
  });
});

describe('sentence ends and relative clauses', () => {
  it('a quote that ends with a period ends the sentence: the next name is a subject', () => {
    const p = paragraph('Ilse Marwood called it "a folly." Petra Quandt did not agree.', {
      'Ilse Marwood': 'f',
      'Petra Quandt': 'f',
    });
    expect(focusAt([p], p.text.length, false, genderOf)[0]?.person).toBe('Petra Quandt');
  });

  it('the host of a relative clause outranks the name inside it', () => {
    const p = paragraph(
      'Peter Lind retired. The team is led by Tom Ark, who played under Lind for years.',
      { 'Peter Lind': 'm', 'Tom Ark': 'm', Lind: 'm' },
    );
    expect(focusAt([p], p.text.length, false, genderOf)[0]?.person).toBe('Tom Ark');
  });

  it('negative: the latest name inside a relative clause is not the top entity', () => {
    const p = paragraph('The team thanked Tom Ark, who once played under Peter Lind.', {
      'Tom Ark': 'm',
      'Peter Lind': 'm',
    });
    expect(focusAt([p], p.text.length, false, genderOf)[0]?.person).toBe('Tom Ark');
  });
});

describe('definite role nouns are mentions of the role holder', () => {
  const holder = (noun: string): string | null =>
    noun === 'bürgermeisterin' ? 'Renate Kolb' : null;

  it('"Die Bürgermeisterin hält das für falsch" mentions the mayor', () => {
    const p = paragraph(
      'Elke Haber, die im Rat sitzt, will das Bad retten. Die Bürgermeisterin hält das für falsch.',
      { 'Elke Haber': 'f' },
    );
    const ranked = focusAt([p], p.text.length, true, genderOf, holder);
    expect(ranked[0]?.person).toBe('Renate Kolb');
  });

  it('negative: a role noun nobody holds adds no entity', () => {
    const p = paragraph('Elke Haber will das Bad retten. Die Kassiererin nickt.', {
      'Elke Haber': 'f',
    });
    expect(focusAt([p], p.text.length, true, genderOf, holder).map((e) => e.person)).toEqual([
      'Elke Haber',
    ]);
  });

  it('German page: a description opening a paragraph refers to the role holder in focus', () => {
    const a = pageIn(
      'Bürgermeisterin Renate Kolbinger will das Freibad schließen.\n\n' +
        'Elke Haberl, die für die Freien Wähler im Rat sitzt, will es mit Spenden retten. Die ' +
        'Bürgermeisterin hält das für unrealistisch.\n\n' +
        '„Frau Haberl verspricht etwas, das sie nicht halten kann“, sagte die Rathauschefin.',
      'de',
    );
    expect(speakerName(quote(a, 'Frau Haberl verspricht'))).toBe('Renate Kolbinger');
  });

  it('English: "Another fan disagreed. … he said" has no speaker', () => {
    const a = pageIn(
      'Coach Pieter Wilde kept his job. "We will fight," Wilde said.\n\n' +
        'Another fan disagreed. "Wilde has had six months," he said.',
    );
    expect(quote(a, 'Wilde has had').speaker).toBeNull();
  });
});
