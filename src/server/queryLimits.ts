/**
 * Document limits, all decided before execution: tokens while parsing; depth, aliases, directives,
 * cost and introspection as validation rules, whose result Yoga caches with the parsed document.
 * Only a document whose cost depends on variables (`first: $first`) and whose worst case passes
 * the limit is costed again per request, with the actual values (a walk over the document).
 */
import type { DocumentNode, GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { fragmentsOf, operationCost, selectOperation } from './cost.ts';
import { requestError, withoutSuggestions } from './errors.ts';
import { LIST_BOUNDS, MAX_SCHEMA_INTROSPECTIONS, type ServerLimits } from './limits.ts';

type ArmorReject = (context: ValidationContext | null, error: GraphQLError) => void;

/** Armor's rules report "Syntax Error: ..." without a code; report them plainly, with one. */
function reportAs(code: string): ArmorReject[] {
  return [
    (context, error) =>
      context?.reportError(
        createGraphQLError(error.message.replace(/^Syntax Error: /, ''), {
          extensions: { code },
        }),
      ),
  ];
}

function costMessage(cost: number, limit: number): string {
  const shown = cost >= 1e9 ? 'over 1,000,000,000' : String(cost);
  return (
    `Query cost ${shown} exceeds the limit of ${limit}: ask for fewer items ("first") or ` +
    'fewer nested lists.'
  );
}

/** Documents whose cost passes only with some variable values: checked again per request. */
type Deferred = WeakMap<DocumentNode, true>;

function costRule(
  limits: ServerLimits,
  listBounds: () => Readonly<Record<string, number>>,
  deferred: Deferred,
): ValidationRule {
  return function NewsgraphCostRule(context) {
    return {
      Document(document) {
        const schema = context.getSchema();
        const fragments = fragmentsOf(document);
        const bounds = listBounds();
        for (const definition of document.definitions) {
          if (definition.kind !== 'OperationDefinition') continue;
          const result = operationCost(schema, document, definition, null, fragments, bounds);
          if (result.schemaIntrospections > MAX_SCHEMA_INTROSPECTIONS) {
            context.reportError(
              createGraphQLError(
                `An operation may introspect the schema (__schema) at most ` +
                  `${MAX_SCHEMA_INTROSPECTIONS} time(s).`,
                { nodes: [definition], extensions: { code: 'INTROSPECTION_LIMIT_EXCEEDED' } },
              ),
            );
          }
          if (result.cost <= limits.maxCost) continue;
          if (result.dependsOnVariables) deferred.set(document, true);
          else {
            context.reportError(
              createGraphQLError(costMessage(result.cost, limits.maxCost), {
                nodes: [definition],
                extensions: { code: 'COST_LIMIT_EXCEEDED', cost: result.cost },
              }),
            );
          }
        }
        return false;
      },
    };
  };
}

/** Introspection off: `__schema` and `__type` are refused (`__typename` stays). */
const noIntrospectionRule: ValidationRule = function NewsgraphNoIntrospectionRule(context) {
  return {
    Field(field) {
      const name = field.name.value;
      if (name === '__schema' || name === '__type') {
        context.reportError(
          createGraphQLError(`Introspection is disabled on this server ("${name}").`, {
            nodes: [field],
            extensions: { code: 'INTROSPECTION_DISABLED' },
          }),
        );
      }
    },
  };
};

export interface QueryLimitOptions {
  limits: ServerLimits;
  introspection: boolean;
  /**
   * Item bounds of lists without `first`, by schema coordinate (default `LIST_BOUNDS`); asked
   * when a new document is validated, so content reloaded with longer lists is counted as such.
   */
  listBounds?: () => Readonly<Record<string, number>>;
}

export function queryLimitPlugins({
  limits,
  introspection,
  listBounds = () => LIST_BOUNDS,
}: QueryLimitOptions): Plugin[] {
  const deferred: Deferred = new WeakMap();
  const rules: ValidationRule[] = [
    maxDepthRule({
      n: limits.maxDepth,
      flattenFragments: true,
      ignoreIntrospection: true,
      propagateOnRejection: false,
      onReject: reportAs('DEPTH_LIMIT_EXCEEDED'),
    }),
    maxAliasesRule({
      n: limits.maxAliases,
      propagateOnRejection: false,
      onReject: reportAs('ALIAS_LIMIT_EXCEEDED'),
    }),
    maxDirectivesRule({
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: reportAs('DIRECTIVE_LIMIT_EXCEEDED'),
    }),
    costRule(limits, listBounds, deferred),
  ];
  if (!introspection) rules.push(noIntrospectionRule);

  const tokens = maxTokensPlugin({
    n: limits.maxTokens,
    onReject: [
      (_context: unknown, error: GraphQLError) => {
        error.message = `Token limit of ${limits.maxTokens} exceeded.`;
        (error.extensions as Record<string, unknown>).code = 'TOKEN_LIMIT_EXCEEDED';
      },
    ],
  }) as Plugin;

  const validation: Plugin = {
    onValidate({ addValidationRule }) {
      for (const rule of rules) addValidationRule(rule);
      return ({ valid, result }) => {
        if (!valid) for (const error of result) error.message = withoutSuggestions(error.message);
      };
    },
    onExecute({ args, setResultAndStopExecution }) {
      if (deferred.has(args.document)) {
        const operation = selectOperation(args.document, args.operationName);
        if (operation) {
          const { cost } = operationCost(
            args.schema,
            args.document,
            operation,
            (args.variableValues ?? {}) as Record<string, unknown>,
            undefined,
            listBounds(),
          );
          if (cost > limits.maxCost) {
            setResultAndStopExecution({
              errors: [
                requestError('COST_LIMIT_EXCEEDED', costMessage(cost, limits.maxCost)) as never,
              ],
            });
            return;
          }
        }
      }
      return {
        onExecuteDone({ result }) {
          // Variable coercion errors ("Value ... does not exist ... Did you mean ...?").
          if ('errors' in result && result.errors) {
            for (const error of result.errors) {
              (error as { message: string }).message = withoutSuggestions(error.message);
            }
          }
        },
      };
    },
  };
  return [tokens, validation];
}
