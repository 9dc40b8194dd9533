/**
 * What the page itself says about a word: a known given name after an article in spoken German
 * ("den Georg") stays a name; a phrase ending in a person's name ("Plaintiff NAME") is that
 * person; one English word opening a sentence is a company's name when the page writes it
 * capitalised mid-sentence too; "-amt" compounds are offices. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { pageIn, peopleNames, quote, speakerName } from './helpers.ts';

describe('evidence from the page', () => {
  it('"den Georg" in a quote does not turn the given name into a noun', () => {
    const a = pageIn(
      'Betroffen ist der Hof von Georg Pfanzelt-Rieder. „Das ist zu viel“, sagte er.\n\n' +
        'Landwirt Georg Pfanzelt-Rieder: „Das ist zu viel“\n\n' +
        'Der Bürgermeister vermittelt. „Ich verstehe den Georg“, sagte Alois Brandner.',
      'de',
    );
    expect(peopleNames(a)).toContain('Georg Pfanzelt-Rieder');
    expect(speakerName(quote(a, 'Das ist zu viel'))).toBe('Georg Pfanzelt-Rieder');
  });

  it('"Plaintiff NAME" is the person, not a body', () => {
    const a = pageIn(
      'Yusuf Ben Haddou, one of the plaintiffs, spoke outside. Plaintiff Yusuf Ben Haddou: ' +
        '"We were never our own bosses."',
    );
    const q = quote(a, 'We were never');
    expect(q.speaker?.kind).toBe('PERSON');
    expect(speakerName(q)).toBe('Yusuf Ben Haddou');
  });

  it('"the company" after "Rydo said" when the page names the app Rydo mid-sentence', () => {
    const a = pageIn(
      'A court ruled that riders for the delivery app Rydo are employees.\n\n' +
        'Rydo said in a statement that it would appeal. The ruling was "a step backwards," the ' +
        'company said.',
    );
    expect(speakerName(quote(a, 'a step backwards'))).toBe('Rydo');
  });

  it('"die Behörde" after "Das Landesamt für Umwelt"; "Insgesamt" is no body', () => {
    const a = pageIn(
      'Das Landesamt für Umwelt hat Proben genommen. Der Sauerstoff sei „fast weg“, teilte die ' +
        'Behörde mit. Insgesamt sagte Prof. Uta Kernbach, es sei „ernst“.',
      'de',
    );
    expect(speakerName(quote(a, 'fast weg'))).toBe('Landesamt für Umwelt');
    expect(speakerName(quote(a, 'ernst'))).toBe('Uta Kernbach');
  });
});
