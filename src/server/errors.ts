/**
 * Errors the server itself raises, and the mask for everything else.
 *
 * Errors are made with graphql-yoga's `createGraphQLError`, so they come from the same graphql-js
 * instance Yoga checks against (`instanceof`); the mask recognises GraphQL errors by name, so an
 * error from a second copy of graphql-js (test runners load ESM and CJS builds side by side) is
 * still shown as is instead of being masked as unexpected.
 */
import { createGraphQLError } from 'graphql-yoga';
import type { GraphQLError } from 'graphql';

export const UNEXPECTED_ERROR_MESSAGE = 'Unexpected error.';

/** An HTTP-level rejection: always this status, whatever the client accepts. */
export function httpError(
  status: number,
  code: string,
  message: string,
  headers?: Record<string, string>,
): GraphQLError {
  return createGraphQLError(message, {
    extensions: { code, http: headers ? { status, headers } : { status } },
  });
}

/**
 * A rejection of the GraphQL request itself (limits): 400 for `application/graphql-response+json`
 * clients, 200 with `errors` for legacy `application/json` clients, as GraphQL over HTTP asks.
 */
export function requestError(code: string, message: string): GraphQLError {
  return createGraphQLError(message, {
    extensions: { code, http: { status: 400, spec: true } },
  });
}

function isGraphQLErrorLike(error: unknown): error is GraphQLError {
  return error instanceof Error && error.name === 'GraphQLError';
}

/** An error a resolver or graphql-js raised on purpose, not one wrapping an unexpected error. */
function isOriginalGraphQLError(error: unknown): boolean {
  if (!isGraphQLErrorLike(error)) return false;
  return error.originalError == null ? true : isOriginalGraphQLError(error.originalError);
}

/**
 * Yoga's `maskError`, but the same in every NODE_ENV: an unexpected error becomes
 * "Unexpected error." with code INTERNAL_SERVER_ERROR, its locations and response path, and never
 * its message, stack or cause.
 */
export function maskError(error: unknown, message: string): Error {
  if (isOriginalGraphQLError(error)) return error as Error;
  const located = isGraphQLErrorLike(error) ? error : undefined;
  return createGraphQLError(message || UNEXPECTED_ERROR_MESSAGE, {
    nodes: located?.nodes,
    source: located?.source,
    positions: located?.positions,
    path: located?.path,
    extensions: {
      code: 'INTERNAL_SERVER_ERROR',
      ...(located?.extensions?.http ? { http: located.extensions.http } : {}),
    },
  });
}

const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/** The message without graphql-js's "Did you mean ...?" hints, which reveal schema names. */
export function withoutSuggestions(message: string): string {
  return message.includes('Did you mean') ? message.replace(SUGGESTION, '') : message;
}
