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

describe('a quote standing alone goes on from the sentence before', () => {
  it('after a body\'s verb of saying: "…, teilte der Verband mit. „…“"', () => {
    const a = pageIn(
      'Der Landesverband der Imker kritisierte die Pläne. Seit 2015 seien im Land ' +
        'zahlreiche Völker eingegangen, teilte der Verband mit. „Jeder Verlust ist endgültig.“',
      'de',
    );
    expect(speakerName(quote(a, 'Jeder Verlust'))).toBe('Landesverband der Imker');
  });

  it('English: "…, the agency said. "…""', () => {
    const a = pageIn(
      'The Northern Rail Authority has suspended all trains on the coastal line. Repairs ' +
        'would take at least a month, the authority said on Friday. "Safety has priority."',
    );
    expect(speakerName(quote(a, 'Safety has'))).toBe('Northern Rail Authority');
  });

  it('after a sentence about the person by age: "Der 70-Jährige ist ...", "The 81-year-old has ..."', () => {
    const de = pageIn(
      'Das bestätigt der Schäfer Peter Olling vom Verein Weideland. Der 70-Jährige lebt seit ' +
        '50 Jahren im Tal. „Ich gehe hier nicht weg.“',
      'de',
    );
    expect(speakerName(quote(de, 'Ich gehe'))).toBe('Peter Olling');
    const en = pageIn(
      'Among those who stayed is retired ferryman Tobias Wrenfield. The 81-year-old has ' +
        'lived by the river all his life. "I know this water better than anyone."',
    );
    expect(speakerName(quote(en, 'I know'))).toBe('Tobias Wrenfield');
  });
});

describe('the clause before a colon', () => {
  it('a possessive before the colon names the owner: "Ihr Fazit:", "His verdict was short:"', () => {
    const de = pageIn(
      'Gemeinderätin Hanna Kestel leitet den Ausschuss seit drei Jahren. Ihr Fazit: „Es ' +
        'reicht nicht.“',
      'de',
    );
    expect(speakerName(quote(de, 'Es reicht'))).toBe('Hanna Kestel');
    const en = pageIn(
      'Harbour master Idris Penrose has seen many storms. His verdict was short: "Stay ashore."',
    );
    expect(speakerName(quote(en, 'Stay ashore'))).toBe('Idris Penrose');
  });

  it('a capitalised word opening a description of unnamed people is no speaker', () => {
    const a = pageIn(
      'Stranded passengers waited for hours at the terminal: "Nobody told us anything." ' +
        'Frightened villagers gathered in the church: "We just want to go home."',
    );
    expect(speakerName(quote(a, 'Nobody told'))).toBeNull();
    expect(speakerName(quote(a, 'We just'))).toBeNull();
  });
});

describe('someone known only by relation to a named person is unnamed', () => {
  it('German: "Ihr Nachbar sieht das anders. „…“, meint er."', () => {
    const a = pageIn(
      'Die Anwohnerin Frieda Olk hat Angst. „Ich schlafe nicht mehr“, sagt sie. Ihr Nachbar ' +
        'sieht das anders. „Alles halb so wild“, meint er.',
      'de',
    );
    expect(speakerName(quote(a, 'Ich schlafe'))).toBe('Frieda Olk');
    expect(speakerName(quote(a, 'Alles halb'))).toBeNull();
  });

  it('English: "His colleague disagrees. "…," she says." but not when the colleague is named', () => {
    const a = pageIn(
      'Paramedic Tomas Reyes has worked nights for ten years. His colleague disagrees with ' +
        'the plan. "We need more staff, not more shifts," she says. His other colleague, ' +
        'Dr. Helga Marsh, is calmer. "It will work out," she said.',
    );
    expect(speakerName(quote(a, 'We need'))).toBeNull();
    expect(speakerName(quote(a, 'It will'))).toBe('Helga Marsh');
  });
});

describe('a term glossed by the writer has no speaker', () => {
  it('English: a short name after a preposition, explained by a phrase with an article', () => {
    const a = pageIn(
      'Economist Rhea Tamsin says young people are moving to "Silicon Fen," the cluster of ' +
        'tech firms around Cambridge. "They will not come back," Tamsin said. She called the ' +
        'trend "a quiet exodus," the biggest in decades.',
    );
    expect(speakerName(quote(a, 'Silicon Fen'))).toBeNull();
    expect(speakerName(quote(a, 'They will not'))).toBe('Rhea Tamsin');
    // Not after a preposition, and nothing capitalised: the speaker's words.
    expect(speakerName(quote(a, 'a quiet exodus'))).toBe('Rhea Tamsin');
  });

  it('German: „Speckgürtel“ glossed after "in den"', () => {
    const a = pageIn(
      'Viele Familien ziehen laut Stadtplanerin Ines Brack in den „Speckgürtel“, das Umland ' +
        'der Großstadt. „Dort sind die Mieten noch bezahlbar“, sagt Brack.',
      'de',
    );
    expect(speakerName(quote(a, 'Dort sind'))).toBe('Ines Brack');
  });
});
