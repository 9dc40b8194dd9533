import { beforeAll, describe, expect, it } from 'vitest';
import {
  ArticleFullDocument,
  ArticleJsonLdDocument,
  ArticlesPageDocument,
  NodeLookupDocument,
  NodesLookupDocument,
  PersonByIdDocument,
  QuotesPageDocument,
  SearchDocument,
} from '../../src/generated/client/graphql.ts';
import { createServer, type NewsgraphServer } from '../../src/server/createServer.ts';
import { buildStore } from '../../src/store/store.ts';
import { councilArticle, harbourArticle, undatedArticle } from '../support/articles.ts';
import { data, execute } from '../support/execute.ts';

let yoga: NewsgraphServer;

beforeAll(() => {
  const { store, skipped } = buildStore([
    { source: 'harbour.txt', article: harbourArticle },
    { source: 'council.txt', article: councilArticle },
    { source: 'undated.txt', article: undatedArticle },
  ]);
  expect(skipped).toEqual([]);
  yoga = createServer({ store });
});

async function harbour() {
  const result = await data(yoga, ArticleFullDocument, { shortUrl: '7QxYz' });
  if (!result.article) throw new Error('harbour article not found');
  return result.article;
}

describe('article lookup', () => {
  it('finds an article by its short URL in every form', async () => {
    const forms = [
      'https://p.dw.com/p/7QxYz',
      'https://s.gtool.pro:443/https/p.dw.com/p/7QxYz',
      'p.dw.com/p/7QxYz',
      '7QxYz',
    ];
    for (const shortUrl of forms) {
      const result = await data(yoga, ArticleFullDocument, { shortUrl });
      expect(result.article?.headline, shortUrl).toBe('Storm-hit harbour "will reopen next week"');
    }
  });

  it('finds the same article again by its global ID, and by node()', async () => {
    const article = await harbour();
    const byId = await data(yoga, ArticleFullDocument, { id: article.id });
    expect(byId.article?.shortUrl).toBe('https://p.dw.com/p/7QxYz');
    const node = await data(yoga, NodeLookupDocument, { id: article.id });
    expect(node.node).toMatchObject({ __typename: 'Article', id: article.id });
  });

  it('returns null for unknown or malformed IDs and short URLs', async () => {
    for (const id of ['nope', '', '__proto__', 'constructor', 'QXJ0aWNsZTp4eXo', '%%%']) {
      expect((await data(yoga, NodeLookupDocument, { id })).node, id).toBeNull();
    }
    expect((await data(yoga, ArticleFullDocument, { shortUrl: 'ZZZZZ' })).article).toBeNull();
  });

  it('rejects asking by both ID and short URL with BAD_USER_INPUT', async () => {
    const article = await harbour();
    const { body } = await execute(yoga, ArticleFullDocument, {
      id: article.id,
      shortUrl: '7QxYz',
    });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers nodes() in the order asked, with null for unknown IDs', async () => {
    const article = await harbour();
    const person = article.people[0]!;
    const result = await data(yoga, NodesLookupDocument, {
      ids: [person.id, 'unknown', article.id],
    });
    expect(result.nodes).toEqual([
      { __typename: 'Person', id: person.id },
      null,
      { __typename: 'Article', id: article.id },
    ]);
  });
});

describe('article fields', () => {
  it('serves metadata, blocks in reading order and spans into bodyText', async () => {
    const article = await harbour();
    expect(article).toMatchObject({
      publishedAt: '2024-03-07',
      language: 'en',
      tags: ['Weather', 'Sweden'],
      authorInitials: ['mk', 'ab'],
      agencies: ['AFP', 'dpa'],
      editedBy: 'Anna Keller',
      relatedTitles: ['Are coastal towns ready for more storms?'],
    });
    expect(article.blocks.map((block) => block.__typename)).toEqual([
      'Paragraph',
      'ImageBlock',
      'Paragraph',
      'VideoBlock',
      'Paragraph',
      'RelatedTitle',
    ]);
    for (const paragraph of article.paragraphs) {
      expect(article.bodyText.slice(paragraph.span.start, paragraph.span.end)).toBe(paragraph.text);
    }
    const imageBlock = article.blocks[1];
    expect(imageBlock?.__typename === 'ImageBlock' && imageBlock.image.id).toBe(
      article.images[0]?.id,
    );
  });

  it('serves images with credit parts, no invented URL, and their caption quotes', async () => {
    const [image] = (await harbour()).images;
    expect(image).toMatchObject({
      caption: 'The storm "took everyone by surprise," the mayor said',
      credit: 'Erik Berg/TT/picture alliance',
      creditParts: ['Erik Berg', 'TT', 'picture alliance'],
      url: null,
      quotes: [{ text: 'took everyone by surprise' }],
    });
  });

  it('links quotes to Person and Organization speakers with evidence', async () => {
    const article = await harbour();
    expect(article.quotes.map((quote) => [quote.location, quote.speaker?.__typename])).toEqual([
      ['HEADLINE', 'Person'],
      ['BODY', 'Person'],
      ['CAPTION', 'Person'],
      ['BODY', 'Person'],
      ['BODY', 'Organization'],
    ]);
    const [, body, caption, , organization] = article.quotes;
    expect(body).toMatchObject({ cue: 'said', attributionMethod: 'NAME' });
    expect(article.bodyText.slice(body!.span!.start, body!.span!.end)).toBe(body!.text);
    expect(caption?.image?.id).toBe(article.images[0]?.id);
    expect(organization?.speaker).toMatchObject({ name: 'Coast Authority' });
    expect(article.organizations.map((org) => org.name)).toEqual(['Coast Authority']);
  });
});

describe('people', () => {
  it('merges the same full name across articles into one node', async () => {
    const article = await harbour();
    const person = article.people.find((candidate) => candidate.name === 'Petra Lindqvist')!;
    const result = await data(yoga, PersonByIdDocument, { id: person.id, first: 10 });
    expect(result.person?.articles.map((linked) => linked.headline)).toEqual([
      'Stadtrat berät über den Hafen',
      'Storm-hit harbour "will reopen next week"',
    ]);
    expect(result.person?.roles).toEqual(['harbour mayor']);
    expect(result.person?.titles).toEqual(['Mayor']);
    // Headline, body, caption and alias quotes in one article, one in the other.
    expect(result.person?.quotes.totalCount).toBe(5);
  });
});

describe('connections', () => {
  it('orders articles newest first, undated last, and pages through each exactly once', async () => {
    const seen: string[] = [];
    let after: string | null | undefined;
    for (;;) {
      const page = await data(yoga, ArticlesPageDocument, { first: 1, after });
      expect(page.articles.totalCount).toBe(3);
      seen.push(...page.articles.edges.map((edge) => edge.node.headline));
      if (!page.articles.pageInfo.hasNextPage) break;
      after = page.articles.pageInfo.endCursor;
    }
    expect(seen).toEqual([
      'Stadtrat berät über den Hafen',
      'Storm-hit harbour "will reopen next week"',
      'Archive: ferry timetable',
    ]);
  });

  it('filters articles by tag, language, person and date range, and orders by headline', async () => {
    const byTag = await data(yoga, ArticlesPageDocument, { filter: { tag: 'sweden' } });
    expect(byTag.articles.nodes).toHaveLength(1);
    const german = await data(yoga, ArticlesPageDocument, { filter: { language: 'de' } });
    expect(german.articles.totalCount).toBe(2);
    const inMarch = await data(yoga, ArticlesPageDocument, {
      filter: { publishedFrom: '2024-03-01', publishedTo: '2024-03-31' },
    });
    expect(inMarch.articles.edges.map((edge) => edge.node.publishedAt)).toEqual(['2024-03-07']);
    const article = await harbour();
    const byPerson = await data(yoga, ArticlesPageDocument, {
      filter: { personId: article.people[0]!.id },
    });
    expect(byPerson.articles.totalCount).toBe(2);
    const byHeadline = await data(yoga, ArticlesPageDocument, {
      orderBy: { field: 'HEADLINE', direction: 'ASC' },
    });
    expect(byHeadline.articles.edges.map((edge) => edge.node.headline)).toEqual([
      'Archive: ferry timetable',
      'Stadtrat berät über den Hafen',
      'Storm-hit harbour "will reopen next week"',
    ]);
  });

  it('filters quotes by speaker, article and location', async () => {
    const article = await harbour();
    const organization = article.organizations[0]!;
    const bySpeaker = await data(yoga, QuotesPageDocument, {
      filter: { speakerId: organization.id },
    });
    expect(bySpeaker.quotes.nodes.map((quote) => quote.text)).toEqual([
      'Ships must keep clear of the eastern pier.',
    ]);
    const captions = await data(yoga, QuotesPageDocument, { filter: { location: 'CAPTION' } });
    expect(captions.quotes.totalCount).toBe(1);
    const inArticle = await data(yoga, QuotesPageDocument, { filter: { articleId: article.id } });
    expect(inArticle.quotes.totalCount).toBe(5);
    const all = await data(yoga, QuotesPageDocument, { first: 100 });
    expect(all.quotes.totalCount).toBe(7);
  });

  it.each([
    ['first above 100', { first: 101 }],
    ['negative first', { first: -1 }],
    ['malformed cursor', { after: 'not-a-cursor' }],
  ])('rejects %s with BAD_USER_INPUT', async (_name, variables) => {
    const { body } = await execute(yoga, ArticlesPageDocument, variables);
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('returns an empty page for first: 0 with the total still counted', async () => {
    const page = await data(yoga, ArticlesPageDocument, { first: 0 });
    expect(page.articles.edges).toEqual([]);
    expect(page.articles.totalCount).toBe(3);
  });
});

describe('search', () => {
  it('ranks articles, people and quotes by relevance', async () => {
    const result = await data(yoga, SearchDocument, { query: 'Lindqvist', first: 10 });
    const kinds = result.search.edges.map((edge) => edge.node.__typename);
    expect(kinds[0]).toBe('Person');
    expect(kinds).toContain('Article');
    const scores = result.search.edges.map((edge) => edge.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('finds quotes by their words, tolerating a typo', async () => {
    const result = await data(yoga, SearchDocument, { query: 'estern pier', first: 5 });
    const quote = result.search.edges.find((edge) => edge.node.__typename === 'Quote');
    expect(quote?.node.__typename === 'Quote' && quote.node.text).toBe(
      'Ships must keep clear of the eastern pier.',
    );
  });

  it('rejects an empty query with BAD_USER_INPUT', async () => {
    const { body } = await execute(yoga, SearchDocument, { query: '   ' });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('linked data', () => {
  it('describes the article as a schema.org NewsArticle with mentions, images and quotations', async () => {
    const result = await data(yoga, ArticleJsonLdDocument, { shortUrl: '7QxYz' });
    const ld = result.article?.jsonLd as Record<string, unknown>;
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Storm-hit harbour "will reopen next week"',
      datePublished: '2024-03-07',
      inLanguage: 'en',
      url: 'https://p.dw.com/p/7QxYz',
      mentions: [{ '@type': 'Person', name: 'Petra Lindqvist', alternateName: ['Lindqvist'] }],
      image: [{ '@type': 'ImageObject', creditText: 'Erik Berg/TT/picture alliance' }],
    });
    expect(ld.hasPart).toContainEqual({
      '@type': 'Quotation',
      text: 'Ships must keep clear of the eastern pier.',
      creator: { '@type': 'Organization', name: 'Coast Authority' },
    });
    // No invented facts: the page has no byline, so there is no author.
    expect(ld).not.toHaveProperty('author');
  });
});
