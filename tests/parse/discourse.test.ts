/**
 * General rules for names and speakers, one invented paragraph each (none of these sentences is
 * from the evaluation pages): name spans, coordinated names, German names without titles,
 * bodies named in apposition, role and age descriptions, inverted German subjects, relative
 * clauses, bare quotes attributed by the sentence before or after, groups, continued utterances.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parse/index.ts';
import { pageWithBody, peopleNames, quote, speakerName } from './helpers.ts';

const page = pageWithBody;
const names = peopleNames;

describe('name spans', () => {
  it('peels roles written inside a capitalised run and adjectival compounds', () => {
    const a = page(
      'Valmora has invited Coastal Protection Minister Odalys Brenner to the harbour. ' +
        'Second-division Valmora beat the leaders on Sunday.',
    );
    expect(names(a)).toEqual(['Odalys Brenner']);
    expect([...(a.people[0]?.titles ?? []), ...(a.people[0]?.roles ?? [])]).toContain('Minister');
  });

  it('does not join an initial to a pronoun, nor take day names in the plural for people', () => {
    const a = page(
      'Senator Ulla Freymark posted a long thread on X. He replied within minutes. ' +
        'The market opens on Fridays, the busiest day.',
    );
    expect(names(a)).toEqual(['Ulla Freymark']);
  });

  it('reads "Ana and Luis Ferreira" as two people sharing the surname', () => {
    const a = page(
      'Ana and Luis Ferreira opened the bakery in 1998. "We started with one oven," Ana said.',
    );
    expect(names(a)).toEqual(['Ana Ferreira', 'Luis Ferreira']);
    expect(speakerName(quote(a, 'We started'))).toBe('Ana Ferreira');
  });

  it('gives a shared surname to the relative mentioned last', () => {
    const a = page(
      'Ana and Luis Ferreira opened the bakery. Their daughter, Beatriz Ferreira, runs it now.\n\n' +
        'Luis Ferreira, 71, still bakes. "We cannot go on," Ferreira said.',
    );
    expect(speakerName(quote(a, 'We cannot'))).toBe('Luis Ferreira');
  });

  it('a given name after a kinship noun or speaking alone is a person', () => {
    const a = page(
      'Tomas Okafor and his wife Grace run a stall. "We sold nothing for a month," Grace said.',
    );
    expect(names(a)).toContain('Grace');
    expect(speakerName(quote(a, 'We sold'))).toBe('Grace');
  });

  it('a run once written as a body is never a person', () => {
    const a = page(
      'The rescue was run by the Hamburg-based charity Blue Meridian. ' +
        "Blue Meridian's press officer, Joris Lammers, confirmed it. " +
        'The regional tourist board, Dunemark Tourism, wrote that it was "working on a solution."',
    );
    expect(names(a)).toEqual(['Joris Lammers']);
    expect(speakerName(quote(a, 'working on'))).toBe('Dunemark Tourism');
  });
});

describe('German names without titles', () => {
  it('takes names in apposition, with foreign letters, or coordinated with a known name', () => {
    const a = page(
      'Der Vorsitzende des Kleingartenvereins, Egbert Wollenhaupt, lud ein. ' +
        'Für Pendler wie Zofia Kowalczyk ist der Zug wichtig. ' +
        'Unterschrieben haben auch Sabine Ruhnau und Edeltraud Kemmerling-Voss, die im Ort wohnen. ' +
        'Dort fahren um 6.40 Uhr von Altenfeld die ersten Busse, rund neun Millionen Euro kostet das.',
      'de',
    );
    expect(names(a)).toEqual([
      'Egbert Wollenhaupt',
      'Zofia Kowalczyk',
      'Sabine Ruhnau',
      'Edeltraud Kemmerling-Voss',
    ]);
  });

  it('splits "Anneliese und Josef Brandt" and keeps a surname used after an article', () => {
    const a = page(
      'Nach 30 Jahren hören Hedwig und Josef Kranzhuber auf. Einen Kranzhuber wird es dort ' +
        'weiter geben: Enkel Lukas Kranzhuber übernimmt die Küche.',
      'de',
    );
    expect(names(a)).toEqual(['Hedwig Kranzhuber', 'Josef Kranzhuber', 'Lukas Kranzhuber']);
  });
});

describe('speakers described by role or age', () => {
  it('resolves a definite description nobody holds to the person just written about', () => {
    const a = page(
      'Rheda captain Ilka Brommer was not interested in excuses. "We were too slow," the ' +
        '29-year-old told reporters.\n\n' +
        'Bürgermeisterin Hilke Osterkamp kritisierte den Plan. Er sei „ein Fehler“, sagte die ' +
        'parteilose Kommunalpolitikerin.',
    );
    expect(speakerName(quote(a, 'We were'))).toBe('Ilka Brommer');
    expect(quote(a, 'We were').attributionMethod).toBe('ROLE');
    expect(speakerName(quote(a, 'ein Fehler'))).toBe('Hilke Osterkamp');
  });

  it('a role written before anyone is named goes to the person who holds it later', () => {
    const a = page(
      'Der Landrat verteidigte die Pläne am Dienstag. Es gebe „keine Alternative“, sagte der ' +
        'Verwaltungschef.\n\nLandrat Wendelin Grote will im Mai entscheiden.',
      'de',
    );
    expect(speakerName(quote(a, 'keine Alternative'))).toBe('Wendelin Grote');
  });

  it('finds the holder of a compound role and treats "a spokesman for X" as unnamed', () => {
    const a = page(
      'Ministeriumssprecher Arne Tjaden betonte, die Akten seien vollständig. „Wir prüfen alles“, ' +
        'sagte der Sprecher.\n\n' +
        'Marine Minister Oona Falkvik was invited. A spokesman for the minister said she would ' +
        'come "in the spring."',
    );
    expect(speakerName(quote(a, 'Wir prüfen'))).toBe('Arne Tjaden');
    expect(speakerName(quote(a, 'in the spring'))).toBeNull();
  });
});

describe('German verbs of saying', () => {
  it('reads inverted subjects, split verbs and opinion verbs', () => {
    const a = page(
      'Dr. Hannelore von der Aue, die in Kassel forscht, gab Auskunft. „Das ist neu“, sagte sie der DW.\n\n' +
        'Genossenschaften seien „kein Wundermittel“, erklärte von der Aue.\n\n' +
        'Kämmerer Olaf Dreesen sieht das anders. „Das Geld fehlt“, fügt Dreesen hinzu.\n\n' +
        'Der Vorsitzende des Mieterbunds, Gerrit Ahlers, hält die Pläne für „einen Skandal“.\n\n' +
        'Nicht jede Stadt könne das, meinte Ahlers. „Es ist ein Versuch.“',
      'de',
    );
    expect(speakerName(quote(a, 'Das ist neu'))).toBe('Hannelore von der Aue');
    expect(speakerName(quote(a, 'kein Wundermittel'))).toBe('Hannelore von der Aue');
    expect(speakerName(quote(a, 'Das Geld'))).toBe('Olaf Dreesen');
    expect(speakerName(quote(a, 'einen Skandal'))).toBe('Gerrit Ahlers');
    expect(speakerName(quote(a, 'Es ist ein Versuch'))).toBe('Gerrit Ahlers');
  });

  it('names a body by its compound written earlier', () => {
    const a = page(
      'Das Kultusministerium in Kiel widersprach. „Keine Schule schließt“, teilte das ' +
        'Ministerium mit.\n\nDer Landesverband der Imker warnte. „Das reicht nicht“, teilte der ' +
        'Verband mit.',
      'de',
    );
    expect(speakerName(quote(a, 'Keine Schule'))).toBe('Kultusministerium');
    expect(speakerName(quote(a, 'Das reicht'))).toBe('Landesverband der Imker');
  });
});

describe('English clause structure', () => {
  it('relative clauses, coordinated verbs, appositions with their own names', () => {
    const a = page(
      'Traffic fell by half, according to the regional transport office, which called the ' +
        'result "remarkable."\n\n' +
        "Peru's mining minister Rosalía Quispe Mamani toured the site and called it " +
        '"a model for the region."\n\n' +
        'Marit Olsberg, a 48-year-old surgeon from Tromsø who has worked for Ocean Aid since ' +
        '2015, said the crew had done "everything right."',
    );
    expect(speakerName(quote(a, 'remarkable'))).toBe('regional transport office');
    expect(speakerName(quote(a, 'a model'))).toBe('Rosalía Quispe Mamani');
    expect(speakerName(quote(a, 'everything right'))).toBe('Marit Olsberg');
  });

  it('uses the proper name written after a description of a body', () => {
    const a = page(
      'The plant is run by the utility company Nordvik Kraft. The company wrote that the ' +
        'decision was "a blow to the region."',
    );
    expect(speakerName(quote(a, 'a blow'))).toBe('Nordvik Kraft');
  });
});

describe('quotes without their own verb of saying', () => {
  it('takes the person the sentence before is about, else the one named after', () => {
    const a = page(
      'Mayor Greet Vanhoutte and her deputy Stijn Claes disagree. The mayor is more careful. ' +
        '"We need time."\n\n' +
        'For the visitors, the result was a shock. "I have never felt so tired." Those were the ' +
        'words of their captain Jelle Wouters after the match.',
    );
    expect(speakerName(quote(a, 'We need time'))).toBe('Greet Vanhoutte');
    expect(speakerName(quote(a, 'I have never'))).toBe('Jelle Wouters');
  });
});

describe('unnamed people and groups', () => {
  it('"they" after plural people nouns and pronouns after an unnamed person are null', () => {
    const a = page(
      'The ministry promised a decision. Truck drivers at the border were skeptical. ' +
        '"We have heard this before," they said.\n\n' +
        'Several residents protested against what they called "a land grab."\n\n' +
        'Nurse Eldrid Saue was on duty. "It was chaos," a mother of two said later. ' +
        'She said she had waited "for six hours."',
    );
    expect(speakerName(quote(a, 'We have heard'))).toBeNull();
    expect(speakerName(quote(a, 'a land grab'))).toBeNull();
    expect(speakerName(quote(a, 'It was chaos'))).toBeNull();
    expect(speakerName(quote(a, 'for six hours'))).toBeNull();
  });

  it('an apposition or a possessive object does not hide the named subject from a pronoun', () => {
    const a = page(
      'Dr. Tobias Ellerkamp, an epidemiologist at a Hamburg institute, studied the data. ' +
        '"The method works," he said.\n\n' +
        "His sister, Ragna Ellerkamp, carries water from a neighbor's well. " +
        '"I will not give up," she said.',
    );
    expect(speakerName(quote(a, 'The method'))).toBe('Tobias Ellerkamp');
    expect(speakerName(quote(a, 'I will not'))).toBe('Ragna Ellerkamp');
  });
});

describe('utterances over paragraphs and headings', () => {
  it('a pronoun in a later part keeps the speaker of the part it continues', () => {
    const a = page(
      'Mayor Wies Dekkers and her deputy Bram Hoekstra announced the closure. Hoekstra wants ' +
        'a fee.\n\n' +
        'The mayor is more careful. "I understand the anger. But we live from the visitors.\n\n' +
        '"We need a system that works for everyone," she said.',
    );
    expect(speakerName(quote(a, 'We need a system'))).toBe('Wies Dekkers');
  });

  it('a heading quote of function words matches the body quote that contains it', () => {
    const r = parseArticle(
      "Rescue ship held in port: 'We would do it again'\n\nJuly 3, 2023\n\nA short lead.\n\n" +
        '"We would do it again tomorrow," Captain Fenna Bakker told DW.\n',
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(speakerName(quote(r.article, 'We would do it again'))).toBe('Fenna Bakker');
    expect(r.article.quotes[0]?.attributionMethod).toBe('HEADING_MATCH');
  });
});

describe('places, bodies and documents', () => {
  it('a name written after a place preposition is a place, a named storm no person', () => {
    const a = page(
      'Storm Odile reached the town of Brackwater Bay on Sunday. Crews from Brackwater Bay ' +
        'and Port Elmsley worked through the night, and ferries to Port Elmsley stopped. ' +
        'Emergency teams in Prince Rupert stood by.',
    );
    expect(names(a)).toEqual([]);
  });

  it('"the statement said" is the body that issued it; bodies in the nominative after a comma', () => {
    const a = page(
      'The clinic said in a statement that the data were safe. "We will not pay," the ' +
        'statement said.\n\n' +
        'Der Lärm sei „zumutbar“ und gehöre zum Dorf, erklärte das Landgericht in seinem Urteil.',
    );
    expect(speakerName(quote(a, 'We will not pay'))).toBe('clinic');
    expect(speakerName(quote(a, 'zumutbar'))).toBe('Landgericht');
  });

  it('a heading topic before a colon is no speaker; company descriptions find the name', () => {
    const r = parseArticle(
      "Harbor losses: 'The worst in decades'\n\nJuly 3, 2023\n\nA short lead.\n\n" +
        'Insurer Nordmark estimated the damage at 12 million, "the worst in decades."\n\n' +
        'The mill belongs to Corbel Holdings. The company said it was "open to talks."\n',
    );
    if (!r.ok) throw new Error(r.error.message);
    expect(speakerName(quote(r.article, 'The worst in decades'))).toBeNull();
    expect(speakerName(quote(r.article, 'open to talks'))).toBe('Corbel Holdings');
    expect(names(r.article)).toEqual([]);
  });
});

describe('reported speech across sentences and paragraphs', () => {
  it('a quote in the next sentence of reported speech keeps the speaker', () => {
    const a = page(
      'Ortsvorsteher Bernd Tiedemann kritisierte vor allem das Verfahren. Der Rat sei „vor ' +
        'vollendete Tatsachen gestellt“ worden.\n\n' +
        'Wie Landrätin Edda Sörensen am Mittwoch sagte, sei der Kreis „gesprächsbereit“.',
      'de',
    );
    expect(speakerName(quote(a, 'vor vollendete'))).toBe('Bernd Tiedemann');
    expect(speakerName(quote(a, 'gesprächsbereit'))).toBe('Edda Sörensen');
  });

  it('an unnamed source stays unnamed and a paragraph of quote follows the subject before', () => {
    const a = page(
      '„Wir fahren weiter“, sagte Schiffer Lorenz Hatje. „Ich habe keine Angst“, meinte eine ' +
        'Passagierin lachend.\n\n' +
        'Bürgermeisterin Inka Rohwer traf am Freitag den Minister Olaf Claußen.\n\n' +
        '„Wir waren uns einig.“',
      'de',
    );
    expect(speakerName(quote(a, 'Ich habe keine'))).toBeNull();
    expect(speakerName(quote(a, 'Wir waren'))).toBe('Inka Rohwer');
  });

  it('"nach Angaben von" and names introduced by a relative clause or after "von"', () => {
    const a = page(
      'Nach Angaben von Hatje fehlen 40 Fahrer. Unterstützt wird er von Wenke Ohldag und ' +
        'Fiete Carstensen, die früher in Husum arbeiteten. Dagegen ist Jorinde Melchert, die ' +
        'im Ort ein Café führt.',
      'de',
    );
    expect(names(a)).toEqual(['Wenke Ohldag', 'Fiete Carstensen', 'Jorinde Melchert']);
  });

  it('gendered variants of a role find the same person', () => {
    const a = page(
      "The town's spokeswoman, Orla Brennick, confirmed the closure. Engineer Tavish Munro " +
        'disagreed.\n\n"We will publish the report next week," the spokesperson added.',
    );
    expect(speakerName(quote(a, 'We will publish'))).toBe('Orla Brennick');
  });
});
