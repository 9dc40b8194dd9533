import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { ArticleRecord, ImageRecord, PersonRecord, OrganizationRecord, QuoteRecord, ParagraphBlock, SubheadingBlock, VideoBlockRecord, ImageBlockRecord, RelatedTitleBlock } from '../store/records.ts';
import type { GraphQLContext } from '../server/context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date without time, as an RFC 3339 full-date string, e.g. `2023-07-03`. */
  Date: { input: Date; output: string; }
  /** A JSON object, e.g. a schema.org JSON-LD document. */
  JSONObject: { input: Record<string, unknown>; output: object; }
  /** An absolute URL, e.g. `https://p.dw.com/p/4TLXn`. */
  URL: { input: URL; output: string; }
};

/** A news article parsed from one page. */
export type Article = Node & {
  __typename?: 'Article';
  /** News agencies from the sign-off: `ara/ab (AFP, Reuters)` -> `["AFP", "Reuters"]`. */
  agencies: Array<Scalars['String']['output']>;
  /** Author initials from the sign-off: `ara/ab (AFP, Reuters)` -> `["ara", "ab"]`. */
  authorInitials: Array<Scalars['String']['output']>;
  /** The body in reading order: paragraphs, sub-headings, images, videos and related-article titles. */
  blocks: Array<ArticleBlock>;
  /**
   * Body paragraphs and sub-headings in reading order, joined by a blank line (`\n\n`). Spans index
   * into this text.
   */
  bodyText: Scalars['String']['output'];
  /** Full author name given on the page; null when there is none. */
  byline?: Maybe<Scalars['String']['output']>;
  /** The editor from an `Edited by:` line; null when there is none. */
  editedBy?: Maybe<Scalars['String']['output']>;
  /** The headline. */
  headline: Scalars['String']['output'];
  /** Opaque global ID, stable across restarts for the same page. */
  id: Scalars['ID']['output'];
  /** The images of the page, in reading order. */
  images: Array<Image>;
  /**
   * The article as schema.org JSON-LD (`NewsArticle` with `Person` mentions, `ImageObject`s with
   * `creditText` and `Quotation`s with their `creator`), ready for a `<script type="application/ld+json">`.
   */
  jsonLd: Scalars['JSONObject']['output'];
  /** Language of the page, BCP 47: `en` or `de`. */
  language: Scalars['String']['output'];
  /** The standfirst under the date; null when the page has none. */
  lead?: Maybe<Scalars['String']['output']>;
  /** Organisations and places quoted in the article, in order of first mention. */
  organizations: Array<Organization>;
  /** Body paragraphs only (not lead, captions, sub-headings, navigation or sign-off). */
  paragraphs: Array<Paragraph>;
  /** People named in the article, in order of first mention. */
  people: Array<Person>;
  /** Publication date; null when the page shows none. */
  publishedAt?: Maybe<Scalars['Date']['output']>;
  /** Every direct quote of the article in reading order: headline, lead, then body and captions. */
  quotes: Array<Quote>;
  /** Teaser titles of other articles shown on the page. */
  relatedTitles: Array<Scalars['String']['output']>;
  /** Canonical short URL `https://p.dw.com/p/CODE`; null when the page has none. */
  shortUrl?: Maybe<Scalars['URL']['output']>;
  /** The sub-headings of the body, in reading order. */
  subheadings: Array<Scalars['String']['output']>;
  /** Topic tags, from the run-together tag line: `ConflictsChina` -> `["Conflicts", "China"]`. */
  tags: Array<Scalars['String']['output']>;
  /** Number of words in `bodyText`. */
  wordCount: Scalars['Int']['output'];
};

/** A part of an article's body. */
export type ArticleBlock = ImageBlock | Paragraph | RelatedTitle | Subheading | VideoBlock;

/** A page of articles. */
export type ArticleConnection = {
  __typename?: 'ArticleConnection';
  /** The articles of this page with their cursors. */
  edges: Array<ArticleEdge>;
  /** The articles of this page, without cursors. */
  nodes: Array<Article>;
  /** Where this page stands in the whole list. */
  pageInfo: PageInfo;
  /** How many articles the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** An article in a list, with its cursor. */
export type ArticleEdge = {
  __typename?: 'ArticleEdge';
  /** Opaque position of this article in the list. */
  cursor: Scalars['String']['output'];
  /** The article. */
  node: Article;
};

/** Criteria that articles must all meet. */
export type ArticleFilter = {
  /** Only articles in this language (BCP 47), e.g. `en` or `de`. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Only articles that name this person (a Person global ID). */
  personId?: InputMaybe<Scalars['ID']['input']>;
  /** Only articles published on or after this date. */
  publishedFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Only articles published on or before this date. */
  publishedTo?: InputMaybe<Scalars['Date']['input']>;
  /** Only articles with this tag (case-insensitive), e.g. `China`. */
  tag?: InputMaybe<Scalars['String']['input']>;
};

/** The order of an article list. */
export type ArticleOrder = {
  /** The direction to sort in. */
  direction: OrderDirection;
  /** The field to sort by. */
  field: ArticleOrderField;
};

/** Fields an article list can be sorted by. */
export type ArticleOrderField =
  /** The headline, alphabetically. */
  | 'HEADLINE'
  /** The publication date; articles without a date come last. */
  | 'PUBLISHED_AT';

/** How the speaker of a quote was found, so users can judge the attribution. */
export type AttributionMethod =
  /** A shorter form of a name given earlier (usually the surname) stands at the quote. */
  | 'ALIAS'
  /** A headline or sub-heading quote matched to the same statement in the body. */
  | 'HEADING_MATCH'
  /** The speaker's full name stands at the quote. */
  | 'NAME'
  /** An organisation or place is the source ("Beijing has said"). */
  | 'ORGANIZATION'
  /** A pronoun ("he", "she") resolved to the last named person it fits. */
  | 'PRONOUN'
  /** A role alone ("the spokesperson") resolved to the person given that role earlier. */
  | 'ROLE';

/** A picture of an article: scraped text carries its alt line, caption and credit, not the picture. */
export type Image = Node & {
  __typename?: 'Image';
  /** The line above the caption (the picture's alternative text); null when absent. */
  alt?: Maybe<Scalars['String']['output']>;
  /** The article the image belongs to. */
  article: Article;
  /** The caption, without the credit. */
  caption: Scalars['String']['output'];
  /** The credit after `Image:` / `Bild:`; null when the caption has none. */
  credit?: Maybe<Scalars['String']['output']>;
  /** The credit split at slashes: `Northern Fleet Press Service/TASS/dpa/picture alliance` -> 4 parts. */
  creditParts: Array<Scalars['String']['output']>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** Direct quotes inside the caption. */
  quotes: Array<Quote>;
  /**
   * The picture's address. Always null for now: scraped text carries no image address, and none is
   * invented.
   */
  url?: Maybe<Scalars['URL']['output']>;
};

/** An image standing in the body. */
export type ImageBlock = {
  __typename?: 'ImageBlock';
  /** The image. */
  image: Image;
};

/** An object with an opaque, globally unique ID that `node` and `nodes` can fetch again. */
export type Node = {
  /** Opaque, globally unique ID, stable across restarts for the same content. */
  id: Scalars['ID']['output'];
};

/** Sort direction of an ordered list. */
export type OrderDirection =
  /** Smallest or earliest first. */
  | 'ASC'
  /** Largest or latest first. */
  | 'DESC';

/** An organisation, government or place that speaks as a source: "Beijing", "the interior ministry". */
export type Organization = Node & {
  __typename?: 'Organization';
  /** The articles that quote this organisation, newest first. */
  articles: Array<Article>;
  /** Opaque global ID, derived from the name. */
  id: Scalars['ID']['output'];
  /** The name as written, without article or possessive: "Beijing", "Norwegian Ministry of Defense". */
  name: Scalars['String']['output'];
  /** The organisation's direct quotes across all articles. */
  quotes: QuoteConnection;
};


/** An organisation, government or place that speaks as a source: "Beijing", "the interior ministry". */
export type OrganizationQuotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Where a page of a connection stands in the whole list (Relay cursor connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge of this page; pass it as `after` to fetch the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow the last edge of this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** True when items precede the first edge of this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge of this page; null when the page is empty. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A body paragraph. */
export type Paragraph = {
  __typename?: 'Paragraph';
  /** Position among the article's paragraphs, from 0. */
  index: Scalars['Int']['output'];
  /** Where the paragraph stands in `Article.bodyText`. */
  span: TextSpan;
  /** The paragraph's text. */
  text: Scalars['String']['output'];
};

/** A person named in one or more articles. The same full name in two articles is one person. */
export type Person = Node & {
  __typename?: 'Person';
  /** Other forms of the name used alone: `["Yevmenov"]`. */
  aliases: Array<Scalars['String']['output']>;
  /** The articles that name this person, newest first. */
  articles: Array<Article>;
  /** Opaque global ID, derived from the full name. */
  id: Scalars['ID']['output'];
  /** Fullest form of the name as written, without titles: "Nikolai Yevmenov". */
  name: Scalars['String']['output'];
  /** The person's direct quotes across all articles, newest article first, in reading order within one. */
  quotes: QuoteConnection;
  /** Descriptive phrases as written: `["Russian Navy head"]`. */
  roles: Array<Scalars['String']['output']>;
  /** Honorifics written before the name: `["Admiral"]`. */
  titles: Array<Scalars['String']['output']>;
};


/** A person named in one or more articles. The same full name in two articles is one person. */
export type PersonQuotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of people. */
export type PersonConnection = {
  __typename?: 'PersonConnection';
  /** The people of this page with their cursors. */
  edges: Array<PersonEdge>;
  /** The people of this page, without cursors. */
  nodes: Array<Person>;
  /** Where this page stands in the whole list. */
  pageInfo: PageInfo;
  /** How many people the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** A person in a list, with its cursor. */
export type PersonEdge = {
  __typename?: 'PersonEdge';
  /** Opaque position of this person in the list. */
  cursor: Scalars['String']['output'];
  /** The person. */
  node: Person;
};

/** Criteria that people must all meet. */
export type PersonFilter = {
  /** Case-insensitive match on any part of the name or of an alias, e.g. `li` finds "Li Shangfu". */
  name?: InputMaybe<Scalars['String']['input']>;
};

/**
 * The entry points of the Newsgraph API. Lists are Relay connections: `first` may be 0 to 100, and
 * `after` takes an `endCursor` from a previous page.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * One article by global ID or by its DW short URL; null when nothing matches. Give exactly one of
   * the two arguments.
   */
  article?: Maybe<Article>;
  /** All articles, newest first unless `orderBy` says otherwise. */
  articles: ArticleConnection;
  /** Any object by its global ID; null when the ID is unknown or malformed. */
  node?: Maybe<Node>;
  /** Several objects by global ID, in the order asked; null for each unknown or malformed ID. */
  nodes: Array<Maybe<Node>>;
  /** Everyone named in the articles, by name. */
  people: PersonConnection;
  /** One person by global ID; null when unknown. */
  person?: Maybe<Person>;
  /** Direct quotes across all articles: newest article first, in reading order within one. */
  quotes: QuoteConnection;
  /**
   * Full-text search over articles (headline, lead, body, tags), people (name, aliases, roles) and
   * quotes (text), best match first. Terms match by prefix and tolerate small typos. A short term
   * that is the prefix of a great many indexed words (e.g. "pro" in a large corpus) matches its
   * closest words only, so such a query may miss some of the longer words it begins.
   */
  search: SearchResultConnection;
};


/**
 * The entry points of the Newsgraph API. Lists are Relay connections: `first` may be 0 to 100, and
 * `after` takes an `endCursor` from a previous page.
 */
export type QueryArticleArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  shortUrl?: InputMaybe<Scalars['String']['input']>;
};


/**
 * The entry points of the Newsgraph API. Lists are Relay connections: `first` may be 0 to 100, and
 * `after` takes an `endCursor` from a previous page.
 */
export type QueryArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ArticleFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<ArticleOrder>;
};


/**
 * The entry points of the Newsgraph API. Lists are Relay connections: `first` may be 0 to 100, and
 * `after` takes an `endCursor` from a previous page.
 */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The entry points of the Newsgraph API. Lists are Relay connections: `first` may be 0 to 100, and
 * `after` takes an `endCursor` from a previous page.
 */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/**
 * The entry points of the Newsgraph API. Lists are Relay connections: `first` may be 0 to 100, and
 * `after` takes an `endCursor` from a previous page.
 */
export type QueryPeopleArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PersonFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The entry points of the Newsgraph API. Lists are Relay connections: `first` may be 0 to 100, and
 * `after` takes an `endCursor` from a previous page.
 */
export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The entry points of the Newsgraph API. Lists are Relay connections: `first` may be 0 to 100, and
 * `after` takes an `endCursor` from a previous page.
 */
export type QueryQuotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<QuoteFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * The entry points of the Newsgraph API. Lists are Relay connections: `first` may be 0 to 100, and
 * `after` takes an `endCursor` from a previous page.
 */
export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};

/** A direct quote: words between quote marks, with who said them and where they stand. */
export type Quote = Node & {
  __typename?: 'Quote';
  /** The article the quote stands in. */
  article: Article;
  /** The source as written at that place: "China's defence minister Li Shangfu", "he", "the ministry". */
  attribution?: Maybe<Scalars['String']['output']>;
  /** How the speaker was resolved; null when there is no speaker. */
  attributionMethod?: Maybe<AttributionMethod>;
  /**
   * True when this span continues the previous span of the same utterance (a quote interrupted by
   * its attribution, or running over paragraphs).
   */
  continues: Scalars['Boolean']['output'];
  /** The attributing words as written: "said", "told reporters", "added"; null when none. */
  cue?: Maybe<Scalars['String']['output']>;
  /** Opaque global ID. */
  id: Scalars['ID']['output'];
  /** The image whose caption holds the quote, for CAPTION quotes; else null. */
  image?: Maybe<Image>;
  /** Where on the page the quote stands. */
  location: QuoteLocation;
  /** Where the quote stands in `Article.bodyText`, for BODY and SUBHEADING quotes; else null. */
  span?: Maybe<TextSpan>;
  /** Who the quote is attributed to; null only when no source can be recovered. */
  speaker?: Maybe<Speaker>;
  /** The words between the quote marks, trimmed, one trailing comma dropped. */
  text: Scalars['String']['output'];
};

/** A page of quotes. */
export type QuoteConnection = {
  __typename?: 'QuoteConnection';
  /** The quotes of this page with their cursors. */
  edges: Array<QuoteEdge>;
  /** The quotes of this page, without cursors. */
  nodes: Array<Quote>;
  /** Where this page stands in the whole list. */
  pageInfo: PageInfo;
  /** How many quotes the whole list holds. */
  totalCount: Scalars['Int']['output'];
};

/** A quote in a list, with its cursor. */
export type QuoteEdge = {
  __typename?: 'QuoteEdge';
  /** Opaque position of this quote in the list. */
  cursor: Scalars['String']['output'];
  /** The quote. */
  node: Quote;
};

/** Criteria that quotes must all meet. */
export type QuoteFilter = {
  /** Only quotes from this article (an Article global ID). */
  articleId?: InputMaybe<Scalars['ID']['input']>;
  /** Only quotes standing at this place of the page. */
  location?: InputMaybe<QuoteLocation>;
  /** Only quotes by this speaker (a Person or Organization global ID). */
  speakerId?: InputMaybe<Scalars['ID']['input']>;
};

/** Where on the page a quote stands. */
export type QuoteLocation =
  /** In a body paragraph. */
  | 'BODY'
  /** In an image caption. */
  | 'CAPTION'
  /** In the headline. */
  | 'HEADLINE'
  /** In the lead (standfirst) under the date. */
  | 'LEAD'
  /** In a sub-heading of the body. */
  | 'SUBHEADING';

/** The teaser title of another article, linked from this one. */
export type RelatedTitle = {
  __typename?: 'RelatedTitle';
  /** The teaser title. */
  title: Scalars['String']['output'];
};

/** A search hit: an article, a person or a quote. */
export type SearchResult = Article | Person | Quote;

/** A page of search results, best match first. */
export type SearchResultConnection = {
  __typename?: 'SearchResultConnection';
  /** The results of this page with their cursors and scores. */
  edges: Array<SearchResultEdge>;
  /** The results of this page, without cursors. */
  nodes: Array<SearchResult>;
  /** Where this page stands in the whole list. */
  pageInfo: PageInfo;
  /** How many results match in all. */
  totalCount: Scalars['Int']['output'];
};

/** A search result with its cursor and relevance. */
export type SearchResultEdge = {
  __typename?: 'SearchResultEdge';
  /** Opaque position of this result in the list. */
  cursor: Scalars['String']['output'];
  /** The matching article, person or quote. */
  node: SearchResult;
  /** Relevance score from the full-text index (BM25); higher is better. */
  score: Scalars['Float']['output'];
};

/** Who a quote is attributed to. */
export type Speaker = Organization | Person;

/** A sub-heading inside the body. */
export type Subheading = {
  __typename?: 'Subheading';
  /** Where the sub-heading stands in `Article.bodyText`. */
  span: TextSpan;
  /** The sub-heading's text. */
  text: Scalars['String']['output'];
};

/** A span of text in `Article.bodyText`, in UTF-16 code units (JavaScript string offsets). */
export type TextSpan = {
  __typename?: 'TextSpan';
  /** Offset just past the last code unit of the span (exclusive). */
  end: Scalars['Int']['output'];
  /** Offset of the first code unit of the span. */
  start: Scalars['Int']['output'];
};

/** An embedded video, shown on the page as its title and "Watch video 02:31". */
export type VideoBlock = {
  __typename?: 'VideoBlock';
  /** Running time as shown, e.g. `02:31`; null when the page shows none. */
  duration?: Maybe<Scalars['String']['output']>;
  /** The video's title. */
  title: Scalars['String']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;



/** Mapping of union types */
export type ResolversUnionTypes<_RefType extends Record<string, unknown>> = {
  ArticleBlock:
    | ( ImageBlockRecord )
    | ( ParagraphBlock )
    | ( RelatedTitleBlock )
    | ( SubheadingBlock )
    | ( VideoBlockRecord )
  ;
  SearchResult:
    | ( ArticleRecord )
    | ( PersonRecord )
    | ( QuoteRecord )
  ;
  Speaker:
    | ( OrganizationRecord )
    | ( PersonRecord )
  ;
};

/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  Node:
    | ( ArticleRecord )
    | ( ImageRecord )
    | ( OrganizationRecord )
    | ( PersonRecord )
    | ( QuoteRecord )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Article: ResolverTypeWrapper<ArticleRecord>;
  ArticleBlock: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['ArticleBlock']>;
  ArticleConnection: ResolverTypeWrapper<Omit<ArticleConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ArticleEdge']>, nodes: Array<ResolversTypes['Article']> }>;
  ArticleEdge: ResolverTypeWrapper<Omit<ArticleEdge, 'node'> & { node: ResolversTypes['Article'] }>;
  ArticleFilter: ArticleFilter;
  ArticleOrder: ArticleOrder;
  ArticleOrderField: ArticleOrderField;
  AttributionMethod: AttributionMethod;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Image: ResolverTypeWrapper<ImageRecord>;
  ImageBlock: ResolverTypeWrapper<ImageBlockRecord>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSONObject: ResolverTypeWrapper<Scalars['JSONObject']['output']>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  OrderDirection: OrderDirection;
  Organization: ResolverTypeWrapper<OrganizationRecord>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Paragraph: ResolverTypeWrapper<ParagraphBlock>;
  Person: ResolverTypeWrapper<PersonRecord>;
  PersonConnection: ResolverTypeWrapper<Omit<PersonConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PersonEdge']>, nodes: Array<ResolversTypes['Person']> }>;
  PersonEdge: ResolverTypeWrapper<Omit<PersonEdge, 'node'> & { node: ResolversTypes['Person'] }>;
  PersonFilter: PersonFilter;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Quote: ResolverTypeWrapper<QuoteRecord>;
  QuoteConnection: ResolverTypeWrapper<Omit<QuoteConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['QuoteEdge']>, nodes: Array<ResolversTypes['Quote']> }>;
  QuoteEdge: ResolverTypeWrapper<Omit<QuoteEdge, 'node'> & { node: ResolversTypes['Quote'] }>;
  QuoteFilter: QuoteFilter;
  QuoteLocation: QuoteLocation;
  RelatedTitle: ResolverTypeWrapper<RelatedTitleBlock>;
  SearchResult: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['SearchResult']>;
  SearchResultConnection: ResolverTypeWrapper<Omit<SearchResultConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['SearchResultEdge']>, nodes: Array<ResolversTypes['SearchResult']> }>;
  SearchResultEdge: ResolverTypeWrapper<Omit<SearchResultEdge, 'node'> & { node: ResolversTypes['SearchResult'] }>;
  Speaker: ResolverTypeWrapper<ResolversUnionTypes<ResolversTypes>['Speaker']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subheading: ResolverTypeWrapper<SubheadingBlock>;
  TextSpan: ResolverTypeWrapper<TextSpan>;
  URL: ResolverTypeWrapper<Scalars['URL']['output']>;
  VideoBlock: ResolverTypeWrapper<VideoBlockRecord>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Article: ArticleRecord;
  ArticleBlock: ResolversUnionTypes<ResolversParentTypes>['ArticleBlock'];
  ArticleConnection: Omit<ArticleConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ArticleEdge']>, nodes: Array<ResolversParentTypes['Article']> };
  ArticleEdge: Omit<ArticleEdge, 'node'> & { node: ResolversParentTypes['Article'] };
  ArticleFilter: ArticleFilter;
  ArticleOrder: ArticleOrder;
  Boolean: Scalars['Boolean']['output'];
  Date: Scalars['Date']['output'];
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  Image: ImageRecord;
  ImageBlock: ImageBlockRecord;
  Int: Scalars['Int']['output'];
  JSONObject: Scalars['JSONObject']['output'];
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Organization: OrganizationRecord;
  PageInfo: PageInfo;
  Paragraph: ParagraphBlock;
  Person: PersonRecord;
  PersonConnection: Omit<PersonConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PersonEdge']>, nodes: Array<ResolversParentTypes['Person']> };
  PersonEdge: Omit<PersonEdge, 'node'> & { node: ResolversParentTypes['Person'] };
  PersonFilter: PersonFilter;
  Query: Record<PropertyKey, never>;
  Quote: QuoteRecord;
  QuoteConnection: Omit<QuoteConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['QuoteEdge']>, nodes: Array<ResolversParentTypes['Quote']> };
  QuoteEdge: Omit<QuoteEdge, 'node'> & { node: ResolversParentTypes['Quote'] };
  QuoteFilter: QuoteFilter;
  RelatedTitle: RelatedTitleBlock;
  SearchResult: ResolversUnionTypes<ResolversParentTypes>['SearchResult'];
  SearchResultConnection: Omit<SearchResultConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['SearchResultEdge']>, nodes: Array<ResolversParentTypes['SearchResult']> };
  SearchResultEdge: Omit<SearchResultEdge, 'node'> & { node: ResolversParentTypes['SearchResult'] };
  Speaker: ResolversUnionTypes<ResolversParentTypes>['Speaker'];
  String: Scalars['String']['output'];
  Subheading: SubheadingBlock;
  TextSpan: TextSpan;
  URL: Scalars['URL']['output'];
  VideoBlock: VideoBlockRecord;
};

export type ArticleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Article'] = ResolversParentTypes['Article']> = {
  agencies?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  authorInitials?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  blocks?: Resolver<Array<ResolversTypes['ArticleBlock']>, ParentType, ContextType>;
  bodyText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  byline?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  editedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  headline?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  images?: Resolver<Array<ResolversTypes['Image']>, ParentType, ContextType>;
  jsonLd?: Resolver<ResolversTypes['JSONObject'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lead?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organizations?: Resolver<Array<ResolversTypes['Organization']>, ParentType, ContextType>;
  paragraphs?: Resolver<Array<ResolversTypes['Paragraph']>, ParentType, ContextType>;
  people?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  publishedAt?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  quotes?: Resolver<Array<ResolversTypes['Quote']>, ParentType, ContextType>;
  relatedTitles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  shortUrl?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  subheadings?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  tags?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  wordCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ArticleBlockResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArticleBlock'] = ResolversParentTypes['ArticleBlock']> = {
  __resolveType: TypeResolveFn<'ImageBlock' | 'Paragraph' | 'RelatedTitle' | 'Subheading' | 'VideoBlock', ParentType, ContextType>;
};

export type ArticleConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArticleConnection'] = ResolversParentTypes['ArticleConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ArticleEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ArticleEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ArticleEdge'] = ResolversParentTypes['ArticleEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type ImageResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Image'] = ResolversParentTypes['Image']> = {
  alt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  caption?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  credit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  creditParts?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  quotes?: Resolver<Array<ResolversTypes['Quote']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['URL']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ImageBlockResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ImageBlock'] = ResolversParentTypes['ImageBlock']> = {
  image?: Resolver<ResolversTypes['Image'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface JsonObjectScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSONObject'], any> {
  name: 'JSONObject';
}

export type NodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Article' | 'Image' | 'Organization' | 'Person' | 'Quote', ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  articles?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quotes?: Resolver<ResolversTypes['QuoteConnection'], ParentType, ContextType, RequireFields<OrganizationQuotesArgs, 'first'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ParagraphResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Paragraph'] = ResolversParentTypes['Paragraph']> = {
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  span?: Resolver<ResolversTypes['TextSpan'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  articles?: Resolver<Array<ResolversTypes['Article']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quotes?: Resolver<ResolversTypes['QuoteConnection'], ParentType, ContextType, RequireFields<PersonQuotesArgs, 'first'>>;
  roles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  titles?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PersonConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PersonConnection'] = ResolversParentTypes['PersonConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PersonEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PersonEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PersonEdge'] = ResolversParentTypes['PersonEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  article?: Resolver<Maybe<ResolversTypes['Article']>, ParentType, ContextType, Partial<QueryArticleArgs>>;
  articles?: Resolver<ResolversTypes['ArticleConnection'], ParentType, ContextType, RequireFields<QueryArticlesArgs, 'first'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  people?: Resolver<ResolversTypes['PersonConnection'], ParentType, ContextType, RequireFields<QueryPeopleArgs, 'first'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  quotes?: Resolver<ResolversTypes['QuoteConnection'], ParentType, ContextType, RequireFields<QueryQuotesArgs, 'first'>>;
  search?: Resolver<ResolversTypes['SearchResultConnection'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
};

export type QuoteResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Quote'] = ResolversParentTypes['Quote']> = {
  article?: Resolver<ResolversTypes['Article'], ParentType, ContextType>;
  attribution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  attributionMethod?: Resolver<Maybe<ResolversTypes['AttributionMethod']>, ParentType, ContextType>;
  continues?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  cue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  image?: Resolver<Maybe<ResolversTypes['Image']>, ParentType, ContextType>;
  location?: Resolver<ResolversTypes['QuoteLocation'], ParentType, ContextType>;
  span?: Resolver<Maybe<ResolversTypes['TextSpan']>, ParentType, ContextType>;
  speaker?: Resolver<Maybe<ResolversTypes['Speaker']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QuoteConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QuoteConnection'] = ResolversParentTypes['QuoteConnection']> = {
  edges?: Resolver<Array<ResolversTypes['QuoteEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Quote']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QuoteEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['QuoteEdge'] = ResolversParentTypes['QuoteEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Quote'], ParentType, ContextType>;
};

export type RelatedTitleResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RelatedTitle'] = ResolversParentTypes['RelatedTitle']> = {
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SearchResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchResult'] = ResolversParentTypes['SearchResult']> = {
  __resolveType: TypeResolveFn<'Article' | 'Person' | 'Quote', ParentType, ContextType>;
};

export type SearchResultConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchResultConnection'] = ResolversParentTypes['SearchResultConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SearchResultEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SearchResult']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SearchResultEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SearchResultEdge'] = ResolversParentTypes['SearchResultEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['SearchResult'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SpeakerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Speaker'] = ResolversParentTypes['Speaker']> = {
  __resolveType: TypeResolveFn<'Organization' | 'Person', ParentType, ContextType>;
};

export type SubheadingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subheading'] = ResolversParentTypes['Subheading']> = {
  span?: Resolver<ResolversTypes['TextSpan'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type TextSpanResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TextSpan'] = ResolversParentTypes['TextSpan']> = {
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface UrlScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['URL'], any> {
  name: 'URL';
}

export type VideoBlockResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['VideoBlock'] = ResolversParentTypes['VideoBlock']> = {
  duration?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  Article?: ArticleResolvers<ContextType>;
  ArticleBlock?: ArticleBlockResolvers<ContextType>;
  ArticleConnection?: ArticleConnectionResolvers<ContextType>;
  ArticleEdge?: ArticleEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Image?: ImageResolvers<ContextType>;
  ImageBlock?: ImageBlockResolvers<ContextType>;
  JSONObject?: GraphQLScalarType;
  Node?: NodeResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Paragraph?: ParagraphResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  PersonConnection?: PersonConnectionResolvers<ContextType>;
  PersonEdge?: PersonEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Quote?: QuoteResolvers<ContextType>;
  QuoteConnection?: QuoteConnectionResolvers<ContextType>;
  QuoteEdge?: QuoteEdgeResolvers<ContextType>;
  RelatedTitle?: RelatedTitleResolvers<ContextType>;
  SearchResult?: SearchResultResolvers<ContextType>;
  SearchResultConnection?: SearchResultConnectionResolvers<ContextType>;
  SearchResultEdge?: SearchResultEdgeResolvers<ContextType>;
  Speaker?: SpeakerResolvers<ContextType>;
  Subheading?: SubheadingResolvers<ContextType>;
  TextSpan?: TextSpanResolvers<ContextType>;
  URL?: GraphQLScalarType;
  VideoBlock?: VideoBlockResolvers<ContextType>;
};

