/**
 * The typed speaker phrase: a capitalised noun is an organisation or place only with evidence of
 * a name. German nouns for people ("der Jurist", "der Verteidiger") corefer with a person; plural
 * nouns for people ("von Fachleuten", "Critics say") are unnamed groups. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { germanPersonNoun, peoplePlural } from '../../src/parse/speakerPhrase.ts';
import { pageIn, quote, speakerName } from './helpers.ts';

describe('noun form', () => {
  it('knows German nouns for a person by their suffix, not by a list', () => {
    for (const w of ['jurist', 'verteidiger', 'musikwissenschaftler', 'diplomat', 'soziologe'])
      expect(germanPersonNoun(w), w).toBe(true);
    for (const w of ['unternehmen', 'ministerium', 'hersteller', 'gemeinde', 'staat', 'bericht'])
      expect(germanPersonNoun(w), w).toBe(false);
  });

  it('knows plurals for people in both languages', () => {
    for (const w of ['fachleuten', 'experten', 'juristinnen'])
      expect(peoplePlural(w, true), w).toBe(true);
    for (const w of ['critics', 'locals', 'residents', 'officials'])
      expect(peoplePlural(w, false), w).toBe(true);
    for (const w of ['brussels', 'athens', 'behörden'])
      expect(peoplePlural(w, w === 'behörden'), w).toBe(false);
  });
});

describe('German role nouns corefer with a person', () => {
  it('"sagte der Jurist" is the lawyer named before, not an organisation', () => {
    const a = pageIn(
      'Das Gericht bestellte den Anwalt Dr. Holger Brammsiek. Er sehe „gute Aussichten“, ' +
        'erklärte der Jurist am Montag.',
      'de',
    );
    const q = quote(a, 'gute Aussichten');
    expect(q.speaker?.kind).toBe('PERSON');
    expect(speakerName(q)).toBe('Holger Brammsiek');
  });

  it('a masculine role noun skips a woman named in between', () => {
    const a = pageIn(
      'Prof. Anselm Quirrenbach hat die Urkunde geprüft. Seine Kollegin Dr. Wiebke Sattler half. ' +
        '„Alles ist echt“, sagte der Historiker.',
      'de',
    );
    expect(speakerName(quote(a, 'Alles ist echt'))).toBe('Anselm Quirrenbach');
  });

  it('an organisation noun stays a body', () => {
    const a = pageIn(
      'Die Firma Kollberg Antriebe baut in Oderbruch. „Wir bleiben“, teilte das Unternehmen mit.',
      'de',
    );
    expect(quote(a, 'Wir bleiben').speaker?.kind).toBe('ORGANIZATION');
  });

  it('a role noun with nobody to refer to is no organisation', () => {
    const a = pageIn('„Das ist zu teuer“, sagte der Verteidiger.', 'de');
    expect(quote(a, 'Das ist zu teuer').speaker).toBeNull();
  });
});

describe('plural nouns for people are unnamed groups', () => {
  it('German "nach Einschätzung von Fachleuten" has no speaker', () => {
    const a = pageIn('Die Partitur ist nach Einschätzung von Fachleuten „eindeutig echt“.', 'de');
    expect(quote(a, 'eindeutig echt').speaker).toBeNull();
  });

  it('English "Critics say" and "Locals call it" at a sentence start have no speaker', () => {
    const a = pageIn(
      'Locals call the old ferry "the grey lady." Critics say the fare is "far too high."',
    );
    expect(quote(a, 'the grey lady').speaker).toBeNull();
    expect(quote(a, 'far too high').speaker).toBeNull();
  });

  it('a place the page also writes mid-sentence stays a speaker', () => {
    const a = pageIn('Talks in Quelmoors ended late. Quelmoors said the offer was "not enough."');
    expect(quote(a, 'not enough').speaker?.name).toBe('Quelmoors');
  });
});

describe('company trades are bodies, farmers are people', () => {
  it('"der Autobauer" is the carmaker named before, "der Bauer" the farmer', () => {
    const a = pageIn(
      'Der Autobauer Velmar will sparen. „Wir müssen handeln“, sagte der Autobauer. Der Bauer ' +
        'Heinz Ostrop lachte. „Das ist gut“, sagte der Bauer.',
      'de',
    );
    expect(speakerName(quote(a, 'Wir müssen'))).toBe('Velmar');
    expect(speakerName(quote(a, 'Das ist gut'))).toBe('Heinz Ostrop');
  });

  it('an adjective and a plural opening a sentence name no company', () => {
    const a = pageIn(
      'Die Firma Brandauer Solar GmbH plant den Park. Viele Anwohner sind dagegen, viele ' +
        'Bauern auch. Die Anlage werde „allen gehören“, teilte das Unternehmen mit.',
      'de',
    );
    expect(speakerName(quote(a, 'allen gehören'))).toBe('Brandauer Solar GmbH');
  });
});

describe('German verbs and roles found on 72-83', () => {
  it('"rechnete NAME vor" is a split verb of saying; "-meister" is a role', () => {
    const a = pageIn(
      '„Wir können das nicht zahlen“, sagte Zunftmeister Egon Trautwein-Maier.\n\n' +
        '„Das ist mehr als ein Jahresumsatz“, rechnete Trautwein-Maier vor.\n\n' +
        'Bürgermeisterin Ute Kessler bot Hilfe an.\n\n' +
        'Das sei „zu wenig“ gewesen, kritisierte der Zunftmeister.',
      'de',
    );
    expect(speakerName(quote(a, 'Das ist mehr'))).toBe('Egon Trautwein-Maier');
    expect(speakerName(quote(a, 'zu wenig'))).toBe('Egon Trautwein-Maier');
  });

  it('"stellte … vor" without a quote nearby attributes nothing', () => {
    const a = pageIn(
      'Die Ministerin stellte den Bericht vor. Er heißt „Wege aus der Krise“.',
      'de',
    );
    expect(quote(a, 'Wege aus').speaker).toBeNull();
  });
});
