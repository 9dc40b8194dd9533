/**
 * What one request may ask of the service. Every limit is checked before any resolver runs, and
 * cheaply: HTTP sizes in O(1) from headers or while the body streams in, document limits once per
 * distinct document (the result is cached with the parsed document).
 *
 * Limits (defaults; environment variable in brackets, see `src/config.ts`):
 *
 * | Limit                    | Default  | Rejected with                                  |
 * | ------------------------ | -------- | ---------------------------------------------- |
 * | request body             | 32 KiB   | 413 `PAYLOAD_TOO_LARGE` [MAX_BODY_BYTES]        |
 * | query text               | 10,000 ch| 413 `QUERY_TOO_LARGE` [MAX_QUERY_LENGTH]        |
 * | variables                | 500 values, nesting 8 | 413 `VARIABLES_TOO_LARGE`         |
 * | tokens in the document   | 1,000    | 400 `TOKEN_LIMIT_EXCEEDED` [MAX_QUERY_TOKENS]   |
 * | selection depth          | 10       | 400 `DEPTH_LIMIT_EXCEEDED` [MAX_QUERY_DEPTH]    |
 * | aliases                  | 20       | 400 `ALIAS_LIMIT_EXCEEDED` [MAX_QUERY_ALIASES]  |
 * | directives               | 20       | 400 `DIRECTIVE_LIMIT_EXCEEDED`                  |
 * | cost (see below)         | 6,000    | 400 `COST_LIMIT_EXCEEDED` [MAX_QUERY_COST]      |
 * | `__schema` per operation | 1        | 400 `INTROSPECTION_LIMIT_EXCEEDED`              |
 * | batching, multipart      | off      | 400 `BATCHING_NOT_SUPPORTED`, 415               |
 *
 * Cost: every field counts 1 (`__typename` 0; `Article.bodyText` 200 and `search` 1,000, see
 * `FIELD_COSTS`); a field returning a list counts 1 plus, for each
 * item it may return, 1 plus the cost of the item's selection. The number of items is `first` for
 * connections (`edges` and `nodes` of a connection use the `first` of the field that returned it;
 * no `first` means the field's default, 20), the length of the ID list for `nodes(ids:)`, and a
 * realistic upper bound for the plain lists of an item (`LIST_BOUNDS`). A `first` given by a
 * variable counts as 100 when the document is validated; a document that only exceeds the limit
 * because of such variables is checked again with the actual variable values before execution.
 * A whole introspection (`__schema`) is bounded by the schema, so it costs a flat 100 and may be
 * asked once per operation; GraphQL's own rule stops introspection that nests `fields`,
 * `interfaces`, `possibleTypes` or `inputFields` more than 3 deep.
 */

export interface ServerLimits {
  /** Largest request body in bytes; a larger Content-Length gets 413 before reading. */
  maxBodyBytes: number;
  /** Longest `query` string in characters. */
  maxQueryLength: number;
  /** Most values (scalars, list items, object fields) in `variables`. */
  maxVariableValues: number;
  /** Deepest nesting of lists and objects in `variables`. */
  maxVariableDepth: number;
  maxTokens: number;
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxCost: number;
  /** Bytes the parsed-document cache may hold (estimated from tokens and text). */
  documentCacheBytes: number;
}

export const DEFAULT_LIMITS: Readonly<ServerLimits> = Object.freeze({
  maxBodyBytes: 32 * 1024,
  maxQueryLength: 10_000,
  maxVariableValues: 500,
  maxVariableDepth: 8,
  maxTokens: 1_000,
  maxDepth: 10,
  maxAliases: 20,
  maxDirectives: 20,
  maxCost: 6_000,
  documentCacheBytes: 48 * 1024 * 1024,
});

/** Page size assumed for a connection whose `first` is a variable, until the value is known. */
export const WORST_CASE_PAGE_SIZE = 100;
/** Page size of a connection asked without `first` (the schema's default). */
export const DEFAULT_PAGE_SIZE = 20;

/**
 * Upper bounds for lists that have no `first`, by schema coordinate: generous for real news pages
 * (a long article has some 40 paragraphs, 30 quotes, 15 people and 10 images). A list field not
 * named here and without a list argument counts `DEFAULT_LIST_BOUND` items.
 */
export const LIST_BOUNDS: Readonly<Record<string, number>> = Object.freeze({
  'Article.blocks': 80,
  'Article.paragraphs': 60,
  'Article.quotes': 50,
  'Article.people': 25,
  'Article.organizations': 25,
  'Article.images': 20,
  'Image.quotes': 10,
  'Person.articles': 50,
  'Organization.articles': 50,
});
export const DEFAULT_LIST_BOUND = 100;

/** The longest list of each kind in the content at hand, by schema coordinate. */
export interface ObservedLists {
  articles: readonly {
    blocks: readonly unknown[];
    paragraphs: readonly unknown[];
    quotes: readonly unknown[];
    people: readonly unknown[];
    organizations: readonly unknown[];
    images: readonly { quotes: readonly unknown[] }[];
  }[];
  people: readonly { articles: readonly unknown[] }[];
  organizations: readonly { articles: readonly unknown[] }[];
}

/**
 * `LIST_BOUNDS`, raised where the content served has longer lists (a person named in 400
 * articles makes `Person.articles` cost 400 items): the cost rule never counts fewer items than a
 * list really holds. Measured once per version of the content (after a reload, documents
 * validated before it keep their cached verdict until they leave the document cache).
 */
export function listBoundsFor(content: ObservedLists): Record<string, number> {
  const max = (values: Iterable<number>) => {
    let result = 0;
    for (const value of values) result = Math.max(result, value);
    return result;
  };
  const { articles, people, organizations } = content;
  const observed: Record<string, number> = {
    'Article.blocks': max(articles.map((a) => a.blocks.length)),
    'Article.paragraphs': max(articles.map((a) => a.paragraphs.length)),
    'Article.quotes': max(articles.map((a) => a.quotes.length)),
    'Article.people': max(articles.map((a) => a.people.length)),
    'Article.organizations': max(articles.map((a) => a.organizations.length)),
    'Article.images': max(articles.map((a) => a.images.length)),
    'Image.quotes': max(articles.flatMap((a) => a.images.map((image) => image.quotes.length))),
    'Person.articles': max(people.map((p) => p.articles.length)),
    'Organization.articles': max(organizations.map((o) => o.articles.length)),
  };
  const bounds: Record<string, number> = { ...LIST_BOUNDS };
  for (const [coordinate, length] of Object.entries(observed)) {
    bounds[coordinate] = Math.max(bounds[coordinate] ?? 0, length);
  }
  return bounds;
}

/**
 * Fields that cost more than 1: a whole article body is some 5-10 KB of response where a typical
 * value is 30 bytes, and a search runs the full-text index.
 */
export const FIELD_COSTS: Readonly<Record<string, number>> = Object.freeze({
  'Article.bodyText': 200,
  'Query.search': 1_000,
});

/** List fields whose length is the length of one of their arguments (`nodes(ids:)`). */
export const LIST_ARGUMENT_BOUNDS: Readonly<Record<string, string>> = Object.freeze({
  'Query.nodes': 'ids',
  'Query._entities': 'representations',
});

/** Flat cost of a whole-schema introspection, and of one `__type` lookup. */
export const SCHEMA_INTROSPECTION_COST = 100;
export const TYPE_INTROSPECTION_COST = 10;
export const MAX_SCHEMA_INTROSPECTIONS = 1;
