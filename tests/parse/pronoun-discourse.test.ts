/**
 * Pronouns across sentences: a sentence ends after a closing quote mark too; a fronted phrase of
 * time or place is no part of the subject pronoun; the name a parenthetical "she says" interrupts
 * is not the speaker; an unnamed subject after a fronted phrase takes the pronoun. Invented text.
 */
import { describe, expect, it } from 'vitest';
import { pageIn, quote, speakerName } from './helpers.ts';

describe('sentence bounds after a closing quote mark', () => {
  it('English: the pronoun goes to the subject of its own sentence, not the earlier speaker', () => {
    const a = pageIn(
      'Prosecutor Ilse Marwood had called the bridge "a folly." Judge Petra Quandt did not ' +
        'repeat that, but she said the case was "clear."',
    );
    expect(speakerName(quote(a, 'clear'))).toBe('Petra Quandt');
  });

  it('German: the same after a closing „…“ mark', () => {
    const a = pageIn(
      'Staatsanwältin Ilse Marwood nannte die Brücke „eine Torheit“. Richterin Petra Quandt ' +
        'wiederholte das nicht. Sie sagte aber, der Fall sei „eindeutig“.',
      'de',
    );
    expect(speakerName(quote(a, 'eindeutig'))).toBe('Petra Quandt');
  });
});

describe('fronted phrases', () => {
  it('"On Tuesday evening she wrote" is "she"', () => {
    const a = pageIn(
      'Mayor Hanna Lestrade ordered the cuts. The mayor defended the plan. On Tuesday evening she ' +
        'wrote on Facebook: "Our people come first."',
    );
    expect(speakerName(quote(a, 'Our people'))).toBe('Hanna Lestrade');
  });

  it('an unnamed person after a fronted phrase takes the pronoun', () => {
    const a = pageIn(
      'Tomas Berrick runs the ferry. "We are fine," Berrick said.\n\n' +
        'Down at the quay, a fisherman mending his nets was less calm. "It is a disaster," he said.',
    );
    expect(quote(a, 'It is a disaster').speaker).toBeNull();
  });

  it('an apposition is no fronted phrase: the named person keeps the pronoun', () => {
    const a = pageIn(
      'Tomas Berrick has fished here for 30 years. At the quay, Berrick, a fisherman, mends ' +
        'his nets. "It is a disaster," he said.',
    );
    expect(speakerName(quote(a, 'It is a disaster'))).toBe('Tomas Berrick');
  });
});

describe('a parenthetical "she says"', () => {
  it('the interrupted name is what she speaks about; she is the person before', () => {
    const a = pageIn(
      'Mayor Ilse Marwood cut the water. "We had no choice," she said.\n\n' +
        'Greta Holm runs a hotel. Marwood, she says, "has never had to refund a guest."',
    );
    expect(speakerName(quote(a, 'has never had'))).toBe('Greta Holm');
  });

  it('a name that is itself the subject keeps the quote', () => {
    const a = pageIn('Greta Holm runs a hotel. Marwood says she "has never refunded a guest."');
    expect(speakerName(quote(a, 'has never refunded'))).not.toBe('Greta Holm');
  });
});

describe('German reported speech', () => {
  it('", so NAME." after reported speech names who goes on in the next sentence', () => {
    const a = pageIn(
      'Prof. Agnes Vollrath hat das Manuskript geprüft.\n\n' +
        'Ungewöhnlich sei die Besetzung mit vier Hörnern, so Vollrath. Für ein Dorf sei das ' +
        '„ein gewaltiger Aufwand“ gewesen.',
      'de',
    );
    expect(speakerName(quote(a, 'ein gewaltiger'))).toBe('Agnes Vollrath');
  });

  it('"so" as an adverb before a lower-case word is no cue', () => {
    const a = pageIn(
      'Prof. Agnes Vollrath hat das Manuskript geprüft.\n\n' +
        'Der Saal war voll, so voll wie nie. Viele nannten das Konzert „ein Wunder“.',
      'de',
    );
    expect(speakerName(quote(a, 'ein Wunder'))).not.toBe('Agnes Vollrath');
  });
});
