/**
 * Newsgraph as an Apollo Federation v2 subgraph: the same SDL files and resolvers as the normal
 * service, plus what the subgraph spec asks for (`@link`, `@key` on every `Node` type, `_service`,
 * `_entities`). Nothing in `schema/` knows about federation: the keys are added here, to the parsed
 * documents.
 *
 * The subgraph side of the protocol is small enough to implement directly on graphql-js:
 * `@graphql-tools/federation` 4.x no longer builds subgraphs, and `@apollo/subgraph` either needs
 * Node 22 (2.15) or pulls in Elastic-licensed internals. Hive Gateway and The Guild's composition
 * check it end to end in `tests/federation/`.
 */
import {
  concatAST,
  Kind,
  parse,
  print,
  valueFromASTUntyped,
  visit,
  type ConstDirectiveNode,
  type DocumentNode,
  type GraphQLSchema,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
  type ValueNode,
} from 'graphql';
import { createGraphQLError, createSchema } from 'graphql-yoga';
import { booleanSetting } from '../config.ts';
import { resolvers } from '../resolvers/index.ts';
import { loadTypeDefs } from '../schema.ts';
import type { GraphQLContext } from '../server/context.ts';
import type { NodeRecord } from '../store/records.ts';

/** The federation version the subgraph SDL links to (Hive Gateway and Apollo Router know it). */
export const FEDERATION_SPEC_URL = 'https://specs.apollo.dev/federation/v2.3';

/** The interface whose implementers are entities, keyed by their global ID. */
const ENTITY_INTERFACE = 'Node';
const KEY_FIELDS = 'id';

/**
 * `extend schema @link(...)`: tells composition this is a Federation 2 subgraph. Parsed afresh for
 * every document, since building a schema may add to the schema extension node it is given.
 */
const linkExtension = (): DocumentNode =>
  parse(`extend schema @link(url: "${FEDERATION_SPEC_URL}", import: ["@key"])`);

/**
 * Definitions the executable schema needs for the directives the SDL uses. Not part of
 * `_service.sdl`: `@link` tells composition where they come from.
 */
const FEDERATION_DEFINITIONS = /* GraphQL */ `
  directive @link(
    url: String!
    as: String
    for: link__Purpose
    import: [link__Import]
  ) repeatable on SCHEMA
  directive @key(
    fields: federation__FieldSet!
    resolvable: Boolean = true
  ) repeatable on OBJECT | INTERFACE
  scalar link__Import
  scalar federation__FieldSet
  enum link__Purpose {
    SECURITY
    EXECUTION
  }
`;

const keyDirective = (): ConstDirectiveNode => ({
  kind: Kind.DIRECTIVE,
  name: { kind: Kind.NAME, value: 'key' },
  arguments: [
    {
      kind: Kind.ARGUMENT,
      name: { kind: Kind.NAME, value: 'fields' },
      value: { kind: Kind.STRING, value: KEY_FIELDS },
    },
  ],
});

function isEntityType(node: ObjectTypeDefinitionNode | ObjectTypeExtensionNode): boolean {
  return (node.interfaces ?? []).some((named) => named.name.value === ENTITY_INTERFACE);
}

/** The document with `@key(fields: "id")` on every object type that implements `Node`. */
export function withEntityKeys(document: DocumentNode): DocumentNode {
  const addKey = (node: ObjectTypeDefinitionNode | ObjectTypeExtensionNode) => {
    if (!isEntityType(node)) return undefined;
    if (node.directives?.some((directive) => directive.name.value === 'key')) return undefined;
    return { ...node, directives: [...(node.directives ?? []), keyDirective()] };
  };
  return visit(document, {
    ObjectTypeDefinition: addKey,
    ObjectTypeExtension: addKey,
  });
}

/** The names of the entity types (the `Node` implementers) of a document, in document order. */
export function entityTypeNames(document: DocumentNode): string[] {
  const names: string[] = [];
  for (const definition of document.definitions) {
    if (
      (definition.kind === Kind.OBJECT_TYPE_DEFINITION ||
        definition.kind === Kind.OBJECT_TYPE_EXTENSION) &&
      isEntityType(definition) &&
      !names.includes(definition.name.value)
    ) {
      names.push(definition.name.value);
    }
  }
  return names;
}

/** Newsgraph's SDL as a Federation 2 subgraph: `schema/*.graphql` plus `@link` and the keys. */
export function subgraphTypeDefs(typeDefs: readonly string[] = loadTypeDefs()): DocumentNode {
  return concatAST([linkExtension(), ...typeDefs.map((sdl) => withEntityKeys(parse(sdl)))]);
}

/** What `_service { sdl }` answers: the subgraph SDL that composition reads. */
export function printSubgraphSdl(typeDefs?: readonly string[]): string {
  return print(subgraphTypeDefs(typeDefs));
}

/** An entity representation from the gateway: `{ __typename: "Article", id: "..." }`. */
export interface EntityReference {
  readonly __typename: string;
  readonly id?: unknown;
  readonly [field: string]: unknown;
}

function isReference(value: unknown): value is EntityReference {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { __typename?: unknown }).__typename === 'string'
  );
}

/**
 * `_Any`: an entity representation, an object with a string `__typename`. A plain scalar config
 * (not a `GraphQLScalarType`), so it works whichever copy of graphql-js builds the schema.
 */
const AnyScalar = {
  serialize: (value: unknown) => value,
  parseValue(value: unknown): EntityReference {
    if (!isReference(value)) throw createGraphQLError('_Any must be an object with a __typename');
    return value;
  },
  parseLiteral(ast: ValueNode, variables?: { readonly [name: string]: unknown } | null) {
    const value: unknown = valueFromASTUntyped(ast, variables);
    if (!isReference(value)) throw createGraphQLError('_Any must be an object with a __typename');
    return value;
  },
};

type ReferenceResolver = (reference: EntityReference, context: GraphQLContext) => NodeRecord | null;

/**
 * `__resolveReference` of one entity type: the record with that global ID, but only when it is of
 * that type (an Article ID asked for as a Person is not found).
 */
const byGlobalId =
  (typename: string): ReferenceResolver =>
  (reference, context) => {
    if (typeof reference.id !== 'string') return null;
    const record = context.store.getNode(reference.id);
    return record !== null && record.kind === typename ? record : null;
  };

/** The resolvers of the subgraph: Newsgraph's own plus `_Any`, `_Entity`, `_service`, `_entities`. */
export function subgraphResolvers(entityTypes: readonly string[], sdl: string) {
  const entities: Record<string, { __resolveReference: ReferenceResolver }> = {};
  for (const typename of entityTypes) {
    entities[typename] = { __resolveReference: byGlobalId(typename) };
  }
  return {
    ...resolvers,
    _Any: AnyScalar,
    _Entity: { __resolveType: (record: NodeRecord) => record.kind },
    Query: {
      ...resolvers.Query,
      _service: () => ({ sdl }),
      _entities: (
        _parent: unknown,
        args: { representations: readonly EntityReference[] },
        context: GraphQLContext,
      ) =>
        args.representations.map((reference) => {
          const entity = Object.hasOwn(entities, reference.__typename)
            ? entities[reference.__typename]
            : undefined;
          if (!entity) {
            throw createGraphQLError(`"${reference.__typename}" is not an entity of this subgraph`);
          }
          return entity.__resolveReference(reference, context);
        }),
    },
  };
}

/**
 * The executable subgraph schema: serve it with `createServer({ store, schema })` exactly like the
 * normal one (`FEDERATION=true npm start` does).
 */
export function createSubgraphSchema(): GraphQLSchema {
  const typeDefs = subgraphTypeDefs();
  const entities = entityTypeNames(typeDefs);
  const runtime = /* GraphQL */ `
    scalar _Any
    union _Entity = ${entities.join(' | ')}
    type _Service {
      sdl: String
    }
    extend type Query {
      _entities(representations: [_Any!]!): [_Entity]!
      _service: _Service!
    }
  `;
  return createSchema<GraphQLContext>({
    typeDefs: [FEDERATION_DEFINITIONS, typeDefs, runtime],
    resolvers: subgraphResolvers(entities, print(typeDefs)),
  });
}

/** Reads `FEDERATION` like every boolean setting (unset is false); a bad value is a ConfigError. */
export function federationEnabled(env: Record<string, string | undefined>): boolean {
  return booleanSetting(env, 'FEDERATION', false);
}
