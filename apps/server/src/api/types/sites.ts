import type { SiteLevel, SiteStatus } from "@liangxin/domain";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { Node, UserError } from "./common.js";
import { type QuotaWeight, ReviewDecisionEnum, SiteLevelEnum, SiteStatusEnum } from "./enums.js";

@ObjectType()
export class QuotaAllocation {
  @Field(() => Int)
  quota: number;
  @Field(() => Int)
  nominated: number;
  @Field(() => Int)
  approved: number;
  @Field(() => Int, { description: "quota - nominated - approved." })
  remaining: number;
  countyCode: string;
}

@ObjectType()
export class QuotaPlan {
  @Field(() => Int)
  year: number;
  @Field(() => SiteLevelEnum)
  level: SiteLevel;
  @Field(() => Int)
  total: number;
  @Field(() => [QuotaAllocation])
  allocations: QuotaAllocation[];
  weight?: QuotaWeight;
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
  dbId: number;
  organizationId: number;
  countyCode: string;
}

@InputType()
export class NominateDemonstrationSiteInput {
  @Field(() => ID)
  organizationId: string;
  @Field(() => Int)
  year: number;
  @Field(() => SiteLevelEnum)
  level: SiteLevel;
  @Field(() => String, { nullable: true })
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
  siteId: string;
  @Field(() => ReviewDecisionEnum)
  decision: "APPROVE" | "REJECT" | "REVOKE";
  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType()
export class QuotaAllocationInput {
  @Field()
  countyCode: string;
  @Field(() => Int)
  quota: number;
}

@InputType()
export class SetQuotaPlanInput {
  @Field(() => Int)
  year: number;
  @Field(() => SiteLevelEnum)
  level: SiteLevel;
  @Field(() => Int)
  total: number;
  @Field(() => [QuotaAllocationInput])
  allocations: QuotaAllocationInput[];
}

@ObjectType()
export class QuotaPlanPayload {
  @Field(() => QuotaPlan, { nullable: true })
  plan: QuotaPlan | null;
  @Field(() => [UserError])
  userErrors: UserError[];
}
