/**
 * Relay cursor connections over in-memory lists. Cursors are offsets (opaque to clients), which is
 * exact because every list the store holds is immutable and deterministically ordered.
 */
import { decodeCursor, encodeCursor } from '../store/ids.ts';
import { badUserInput } from './errors.ts';

export const MAX_PAGE_SIZE = 100;

/** Cursors by offset, made once each (a cursor is a pure function of its offset). */
const cursors: string[] = [];
const MAX_KEPT_CURSORS = 65_536;

function cursorAt(offset: number): string {
  let cursor = cursors[offset];
  if (cursor === undefined) {
    cursor = encodeCursor(offset);
    if (offset < MAX_KEPT_CURSORS) cursors[offset] = cursor;
  }
  return cursor;
}
export const DEFAULT_PAGE_SIZE = 20;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Connection<Edge> {
  edges: Edge[];
  nodes: Edge extends { node: infer N } ? N[] : never;
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
}

/** The slice of a list that `first` and `after` select, validated. */
export function pageWindow(args: PageArgs, total: number): { start: number; end: number } {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`"first" must be between 0 and ${MAX_PAGE_SIZE}, got ${first}.`);
  }
  let start = 0;
  if (args.after !== undefined && args.after !== null) {
    const offset = decodeCursor(args.after);
    if (offset === null) throw badUserInput('"after" is not a cursor issued by this API.');
    start = offset + 1;
  }
  start = Math.min(start, total);
  return { start, end: Math.min(start + first, total) };
}

export function connectionOf<Item, Edge extends { cursor: string; node: unknown }>(
  items: ArrayLike<Item>,
  args: PageArgs,
  toEdge: (item: Item, cursor: string) => Edge,
): Connection<Edge> {
  const { start, end } = pageWindow(args, items.length);
  const edges: Edge[] = [];
  for (let offset = start; offset < end; offset++) {
    edges.push(toEdge(items[offset] as Item, cursorAt(offset)));
  }
  return {
    edges,
    nodes: edges.map((edge) => edge.node) as Connection<Edge>['nodes'],
    pageInfo: {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: items.length,
  };
}

/** The common case: each edge is just the item and its cursor. */
export function connection<Item>(items: readonly Item[], args: PageArgs) {
  return connectionOf(items, args, (node, cursor) => ({ cursor, node }));
}
