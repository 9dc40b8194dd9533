/**
 * Nothing lost: paging through every connection, one page size after another, returns every item
 * exactly once and agrees with `totalCount`.
 */
import { describe, expect, it } from 'vitest';
import { post, testServer, testStore } from './support.ts';

const yoga = testServer();

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: { id: string }[];
}

/** All items of one connection, paging `size` at a time. */
async function pageThrough(
  field: string,
  size: number,
  args = '',
): Promise<{ ids: string[]; total: number }> {
  const ids: string[] = [];
  let after: string | null = null;
  let total = -1;
  for (let guard = 0; guard < 1_000; guard++) {
    const response = await post(yoga, {
      query: `query($first: Int, $after: String) {
        page: ${field}(first: $first, after: $after${args}) {
          totalCount pageInfo { hasNextPage endCursor }
          nodes { ... on Node { id } }
        }
      }`,
      variables: { first: size, after },
    });
    expect(response.json.errors, response.text).toBeUndefined();
    const page = (response.json.data as { page: Page }).page;
    total = page.totalCount;
    ids.push(...page.nodes.map((node) => node.id));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { ids, total };
}

describe('paging', () => {
  const store = testStore();
  const connections: [string, string, number][] = [
    ['articles', '', store.articles.length],
    ['people', '', store.people.length],
    ['quotes', '', store.quotes.length],
    ['search', ', query: "harbour"', -1],
  ];

  it.each(connections)(
    '%s returns every item exactly once at every page size',
    async (field, args, expected) => {
      const { ids: all, total } = await pageThrough(field, 100, args);
      if (expected >= 0) expect(all.length).toBe(expected);
      expect(all.length).toBe(total);
      for (const size of [1, 2, 3, 7]) {
        const { ids } = await pageThrough(field, size, args);
        expect(ids, `page size ${size}`).toEqual(all);
        expect(new Set(ids).size).toBe(ids.length);
      }
    },
  );

  it("pages through a person's quotes exactly once", async () => {
    const person = store.people.find((candidate) => candidate.quotes.length > 1)!;
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const response = await post(yoga, {
        query: `query($id: ID!, $after: String) { person(id: $id) { quotes(first: 1, after: $after) {
          pageInfo { hasNextPage endCursor } nodes { id } } } }`,
        variables: { id: person.id, after },
      });
      const quotes = (response.json.data as { person: { quotes: Page } }).person.quotes;
      seen.push(...quotes.nodes.map((node) => node.id));
      if (!quotes.pageInfo.hasNextPage) break;
      after = quotes.pageInfo.endCursor;
    }
    expect(seen).toEqual(person.quotes.map((quote) => quote.id));
  });
});
