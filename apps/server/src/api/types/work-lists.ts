/** Liaisons' work targets and deadlines (明确工作目标及完成时限). */
import { WORK_TARGET_STATUSES, type WorkTargetStatus } from "@liangxin/domain";
import { MaxLength } from "class-validator";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar } from "../scalars.js";
import { PageInfo, UserError } from "./common.js";

export const WorkTargetStatusEnum = Object.fromEntries(WORK_TARGET_STATUSES.map((s) => [s, s])) as {
  [K in WorkTargetStatus]: K;
};
registerEnumType(WorkTargetStatusEnum, {
  name: "WorkTargetStatus",
  description: "OPEN (进行中), OVERDUE (已逾期: not reached, deadline passed), DONE (已完成), DONE_LATE (逾期完成).",
});

@ObjectType({ description: "A liaison's work target for a unit and its deadline (明确工作目标及完成时限)." })
export class LiaisonWorkTarget {
  @Field(() => ID)
  id: string;
  @Field({ description: "The target, e.g. 年底前建立党支部." })
  description: string;
  @Field(() => DateScalar, { description: "Day the target was set." })
  setOn: string;
  @Field(() => DateScalar, { description: "完成时限: the last day to reach it, inclusive." })
  dueOn: string;
  @Field(() => DateScalar, { nullable: true, description: "Day it was reached; null while open." })
  completedOn: string | null;
  @Field(() => WorkTargetStatusEnum)
  status: WorkTargetStatus;
  @Field({ description: "Not reached and the deadline has passed." })
  overdue: boolean;
  dbId: number;
  liaisonId: number;
  organizationId: number;
  countyCode: string;
}

@ObjectType()
export class LiaisonWorkTargetConnection {
  @Field(() => [LiaisonWorkTarget])
  nodes: LiaisonWorkTarget[];
  @Field(() => PageInfo)
  pageInfo: PageInfo;
  @Field(() => Int)
  totalCount: number;
}

@InputType({ description: "A target and its deadline for a liaison dispatched to the unit (an assignment in force)." })
export class RecordLiaisonWorkTargetInput {
  @Field(() => ID)
  @MaxLength(200, { message: "organizationId 无效" })
  organizationId: string;
  @Field(() => ID)
  @MaxLength(200, { message: "liaisonId 无效" })
  liaisonId: string;
  @Field()
  @MaxLength(500, { message: "工作目标最多500个字符" })
  description: string;
  @Field(() => DateScalar, { description: "完成时限, not before the dispatch." })
  dueOn: string;
}

@InputType()
export class CompleteLiaisonWorkTargetInput {
  @Field(() => ID)
  @MaxLength(200, { message: "workTargetId 无效" })
  workTargetId: string;
  @Field(() => DateScalar, { nullable: true, description: "Day it was reached; today when omitted." })
  completedOn?: string | null;
}

@ObjectType()
export class LiaisonWorkTargetPayload {
  @Field(() => LiaisonWorkTarget, { nullable: true })
  workTarget: LiaisonWorkTarget | null;
  @Field(() => [UserError])
  userErrors: UserError[];
  @Field(() => [UserError], { description: "Accepted with advice (a deadline already past)." })
  warnings: UserError[];
}
