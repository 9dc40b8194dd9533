import { DateResolver, JSONObjectResolver, URLResolver } from 'graphql-scalars';
import type { Resolvers } from '../generated/resolvers.ts';
import { Query } from './query.ts';
import { typeResolvers } from './types.ts';

export const resolvers: Resolvers = {
  Date: DateResolver,
  URL: URLResolver,
  JSONObject: JSONObjectResolver,
  Query,
  ...typeResolvers,
};
