/**
 * The expected files must stay consistent with their pages: every annotated string is really on
 * the page, where the annotation says. No parser involved; this guards the ground truth itself.
 */
import { describe, expect, it } from 'vitest';
import { loadPages } from '../../eval/load.ts';
import { normalizeSpace } from '../../eval/metrics.ts';

const pages = loadPages();

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A person is named on the page as written, or as one of a pair sharing a surname ("Ana and Luis
 * Ferreira" names Ana Ferreira too).
 */
function namedOnPage(text: string, name: string): boolean {
  if (text.includes(name)) return true;
  const [given, ...rest] = name.split(' ');
  if (!given || rest.length === 0) return false;
  const pair = new RegExp(
    `${escapeRegExp(given)}\\s+(?:and|und)\\s+(?:\\S+\\s+){1,3}?${escapeRegExp(rest.join(' '))}`,
    'u',
  );
  return pair.test(text);
}

describe('evaluation set', () => {
  it('has dev and holdout pages in both languages and the page-format variants', () => {
    expect(pages.filter((p) => p.set === 'dev').length).toBeGreaterThanOrEqual(10);
    expect(pages.filter((p) => p.set === 'holdout').length).toBeGreaterThanOrEqual(4);
    expect(pages.filter((p) => p.expected.language === 'de').length).toBeGreaterThanOrEqual(4);
    expect(pages.some((p) => p.text.includes('\r\n'))).toBe(true);
    expect(pages.some((p) => !p.text.endsWith('\n'))).toBe(true);
    expect(pages.some((p) => p.text.includes('\u00a0'))).toBe(true);
  });
});

describe.each(pages.map((p) => [`${p.set}/${p.name}`, p] as const))('%s', (_label, page) => {
  const e = page.expected;
  const lines = page.text.split(/\r?\n/).map(normalizeSpace);
  const text = normalizeSpace(page.text);
  const lower = text.toLowerCase();
  const hasLine = (s: string) => lines.includes(normalizeSpace(s));

  it('headline, lead, sub-headings, related titles, byline and editor are lines of the page', () => {
    expect(hasLine(e.headline)).toBe(true);
    if (e.lead !== null) expect(hasLine(e.lead)).toBe(true);
    for (const s of [...e.subheadings, ...e.relatedTitles]) expect(hasLine(s), s).toBe(true);
    if (e.byline !== null) expect(hasLine(e.byline)).toBe(true);
    if (e.editedBy !== null) expect(hasLine(`Edited by: ${e.editedBy}`)).toBe(true);
  });

  it('tags run together on one line', () => {
    expect(lines).toContain(e.tags.join(''));
  });

  it('short URL code and sign-off are on the page', () => {
    if (e.shortUrl !== null) expect(text).toContain(e.shortUrl.replace('https://', ''));
    else expect(text).not.toContain('p.dw.com');
    if (e.authorInitials.length > 0)
      expect(lines).toContain(`${e.authorInitials.join('/')} (${e.agencies.join(', ')})`);
  });

  it('videos are a title line followed by "Watch video"', () => {
    for (const v of e.videos) {
      const i = lines.indexOf(normalizeSpace(v.title));
      expect(i, v.title).toBeGreaterThanOrEqual(0);
      expect(lines[i + 1]).toBe(`Watch video ${v.duration}`);
    }
  });

  it('images are an alt line and a caption line with the glued credit', () => {
    for (const im of e.images) {
      const label = e.language === 'de' ? 'Bild: ' : 'Image: ';
      const i = lines.indexOf(
        normalizeSpace(im.caption + (im.credit === null ? '' : label + im.credit)),
      );
      expect(i, im.caption).toBeGreaterThan(0);
      expect(lines[i - 1]).toBe(im.alt === null ? '' : normalizeSpace(im.alt));
      expect(im.creditParts).toEqual(
        im.credit === null ? [] : im.credit.split('/').map((s) => s.trim()),
      );
    }
  });

  it('people, aliases and roles are written on the page; titles stand before the name', () => {
    for (const p of e.people) {
      expect(namedOnPage(text, p.name), p.name).toBe(true);
      for (const a of p.aliases) expect(lower, a).toContain(a.toLowerCase());
      for (const r of p.roles) expect(lower, r).toContain(r.toLowerCase());
      // Several titles stand in a row before the name ("Prof. Dr. NAME"), or before a short form
      // of it ("Mayor Sá Ferraz" when the full name stands elsewhere).
      const titles = p.titles.map(escapeRegExp).join('|');
      const forms = [p.name, ...p.aliases].map(escapeRegExp).join('|');
      for (const t of p.titles) {
        const before = new RegExp(`${escapeRegExp(t)}\\s+(?:(?:${titles})\\s+)*(?:${forms})`, 'u');
        expect(before.test(text), `${t} ${p.name}`).toBe(true);
      }
    }
  });

  it('quotes are found where their location says; speakers are people or written on the page', () => {
    const names = new Set(e.people.map((p) => p.name));
    for (const q of e.quotes) {
      const where =
        q.location === 'HEADLINE'
          ? [e.headline]
          : q.location === 'LEAD'
            ? [e.lead ?? '']
            : q.location === 'SUBHEADING'
              ? e.subheadings
              : q.location === 'CAPTION'
                ? e.images.map((i) => i.caption)
                : [text];
      expect(
        where.some((w) => normalizeSpace(w).includes(normalizeSpace(q.text))),
        `${q.location} ${q.text}`,
      ).toBe(true);
      if (q.speaker !== null && !names.has(q.speaker))
        expect(lower, q.speaker).toContain(q.speaker.toLowerCase());
      if (q.continues) expect(q.location).toBe('BODY');
    }
  });
});
