/**
 * Supergraph composition with The Guild's composition library (the one Hive Gateway uses), from
 * the subgraphs' `_service { sdl }`.
 */
import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';

export interface SubgraphSource {
  /** The subgraph's name in the supergraph, e.g. `newsgraph`. */
  name: string;
  /** Where the gateway sends this subgraph's requests: a load balancer, or one replica. */
  url: string;
  /** The subgraph SDL, as `_service { sdl }` answers it. */
  sdl: string;
}

/** The supergraph SDL for Hive Gateway (or any Federation 2 gateway); throws on composition errors. */
export function composeSupergraph(subgraphs: readonly SubgraphSource[]): string {
  const result = composeServices(
    subgraphs.map(({ name, url, sdl }) => ({ name, url, typeDefs: parse(sdl) })),
  );
  if (result.errors) {
    throw new Error(
      `supergraph composition failed: ${result.errors.map((error) => error.message).join('; ')}`,
    );
  }
  return result.supergraphSdl;
}

/** A running subgraph's SDL, asked with `{ _service { sdl } }`. */
export async function fetchSubgraphSdl(
  url: string,
  fetchFn: typeof fetch = fetch,
): Promise<string> {
  const response = await fetchFn(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query: '{ _service { sdl } }' }),
  });
  if (!response.ok) throw new Error(`${url} answered ${response.status} to _service`);
  const body = (await response.json()) as {
    data?: { _service?: { sdl?: unknown } | null } | null;
    errors?: { message: string }[];
  };
  const sdl = body.data?._service?.sdl;
  if (typeof sdl !== 'string') {
    const reason = body.errors?.map((error) => error.message).join('; ') ?? 'no _service.sdl';
    throw new Error(
      `${url} is not a federation subgraph (start it with FEDERATION=true): ${reason}`,
    );
  }
  return sdl;
}
