/**
 * GraphQL enums, named as in the contract; values come from the domain package where it owns them.
 */
import {
  BRANCH_LEVELS,
  BULLETIN_METRICS,
  COUNTY_KINDS,
  COVERAGE_ROLES,
  EXCELLENCE_STEPS,
  FORMATIONS,
  LEADER_LEVELS,
  ORGANIZATION_CATEGORIES,
  REPORT_STATUSES,
  REVIEW_DECISIONS,
  SITE_LEVELS,
  SITE_STATUSES,
} from "@liangxin/domain";
import { registerEnumType } from "type-graphql";
import { CAPABILITIES } from "../../common/policy.js";
import { ROLES } from "../../common/roles.js";

const asEnum = <T extends string>(values: readonly T[]): { [K in T]: K } =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const CountyKindEnum = asEnum(COUNTY_KINDS);
export const OrganizationCategoryEnum = asEnum(ORGANIZATION_CATEGORIES);
export const BranchLevelEnum = asEnum(BRANCH_LEVELS);
export const FormationEnum = asEnum(FORMATIONS);
export const CoverageRoleEnum = asEnum(COVERAGE_ROLES);
export const RoleEnum = asEnum(ROLES);
export const CapabilityEnum = asEnum(CAPABILITIES);
export const SiteLevelEnum = asEnum(SITE_LEVELS);
export const SiteStatusEnum = asEnum(SITE_STATUSES);
export const QuotaWeightEnum = asEnum(["EQUAL", "ELIGIBLE_UNITS", "COVERED_UNITS"] as const);
export const ReviewDecisionEnum = asEnum(REVIEW_DECISIONS);
export const LeaderLevelEnum = asEnum(LEADER_LEVELS);
export const ReportStatusEnum = asEnum(REPORT_STATUSES);
export const ExcellenceStepEnum = asEnum(EXCELLENCE_STEPS);
export const BulletinMetricEnum = asEnum(BULLETIN_METRICS);
export const UserErrorCodeEnum = asEnum([
  "INVALID_INPUT",
  "NOT_FOUND",
  "OUT_OF_SCOPE",
  "QUOTA_EXCEEDED",
  "QUOTA_BELOW_USED",
  "QUOTA_SUM_MISMATCH",
  "ALREADY_ASSIGNED",
  "INVALID_TRANSITION",
  "PREREQUISITE_MISSING",
  "DEADLINE_PASSED",
  "FORMATION_RULE",
  "CONFLICT",
] as const);
export const CoverageStatusEnum = asEnum([
  "ORGANIZATION_AND_LIAISON",
  "ORGANIZATION_ONLY",
  "LIAISON_ONLY",
  "GAP",
  "NOT_IN_POPULATION",
] as const);

export type QuotaWeight = keyof typeof QuotaWeightEnum;
export type BulletinMetric = keyof typeof BulletinMetricEnum;
export type UserErrorCode = keyof typeof UserErrorCodeEnum;

registerEnumType(CountyKindEnum, { name: "CountyKind" });
registerEnumType(OrganizationCategoryEnum, { name: "OrganizationCategory" });
registerEnumType(BranchLevelEnum, { name: "BranchLevel" });
registerEnumType(FormationEnum, { name: "Formation" });
registerEnumType(CoverageRoleEnum, { name: "CoverageRole" });
registerEnumType(RoleEnum, { name: "Role" });
registerEnumType(CapabilityEnum, {
  name: "Capability",
  description:
    "What a role may do (the server checks it on every operation; clients use it to offer only what is allowed).",
});
registerEnumType(SiteLevelEnum, { name: "SiteLevel" });
registerEnumType(SiteStatusEnum, { name: "SiteStatus" });
registerEnumType(QuotaWeightEnum, { name: "QuotaWeight" });
registerEnumType(ReviewDecisionEnum, { name: "ReviewDecision" });
registerEnumType(LeaderLevelEnum, { name: "LeaderLevel" });
registerEnumType(ReportStatusEnum, { name: "ReportStatus" });
registerEnumType(ExcellenceStepEnum, { name: "ExcellenceStep" });
registerEnumType(BulletinMetricEnum, { name: "BulletinMetric" });
registerEnumType(UserErrorCodeEnum, { name: "UserErrorCode" });
registerEnumType(CoverageStatusEnum, {
  name: "CoverageStatus",
  description: "How a unit is covered at a date; exactly one applies.",
});

export const TrainingLevelEnum = asEnum(["CITY", "COUNTY"] as const);
export type TrainingLevel = keyof typeof TrainingLevelEnum;
registerEnumType(TrainingLevelEnum, { name: "TrainingLevel", description: "市级 or 县级 training course." });
