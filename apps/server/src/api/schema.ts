import "reflect-metadata";
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema, type NonEmptyArray } from "type-graphql";
import { AuthResolver } from "./resolvers/auth.resolver.js";
import { CoverageStatsResolver } from "./resolvers/coverage.resolver.js";
import { CityResolver, CountyResolver, OrganizationConnectionResolver } from "./resolvers/hierarchy.resolver.js";
import { bindHotFields } from "./resolvers/hot-fields.js";
import { ContactPointResolver, LeaderResolver } from "./resolvers/leader.resolver.js";
import { NodeResolver } from "./resolvers/node.resolver.js";
import { BranchResolver, LiaisonResolver, OrganizationResolver } from "./resolvers/organization.resolver.js";
import * as pending from "./resolvers/pending.resolver.js";
import { DateTimeScalar } from "./scalars.js";

export const RESOLVERS = [
  AuthResolver,
  BranchResolver,
  CityResolver,
  ContactPointResolver,
  CountyResolver,
  CoverageStatsResolver,
  LeaderResolver,
  LiaisonResolver,
  NodeResolver,
  OrganizationConnectionResolver,
  OrganizationResolver,
  ...Object.values(pending),
] as const;

let built: Promise<GraphQLSchema> | null = null;

/** The schema, built once per process from the decorated classes. */
export function createSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: RESOLVERS as unknown as NonEmptyArray<new (...args: never[]) => object>,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: false,
  }).then(bindHotFields);
  return built;
}

/** The schema as committed in apps/server/schema.graphql: sorted, so diffs are stable. */
export async function printedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await createSchema()))}\n`;
}
