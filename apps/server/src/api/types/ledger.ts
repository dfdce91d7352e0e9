import type { BranchLevel, Formation, IsoDate, OrganizationCategory } from "@liangxin/domain";
import { ArrayMaxSize, Max, MaxLength, Min } from "class-validator";
import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateScalar, DateTimeScalar } from "../scalars.js";
import { UserError } from "./common.js";
import { BranchLevelEnum, FormationEnum, OrganizationCategoryEnum } from "./enums.js";
import { Branch, Liaison, Organization } from "./hierarchy.js";

@InputType()
export class CreateOrganizationInput {
  @MaxLength(200, { message: "名称最多200个字符" })
  @Field()
  name: string;
  @MaxLength(40, { message: "统一社会信用代码过长" })
  @Field(() => String, { nullable: true })
  creditCode?: string | null;
  @Field(() => OrganizationCategoryEnum)
  category: OrganizationCategory;
  @MaxLength(6, { message: "县（市）区代码为6位" })
  @Field()
  countyCode: string;
  @Field()
  aboveScale: boolean;
  @Min(0, { message: "从业人员数不能为负数" })
  @Max(10_000_000, { message: "从业人员数超出范围" })
  @Field(() => Int, { nullable: true })
  employeeCount?: number | null;
  @Min(0, { message: "正式党员数不能为负数" })
  @Max(10_000_000, { message: "正式党员数超出范围" })
  @Field(() => Int)
  formalMemberCount: number;
  @Min(0, { message: "预备党员数不能为负数" })
  @Max(10_000_000, { message: "预备党员数超出范围" })
  @Field(() => Int, { nullable: true })
  probationaryMemberCount?: number | null;
  @MaxLength(64, { message: "行业最多64个字符" })
  @Field(() => String, { nullable: true })
  industry?: string | null;
  @MaxLength(200, { message: "ID 无效" })
  @Field(() => ID, { nullable: true })
  parkId?: string | null;
  @MaxLength(32, { message: "单位类型无效" })
  @Field(() => String, { nullable: true })
  subtype?: string | null;
  @Field(() => Boolean, { nullable: true })
  eligible?: boolean | null;
  @Field(() => Boolean, { nullable: true })
  legalRepresentativeIsMember?: boolean | null;
  @Field(() => DateScalar, { nullable: true, description: "Day the unit enters the ledger; today when omitted." })
  addedOn?: string | null;
}

@InputType()
export class UpdateOrganizationInput {
  @MaxLength(200, { message: "ID 无效" })
  @Field(() => ID)
  id: string;
  @MaxLength(200, { message: "名称最多200个字符" })
  @Field(() => String, { nullable: true })
  name?: string | null;
  @Field(() => Boolean, { nullable: true })
  aboveScale?: boolean | null;
  @Min(0, { message: "从业人员数不能为负数" })
  @Max(10_000_000, { message: "从业人员数超出范围" })
  @Field(() => Int, { nullable: true })
  employeeCount?: number | null;
  @Min(0, { message: "正式党员数不能为负数" })
  @Max(10_000_000, { message: "正式党员数超出范围" })
  @Field(() => Int, { nullable: true })
  formalMemberCount?: number | null;
  @Min(0, { message: "预备党员数不能为负数" })
  @Max(10_000_000, { message: "预备党员数超出范围" })
  @Field(() => Int, { nullable: true })
  probationaryMemberCount?: number | null;
  @MaxLength(64, { message: "行业最多64个字符" })
  @Field(() => String, { nullable: true })
  industry?: string | null;
  @MaxLength(40, { message: "统一社会信用代码过长" })
  @Field(() => String, { nullable: true })
  creditCode?: string | null;
  @MaxLength(32, { message: "单位类型无效" })
  @Field(() => String, { nullable: true })
  subtype?: string | null;
  @Field(() => Boolean, { nullable: true })
  eligible?: boolean | null;
  @Field(() => Boolean, { nullable: true })
  legalRepresentativeIsMember?: boolean | null;
  @MaxLength(200, { message: "ID 无效" })
  @Field(() => ID, { nullable: true })
  parkId?: string | null;
  @Field(() => DateScalar, {
    nullable: true,
    description: "The unit ceased operating on this day: it leaves the population from then on; history stays.",
  })
  ceasedOn?: string | null;
  @Field(() => DateScalar, {
    nullable: true,
    description:
      "The day a change of eligible / aboveScale takes effect (today when omitted): not before the unit entered the ledger, not after today, not before the previous change. Figures of earlier days keep the old values.",
  })
  effectiveOn?: string | null;
}

@ObjectType()
export class OrganizationPayload {
  @Field(() => Organization, { nullable: true })
  organization: Organization | null;
  @Field(() => [UserError])
  userErrors: UserError[];
  @Field(() => [UserError], { description: "Advice that did not block the change (e.g. a credit code checksum)." })
  warnings: UserError[];
}

@InputType()
export class FoundBranchInput {
  @MaxLength(200, { message: "名称最多200个字符" })
  @Field()
  name: string;
  @Field(() => FormationEnum)
  formation: Formation;
  @Field(() => BranchLevelEnum, { nullable: true, description: "Derived from the member count when omitted." })
  level?: BranchLevel | null;
  @ArrayMaxSize(250, { message: "一次最多250个单位" })
  @MaxLength(200, { each: true, message: "ID 无效" })
  @Field(() => [ID])
  organizationIds: string[];
  @Field(() => DateScalar)
  foundedOn: string;
  @Max(10_000_000, { message: "正式党员数超出范围" })
  @Field(() => Int)
  formalMemberCount: number;
  @MaxLength(32, { message: "书记姓名最多32个字符" })
  @Field(() => String, { nullable: true })
  secretaryName?: string | null;
  @Max(1000, { message: "委员人数超出范围" })
  @Field(() => Int, { nullable: true })
  committeeSize?: number | null;
}

@InputType({ description: "挂靠: a unit whose members attach to an existing branch, from a day." })
export class AffiliateOrganizationInput {
  @MaxLength(200, { message: "ID 无效" })
  @Field(() => ID)
  organizationId: string;
  @MaxLength(200, { message: "ID 无效" })
  @Field(() => ID, { description: "The branch in force the unit attaches to (any formation, the unit's county)." })
  branchId: string;
  @Field(() => DateScalar, { description: "First day of the affiliation (not after today)." })
  from: string;
}

@InputType()
export class EndAffiliationInput {
  @MaxLength(200, { message: "ID 无效" })
  @Field(() => ID)
  organizationId: string;
  @MaxLength(200, { message: "ID 无效" })
  @Field(() => ID)
  branchId: string;
  @Field(() => DateScalar, {
    description: "First day the unit is no longer affiliated (after its start, not after today).",
  })
  to: string;
}

@InputType()
export class DissolveBranchInput {
  @MaxLength(200, { message: "ID 无效" })
  @Field(() => ID)
  branchId: string;
  @Field(() => DateScalar)
  dissolvedOn: string;
  @MaxLength(500, { message: "撤销原因最多500个字符" })
  @Field()
  reason: string;
}

@ObjectType()
export class BranchPayload {
  @Field(() => Branch, { nullable: true })
  branch: Branch | null;
  @Field(() => [UserError], { description: "Rule violations that block the change (code FORMATION_RULE and others)." })
  userErrors: UserError[];
  @Field(() => [UserError], { description: "Rule advice that does not block it (e.g. a branch above 50 members)." })
  warnings: UserError[];
}

@InputType()
export class DispatchLiaisonInput {
  @MaxLength(32, { message: "姓名最多32个字符" })
  @Field()
  name: string;
  @MaxLength(16, { message: "类别应为 LIAISON 或 INSTRUCTOR" })
  @Field()
  kind: string;
  @MaxLength(6, { message: "县（市）区代码为6位" })
  @Field()
  countyCode: string;
  @ArrayMaxSize(250, { message: "一次最多250个单位" })
  @MaxLength(200, { each: true, message: "ID 无效" })
  @Field(() => [ID])
  organizationIds: string[];
  @Field(() => DateScalar)
  from: string;
  @MaxLength(64, { message: "职务最多64个字符" })
  @Field(() => String, { nullable: true })
  title?: string | null;
  @MaxLength(32, { message: "电话最多32个字符" })
  @Field(() => String, { nullable: true })
  phone?: string | null;
}

@InputType()
export class EndLiaisonAssignmentInput {
  @MaxLength(200, { message: "ID 无效" })
  @Field(() => ID)
  liaisonId: string;
  @MaxLength(200, { message: "ID 无效" })
  @Field(() => ID)
  organizationId: string;
  @Field(() => DateScalar)
  to: string;
}

@ObjectType()
export class LiaisonPayload {
  @Field(() => Liaison, { nullable: true })
  liaison: Liaison | null;
  @Field(() => [UserError])
  userErrors: UserError[];
  @Field(() => [UserError], {
    description: "Advice that did not block the change (e.g. a unit that has a liaison already).",
  })
  warnings: UserError[];
}

@InputType({ description: "A change to a branch from a day on; what was in force before that day stays as it was." })
export class UpdateBranchInput {
  @Field(() => ID)
  @MaxLength(200, { message: "ID 无效" })
  branchId: string;
  @Field(() => DateScalar, { description: "First day the change applies (not before the last change)." })
  effectiveOn: string;
  @Field(() => String, { nullable: true })
  @MaxLength(200, { message: "名称最多200个字符" })
  name?: string | null;
  @Field(() => BranchLevelEnum, { nullable: true, description: "升格 or 降格, e.g. 党支部 → 党总支; kept as history." })
  level?: BranchLevel | null;
  @Field(() => Int, { nullable: true })
  @Max(10_000_000, { message: "正式党员数超出范围" })
  formalMemberCount?: number | null;
  @Field(() => Int, { nullable: true, description: "0 for a secretary only." })
  @Max(1000, { message: "委员人数超出范围" })
  committeeSize?: number | null;
  @Field(() => String, { nullable: true })
  @MaxLength(32, { message: "书记姓名最多32个字符" })
  secretaryName?: string | null;
  @Field(() => [ID], {
    nullable: true,
    description: "Every unit the branch covers from effectiveOn on; links of units left out end that day.",
  })
  @ArrayMaxSize(250, { message: "一次最多250个单位" })
  @MaxLength(200, { each: true, message: "ID 无效" })
  organizationIds?: string[] | null;
}

@ObjectType({
  description:
    "A unit's eligibility (具备开展党建工作条件) and above-scale flag (规上) over a validity interval [from, to).",
})
export class OrganizationStatusPeriod {
  @Field(() => DateScalar)
  from: IsoDate;
  @Field(() => DateScalar, {
    nullable: true,
    description: "First day these values no longer hold; null while they do.",
  })
  to: IsoDate | null;
  @Field()
  eligible: boolean;
  @Field()
  aboveScale: boolean;
  @Field(() => String, { nullable: true, description: "Who recorded the period (null for the migration's backfill)." })
  recordedBy: string | null;
  @Field(() => DateTimeScalar, { nullable: true })
  recordedAt: Date | null;
}

@ObjectType({ description: "A branch's level over a validity interval [from, to)." })
export class BranchLevelPeriod {
  @Field(() => BranchLevelEnum)
  level: BranchLevel;
  @Field(() => DateScalar)
  from: IsoDate;
  @Field(() => DateScalar, { nullable: true, description: "First day no longer at this level; null while it is." })
  to: IsoDate | null;
}
