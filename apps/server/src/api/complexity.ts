/**
 * Query limits checked after validation and before execution: depth, and a static cost where each
 * field costs 1 per expected parent item, connections multiply their children by `first` (20 when
 * not given) and other lists by a small expected length. Over a limit: QUERY_TOO_COMPLEX, and nothing
 * runs. Introspection fields are not counted.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  GraphQLError,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";
import type { ApiContext } from "./context.js";

/** Expected lengths of lists that are not connections (City.counties has nine). */
const LIST_LENGTH: Record<string, number> = {
  "City.counties": 9,
  "Bulletin.rows": 9,
  "Bulletin.missing": 9,
  // Sites and quotas: a line per county; sites a year are bounded by the quotas (230) and reviews.
  "QuotaPlan.allocations": 9,
  "QuotaSuggestion.allocations": 9,
  "Query.suggestQuotaAllocation": 9,
  "QuotaPlan.sites": 250,
  "QuotaAllocation.sites": 30,
  "Query.demonstrationSites": 250,
  "ContactPointCompliance.counties": 9,
  "ContactPointCompliance.cityLeadersWithoutPoint": 26,
  "ContactPointCompliance.pointsWithoutSite": 50,
};
const DEFAULT_LIST_LENGTH = 3;
const DEFAULT_FIRST = 20;

export interface Complexity {
  readonly depth: number;
  readonly cost: number;
}

function argumentInt(value: ValueNode | undefined, variables: Record<string, unknown>): number | null {
  if (!value) return null;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const v = variables[value.name.value];
    return typeof v === "number" ? v : null;
  }
  return null;
}

export function complexityOf(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  document: DocumentNode,
  variables: Record<string, unknown>,
): Complexity {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const root = schema.getRootType(operation.operation);
  let maxDepth = 0;
  let cost = 0;

  const walk = (
    set: SelectionSetNode,
    type: GraphQLCompositeType,
    depth: number,
    multiplier: number,
    seen: Set<string>,
  ) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const cond = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        walk(
          selection.selectionSet,
          (cond && isCompositeType(cond) ? cond : type) as GraphQLCompositeType,
          depth,
          multiplier,
          seen,
        );
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue;
        const cond = schema.getType(fragment.typeCondition.name.value);
        walk(
          fragment.selectionSet,
          (cond && isCompositeType(cond) ? cond : type) as GraphQLCompositeType,
          depth,
          multiplier,
          new Set([...seen, fragment.name.value]),
        );
        continue;
      }
      const name = selection.name.value;
      if (name.startsWith("__")) continue;
      if (!isObjectType(type) && !isInterfaceType(type)) continue;
      const field = type.getFields()[name];
      if (!field) continue;
      maxDepth = Math.max(maxDepth, depth);
      cost += multiplier;
      if (!selection.selectionSet) continue;
      const named = getNamedType(field.type);
      let childMultiplier = multiplier;
      if (named.name.endsWith("Connection")) {
        const first = argumentInt(selection.arguments?.find((a) => a.name.value === "first")?.value, variables);
        childMultiplier *= Math.max(1, first ?? DEFAULT_FIRST);
      } else if (type.name.endsWith("Connection") && (name === "nodes" || name === "edges")) {
        // The connection already multiplied its children by `first`.
      } else if (isListType(getNullableType(field.type))) {
        childMultiplier *= LIST_LENGTH[`${type.name}.${name}`] ?? DEFAULT_LIST_LENGTH;
      }
      if (isCompositeType(named)) walk(selection.selectionSet, named, depth + 1, childMultiplier, seen);
    }
  };
  if (root) walk(operation.selectionSet, root, 1, 1, new Set());
  return { depth: maxDepth, cost };
}

export function complexityPlugin(limits: { maxDepth: number; maxCost: number }): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, operation, document, request }) {
          if (!operation) return;
          const { depth, cost } = complexityOf(schema, operation, document, request.variables ?? {});
          if (depth > limits.maxDepth || cost > limits.maxCost) {
            throw new GraphQLError(
              depth > limits.maxDepth
                ? `查询嵌套过深（${depth} 层，最多 ${limits.maxDepth} 层）`
                : `查询过于复杂（估算 ${cost}，上限 ${limits.maxCost}），请减少每页条数或嵌套字段`,
              { extensions: { code: "QUERY_TOO_COMPLEX", depth, cost, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
