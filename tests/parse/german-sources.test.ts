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

describe('a German body after the verb, and its administration', () => {
  it('"…, erklärte die Stadtverwaltung": the body speaks, and is the town named before', () => {
    const a = pageIn(
      'Die Stadt Bad Wernau hat das Freibad geschlossen. Die Becken seien „nicht mehr zu ' +
        'retten“, erklärte die Stadtverwaltung. Die Kosten seien „viel zu hoch“.',
      'de',
    );
    expect(speakerName(quote(a, 'nicht mehr'))).toBe('Stadt Bad Wernau');
    expect(speakerName(quote(a, 'viel zu'))).toBe('Stadt Bad Wernau');
  });

  it('"…, teilte die Kreispolizei mit" after a sentence that names nobody', () => {
    const a = pageIn(
      'Auf der Landstraße stauten sich die Autos. Die Lage sei „unübersichtlich“, ' +
        'berichtete die Kreispolizei.',
      'de',
    );
    expect(speakerName(quote(a, 'unübersichtlich'))).toBe('Kreispolizei');
  });
});

describe('German verb second: the subject after the verb', () => {
  it('a fronted phrase with a preposition: "Im Landtag sagte sie:", "Am Abend erklärte NAME"', () => {
    const a = pageIn(
      'Innenministerin Petra Lind verteidigte den Plan. Im Landtag sagte sie: „Wir hatten ' +
        'keine Wahl.“ Am Abend erklärte Oppositionsführer Karl Brandt: „Das ist eine Ausrede.“',
      'de',
    );
    expect(speakerName(quote(a, 'Wir hatten'))).toBe('Petra Lind');
    expect(speakerName(quote(a, 'Das ist eine'))).toBe('Karl Brandt');
  });

  it('a fronted clause: "Auf die Frage, ob er zurücktrete, sagte NAME: „…“"', () => {
    const a = pageIn(
      'Auf die Frage, ob er zurücktrete, sagte Bürgermeister Tobias Krenn: „Nein.“',
      'de',
    );
    expect(speakerName(quote(a, 'Nein'))).toBe('Tobias Krenn');
  });
});
