/**
 * A typed Newsgraph client: graphql-request with the typed documents that codegen's client preset
 * generates from `operations/*.graphql` (`npm run codegen`). Every result below is typed by its
 * operation, so a field that the operation does not select is a compile error, not `undefined`.
 *
 *   npm start                  # in one terminal
 *   npm run example            # in another; or: npm run example -- http://host:port/graphql
 */
import { pathToFileURL } from 'node:url';
import { GraphQLClient } from 'graphql-request';
import {
  ArticleWithQuotesDocument,
  PeopleWithQuotesDocument,
  SearchDocument,
  type ArticleWithQuotesQuery,
  type PeopleWithQuotesQuery,
  type SearchQuery,
} from '../src/generated/client/graphql.ts';

export const DEFAULT_ENDPOINT = 'http://localhost:4000/graphql';

/** The bundled article (DW, 2023-07-03). */
export const BUNDLED_ARTICLE = 'https://p.dw.com/p/4TLXn';

export type ExampleArticle = NonNullable<ArticleWithQuotesQuery['article']>;

export interface ExampleResult {
  article: ExampleArticle;
  people: PeopleWithQuotesQuery['people'];
  search: SearchQuery['search'];
  /** One line per quote: who said what. */
  whoSaidWhat: string[];
}

type ExampleQuote = ExampleArticle['quotes'][number];

function speakerName(quote: ExampleQuote): string {
  switch (quote.speaker?.__typename) {
    case 'Person':
      return [...quote.speaker.titles, quote.speaker.name].join(' ');
    case 'Organization':
      return quote.speaker.name;
    default:
      return '(unattributed)';
  }
}

/** `Li Shangfu [NAME]: "strengthen communication at all levels"`, one line per quote. */
export function whoSaidWhat(article: ExampleArticle): string[] {
  return article.quotes.map((quote) => {
    const method = quote.attributionMethod ? ` [${quote.attributionMethod}]` : '';
    const continued = quote.continues ? ' (continued)' : '';
    return `${speakerName(quote)}${method}: "${quote.text}"${continued}`;
  });
}

/** Asks Newsgraph at `endpoint` for the bundled article, its people and a search. */
export async function runExample(
  endpoint: string = DEFAULT_ENDPOINT,
  shortUrl: string = BUNDLED_ARTICLE,
): Promise<ExampleResult> {
  const client = new GraphQLClient(endpoint);
  const [{ article }, { people }, { search }] = await Promise.all([
    client.request(ArticleWithQuotesDocument, { shortUrl }),
    client.request(PeopleWithQuotesDocument, { first: 10 }),
    client.request(SearchDocument, { query: 'navy cooperation', first: 5 }),
  ]);
  if (!article) throw new Error(`no article with short URL ${shortUrl} at ${endpoint}`);
  return { article, people, search, whoSaidWhat: whoSaidWhat(article) };
}

export function formatReport(result: ExampleResult): string {
  const { article, people, search } = result;
  const lines = [
    `${article.headline} (${article.publishedAt ?? 'undated'}, ${article.shortUrl ?? 'no short URL'})`,
    '',
    `Who said what (${article.quotes.length} quotes):`,
    ...result.whoSaidWhat.map((line) => `  ${line}`),
    '',
    `People (${people.totalCount}):`,
    ...people.nodes.map(
      (person) =>
        `  ${person.name}${person.roles.length ? `, ${person.roles.join('; ')}` : ''}: ` +
        `${person.quotes.totalCount} quote(s)`,
    ),
    '',
    `Search "navy cooperation" (${search.totalCount} hits):`,
    ...search.edges.map(({ node, score }) => {
      const label =
        node.__typename === 'Article'
          ? node.headline
          : node.__typename === 'Person'
            ? node.name
            : `"${node.text}"`;
      return `  ${node.__typename} ${score.toFixed(2)}: ${label}`;
    }),
  ];
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const endpoint = process.argv[2] ?? process.env.NEWSGRAPH_URL ?? DEFAULT_ENDPOINT;
  runExample(endpoint).then(
    (result) => process.stdout.write(`${formatReport(result)}\n`),
    (error: unknown) => {
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      process.stderr.write(
        `example: ${message} (is Newsgraph running at ${endpoint}? start it with npm start)\n`,
      );
      process.exit(1);
    },
  );
}
