import type { ExcellenceStep } from "@liangxin/domain";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { UserError } from "./common.js";
import { ExcellenceStepEnum } from "./enums.js";

@ObjectType()
export class FiveHaves {
  @Field(() => Int)
  year: number;
  @Field()
  hasOrganization: boolean;
  @Field()
  hasRules: boolean;
  @Field()
  hasActivities: boolean;
  @Field()
  hasVenue: boolean;
  @Field()
  hasImpact: boolean;
  @Field()
  passed: boolean;
  @Field(() => String, { nullable: true })
  evidence: string | null;
}

@InputType()
export class AssessFiveHavesInput {
  @Field(() => ID)
  branchId: string;
  @Field(() => Int)
  year: number;
  @Field()
  hasOrganization: boolean;
  @Field()
  hasRules: boolean;
  @Field()
  hasActivities: boolean;
  @Field()
  hasVenue: boolean;
  @Field()
  hasImpact: boolean;
  @Field(() => String, { nullable: true })
  evidence?: string | null;
}

@ObjectType()
export class FiveHavesPayload {
  @Field(() => FiveHaves, { nullable: true })
  fiveHaves: FiveHaves | null;
  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType()
export class ExcellenceCampaign {
  @Field(() => Int)
  year: number;
  @Field(() => [ExcellenceStepEnum])
  completedSteps: ExcellenceStep[];
  @Field(() => ExcellenceStepEnum, { nullable: true, description: "The next step to complete; null when commended." })
  nextStep: ExcellenceStep | null;
}

@InputType()
export class AdvanceExcellenceInput {
  @Field(() => ID)
  branchId: string;
  @Field(() => Int)
  year: number;
  @Field(() => ExcellenceStepEnum)
  step: ExcellenceStep;
  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ObjectType()
export class ExcellencePayload {
  @Field(() => ExcellenceCampaign, { nullable: true })
  campaign: ExcellenceCampaign | null;
  @Field(() => [UserError])
  userErrors: UserError[];
}
