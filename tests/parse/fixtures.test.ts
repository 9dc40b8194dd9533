import { describe, expect, it } from 'vitest';
import { blocksOf, parsePage, quote, readPage, speakerName } from './helpers.ts';

const dir = 'tests/fixtures/pages/';

describe('English page: byline, numeric date, curly quotes, interrupted and multi-paragraph quotes', () => {
  const a = parsePage(`${dir}en_harbor_strike.txt`);

  it('reads byline, month-first numeric date, clean short URL, editor and sign-off', () => {
    expect(a.byline).toBe('Marta Quintela');
    expect(a.publishedAt).toBe('2024-07-03');
    expect(a.shortUrl).toBe('https://p.dw.com/p/5Hq2T');
    expect(a.editedBy).toBe('Paul Hartmann');
    expect(a.authorInitials).toEqual(['mq', 'ph']);
    expect(a.agencies).toEqual(['Lusa', 'Reuters']);
    expect(a.tags).toEqual(['Business', 'Portugal']);
  });

  it('keeps byline and editor out of the people', () => {
    const names = a.people.map((p) => p.name);
    expect(names).toEqual([
      'Rui Pestana',
      'Helena Vasconcelos-Reis',
      'Tiago Ferraz',
      'Joana de Vries',
    ]);
    expect(a.people.find((p) => p.name === 'Joana de Vries')?.aliases).toEqual(['de Vries']);
  });

  it('reads images with and without credit, a video and drops "Advertisement"', () => {
    expect(a.images.map((i) => i.creditParts)).toEqual([
      ['Ana Brito', 'Lusa', 'dpa', 'picture alliance'],
      [],
    ]);
    expect(a.images[1]).toMatchObject({
      alt: 'Dockworkers block the gates of the terminal',
      credit: null,
    });
    expect(blocksOf(a, 'VIDEO')).toEqual([
      { kind: 'VIDEO', title: "Why automation divides Europe's ports", duration: '03:12' },
    ]);
    expect(a.bodyText).not.toContain('Advertisement');
    expect(blocksOf(a, 'SUBHEADING')).toHaveLength(1);
    expect(blocksOf(a, 'RELATED')).toEqual([
      { kind: 'RELATED', title: 'Automation: Who decides the future of work?' },
    ]);
  });

  it('splits an interrupted quote into two spans, the second continuing', () => {
    const first = quote(a, 'We are not against machines');
    const second = quote(a, 'We are against machines that');
    expect(first.continues).toBe(false);
    expect(second.continues).toBe(true);
    expect(speakerName(first)).toBe('Rui Pestana');
    expect(first.cue).toBe('told reporters');
    expect(speakerName(second)).toBe('Rui Pestana');
  });

  it('gives a quote running over paragraphs one span per paragraph', () => {
    const parts = [
      'The port has to compete',
      'We have offered retraining',
      'Nobody will be dismissed',
    ].map((t) => quote(a, t));
    expect(parts.map((q) => q.continues)).toEqual([false, true, true]);
    expect(parts.map(speakerName)).toEqual(Array(3).fill('Helena Vasconcelos-Reis'));
    expect(parts[0]?.attributionMethod).toBe('PRONOUN');
  });

  it('attributes organisations, pronouns in questions and written words', () => {
    expect(quote(a, 'The government expects').speaker).toEqual({
      kind: 'ORGANIZATION',
      name: 'Labor Ministry',
    });
    expect(speakerName(quote(a, 'Retraining for what?'))).toBe('Rui Pestana');
    const written = quote(a, 'watching very closely');
    expect(speakerName(written)).toBe('Joana de Vries');
    expect(written.cue).toBe('wrote');
    expect(quote(a, 'a betrayal').location).toBe('LEAD');
  });
});

describe('German page with CRLF line endings and German quote marks', () => {
  const text = readPage(`${dir}de_museum_crlf.txt`);
  const a = parsePage(`${dir}de_museum_crlf.txt`);

  it('is really a CRLF page and parses like any other', () => {
    expect(text).toContain('\r\n');
    expect(a.bodyText).not.toContain('\r');
    expect(a.language).toBe('de');
    expect(a.publishedAt).toBe('2023-07-03');
    expect(a.tags).toEqual(['Kultur', 'Deutschland']);
    expect(a.shortUrl).toBe('https://p.dw.com/p/4Zr7e');
    expect(a.agencies).toEqual(['dpa', 'epd']);
    expect(a.authorInitials).toEqual(['ees', 'kb']);
    expect(a.images[0]?.credit).toBe('Jonas Kiefer/dpa');
    expect(a.bodyText).not.toContain('Anzeige');
  });

  it('reads „…“ and ‚…‘ quotes and German verbs of saying', () => {
    expect(a.quotes.map((q) => q.text)).toEqual([
      'Kunst darf auch laut sein',
      'Kunst darf auch laut sein',
      'Wir wollen, dass sich hier niemand wie ein Fremdkörper fühlt.',
      'aus einer Laune heraus',
      'Partymeile mitten in der Altstadt',
      'Um zwei Uhr nachts war es hier lauter als auf dem Jahrmarkt',
      'Wir werden mit den Anwohnern über die Lautstärke reden',
    ]);
    expect(a.quotes.map(speakerName)).toEqual([
      'Carolin Weißhaupt',
      'Carolin Weißhaupt',
      'Carolin Weißhaupt',
      'Carolin Weißhaupt',
      'Reinhold Pfaffenberger',
      'Reinhold Pfaffenberger',
      // "Kulturdezernent Mehmet Aydın kündigte an, ... „…“, sagte er.": the sentence's subject.
      'Mehmet Aydın',
    ]);
    expect(a.quotes[0]?.attributionMethod).toBe('HEADING_MATCH');
    expect(a.quotes[2]?.continues).toBe(true);
    expect(quote(a, 'Um zwei Uhr').cue).toBe('so');
  });

  it('strips honorifics from names and keeps appositive roles', () => {
    const [weisshaupt, pfaffenberger] = a.people;
    expect(weisshaupt).toMatchObject({
      name: 'Carolin Weißhaupt',
      titles: ['Dr.'],
      aliases: ['Weißhaupt'],
    });
    expect(pfaffenberger?.roles).toEqual(['Vorsitzende des Anwohnervereins']);
  });
});

describe('English page without short URL and sign-off, with link lists and footer', () => {
  const a = parsePage(`${dir}en_court_no_signoff.txt`);

  it('handles absent short URL and sign-off and a tag with spaces', () => {
    expect(a.shortUrl).toBeNull();
    expect(a.authorInitials).toEqual([]);
    expect(a.agencies).toEqual([]);
    expect(a.tags).toEqual(['Law and Justice', 'Poland']);
    expect(a.lead).toMatch(/^A regional court president/);
  });

  it('drops related topics, explore-more lists and footers', () => {
    expect(a.bodyText).not.toMatch(
      /Related topics|Explore more|Rule of law|Send us your feedback|Print|Share/,
    );
    expect(blocksOf(a, 'RELATED')).toEqual([]);
    expect(a.bodyText.endsWith('a spokesperson said.')).toBe(true);
  });

  it('reads straight single quotes, the headline colon attribution and titles', () => {
    const headline = a.quotes[0];
    expect(headline).toMatchObject({ location: 'HEADLINE', text: 'I will not resign' });
    expect(headline && speakerName(headline)).toBe('Ewa Novak');
    expect(a.people.find((p) => p.name === 'Ewa Novak')?.titles).toEqual(['Judge']);
    const afraid = a.quotes.filter((q) => q.text === 'Judges are afraid');
    expect(afraid.map((q) => q.location)).toEqual(['SUBHEADING', 'BODY']);
    expect(afraid.map(speakerName)).toEqual(['Marek Zielinski', 'Marek Zielinski']);
    expect(quote(a, 'But they are also angry').continues).toBe(true);
  });

  it('keeps apostrophes out of quotes and attributes organisations', () => {
    expect(a.quotes.some((q) => q.text.includes('salary'))).toBe(false);
    expect(quote(a, 'confirms that no judge').speaker).toEqual({
      kind: 'ORGANIZATION',
      name: 'Justice Ministry',
    });
    expect(quote(a, 'accept the verdict').cue).toBe('told the news agency PAP');
  });
});

describe('English page: roles, possessive roles, pronouns, unnamed speakers, particles', () => {
  const a = parsePage(`${dir}en_election_multipara.txt`);

  it('finds names with particles and hyphenated surnames, without titles', () => {
    expect(a.people.map((p) => p.name)).toEqual([
      'Sanne Oosterbeek-Lammers',
      'Lukas Brandhorst',
      'Willem de Graaf',
      'Femke Hoogland',
    ]);
    expect(a.people[2]).toMatchObject({ titles: ['Prime Minister'], aliases: ['de Graaf'] });
    expect(a.people[1]?.roles).toEqual(["Germany's foreign minister"]);
  });

  it('attributes inverted, role-only, possessive-role and present-tense quotes', () => {
    const spoke = quote(a, 'This is the night');
    expect(spoke.attribution).toBe('Sanne Oosterbeek-Lammers');
    expect(quote(a, 'the choice of the voters').attribution).toBe(
      "Germany's foreign minister Lukas Brandhorst",
    );
    const role = quote(a, 'listen carefully');
    expect(speakerName(role)).toBe('Willem de Graaf');
    expect(role.attributionMethod).toBe('ROLE');
    const present = quote(a, 'Rural voters feel ignored');
    expect(speakerName(present)).toBe('Femke Hoogland');
    expect(present.cue).toBe('says');
  });

  it('continues a quote over paragraphs and leaves unnamed speakers unattributed', () => {
    expect(quote(a, 'People here have waited').continues).toBe(true);
    expect(quote(a, 'We will use every seat').continues).toBe(true);
    expect(speakerName(quote(a, 'We will use every seat'))).toBe('Sanne Oosterbeek-Lammers');
    expect(quote(a, 'They want to close').speaker).toBeNull();
  });
});

describe('English page: proxy URL, videos, multi-tag line, caption quotes, no final newline', () => {
  const text = readPage(`${dir}en_storm_videos.txt`);
  const a = parsePage(`${dir}en_storm_videos.txt`);

  it('reads the mangled short URL, acronym tags and lower-case agencies', () => {
    expect(text.endsWith('\n')).toBe(false);
    expect(a.shortUrl).toBe('https://p.dw.com/p/6Ab3C');
    expect(a.tags).toEqual(['Climate', 'NATO', 'Baltic Sea', 'Germany']);
    expect(a.authorInitials).toEqual(['ks']);
    expect(a.agencies).toEqual(['dpa', 'afp']);
  });

  it('turns "Watch video" pairs into video blocks, not images', () => {
    expect(blocksOf(a, 'VIDEO')).toEqual([
      { kind: 'VIDEO', title: 'Storm Ilka hits the North Sea coast', duration: '02:31' },
      { kind: 'VIDEO', title: 'Storm damage along the German coast', duration: '01:05' },
    ]);
    expect(a.images).toHaveLength(2);
  });

  it('attributes colon, role and caption quotes', () => {
    expect(quote(a, 'We were lucky').cue).toBe('said');
    expect(speakerName(quote(a, 'lucky this time.'))).toBe('Katja Petersen');
    const caption = quote(a, 'real heroes');
    expect(caption).toMatchObject({ location: 'CAPTION', imageIndex: 1, span: null });
    expect(speakerName(caption)).toBe('Katja Petersen');
    expect(quote(a, 'It was very dark').speaker).toBeNull();
    expect(a.people.map((p) => p.name)).toEqual(['Katja Petersen']);
  });
});

describe('"according to", appositive subjects and German "laut"/"so"/split verbs', () => {
  const en = parsePage(`${dir}en_bremen_fire.txt`);
  const de = parsePage(`${dir}de_bremen_brand.txt`);

  it('reads English attribution patterns', () => {
    const according = quote(en, 'acted alone and planned');
    expect(according).toMatchObject({
      cue: 'According to',
      attribution: 'police spokesperson Jan Vos',
    });
    expect(speakerName(according)).toBe('Jan Vos');
    const appositive = quote(en, 'We have no indication');
    expect(speakerName(appositive)).toBe('Jan Vos');
    expect(appositive.attributionMethod).toBe('ALIAS');
    expect(quote(en, 'The fire brigade').cue).toBe('told DW');
    expect(quote(en, 'We will rebuild').speaker).toEqual({ kind: 'ORGANIZATION', name: 'Senate' });
    expect(speakerName(quote(en, 'The damage runs'))).toBe('Jan Vos');
    expect(quote(en, 'The damage runs').attributionMethod).toBe('ROLE');
    expect(en.people.find((p) => p.name === 'Thomas Meyer')?.roles).toEqual([
      'head of the port authority',
    ]);
  });

  it('reads German attribution patterns', () => {
    expect(speakerName(quote(de, 'Wir haben keine Hinweise'))).toBe('Anna Schmidt');
    expect(quote(de, 'unter Kontrolle')).toMatchObject({
      cue: 'Laut',
      attribution: 'Innensenator Karl Berger',
    });
    expect(speakerName(quote(de, 'Wir werden das Lager'))).toBe('Karl Berger');
    expect(quote(de, 'Wir werden das Lager').continues).toBe(false);
    expect(quote(de, 'enorm')).toMatchObject({
      cue: 'teilte mit',
      speaker: { kind: 'ORGANIZATION', name: 'Hafenbehörde' },
    });
    expect(speakerName(quote(de, 'Aber wir kommen zurück'))).toBe('Thomas Meyer');
  });
});

describe('occupations before names, double surnames, present tense', () => {
  const a = parsePage(`${dir}en_olive_drought.txt`);

  it('keeps occupations out of names and reads them as roles', () => {
    expect(a.people.map((p) => p.name)).toEqual([
      'Antonio Ruiz',
      'Lucía Fernández Ortega',
      'Pablo Marín',
      'Carmen Soto',
      'Luis Planas',
    ]);
    expect(a.people[0]?.roles).toEqual(['Farmer']);
    expect(a.people[1]?.aliases).toEqual(['Fernández Ortega']);
  });

  it('attributes present tense, double surnames and pronouns', () => {
    expect(quote(a, 'never seen the trees').cue).toBe('says');
    expect(speakerName(quote(a, 'In a normal year'))).toBe('Antonio Ruiz');
    expect(speakerName(quote(a, 'We cannot make it rain'))).toBe('Lucía Fernández Ortega');
    expect(speakerName(quote(a, 'What used to happen'))).toBe('Pablo Marín');
    expect(speakerName(quote(a, 'too late and too slowly'))).toBe('Carmen Soto');
    expect(quote(a, 'Nobody listened').continues).toBe(true);
  });
});
