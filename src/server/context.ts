import type { ContentStore } from '../store/store.ts';

/**
 * What every resolver gets. The store is taken once per request, so a request sees one consistent
 * version of the content even when a reload swaps the store meanwhile.
 */
export interface GraphQLContext {
  readonly store: ContentStore;
}
