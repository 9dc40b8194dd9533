import { describe, expect, it } from 'vitest';
import { blocksOf, parsePage, quote, speakerName } from './helpers.ts';

const article = parsePage('content/000_efc4b3a9b3049d34.txt');

describe('seed page: metadata', () => {
  it('reads headline, date, language, tags and the canonical short URL', () => {
    expect(article.headline).toBe('Chinese defense minister meets with Russian navy chief');
    expect(article.publishedAt).toBe('2023-07-03');
    expect(article.language).toBe('en');
    expect(article.tags).toEqual(['Conflicts', 'China']);
    expect(article.shortUrl).toBe('https://p.dw.com/p/4TLXn');
    expect(article.lead).toMatch(/^The talks were the most high level/);
  });

  it('reads the sign-off and has no byline or editor', () => {
    expect(article.authorInitials).toEqual(['ara', 'ab']);
    expect(article.agencies).toEqual(['AFP', 'Reuters']);
    expect(article.byline).toBeNull();
    expect(article.editedBy).toBeNull();
  });
});

describe('seed page: blocks', () => {
  it('drops chrome and normalises NBSPs and trailing spaces', () => {
    expect(article.bodyText).not.toMatch(/Skip to|\u00a0| \n| {2}/);
  });

  it('has two images with credits split on slashes', () => {
    expect(article.images).toHaveLength(2);
    expect(article.images[0]).toEqual({
      alt: 'Russian ships in the Gulf of Oman during joint exercises with China and Iran',
      caption:
        'China and Russia have ramped up their cooperation since Russia invaded Ukraine last year',
      credit: 'Northern Fleet Press Service/TASS/dpa/picture alliance',
      creditParts: ['Northern Fleet Press Service', 'TASS', 'dpa', 'picture alliance'],
    });
    expect(article.images[1]?.credit).toBe('RoslanRahman/AFP');
  });

  it('finds sub-headings, paragraphs and the related title', () => {
    expect(blocksOf(article, 'SUBHEADING').map((b) => (b as { text: string }).text)).toEqual([
      "Russia seeks to push 'military relations with China to new heights'",
      'China – Russia relations have grown closer',
    ]);
    expect(blocksOf(article, 'PARAGRAPH')).toHaveLength(12);
    expect(blocksOf(article, 'RELATED')).toEqual([
      { kind: 'RELATED', title: "Will China rescue Russia's economy?" },
    ]);
  });

  it('gives every paragraph a span into bodyText', () => {
    for (const b of article.blocks) {
      if (b.kind === 'PARAGRAPH' || b.kind === 'SUBHEADING') {
        expect(article.bodyText.slice(b.span.start, b.span.end)).toBe(b.text);
      }
    }
  });
});

describe('seed page: people', () => {
  it('names the four people with titles, aliases and roles', () => {
    expect(article.people.map((p) => p.name)).toEqual([
      'Li Shangfu',
      'Nikolai Yevmenov',
      'Xi Jinping',
      'Vladimir',
    ]);
    const [li, yevmenov, xi, vladimir] = article.people;
    expect(li?.aliases).toEqual(['Li']);
    expect(li?.roles).toContain("China's defence minister");
    expect(li?.roles).toContain("China's Minister of National Defence");
    expect(yevmenov?.titles).toEqual(['Admiral']);
    expect(yevmenov?.aliases).toEqual(['Yevmenov']);
    expect(yevmenov?.roles).toContain('Russian Navy head');
    expect(xi?.roles).toEqual(['Chinese leader']);
    expect(vladimir?.titles).toEqual(['President']);
  });

  it('does not take photographers, places or organisations for people', () => {
    const names = article.people.map((p) => p.name).join('|');
    expect(names).not.toMatch(/Roslan|Northern Fleet|Beijing|Moscow|Gulf|Wagner/);
  });
});

describe('seed page: quotes', () => {
  it('finds every quote in reading order with its location', () => {
    expect(article.quotes.map((q) => [q.location, q.text.slice(0, 30)])).toEqual([
      ['BODY', 'strengthen communication at al'],
      ['BODY', 'regularly organize joint exerc'],
      ['BODY', 'expand practical cooperation i'],
      ['CAPTION', 'make positive contributions to'],
      ['SUBHEADING', 'military relations with China '],
      ['BODY', 'make positive contributions to'],
      ['BODY', 'continue to expand exchanges a'],
      ['BODY', 'continuously push the relation'],
      ['BODY', 'protecting national stability'],
    ]);
  });

  it('attributes by name with cue and attribution as written', () => {
    const q = quote(article, 'strengthen communication');
    expect(q.speaker).toEqual({ kind: 'PERSON', name: 'Li Shangfu' });
    expect(q.attributionMethod).toBe('NAME');
    expect(q.cue).toBe('said');
    expect(q.attribution).toBe("China's defence minister Li Shangfu");
  });

  it('attributes by surname and drops one trailing comma', () => {
    const q = quote(article, 'regularly organize');
    expect(q.text).toBe(
      'regularly organize joint exercises, joint cruises and joint military skills competition',
    );
    expect(speakerName(q)).toBe('Li Shangfu');
    expect(q.attributionMethod).toBe('ALIAS');
    expect(q.attribution).toBe('Li');
    expect(q.continues).toBe(false);
    expect(speakerName(quote(article, 'expand practical'))).toBe('Li Shangfu');
  });

  it('attributes the caption quote and points at its image', () => {
    const q = article.quotes.find((x) => x.location === 'CAPTION');
    expect(q?.imageIndex).toBe(1);
    expect(q?.span).toBeNull();
    expect(q && speakerName(q)).toBe('Li Shangfu');
  });

  it('matches the sub-heading quote to the body statement it repeats', () => {
    const q = quote(article, 'military relations with China');
    expect(q.location).toBe('SUBHEADING');
    expect(speakerName(q)).toBe('Nikolai Yevmenov');
    expect(q.attributionMethod).toBe('HEADING_MATCH');
  });

  it('attributes role + surname and organisations', () => {
    const q = quote(article, 'continue to expand');
    expect(speakerName(q)).toBe('Nikolai Yevmenov');
    expect(q.attribution).toBe('Russian Navy head Yevmenov');
    expect(q.attributionMethod).toBe('ALIAS');
    const org = quote(article, 'protecting national stability');
    expect(org.speaker).toEqual({ kind: 'ORGANIZATION', name: 'Beijing' });
    expect(org.attributionMethod).toBe('ORGANIZATION');
    expect(article.organizations).toEqual(['Beijing']);
  });

  it('gives body and sub-heading quotes spans that slice to their text', () => {
    for (const q of article.quotes) {
      if (q.location === 'BODY' || q.location === 'SUBHEADING') {
        expect(q.span).not.toBeNull();
        expect(article.bodyText.slice(q.span!.start, q.span!.end)).toBe(q.text);
      } else {
        expect(q.span).toBeNull();
      }
    }
  });
});
