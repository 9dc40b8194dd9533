/**
 * Runs a typed document against a server through `yoga.fetch` (no port), so responses are typed
 * by the operation that asked for them.
 */
import { print, type ExecutionResult } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { NewsgraphServer } from '../../src/server/createServer.ts';

export interface TypedResult<TData> {
  status: number;
  body: ExecutionResult<TData> & { errors?: { message: string; extensions?: { code?: string } }[] };
}

export async function execute<TData, TVariables>(
  yoga: NewsgraphServer,
  document: TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
): Promise<TypedResult<TData>> {
  const response = await yoga.fetch('http://newsgraph.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query: print(document), variables }),
  });
  return { status: response.status, body: (await response.json()) as TypedResult<TData>['body'] };
}

/** The data of a successful response; fails the test with the errors otherwise. */
export async function data<TData, TVariables>(
  yoga: NewsgraphServer,
  document: TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
): Promise<TData> {
  const { body } = await execute(yoga, document, variables);
  if (body.errors?.length || !body.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  }
  return body.data;
}
