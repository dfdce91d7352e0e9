/**
 * Query limits: the one place that says what a request may ask for and what each part of it costs.
 *
 * Checked for every caller before anything runs, in time linear in the document:
 * - tokens: Apollo's parser stops at `maxTokens` (`parseOptions`, set in app.ts);
 * - anonymous callers: their source is parsed with a cap of `ANONYMOUS_MAX_TOKENS` and must hold
 *   nothing but the anonymous operations (`login`, and the first start's setup), before Apollo
 *   parses or validates it (`didResolveSource`);
 * - aliases, directives, depth, cost and distinct aggregate keys: one walk of the document before
 *   validation (`validationDidStart`). Each fragment is walked once and its summary reused at every
 *   spread, so a document of fragments spreading each other costs what it would expand to, but is
 *   measured in one pass. Introspection (`__schema`, `__type`) is priced like any other field.
 *
 * GraphQL Armor (2.x, installable here) was considered: Apollo's own `parseOptions.maxTokens` is its
 * token cap; its other protections are validation rules, which run after Apollo has parsed (too
 * late for the anonymous gate); its depth rule walks a fragment again at every spread (3ⁿ on the
 * fragment bomb) and skips `__schema` by default; its cost rule prices fields by kind, not per field.
 * So one walk here does all of it.
 *
 * Prices: a field costs 1 for each parent item; the children of a list are multiplied by the list's
 * length at its cap (connections: `first`, at most 100; `Branch.organizations`: 250 units); an
 * aggregate (coverage, branches founded, bulletins, targets, rates) costs what it scans, once per
 * distinct set of arguments when the server batches it, else at every occurrence.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  GraphQLError,
  type GraphQLField,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  getOperationAST,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";
import type { ApiContext } from "./context.js";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./page-size.js";

export interface QueryLimits {
  /** Tokens of a document (parser cap). */
  readonly maxTokens: number;
  readonly maxDepth: number;
  readonly maxCost: number;
  /** Aliased fields, counted as executed (an alias in a fragment spread three times counts three). */
  readonly maxAliases: number;
  /** Directive uses, counted as executed. */
  readonly maxDirectives: number;
  /** Distinct argument sets of aggregate fields (e.g. distinct `asOf` dates of `coverage`). */
  readonly maxAggregateKeys: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  maxTokens: 5000,
  maxDepth: 10,
  // The heaviest common read (pnpm bench's nested read: nine counties, 20 units each, their branches
  // and each branch's units at 250) is estimated at 275,780; a walk back through the branches is ~10⁷.
  maxCost: 500_000,
  maxAliases: 30,
  maxDirectives: 10,
  maxAggregateKeys: 6,
};

/** Tokens an anonymous document may hold: a login or the first start's setup, with room to spare. */
export const ANONYMOUS_MAX_TOKENS = 200;

/** Lengths of lists at their cap (lists not named here: DEFAULT_LIST_LENGTH). */
const LIST_LENGTH: Record<string, number> = {
  "City.counties": 9,
  "Bulletin.rows": 9,
  "Bulletin.missing": 9,
  "Bulletin.overdue": 9,
  // A regional or joint branch covers up to 250 units (the ledger's input cap).
  "Branch.organizations": 250,
  "Organization.branches": 3,
  "Query.monthlyReports": 9,
  "Query.targets": 10,
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
  "Query.parks": 100,
  "County.parks": 50,
  "Query.trainingCourses": 100,
  "Query.jointMeetings": 100,
  "TrainingCourse.attendance": 250,
};
const DEFAULT_LIST_LENGTH = 3;

/**
 * Aggregates: what one evaluation costs (about the rows it scans, as a number of field resolutions),
 * and whether the server batches equal argument sets into one evaluation (DataLoader keyed by the
 * arguments). Each distinct argument set counts towards `maxAggregateKeys`.
 */
const AGGREGATES: Record<string, { readonly price: number; readonly batched: boolean; readonly family: string }> = {
  "City.coverage": { price: 2000, batched: true, family: "coverage" },
  "County.coverage": { price: 2000, batched: true, family: "coverage" },
  "Park.coverage": { price: 2000, batched: true, family: "coverage" },
  "MonthlyReport.coverage": { price: 2000, batched: true, family: "coverage" },
  "CoverageStats.branchesFounded": { price: 2000, batched: true, family: "branchesFounded" },
  "Query.bulletin": { price: 4000, batched: false, family: "bulletin" },
  "Query.targets": { price: 6000, batched: false, family: "targets" },
  "Query.fiveHavesRate": { price: 2000, batched: false, family: "fiveHavesRate" },
  "Query.excellenceCompletion": { price: 2000, batched: false, family: "excellenceCompletion" },
  "Query.secretaryTraining": { price: 2000, batched: false, family: "secretaryTraining" },
  "Query.starRatings": { price: 2000, batched: false, family: "starRatings" },
  "Query.contactPointCompliance": { price: 2000, batched: false, family: "contactPointCompliance" },
  "Query.quotaSuggestion": { price: 2000, batched: false, family: "quota" },
  "Query.suggestQuotaAllocation": { price: 2000, batched: false, family: "quota" },
};

/**
 * Fields that run scrypt (tens of milliseconds of CPU and 32 MB each): at most one a request, so
 * aliases cannot multiply password guesses or hashing.
 */
const PASSWORD_FIELDS = new Set([
  "Mutation.login",
  "Mutation.changeOwnPassword",
  "Mutation.setupFirstAdmin",
  "Mutation.createUser",
  "Mutation.resetUserPassword",
]);
export const MAX_PASSWORD_FIELDS = 1;

export interface Complexity {
  /** Password operations (PASSWORD_FIELDS), as executed. */
  readonly passwords: number;
  readonly depth: number;
  readonly cost: number;
  readonly aliases: number;
  readonly directives: number;
  readonly aggregateKeys: number;
}

/** What a selection set amounts to at a multiplier of 1 (every count scales with its multiplier). */
interface Summary {
  passwords: number;
  cost: number;
  depth: number;
  aliases: number;
  directives: number;
  /** Distinct batched aggregate evaluations: key → price. */
  keys: Map<string, number>;
}

const empty = (): Summary => ({ passwords: 0, cost: 0, depth: 0, aliases: 0, directives: 0, keys: new Map() });

function introspectionLengths(schema: GraphQLSchema): Record<string, number> {
  const types = Object.values(schema.getTypeMap());
  const fields = types.flatMap((t) => (isObjectType(t) || isInterfaceType(t) ? Object.values(t.getFields()) : []));
  const avg = (total: number, count: number) => Math.max(1, Math.ceil(total / Math.max(1, count)));
  return {
    "__Schema.types": types.length,
    "__Schema.directives": schema.getDirectives().length,
    "__Type.fields": avg(fields.length, types.length),
    "__Type.inputFields": 10,
    "__Type.enumValues": 10,
    "__Type.interfaces": 1,
    "__Type.possibleTypes": 10,
    "__Field.args": avg(
      fields.reduce((n, f) => n + f.args.length, 0),
      fields.length,
    ),
    "__Directive.args": 3,
    "__Directive.locations": 10,
  };
}

const introspectionCache = new WeakMap<GraphQLSchema, Record<string, number>>();

/**
 * The complexity of one operation: a single pass over the document, each fragment walked once.
 * Works on documents not yet validated (unknown fields and fragments count nothing; a fragment
 * cycle counts nothing here and is refused by validation).
 */
export function complexityOf(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  document: DocumentNode,
  variables: Record<string, unknown>,
): Complexity {
  let lengths = introspectionCache.get(schema);
  if (!lengths) {
    lengths = introspectionLengths(schema);
    introspectionCache.set(schema, lengths);
  }
  const listLength = (key: string): number => LIST_LENGTH[key] ?? lengths[key] ?? DEFAULT_LIST_LENGTH;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const defaults = new Map(
    (operation.variableDefinitions ?? []).map((v) => [v.variable.name.value, v.defaultValue] as const),
  );
  const memo = new Map<string, Summary>();
  const inProgress = new Set<string>();

  const resolveValue = (value: ValueNode): ValueNode | unknown => {
    if (value.kind !== Kind.VARIABLE) return value;
    const name = value.name.value;
    return name in variables ? variables[name] : defaults.get(name);
  };
  const intArgument = (value: ValueNode | undefined): number | null => {
    if (!value) return null;
    const v = resolveValue(value);
    if (typeof v === "number") return v;
    if (v && typeof v === "object" && (v as ValueNode).kind === Kind.INT) return Number((v as { value: string }).value);
    return null;
  };
  const argumentKey = (selection: { arguments?: readonly { name: { value: string }; value: ValueNode }[] }) =>
    JSON.stringify(
      [...(selection.arguments ?? [])]
        .sort((a, b) => (a.name.value < b.name.value ? -1 : 1))
        .map((a) => {
          const v = resolveValue(a.value);
          return [a.name.value, v && typeof v === "object" && "kind" in v ? print(v as ValueNode) : v];
        }),
    );

  /** Adds `child` (at `times` per parent item; aliases and directives once per occurrence in the text) into `into`. */
  const add = (into: Summary, child: Summary, times: number, depthOffset: number) => {
    into.cost += child.cost * times;
    into.passwords += child.passwords * times;
    into.aliases += child.aliases;
    into.directives += child.directives;
    into.depth = Math.max(into.depth, child.depth + depthOffset);
    for (const [k, p] of child.keys) into.keys.set(k, p);
  };

  const fieldOf = (type: GraphQLCompositeType, name: string): GraphQLField<unknown, unknown> | undefined => {
    if (name === "__schema") return schema.getQueryType() === type ? introspectionField(schema, "__schema") : undefined;
    if (name === "__type") return schema.getQueryType() === type ? introspectionField(schema, "__type") : undefined;
    if (!isObjectType(type) && !isInterfaceType(type)) return undefined;
    return type.getFields()[name];
  };

  const walk = (set: SelectionSetNode, type: GraphQLCompositeType): Summary => {
    const out = empty();
    for (const selection of set.selections) {
      out.directives += selection.directives?.length ?? 0;
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const cond = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        add(out, walk(selection.selectionSet, cond && isCompositeType(cond) ? cond : type), 1, 0);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        add(out, fragmentSummary(selection.name.value), 1, 0);
        continue;
      }
      const name = selection.name.value;
      if (selection.alias) out.aliases += 1;
      out.cost += 1;
      out.depth = Math.max(out.depth, 1);
      if (name === "__typename") continue;
      const field = fieldOf(type, name);
      if (!field) {
        // Unknown to the schema: validation refuses it; still measure what it holds.
        if (selection.selectionSet) add(out, walk(selection.selectionSet, type), 1, 1);
        continue;
      }
      const coordinate = `${type.name}.${name}`;
      if (PASSWORD_FIELDS.has(coordinate)) out.passwords += 1;
      const aggregate = AGGREGATES[coordinate];
      if (aggregate) {
        // Batched: one evaluation per distinct argument set (priced at the end); else one per occurrence.
        out.keys.set(`${aggregate.family}${argumentKey(selection)}`, aggregate.batched ? aggregate.price : 0);
        if (!aggregate.batched) out.cost += aggregate.price;
      }
      if (!selection.selectionSet) continue;
      const named = getNamedType(field.type);
      if (!isCompositeType(named)) continue;
      let times = 1;
      if (named.name.endsWith("Connection")) {
        const first = intArgument(selection.arguments?.find((a) => a.name.value === "first")?.value);
        times = Math.min(MAX_PAGE_SIZE, Math.max(1, first ?? DEFAULT_PAGE_SIZE));
      } else if (type.name.endsWith("Connection") && (name === "nodes" || name === "edges")) {
        // The connection already multiplied its children by `first`.
      } else if (isListType(getNullableType(field.type))) {
        times = listLength(coordinate);
      }
      add(out, walk(selection.selectionSet, named), times, 1);
    }
    return out;
  };

  const fragmentSummary = (name: string): Summary => {
    const known = memo.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    if (!fragment || inProgress.has(name)) return empty();
    inProgress.add(name);
    const cond = schema.getType(fragment.typeCondition.name.value);
    const summary = cond && isCompositeType(cond) ? walk(fragment.selectionSet, cond) : empty();
    summary.directives += fragment.directives?.length ?? 0;
    inProgress.delete(name);
    memo.set(name, summary);
    return summary;
  };

  const root = schema.getRootType(operation.operation);
  const total = root ? walk(operation.selectionSet, root) : empty();
  let cost = total.cost;
  for (const price of total.keys.values()) cost += price;
  return {
    passwords: total.passwords,
    depth: total.depth,
    cost,
    aliases: total.aliases,
    directives: total.directives + (operation.directives?.length ?? 0),
    aggregateKeys: total.keys.size,
  };
}

/** `__schema` and `__type` as fields (graphql-js keeps them outside the query type's fields). */
function introspectionField(schema: GraphQLSchema, name: "__schema" | "__type"): GraphQLField<unknown, unknown> {
  const type = schema.getType(name === "__schema" ? "__Schema" : "__Type");
  return { name, type, args: [] } as unknown as GraphQLField<unknown, unknown>;
}

/** The first limit a complexity breaks, as a refusal, or null. */
export function limitProblem(c: Complexity, limits: QueryLimits): string | null {
  if (c.passwords > MAX_PASSWORD_FIELDS) return "一次请求最多一次登录或密码操作";
  if (c.aliases > limits.maxAliases) return `查询别名过多（${c.aliases} 个，最多 ${limits.maxAliases} 个）`;
  if (c.directives > limits.maxDirectives) return `查询指令过多（${c.directives} 个，最多 ${limits.maxDirectives} 个）`;
  if (c.depth > limits.maxDepth) return `查询嵌套过深（${c.depth} 层，最多 ${limits.maxDepth} 层）`;
  if (c.aggregateKeys > limits.maxAggregateKeys)
    return `一次查询的统计口径过多（${c.aggregateKeys} 组，最多 ${limits.maxAggregateKeys} 组），请分开查询`;
  if (c.cost > limits.maxCost)
    return `查询过于复杂（估算 ${formatCost(c.cost)}，上限 ${limits.maxCost}），请减少每页条数或嵌套字段`;
  return null;
}

const formatCost = (cost: number) => (Number.isFinite(cost) && cost < 1e15 ? String(Math.round(cost)) : "∞");

export const tooComplex = (message: string, extra: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code: "QUERY_TOO_COMPLEX", ...extra, http: { status: 400 } } });

/** The parser's refusal of a document over the token cap (graphql-js 16 spells it "more that"). */
export function isTokenCapError(message: string): boolean {
  return /Document contains more tha[nt] \d+ tokens/.test(message);
}

/** `setupFirstAdmin` works only while no user exists, and only with the setup code (service/setup.service.ts). */
const ANONYMOUS_MUTATIONS = new Set(["login", "setupFirstAdmin", "__typename"]);
const ANONYMOUS_QUERIES = new Set(["setupRequired", "__typename"]);
const INTROSPECTION = new Set(["__schema", "__type", "__typename"]);

/** Top-level field names of an operation, through fragments (each fragment once). */
export function rootFieldNames(operation: OperationDefinitionNode, document: DocumentNode): string[] {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const names: string[] = [];
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode): void => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) names.push(s.name.value);
      else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet);
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        const f = fragments.get(s.name.value);
        if (f) walk(f.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return names;
}

/** Whether an anonymous caller may send this (already small) document: every operation in it allowed. */
function anonymousAllowed(document: DocumentNode, production: boolean): boolean {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  return (
    operations.length > 0 &&
    operations.every((operation) => {
      const names = rootFieldNames(operation, document);
      return operation.operation === "mutation"
        ? names.every((n) => ANONYMOUS_MUTATIONS.has(n))
        : operation.operation === "query" &&
            (names.every((n) => ANONYMOUS_QUERIES.has(n)) || (!production && names.every((n) => INTROSPECTION.has(n))));
    })
  );
}

function unauthenticated(context: Pick<ApiContext, "tokenProblem">): GraphQLError {
  const message =
    context.tokenProblem === "EXPIRED"
      ? "登录已过期，请重新登录"
      : context.tokenProblem
        ? "登录凭证无效，请重新登录"
        : "请先登录";
  return new GraphQLError(message, { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
}

/** A GraphQL request as it arrives over HTTP (before Apollo reads it). */
export interface GraphQLRequestBody {
  readonly query?: unknown;
  readonly operationName?: unknown;
  readonly variables?: unknown;
}

/**
 * The check run by the HTTP edge before Apollo parses the request: anonymous callers' documents are
 * parsed with a cap of ANONYMOUS_MAX_TOKENS and must hold only the anonymous operations; everyone
 * else's are parsed with the token cap; then both are measured against the limits. Returns the refusal, or
 * null to let Apollo parse, validate and execute. (A document Apollo cannot read is left to it.)
 */
/** Documents the guard keeps parsed, and the longest text it keeps (memory stays under 8 MB). */
const MAX_PARSED = 500;
const MAX_PARSED_TEXT = 16 * 1024;

export function createQueryGuard(schema: GraphQLSchema, limits: QueryLimits, production: boolean) {
  // A client sends the same few operations again and again: each is parsed once (under its token cap),
  // not on every request. Bounded in entries and in text length; failures are not kept.
  const parsed = new Map<string, DocumentNode>();
  const parseCapped = (query: string, maxTokens: number): DocumentNode => {
    const key = `${maxTokens}\n${query}`;
    const known = parsed.get(key);
    if (known) return known;
    const document = parse(query, { maxTokens, noLocation: true });
    if (query.length <= MAX_PARSED_TEXT) {
      if (parsed.size >= MAX_PARSED) parsed.delete(parsed.keys().next().value as string);
      parsed.set(key, document);
    }
    return document;
  };
  return (request: GraphQLRequestBody, context: Pick<ApiContext, "viewer" | "tokenProblem">): GraphQLError | null => {
    if (typeof request.query !== "string") return context.viewer ? null : unauthenticated(context);
    let document: DocumentNode;
    try {
      document = parseCapped(request.query, context.viewer ? limits.maxTokens : ANONYMOUS_MAX_TOKENS);
    } catch (error) {
      if (error instanceof Error && isTokenCapError(error.message)) {
        return context.viewer
          ? tooComplex(`查询文本过长（超过 ${limits.maxTokens} 个词法单元），请拆分查询`)
          : unauthenticated(context);
      }
      return null; // a syntax error: Apollo's parser reports it
    }
    if (!context.viewer && !anonymousAllowed(document, production)) return unauthenticated(context);
    const operation = getOperationAST(
      document,
      typeof request.operationName === "string" ? request.operationName : undefined,
    );
    if (!operation) return null; // Apollo refuses a missing or ambiguous operation
    const variables =
      request.variables && typeof request.variables === "object" ? (request.variables as Record<string, unknown>) : {};
    const problem = limitProblem(complexityOf(schema, operation, document, variables), limits);
    return problem ? tooComplex(problem) : null;
  };
}

export type QueryGuard = ReturnType<typeof createQueryGuard>;

/**
 * The gate again, inside Apollo, on the document it parsed and validated (a second line behind the
 * guard): every operation except `login` (and, for the first start, `setupRequired` and
 * `setupFirstAdmin`) needs a valid token; introspection too, in production.
 */
export function authGatePlugin(production: boolean): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document }) {
          if (contextValue.viewer) return;
          if (!anonymousAllowed(document as DocumentNode, production)) throw unauthenticated(contextValue);
        },
      };
    },
  };
}
