import { GraphQLError } from 'graphql';

/** A client error that Yoga shows as is (not masked), with the code clients branch on. */
export function badUserInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}
