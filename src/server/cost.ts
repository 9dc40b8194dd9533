/**
 * The cost of an operation: roughly how many values its response may hold, counted from the
 * document and the schema before anything runs (rules in `limits.ts`). The walk is linear in the
 * document (fragments are costed once each), needs no type info from graphql-js and no
 * `instanceof`, so it works with any copy of graphql-js that built the schema.
 */
import {
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import {
  DEFAULT_LIST_BOUND,
  DEFAULT_PAGE_SIZE,
  FIELD_COSTS,
  LIST_ARGUMENT_BOUNDS,
  LIST_BOUNDS,
  SCHEMA_INTROSPECTION_COST,
  TYPE_INTROSPECTION_COST,
  WORST_CASE_PAGE_SIZE,
} from './limits.ts';

interface TypeLike {
  readonly name?: string;
  readonly ofType?: TypeLike;
  getFields?(): Record<string, FieldLike>;
}
interface FieldLike {
  readonly type: TypeLike;
  readonly args: readonly { readonly name: string; readonly defaultValue?: unknown }[];
}

export interface OperationCost {
  cost: number;
  /** How many `__schema` fields the operation asks for. */
  schemaIntrospections: number;
  /** True when a variable decided a list size (the cost may differ with other values). */
  dependsOnVariables: boolean;
}

interface Walk {
  schema: GraphQLSchema;
  listBounds: Readonly<Record<string, number>>;
  fragments: Map<string, FragmentDefinitionNode>;
  /** Null: assume the worst for every variable. */
  variables: Readonly<Record<string, unknown>> | null;
  variableDefaults: Map<string, ValueNode>;
  memo: Map<string, { cost: number; schemaIntrospections: number }>;
  visiting: Set<string>;
  schemaIntrospections: number;
  dependsOnVariables: boolean;
}

const CAP = Number.MAX_SAFE_INTEGER;

function isList(type: TypeLike): boolean {
  return (type as { [Symbol.toStringTag]?: string })[Symbol.toStringTag] === 'GraphQLList';
}

/** The named type under any list and non-null wrappers, and whether a list wraps it. */
function unwrap(type: TypeLike): { named: TypeLike; list: boolean } {
  let list = false;
  let current = type;
  while (current.ofType) {
    if (isList(current)) list = true;
    current = current.ofType;
  }
  return { named: current, list };
}

function argument(field: FieldNode, name: string): ValueNode | undefined {
  return field.arguments?.find((arg) => arg.name.value === name)?.value;
}

function clampPage(value: number): number {
  if (!Number.isFinite(value)) return WORST_CASE_PAGE_SIZE;
  return Math.min(Math.max(Math.trunc(value), 0), WORST_CASE_PAGE_SIZE);
}

/** The page size `first` asks for: a literal, a variable's value (or worst case), or the default. */
function pageSize(node: ValueNode | undefined, walk: Walk, fallback: number): number {
  if (!node) return fallback;
  switch (node.kind) {
    case Kind.INT:
      return clampPage(Number(node.value));
    case Kind.NULL:
      return DEFAULT_PAGE_SIZE;
    case Kind.VARIABLE: {
      walk.dependsOnVariables = true;
      if (walk.variables === null) return WORST_CASE_PAGE_SIZE;
      const name = node.name.value;
      const value = Object.hasOwn(walk.variables, name) ? walk.variables[name] : undefined;
      if (typeof value === 'number') return clampPage(value);
      if (value === null) return DEFAULT_PAGE_SIZE;
      if (value !== undefined) return WORST_CASE_PAGE_SIZE;
      const fallbackNode = walk.variableDefaults.get(name);
      return fallbackNode && fallbackNode.kind !== Kind.VARIABLE
        ? pageSize(fallbackNode, walk, fallback)
        : fallback;
    }
    default:
      return WORST_CASE_PAGE_SIZE;
  }
}

/** How many items a list argument such as `ids` holds. */
function listLength(node: ValueNode | undefined, walk: Walk): number {
  if (!node) return 0;
  if (node.kind === Kind.LIST) return node.values.length;
  if (node.kind === Kind.NULL) return 0;
  if (node.kind !== Kind.VARIABLE) return 1;
  walk.dependsOnVariables = true;
  if (walk.variables === null) return WORST_CASE_PAGE_SIZE;
  const name = node.name.value;
  const value = Object.hasOwn(walk.variables, name) ? walk.variables[name] : undefined;
  if (Array.isArray(value)) return value.length;
  if (value === undefined) {
    const fallbackNode = walk.variableDefaults.get(name);
    return fallbackNode && fallbackNode.kind !== Kind.VARIABLE ? listLength(fallbackNode, walk) : 0;
  }
  return value === null ? 0 : 1;
}

function fieldCost(field: FieldNode, parent: TypeLike, page: number | undefined, walk: Walk) {
  const name = field.name.value;
  if (name === '__typename') return 0;
  if (name === '__schema') {
    walk.schemaIntrospections++;
    return SCHEMA_INTROSPECTION_COST;
  }
  if (name === '__type') return TYPE_INTROSPECTION_COST;
  const definition = parent.getFields?.()[name];
  const coordinate = `${parent.name}.${name}`;
  const base = FIELD_COSTS[coordinate] ?? 1;
  // Unknown fields are for validation to report; count them as one value.
  if (!definition || !field.selectionSet) return base;
  const { named, list } = unwrap(definition.type);
  const first = definition.args.find((arg) => arg.name === 'first');
  const childPage = first
    ? pageSize(
        argument(field, 'first'),
        walk,
        typeof first.defaultValue === 'number' ? clampPage(first.defaultValue) : DEFAULT_PAGE_SIZE,
      )
    : undefined;
  const child = selectionSetCost(field.selectionSet, named, childPage, walk);
  if (!list) return Math.min(base + child, CAP);
  const listArgument = LIST_ARGUMENT_BOUNDS[coordinate];
  let items: number;
  if (page !== undefined && (name === 'edges' || name === 'nodes')) items = page;
  else if (listArgument) items = listLength(argument(field, listArgument), walk);
  else items = walk.listBounds[coordinate] ?? DEFAULT_LIST_BOUND;
  return Math.min(base + items * (1 + child), CAP);
}

function selectionSetCost(
  selectionSet: SelectionSetNode,
  type: TypeLike,
  page: number | undefined,
  walk: Walk,
): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      cost += fieldCost(selection, type, page, walk);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const condition = selection.typeCondition
        ? (walk.schema.getType(selection.typeCondition.name.value) as TypeLike | undefined)
        : undefined;
      cost += selectionSetCost(selection.selectionSet, condition ?? type, page, walk);
    } else {
      cost += fragmentCost(selection.name.value, type, page, walk);
    }
    if (cost >= CAP) return CAP;
  }
  return cost;
}

function fragmentCost(name: string, type: TypeLike, page: number | undefined, walk: Walk): number {
  const key = `${name}\u0000${page ?? ''}`;
  const known = walk.memo.get(key);
  if (known) {
    walk.schemaIntrospections += known.schemaIntrospections;
    return known.cost;
  }
  const fragment = walk.fragments.get(name);
  // Unknown and cyclic fragments are for validation to report.
  if (!fragment || walk.visiting.has(name)) return 0;
  walk.visiting.add(name);
  const before = walk.schemaIntrospections;
  const condition = walk.schema.getType(fragment.typeCondition.name.value) as TypeLike | undefined;
  const cost = selectionSetCost(fragment.selectionSet, condition ?? type, page, walk);
  walk.visiting.delete(name);
  walk.memo.set(key, { cost, schemaIntrospections: walk.schemaIntrospections - before });
  return cost;
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    }
  }
  return fragments;
}

function rootType(schema: GraphQLSchema, operation: OperationDefinitionNode): TypeLike | undefined {
  if (operation.operation === 'query') return schema.getQueryType() ?? undefined;
  if (operation.operation === 'mutation') return schema.getMutationType() ?? undefined;
  return schema.getSubscriptionType() ?? undefined;
}

/** The cost of one operation; `variables` null assumes the worst for every variable. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>> | null,
  fragments: Map<string, FragmentDefinitionNode> = fragmentsOf(document),
  listBounds: Readonly<Record<string, number>> = LIST_BOUNDS,
): OperationCost {
  const variableDefaults = new Map<string, ValueNode>();
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) {
      variableDefaults.set(definition.variable.name.value, definition.defaultValue);
    }
  }
  const walk: Walk = {
    schema,
    listBounds,
    fragments,
    variables,
    variableDefaults,
    memo: new Map(),
    visiting: new Set(),
    schemaIntrospections: 0,
    dependsOnVariables: false,
  };
  const root = rootType(schema, operation);
  const cost = root ? selectionSetCost(operation.selectionSet, root, undefined, walk) : 0;
  return {
    cost,
    schemaIntrospections: walk.schemaIntrospections,
    dependsOnVariables: walk.dependsOnVariables,
  };
}

/** The operation a request runs: the named one, or the only one. */
export function selectOperation(
  document: DocumentNode,
  operationName: string | null | undefined,
): OperationDefinitionNode | undefined {
  let found: OperationDefinitionNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    if (operationName == null) {
      if (found) return undefined;
      found = definition;
    } else if (definition.name?.value === operationName) {
      return definition;
    }
  }
  return found;
}

export { fragmentsOf };
