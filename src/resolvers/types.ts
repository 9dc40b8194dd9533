/**
 * Field resolvers of the object types. Most fields are read straight off the store's records by
 * GraphQL's default resolver; only derived and abstract types need code here.
 */
import type { Resolvers } from '../generated/resolvers.ts';
import { connection } from './connection.ts';
import { articleJsonLd } from './jsonLd.ts';

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
    jsonLd: (article) => articleJsonLd(article),
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
