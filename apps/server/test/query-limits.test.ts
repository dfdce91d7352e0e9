/**
 * The query limits measured without a server: the admin client's own operations fit them, and each
 * hostile shape is measured (in one pass over the document) as over a limit.
 */
import "reflect-metadata";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type GraphQLSchema, getOperationAST, parse } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: the benchmark's queries are plain JavaScript, without declarations.
import { NESTED } from "../bench/queries.mjs";
import { complexityOf, createQueryGuard, DEFAULT_QUERY_LIMITS, limitProblem } from "../src/api/complexity.js";
import { createSchema } from "../src/api/schema.js";

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

const measure = (source: string, variables: Record<string, unknown> = {}) => {
  const document = parse(source);
  const operation = getOperationAST(document);
  if (!operation) throw new Error("no operation");
  return complexityOf(schema, operation, document, variables);
};

/** The documents the admin client sends (its generated map of operations). */
function adminDocuments(): string[] {
  const text = readFileSync(join(import.meta.dirname, "../../admin/src/gql/gql.ts"), "utf8");
  const block = text.slice(text.indexOf("type Documents = {"), text.indexOf("};", text.indexOf("type Documents = {")));
  return [...block.matchAll(/^ {4}("(?:[^"\\]|\\.)*"): typeof types\./gm)].map((m) => JSON.parse(m[1] as string));
}

/** A document of `levels` fragments, each spreading the next three times, ending in `__typename`. */
export function fragmentBomb(levels: number, root = "city"): string {
  const parts = [`query { ${root} { ...F0 } }`];
  const type = root === "city" ? "City" : "Query";
  for (let i = 0; i < levels; i++) {
    parts.push(
      i === levels - 1
        ? `fragment F${i} on ${type} { __typename }`
        : `fragment F${i} on ${type} { ...F${i + 1} ...F${i + 1} ...F${i + 1} }`,
    );
  }
  return parts.join("\n");
}

describe("query limits", () => {
  it("admit every operation of the admin client, with the largest pages it asks for", () => {
    const documents = adminDocuments();
    expect(documents.length).toBeGreaterThan(30);
    for (const source of documents) {
      const document = parse(source, { maxTokens: DEFAULT_QUERY_LIMITS.maxTokens });
      for (const definition of document.definitions) {
        if (definition.kind !== "OperationDefinition") continue;
        const variables = Object.fromEntries(
          (definition.variableDefinitions ?? [])
            .filter((v) => v.variable.name.value === "first")
            .map((v) => [v.variable.name.value, 100]),
        );
        const c = complexityOf(schema, definition, document, variables);
        expect({ name: definition.name?.value, problem: limitProblem(c, DEFAULT_QUERY_LIMITS) }).toEqual({
          name: definition.name?.value,
          problem: null,
        });
      }
    }
  });

  it("measure a fragment bomb in one pass, at what it would expand to", () => {
    const c = measure(fragmentBomb(30));
    expect(c.cost).toBe(3 ** 29 + 1);
    expect(limitProblem(c, DEFAULT_QUERY_LIMITS)).toMatch(/查询过于复杂/);
    // Aliases inside a fragment count at every spread.
    const aliased = measure(
      `query { ...A ...A ...A ...A } fragment A on Query { a: viewer { username } b: viewer { username } c: viewer { username } d: viewer { username } e: viewer { username } f: viewer { username } g: viewer { username } h: viewer { username } }`,
    );
    expect(aliased.aliases).toBe(32);
    expect(limitProblem(aliased, DEFAULT_QUERY_LIMITS)).toMatch(/别名过多/);
  });

  it("count introspection in depth and cost", () => {
    const walk = measure(
      "{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } }",
    );
    expect(walk.depth).toBe(11);
    expect(limitProblem(walk, DEFAULT_QUERY_LIMITS)).toMatch(/嵌套过深/);
    const types = Object.keys(schema.getTypeMap()).length;
    const one = measure("{ __schema { types { name } } }");
    expect(one.cost).toBe(2 + types);
    // Twenty-five aliased walks of every type's fields' types' fields: under the alias cap, over the cost.
    const many = measure(
      `{ ${Array.from({ length: 25 }, (_, i) => `s${i}: __schema { types { name fields { name type { name fields { name type { name fields { name } } } } } } }`).join(" ")} }`,
    );
    expect(many.aliases).toBe(25);
    expect(limitProblem(many, DEFAULT_QUERY_LIMITS)).toMatch(/查询过于复杂/);
  });

  it("admit the nested read of pnpm bench, the heaviest common read, at its worst case", () => {
    const c = measure(NESTED, { n: 20 });
    // 9 counties × 20 units × 3 branches × 250 units, and the fields around them.
    expect(c.cost).toBe(275_780);
    expect(limitProblem(c, DEFAULT_QUERY_LIMITS)).toBeNull();
    // 100 units a county: five times that, over the default (MAX_QUERY_COST raises it).
    expect(limitProblem(measure(NESTED, { n: 100 }), DEFAULT_QUERY_LIMITS)).toMatch(/查询过于复杂/);
  });

  it("price a branch's units at their cap, and count distinct aggregate keys", () => {
    const nested = measure(
      `{ organizations(first: 20) { nodes { branches { organizations { branches { organizations { name } } } } } } }`,
    );
    expect(nested.cost).toBeGreaterThan(DEFAULT_QUERY_LIMITS.maxCost);
    const dates = Array.from({ length: 7 }, (_, i) => `d${i}: coverage(asOf: "2026-0${i + 1}-01") { rate }`).join(" ");
    const c = measure(`{ city { ${dates} } }`);
    expect(c.aggregateKeys).toBe(7);
    expect(limitProblem(c, DEFAULT_QUERY_LIMITS)).toMatch(/统计口径过多/);
    // The same key on every county is one evaluation.
    const counties = measure(
      `{ city { counties { a: coverage(asOf: "2026-01-01") { rate } b: coverage(asOf: "2026-01-01") { rate } } } }`,
    );
    expect(counties.aggregateKeys).toBe(1);
    expect(limitProblem(counties, DEFAULT_QUERY_LIMITS)).toBeNull();
  });

  it("count directives as executed", () => {
    const c = measure(
      `query { ...D ...D ...D } fragment D on Query { viewer @include(if: true) @skip(if: false) { username @include(if: true) @skip(if: false) } }`,
    );
    expect(c.directives).toBe(12);
    expect(limitProblem(c, DEFAULT_QUERY_LIMITS)).toMatch(/指令过多/);
  });
});

describe("password operations", () => {
  it("allow one a request: aliases cannot multiply guesses or hashing", () => {
    const one = measure(`mutation { login(input: { username: "a", password: "b" }) { token } }`);
    expect(limitProblem(one, DEFAULT_QUERY_LIMITS)).toBeNull();
    const two = measure(
      `mutation { a: login(input: { username: "a", password: "b" }) { token } b: login(input: { username: "a", password: "c" }) { token } }`,
    );
    expect(limitProblem(two, DEFAULT_QUERY_LIMITS)).toMatch(/最多一次登录或密码操作/);
    const changes = measure(
      `mutation { ...C ...C } fragment C on Mutation { changeOwnPassword(input: { currentPassword: "a", newPassword: "b" }) { user { username } } }`,
    );
    expect(changes.passwords).toBe(2);
  });
});

describe("the guard before Apollo", () => {
  const admin = {
    viewer: { id: 1, username: "city-admin", role: "CITY_ADMIN", countyCode: null, displayName: null },
    tokenProblem: null,
  } as const;
  const anonymous = { viewer: null, tokenProblem: null } as const;

  it("keeps a text parsed once, and still judges it for each caller and its variables", () => {
    const guard = createQueryGuard(schema, DEFAULT_QUERY_LIMITS, true);
    const query = "query Units($n: Int!) { city { counties { organizations(first: $n) { nodes { name } } } } }";
    expect(guard({ query, variables: { n: 20 } }, admin)).toBeNull();
    // The same text again: anonymous callers are refused, whatever was parsed before.
    expect(guard({ query, variables: { n: 20 } }, anonymous)?.extensions.code).toBe("UNAUTHENTICATED");
    expect(guard({ query, variables: { n: 20 } }, admin)).toBeNull();
    // Over the cost limit with other variables, from the same parsed text.
    const deep = `query Deep($n: Int!) { city { counties { organizations(first: $n) { nodes { branches { organizations { name } } } } } } }`;
    expect(guard({ query: deep, variables: { n: 1 } }, admin)).toBeNull();
    expect(guard({ query: deep, variables: { n: 100 } }, admin)?.extensions.code).toBe("QUERY_TOO_COMPLEX");
    expect(guard({ query: deep, variables: { n: 1 } }, admin)).toBeNull();
  });
});
