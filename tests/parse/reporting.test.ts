/**
 * Reporters' habits of attribution, one invented paragraph each (none of these sentences is
 * from the evaluation pages).
 */
import { describe, expect, it } from 'vitest';
import { pageWithBody, peopleNames, quote, speakerName } from './helpers.ts';

const page = pageWithBody;
const names = peopleNames;

describe('German people introduced by a feminine role noun after the article', () => {
  it('"Die Hobbyimkerin Ulrike-Sophie Brandl-Oster" names a person, whose quote follows', () => {
    const a = page(
      'Die Hobbyimkerin Ulrike-Sophie Brandl-Oster betreut seit Jahren zwölf Völker am ' +
        'Waldrand. „Im Frühjahr fehlte fast die Hälfte der Bienen.\n\n' +
        '„So etwas habe ich noch nie erlebt.“',
      'de',
    );
    expect(names(a)).toEqual(['Ulrike-Sophie Brandl-Oster']);
    expect(speakerName(quote(a, 'Im Frühjahr'))).toBe('Ulrike-Sophie Brandl-Oster');
    expect(speakerName(quote(a, 'So etwas'))).toBe('Ulrike-Sophie Brandl-Oster');
  });

  it('a thing after the article stays a thing', () => {
    const a = page(
      'Die Medizin Klinik Nord bleibt geöffnet. Die Kleinstadt Hallbergmoos wächst.',
      'de',
    );
    expect(names(a)).toEqual([]);
  });
});

describe('"the company", "the office": the body named earlier', () => {
  it('takes a name written in apposition after the noun', () => {
    const a = page(
      'Growers blame a crop-dusting company. The dusting company, Velmar Agritech, rejects ' +
        'the claims. The company said it was "open to any inquiry."',
    );
    expect(speakerName(quote(a, 'open to any'))).toBe('Velmar Agritech');
  });

  it('takes the capitalised name built on the same head noun', () => {
    const a = page(
      'The Federal Office for Water Safety issued a warning on Monday. The office said its ' +
        'staff were testing wells "day and night".',
    );
    expect(speakerName(quote(a, 'day and night'))).toBe('Federal Office for Water Safety');
  });

  it('"das Unternehmen" after a name written behind a noun of trade', () => {
    const a = page(
      'Im Nachbarort baut der Möbelhändler Holmgart Nord ein Lager. Holmgart Nord weist die ' +
        'Vorwürfe zurück. Man plane „leise Lastwagen“, erklärte das Unternehmen.',
      'de',
    );
    expect(speakerName(quote(a, 'leise'))).toBe('Holmgart Nord');
  });
});

describe('an unnamed person described by a phrase after the noun', () => {
  it('"Ein Gast mit Sonnenhut meinte:" has no named speaker, not the hat', () => {
    const a = page(
      'Der Wirt Bertram Ohlsen schenkte aus. Eine Kundin mit Sonnenhut meinte: ' +
        '„Hier bleibe ich den ganzen Sommer.“',
      'de',
    );
    expect(speakerName(quote(a, 'Hier bleibe'))).toBeNull();
  });
});

describe('German perfect tense: the subject of the auxiliary, not the object', () => {
  it('"Er hatte ... das Schild ... geschrieben:" and "Danach hatte NAME ... gesagt:"', () => {
    const a = page(
      'Bürgermeister Stefan Ohlsen schloss das Rathaus. Er hatte schon das Schild für die ' +
        'Tür geschrieben: „Wir machen Pause.“ Danach hatte Ohlsen der Zeitung gesagt: ' +
        '„Nie wieder so lange.“',
      'de',
    );
    expect(speakerName(quote(a, 'Wir machen'))).toBe('Stefan Ohlsen');
    expect(speakerName(quote(a, 'Nie wieder'))).toBe('Stefan Ohlsen');
  });
});

describe('German "vom" in names', () => {
  it('"Irmgard vom Stein" is a name and "erzählt vom Stein" names her; "vom" after a full name is a preposition', () => {
    const a = page(
      'Dann kam der Plan. Irmgard vom Stein, die frühere Leiterin der Bücherei, lud ein. ' +
        '„Es kamen dreimal so viele wie gedacht“, erzählt vom Stein. Die Forscherin Dr. ' +
        'Sabine Ortlieb vom Alpinen Institut in Graz hält das für klug. „Das ist richtig“, so ' +
        'Ortlieb.',
      'de',
    );
    expect(names(a)).toEqual(['Irmgard vom Stein', 'Sabine Ortlieb']);
    expect(speakerName(quote(a, 'Es kamen'))).toBe('Irmgard vom Stein');
    expect(speakerName(quote(a, 'Das ist richtig'))).toBe('Sabine Ortlieb');
  });
});

describe('pronouns and relative clauses', () => {
  it('a name inside a relative clause is not the referent of the next "er"/"he"', () => {
    const a = page(
      'Schreinermeister Anton Hiller arbeitet seit 40 Jahren. Die Hobelbank übernimmt jetzt ' +
        'Jonas Brenner, 31, der bei Hiller gelernt hat. „Hier baue ich wieder Möbel“, sagt er.',
      'de',
    );
    expect(speakerName(quote(a, 'Hier baue'))).toBe('Jonas Brenner');
    const b = page(
      'Coach Peter Lindqvist retired in May. The team is now led by Thomas Arkwright, who ' +
        'played under Lindqvist for years. "We start from scratch," he said.',
    );
    expect(speakerName(quote(b, 'We start'))).toBe('Thomas Arkwright');
  });
});

describe('German bodies named by the head of their compound', () => {
  it('"die Kammer" after "Die Landwirtschaftskammer Rhein-Ems", and reported speech after it', () => {
    const a = page(
      'Die Landwirtschaftskammer Rhein-Ems lobt den Plan. Viele Höfe hätten aufgegeben, ' +
        'teilte die Kammer mit. Ein Verein sei aber „keine Lösung für jeden Hof“.',
      'de',
    );
    expect(speakerName(quote(a, 'keine Lösung'))).toBe('Landwirtschaftskammer Rhein-Ems');
  });
});

describe('a sentence that opens with whose view it gives', () => {
  it('"Für ihn ist ... „…“" and "For her, ... "…"" quote the person the pronoun refers to', () => {
    const a = page(
      'Bademeister Konrad Ebner arbeitet seit 20 Jahren im Hallenbad. Für ihn ist die ' +
        'Schließung ein „Verlust für alle Kinder“.',
      'de',
    );
    expect(speakerName(quote(a, 'Verlust'))).toBe('Konrad Ebner');
    const b = page(
      'Librarian Maren Holloway has run the reading room since 1998. For her, the closure is ' +
        '"a loss for every child in town".',
    );
    expect(speakerName(quote(b, 'a loss'))).toBe('Maren Holloway');
  });
});

describe('a view set off by commas before a bare quote', () => {
  it('"The only real hope, she believes, is ..." then a quote of her own', () => {
    const a = page(
      'Botanist Dr. Hanne Solvik of the Seed Institute said the work was slow. "We lost ' +
        'years," she said. Councillor Ben Archer disagreed.\n\n' +
        "The only real hope, she believes, is new seed. \"Farmers tell me, 'Not in my field.' " +
        'I understand that. But we must try."',
    );
    expect(speakerName(quote(a, 'Farmers tell'))).toBe('Hanne Solvik');
  });
});

describe('a name given by an unnamed group', () => {
  it('"the goat her grandchildren call "the professor"" has no speaker', () => {
    const a = page(
      'Marvella Quint says 12 of her goats must go, among them the one her grandchildren ' +
        'call "the professor". "We did nothing wrong," she says.',
    );
    expect(speakerName(quote(a, 'the professor'))).toBeNull();
    expect(speakerName(quote(a, 'We did nothing'))).toBe('Marvella Quint');
  });
});

describe('a quote added after a comma to a clause without a verb of saying', () => {
  it('is the view of the named person opening the clause ("NAME estimated ..., "…"")', () => {
    const a = page(
      'Hydrologist Dr. Petra Lindgren estimated the losses at 40 percent, "the worst since ' +
        '1971." Engineer Tomas Rilke disagreed. A farmer put the losses at half, "a disaster."',
    );
    expect(speakerName(quote(a, 'the worst'))).toBe('Petra Lindgren');
    expect(speakerName(quote(a, 'a disaster'))).toBeNull();
    const b = page(
      'Die Ärztin Dr. Ines Kammerer schätzte den Schaden auf eine Million Euro, „so viel wie ' +
        'nie zuvor“.',
      'de',
    );
    expect(speakerName(quote(b, 'so viel'))).toBe('Ines Kammerer');
  });
});

describe('kinship referents', () => {
  it('"Ihr Mann ... sagt er" is an unnamed husband, unless the couple was named', () => {
    const a = page(
      'Anna Lorbeer führt den Laden seit 1990. Ihr Mann hilft mittags. „Wir schaffen das“, ' +
        'sagt er.',
      'de',
    );
    expect(speakerName(quote(a, 'Wir schaffen'))).toBeNull();
    const b = page(
      'Zu den Kunden gehören Hanna und Jörg Wessel. „Es geht noch“, sagt Hanna. Ihr Mann ' +
        'nickt. „Sie hat recht“, sagt er.',
      'de',
    );
    expect(speakerName(quote(b, 'Sie hat recht'))).toBe('Jörg Wessel');
    const c = page(
      'Maud Pellew has run the bakery since 1990. Her husband helps at noon. "We will ' +
        'manage," he says.',
    );
    expect(speakerName(quote(c, 'We will manage'))).toBeNull();
  });
});
