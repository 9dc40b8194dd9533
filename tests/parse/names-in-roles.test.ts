/**
 * Round 3: names next to role phrases that hold an organisation or a place. Invented sentences,
 * none from the evaluation pages.
 */
import { describe, expect, it } from 'vitest';
import { pageIn, peopleNames, quote, speakerName } from './helpers.ts';

describe('a body inside a role phrase belongs to the role, not to the name', () => {
  it('"Chief of police NAME", "head of the fire brigade, NAME," name the holder', () => {
    const a = pageIn(
      'Chief of police Tormund Hale said the road was "far too dangerous." The head of the ' +
        'volunteer fire brigade, Osric Penhale, said his team was "exhausted."',
    );
    expect(peopleNames(a)).toEqual(['Tormund Hale', 'Osric Penhale']);
    expect(speakerName(quote(a, 'far too'))).toBe('Tormund Hale');
    expect(speakerName(quote(a, 'exhausted'))).toBe('Osric Penhale');
  });

  it('German: "Leiterin der Feuerwehr, NAME," names the holder', () => {
    const a = pageIn(
      'Die Leiterin der Freiwilligen Feuerwehr, Gerlind Osterkamp-Ruh, war die ganze Nacht im ' +
        'Einsatz. „Wir waren am Ende unserer Kräfte“, sagte sie.',
      'de',
    );
    expect(peopleNames(a)).toEqual(['Gerlind Osterkamp-Ruh']);
    expect(speakerName(quote(a, 'Wir waren'))).toBe('Gerlind Osterkamp-Ruh');
  });

  it('a body in the possessive owns the person: "The Coastal Institute\'s NAME"', () => {
    const a = pageIn(
      'The Coastal Institute\'s Ingeborg Saltvik has measured the ice for 20 years. "It is ' +
        'thinner every spring," she said.',
    );
    expect(peopleNames(a)).toEqual(['Ingeborg Saltvik']);
    expect(speakerName(quote(a, 'It is thinner'))).toBe('Ingeborg Saltvik');
  });
});

describe('"the mayor of PLACE, NAME,": the place after the connector is no person', () => {
  it('English place names with particles or two words stay places', () => {
    const a = pageIn(
      'The governor of Villa del Mar, Ximena Aldaz, visited the flooded streets. "We will ' +
        'rebuild every house," she told reporters. The mayor of Porto Ferrada, Duarte Leal, ' +
        'said the harbour was "closed until further notice."',
    );
    expect(peopleNames(a)).toEqual(['Ximena Aldaz', 'Duarte Leal']);
    expect(speakerName(quote(a, 'We will'))).toBe('Ximena Aldaz');
    expect(speakerName(quote(a, 'closed until'))).toBe('Duarte Leal');
  });
});

describe('"von der Hochschule X" after a name is where the person works', () => {
  it('German: the particles before a body do not join the name', () => {
    const a = pageIn(
      'Klimaforscherin Dr. Henrike Saalfeld von der Universität Kesselheim warnt vor dem ' +
        'Sommer. „Das Eis schmilzt schneller als gedacht“, sagt sie. Das sieht Ortwin Haspel ' +
        'von der Bürgerinitiative Grünes Tal anders.',
      'de',
    );
    expect(peopleNames(a)).toEqual(['Henrike Saalfeld', 'Ortwin Haspel']);
    expect(speakerName(quote(a, 'Das Eis'))).toBe('Henrike Saalfeld');
  });
});

describe('a noun of trade names a business, and "the company" refers back to it', () => {
  it('German: "Der Anbieter X, der ..." is no person; "das Unternehmen" is X', () => {
    const a = pageIn(
      'Der Anbieter Rollfix Mobility, der in der Stadt 500 Räder verleiht, kritisierte den ' +
        'Beschluss. Das Verbot sei „ein Fehler“, erklärte das Unternehmen. Der Hersteller ' +
        'Brenntal Werke schwieg.',
      'de',
    );
    expect(peopleNames(a)).toEqual([]);
    expect(speakerName(quote(a, 'ein Fehler'))).toBe('Rollfix Mobility');
  });

  it('English: "The harbour operator X" at the start of a sentence', () => {
    const a = pageIn(
      'The harbour operator Nordlys Shipping has closed two piers. "Safety comes first," the ' +
        'company said in a statement.',
    );
    expect(peopleNames(a)).toEqual([]);
    expect(speakerName(quote(a, 'Safety'))).toBe('Nordlys Shipping');
  });
});

describe('occupations introduce names no list knows and are used for them later', () => {
  it('German: "Der Schäfer NAME", then "sagt der Imker" for another person', () => {
    const a = pageIn(
      'Der Schäfer Tjark Olling zählt jeden Abend seine Tiere. Der Imker Jorrik Tamsen ' +
        'wohnt nebenan. „Die Wölfe kommen näher“, sagt der Schäfer. „Meine Bienen stört das ' +
        'nicht“, meint der Imker.',
      'de',
    );
    expect(peopleNames(a)).toEqual(['Tjark Olling', 'Jorrik Tamsen']);
    expect(speakerName(quote(a, 'Die Wölfe'))).toBe('Tjark Olling');
    expect(speakerName(quote(a, 'Meine Bienen'))).toBe('Jorrik Tamsen');
  });

  it('English: "Beekeeper NAME" and "the apprentice said"', () => {
    const a = pageIn(
      'Beekeeper Tjark Olling lost half of his hives this spring. His apprentice, Maelys ' +
        'Quint, found the first dead colony. "It was silent inside," the apprentice said.',
    );
    expect(peopleNames(a)).toEqual(['Tjark Olling', 'Maelys Quint']);
    expect(speakerName(quote(a, 'It was silent'))).toBe('Maelys Quint');
  });
});

describe('nouns for people that end like nouns of trade', () => {
  it('"lawmaker", "filmmaker", "Weinhändler" before a name no list knows: a person', () => {
    const en = pageIn(
      '"This is a dark day," opposition lawmaker Zorvan Kowal wrote on the platform. ' +
        'Filmmaker Quilla Marvent agreed.',
    );
    expect(peopleNames(en)).toEqual(['Zorvan Kowal', 'Quilla Marvent']);
    expect(speakerName(quote(en, 'This is a dark'))).toBe('Zorvan Kowal');
    const de = pageIn(
      'Der Weinhändler Zorvan Kowal, der seit 30 Jahren im Ort lebt, ist skeptisch. ' +
        '„Das wird nichts“, sagt er.',
      'de',
    );
    expect(peopleNames(de)).toEqual(['Zorvan Kowal']);
  });
});
