import type { SiteLevel, SiteStatus } from "@liangxin/domain";
import { ArrayMaxSize, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateScalar, DateTimeScalar } from "../scalars.js";
import { Node, UserError } from "./common.js";
import { type QuotaWeight, QuotaWeightEnum, ReviewDecisionEnum, SiteLevelEnum, SiteStatusEnum } from "./enums.js";

/** Years the system plans for; outside them a request is malformed. */
export const MIN_YEAR = 2000;
export const MAX_YEAR = 2999;
/** No plan of sites comes near this many places. */
export const MAX_PLACES = 100_000;

const YEAR_MESSAGE = `年度须在${MIN_YEAR}至${MAX_YEAR}之间`;

@ObjectType({ description: "One county's line of a quota plan or suggestion: its quota and its sites." })
export class QuotaAllocation {
  @Field(() => Int)
  quota: number;
  @Field(() => Int)
  nominated: number;
  @Field(() => Int)
  approved: number;
  @Field(() => Int, { description: "quota - nominated - approved." })
  remaining: number;
  @Field(() => Int, { description: "Sites not approved (they hold no place)." })
  rejected: number;
  @Field(() => Int, { description: "Sites revoked (they hold no place)." })
  revoked: number;
  @Field(() => Int, {
    nullable: true,
    description: "Suggestions only: the county's weight (1, eligible units or covered units).",
  })
  weight: number | null;
  @Field(() => Float, {
    nullable: true,
    description: "Suggestions only: the exact proportional share of the places above the minimum.",
  })
  exactShare: number | null;
  countyCode: string;
  year: number;
  level: SiteLevel;
}

@ObjectType()
export class QuotaPlan {
  @Field(() => Int)
  year: number;
  @Field(() => SiteLevelEnum)
  level: SiteLevel;
  @Field(() => Int)
  total: number;
  @Field(() => [QuotaAllocation], {
    description: "The split over counties, with the quota board's figures; empty for an unsplit plan.",
  })
  allocations: QuotaAllocation[];
  @Field({ description: "False for a plan without a split over counties: the total is one pool for all." })
  split: boolean;
  @Field(() => Int, { description: "Sites nominated, all counties." })
  nominated: number;
  @Field(() => Int, { description: "Sites approved, all counties." })
  approved: number;
  @Field(() => Int)
  rejected: number;
  @Field(() => Int)
  revoked: number;
  @Field(() => Int, { description: "total - nominated - approved." })
  remaining: number;
}

@ObjectType({ description: "A suggested split of a quota by largest remainder, and what to tell users beside it." })
export class QuotaSuggestion {
  @Field(() => Int)
  year: number;
  @Field(() => SiteLevelEnum)
  level: SiteLevel;
  @Field(() => Int)
  total: number;
  @Field(() => QuotaWeightEnum)
  weight: QuotaWeight;
  @Field(() => Int)
  minimumPerCounty: number;
  @Field(() => DateScalar, { description: "The day the weights were counted on." })
  asOf: string;
  @Field(() => [QuotaAllocation])
  allocations: QuotaAllocation[];
  @Field({
    description:
      "Shown beside the suggestion: it is recomputed, not patched, when the total changes (Alabama paradox).",
  })
  note: string;
}

@ObjectType({ implements: Node })
export class DemonstrationSite extends Node {
  @Field(() => Int)
  year: number;
  @Field(() => SiteLevelEnum)
  level: SiteLevel;
  @Field(() => SiteStatusEnum)
  status: SiteStatus;
  @Field(() => String, { nullable: true })
  reviewNote: string | null;
  @Field(() => String, { nullable: true })
  nominationNote: string | null;
  @Field(() => DateTimeScalar)
  nominatedAt: Date;
  @Field(() => DateTimeScalar, { nullable: true })
  reviewedAt: Date | null;
  dbId: number;
  organizationId: number;
  countyCode: string;
}

@InputType()
export class NominateDemonstrationSiteInput {
  @Field(() => ID)
  @MaxLength(200, { message: "organizationId 无效" })
  organizationId: string;
  @Field(() => Int)
  @Min(MIN_YEAR, { message: YEAR_MESSAGE })
  @Max(MAX_YEAR, { message: YEAR_MESSAGE })
  year: number;
  @Field(() => SiteLevelEnum)
  level: SiteLevel;
  @Field(() => String, { nullable: true })
  @MaxLength(500, { message: "推荐说明最多500字" })
  note?: string | null;
}

@ObjectType()
export class DemonstrationSitePayload {
  @Field(() => DemonstrationSite, { nullable: true })
  site: DemonstrationSite | null;
  @Field(() => [UserError])
  userErrors: UserError[];
}

@InputType()
export class ReviewDemonstrationSiteInput {
  @Field(() => ID)
  @MaxLength(200, { message: "siteId 无效" })
  siteId: string;
  @Field(() => ReviewDecisionEnum)
  decision: "APPROVE" | "REJECT" | "REVOKE";
  @Field(() => String, { nullable: true, description: "Required to reject or revoke." })
  @MaxLength(500, { message: "审核意见最多500字" })
  note?: string | null;
}

@InputType()
export class QuotaAllocationInput {
  @Field()
  @MaxLength(6, { message: "县（市）区代码为6位" })
  countyCode: string;
  @Field(() => Int)
  @Min(0, { message: "名额不能为负数" })
  @Max(MAX_PLACES, { message: `名额最多${MAX_PLACES}个` })
  quota: number;
}

@InputType()
export class SetQuotaPlanInput {
  @Field(() => Int)
  @Min(MIN_YEAR, { message: YEAR_MESSAGE })
  @Max(MAX_YEAR, { message: YEAR_MESSAGE })
  year: number;
  @Field(() => SiteLevelEnum)
  level: SiteLevel;
  @Field(() => Int)
  @Min(0, { message: "总数不能为负数" })
  @Max(MAX_PLACES, { message: `总数最多${MAX_PLACES}个` })
  total: number;
  @Field(() => [QuotaAllocationInput], { description: "Empty for an unsplit plan (one pool for all counties)." })
  @ArrayMaxSize(50, { message: "分配最多50项" })
  @ValidateNested({ each: true })
  allocations: QuotaAllocationInput[];
}

@ObjectType()
export class QuotaPlanPayload {
  @Field(() => QuotaPlan, { nullable: true })
  plan: QuotaPlan | null;
  @Field(() => [UserError])
  userErrors: UserError[];
}
