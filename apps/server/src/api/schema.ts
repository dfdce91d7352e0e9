import "reflect-metadata";
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema, getMetadataStorage, type NonEmptyArray } from "type-graphql";
import { authChecker } from "./auth-checker.js";
import {
  ActivityResolver,
  BranchActivityResolver,
  ExcellenceCompletionResolver,
  JointMeetingResolver,
  SecretaryTrainingResolver,
  StarRatingSummaryResolver,
  TrainingAttendanceResolver,
  TrainingCourseResolver,
} from "./resolvers/activity.resolver.js";
import { AdminResolver, BranchHistoryResolver, OrganizationHistoryResolver } from "./resolvers/admin.resolver.js";
import { AuthResolver } from "./resolvers/auth.resolver.js";
import {
  ContactPointSiteResolver,
  ContactPointWriteResolver,
  CountyContactListResolver,
} from "./resolvers/contact-point.resolver.js";
import { CoverageStatsResolver } from "./resolvers/coverage.resolver.js";
import { CountyDirectoryResolver, DirectoryResolver, ParkResolver } from "./resolvers/directory.resolver.js";
import {
  BranchFiveHavesResolver,
  FiveHavesRateLineResolver,
  FiveHavesResolver,
} from "./resolvers/five-haves.resolver.js";
import { CityResolver, CountyResolver, OrganizationConnectionResolver } from "./resolvers/hierarchy.resolver.js";
import { bindHotFields } from "./resolvers/hot-fields.js";
import { ContactPointResolver, LeaderResolver } from "./resolvers/leader.resolver.js";
import { BranchLevelHistoryResolver, CoverageHistoryResolver, LedgerResolver } from "./resolvers/ledger.resolver.js";
import { NodeResolver } from "./resolvers/node.resolver.js";
import { BranchResolver, LiaisonResolver, OrganizationResolver } from "./resolvers/organization.resolver.js";
import { BulletinResolver, BulletinRowResolver, MonthlyReportResolver } from "./resolvers/report.resolver.js";
import {
  DemonstrationSiteResolver,
  QuotaAllocationResolver,
  QuotaPlanResolver,
  SiteResolver,
} from "./resolvers/site.resolver.js";
import { TargetResolver } from "./resolvers/target.resolver.js";
import { LiaisonWorkTargetResolver, OrganizationWorkTargetResolver } from "./resolvers/work-lists.resolver.js";
import { DateTimeScalar } from "./scalars.js";

export const RESOLVERS = [
  AdminResolver,
  AuthResolver,
  BranchHistoryResolver,
  OrganizationHistoryResolver,
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
  ActivityResolver,
  BranchActivityResolver,
  BulletinResolver,
  BulletinRowResolver,
  ExcellenceCompletionResolver,
  JointMeetingResolver,
  MonthlyReportResolver,
  SecretaryTrainingResolver,
  StarRatingSummaryResolver,
  TargetResolver,
  TrainingAttendanceResolver,
  TrainingCourseResolver,
  SiteResolver,
  DemonstrationSiteResolver,
  QuotaAllocationResolver,
  QuotaPlanResolver,
  FiveHavesResolver,
  BranchFiveHavesResolver,
  FiveHavesRateLineResolver,
  ContactPointWriteResolver,
  ContactPointSiteResolver,
  CountyContactListResolver,
  LedgerResolver,
  BranchLevelHistoryResolver,
  CoverageHistoryResolver,
  DirectoryResolver,
  CountyDirectoryResolver,
  ParkResolver,
  LiaisonWorkTargetResolver,
  OrganizationWorkTargetResolver,
] as const;

/**
 * Plain fields (a property of the object, no field resolver) are read by graphql's default resolver,
 * not through type-graphql's per-call wrapper: type-graphql's `simpleResolvers` for every object
 * type. A field guarded by `@Authorized` or given `@UseMiddleware` keeps the wrapper, which runs them.
 * On the nested read, the wrapper cost every name, id and enum of 180 units a resolver call each,
 * with its path and info objects, in graphql-jit (docs/benchmarks.md).
 */
function readPlainFieldsDirectly(): void {
  const storage = getMetadataStorage();
  const guarded = [...storage.authorizedFields, ...storage.middlewares];
  for (const field of storage.fields) {
    if (guarded.some((g) => g.target === field.target && g.fieldName === field.name)) field.simple = false;
  }
  for (const type of storage.objectTypes) type.simpleResolvers ??= true;
}

let built: Promise<GraphQLSchema> | null = null;

/** The schema, built once per process from the decorated classes. */
export function createSchema(): Promise<GraphQLSchema> {
  if (!built) readPlainFieldsDirectly();
  built ??= buildSchema({
    resolvers: RESOLVERS as unknown as NonEmptyArray<new (...args: never[]) => object>,
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    // Inputs carry class-validator constraints (lengths, ranges, array sizes): checked before resolvers.
    validate: { forbidUnknownValues: false, whitelist: false },
    authChecker,
    authMode: "error",
  }).then(bindHotFields);
  return built;
}

/** The schema as committed in apps/server/schema.graphql: sorted, so diffs are stable. */
export async function printedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await createSchema()))}\n`;
}
