/**
 * Round 3: German phrases that name a source without a subject before a verb of saying.
 * Invented sentences, none from the evaluation pages.
 */
import { describe, expect, it } from 'vitest';
import { pageIn, quote, speakerName } from './helpers.ts';

describe('German phrases of attribution', () => {
  it('"Nach Angaben der X" and "nach Worten von NAME"', () => {
    const a = pageIn(
      'Nach Angaben der Bergwacht war die Lage am Gipfel „sehr gefährlich“. Der Hüttenwirt ' +
        'Anselm Gruber blieb. Nach Worten von Gruber war es „die schlimmste Nacht seit Jahren“.',
      'de',
    );
    expect(speakerName(quote(a, 'sehr gefährlich'))).toBe('Bergwacht');
    expect(speakerName(quote(a, 'die schlimmste'))).toBe('Anselm Gruber');
  });

  it('"Wie die X mitteilte, ..." with the verb at the end of the clause', () => {
    const a = pageIn(
      'Wie die Wasserschutzpolizei am Abend mitteilte, sei der Frachter „vollständig ' +
        'geborgen“. Wie die Hafenbehörde einräumte, habe es „Mängel bei der Wartung“ gegeben.',
      'de',
    );
    expect(speakerName(quote(a, 'vollständig'))).toBe('Wasserschutzpolizei');
    expect(speakerName(quote(a, 'Mängel'))).toBe('Hafenbehörde');
  });

  it('"hieß es von/aus/bei X": the body after the preposition', () => {
    const a = pageIn(
      'Die Straße bleibt gesperrt. „Vor Montag geht nichts“, hieß es von der Autobahnmeisterei. ' +
        'Man prüfe „alle Möglichkeiten“, hieß es aus dem Verkehrsministerium.',
      'de',
    );
    expect(speakerName(quote(a, 'Vor Montag'))).toBe('Autobahnmeisterei');
    expect(speakerName(quote(a, 'alle Möglichkeiten'))).toBe('Verkehrsministerium');
  });
});
