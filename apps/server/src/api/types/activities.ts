import type { ExcellenceStep } from "@liangxin/domain";
import { Max, MaxLength, Min } from "class-validator";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateTimeScalar } from "../scalars.js";
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
  @Field(() => [String], { description: "Labels of the checks that do not hold (有组织, …), in checklist order." })
  missing: string[];
  @Field(() => DateTimeScalar, { description: "When this assessment was recorded (a re-assessment replaces it)." })
  assessedAt: Date;
}

@InputType()
export class AssessFiveHavesInput {
  @Field(() => ID)
  @MaxLength(200, { message: "branchId 无效" })
  branchId: string;
  @Field(() => Int)
  @Min(2000, { message: "年度须在2000至2999之间" })
  @Max(2999, { message: "年度须在2000至2999之间" })
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
  @Field(() => String, { nullable: true, description: "What the checks rest on (documents, visits)." })
  @MaxLength(2000, { message: "评估依据最多2000字" })
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
