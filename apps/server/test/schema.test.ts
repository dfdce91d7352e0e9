/**
 * apps/server/schema.graphql is emitted from the code and committed; this test fails when it is
 * stale, and when the schema breaks the public contract the frontend teams code against
 * (contract/api-contract.graphql, checked with graphql-js findBreakingChanges).
 */
import { readFileSync } from "node:fs";
import { buildSchema, findBreakingChanges, type GraphQLObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { createSchema, printedSchema } from "../src/api/schema.js";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");

describe("the GraphQL schema", () => {
  it("is committed as emitted (run `pnpm --filter @liangxin/server schema` after changing it)", async () => {
    expect(read("../schema.graphql")).toBe(await printedSchema());
  });

  it("keeps the public contract: no breaking change against contract/api-contract.graphql", async () => {
    const contract = buildSchema(read("../contract/api-contract.graphql"));
    const breaking = findBreakingChanges(contract, await createSchema());
    expect(breaking.map((b) => `${b.type}: ${b.description}`)).toEqual([]);
  });

  it("would notice a break: a contract with one more field fails the check", async () => {
    const stricter = buildSchema(
      read("../contract/api-contract.graphql").replace("type City {", "type City {\n  mayor: String!"),
    );
    expect(findBreakingChanges(stricter, await createSchema()).map((b) => b.type)).toContain("FIELD_REMOVED");
  });

  it("reads plain fields directly and keeps every field resolver", async () => {
    const schema = await createSchema();
    const fields = (type: string) => (schema.getType(type) as GraphQLObjectType).getFields();
    // Properties of the object: graphql's default resolver, no wrapper per call.
    for (const [type, name] of [
      ["Organization", "id"],
      ["Organization", "name"],
      ["Organization", "category"],
      ["Branch", "formation"],
      ["Liaison", "kind"],
      ["County", "code"],
      ["PageInfo", "hasNextPage"],
    ] as const) {
      expect(fields(type)[name]?.resolve, `${type}.${name}`).toBeUndefined();
    }
    // Field resolvers (and the masked phones, which depend on the viewer) keep theirs.
    for (const [type, name] of [
      ["Organization", "branches"],
      ["Organization", "county"],
      ["Branch", "organizations"],
      ["Branch", "secretaryPhone"],
      ["Liaison", "phone"],
      ["County", "organizations"],
      ["Query", "city"],
    ] as const) {
      expect(fields(type)[name]?.resolve, `${type}.${name}`).toBeTypeOf("function");
    }
  });
});
