/**
 * Field resolvers of the object types. Most fields are read straight off the store's records by
 * GraphQL's default resolver; only derived and abstract types need code here.
 */
import type { Resolvers } from '../generated/resolvers.ts';
import { connection } from './connection.ts';
import { articleJsonLd } from './jsonLd.ts';
import type { ArticleRecord } from '../store/records.ts';

const jsonLdByArticle = new WeakMap<ArticleRecord, ReturnType<typeof articleJsonLd>>();

const typename = <Kind extends string>(record: { readonly kind: Kind }): Kind => record.kind;

const BLOCK_TYPENAMES = {
  PARAGRAPH: 'Paragraph',
  SUBHEADING: 'Subheading',
  IMAGE: 'ImageBlock',
  VIDEO: 'VideoBlock',
  RELATED: 'RelatedTitle',
} as const;

export const typeResolvers: Omit<Resolvers, 'Query' | 'Date' | 'URL' | 'JSONObject'> = {
  Node: { __resolveType: typename },
  SearchResult: { __resolveType: typename },
  Speaker: { __resolveType: typename },
  ArticleBlock: { __resolveType: (block) => BLOCK_TYPENAMES[block.kind] },

  Article: {
    // Records never change (a reload builds new ones): each article's JSON-LD is built once.
    jsonLd: (article) => {
      let jsonLd = jsonLdByArticle.get(article);
      if (jsonLd === undefined) jsonLdByArticle.set(article, (jsonLd = articleJsonLd(article)));
      return jsonLd;
    },
  },
  Person: {
    quotes: (person, args) => connection(person.quotes, args),
  },
  Organization: {
    quotes: (organization, args) => connection(organization.quotes, args),
  },
  Image: {
    // Scraped text carries no picture address, and one is never invented.
    url: () => null,
  },
};
