import type { ExcellenceStep } from "@liangxin/domain";
import { ArrayMaxSize, Max, MaxLength, Min, ValidateNested } from "class-validator";
import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateScalar, DateTimeScalar } from "../scalars.js";
import { Rate, UserError } from "./common.js";
import { ExcellenceStepEnum, type TrainingLevel, TrainingLevelEnum } from "./enums.js";

@ObjectType({ description: "One of the five checks of 五有 with what it rests on." })
export class FiveHavesCheckResult {
  @Field({ description: "hasOrganization, hasRules, hasActivities, hasVenue or hasImpact." })
  check: string;
  @Field({ description: "有组织, 有制度, 有活动, 有阵地 or 有作用." })
  label: string;
  @Field()
  held: boolean;
  @Field(() => String, { nullable: true })
  evidence: string | null;
}

@InputType({ description: "The evidence of each check (at most 1000 characters each); omitted ones are empty." })
export class FiveHavesEvidenceInput {
  @Field(() => String, { nullable: true })
  @MaxLength(1000, { message: "有组织的依据最多1000字" })
  hasOrganization?: string | null;
  @Field(() => String, { nullable: true })
  @MaxLength(1000, { message: "有制度的依据最多1000字" })
  hasRules?: string | null;
  @Field(() => String, { nullable: true })
  @MaxLength(1000, { message: "有活动的依据最多1000字" })
  hasActivities?: string | null;
  @Field(() => String, { nullable: true })
  @MaxLength(1000, { message: "有阵地的依据最多1000字" })
  hasVenue?: string | null;
  @Field(() => String, { nullable: true })
  @MaxLength(1000, { message: "有作用的依据最多1000字" })
  hasImpact?: string | null;
}

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
  @Field(() => String, { nullable: true, description: "The assessment's overall note." })
  evidence: string | null;
  @Field(() => [FiveHavesCheckResult], { description: "The five checks in checklist order, each with its evidence." })
  checks: FiveHavesCheckResult[];
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
  @Field(() => String, {
    nullable: true,
    description: "What the checks rest on (documents, visits): the overall note.",
  })
  @MaxLength(2000, { message: "评估依据最多2000字" })
  evidence?: string | null;
  @Field(() => FiveHavesEvidenceInput, { nullable: true, description: "The evidence of each check." })
  @ValidateNested()
  evidenceByCheck?: FiveHavesEvidenceInput | null;
}

@ObjectType({ description: "The 五有 pass rate of a year in the city (county null) or one county." })
export class FiveHavesRateLine {
  countyCode: string | null;
  @Field(() => Int, { description: "Branches assessed in the year." })
  assessed: number;
  @Field(() => Int, { description: "Of them, passed (all five checks hold)." })
  passed: number;
  @Field(() => Rate, { description: "五有 rate: passed / assessed." })
  rate: Rate;
}

@ObjectType({ description: "五有 pass rates of a year, for the city and each county." })
export class FiveHavesRateReport {
  @Field(() => Int)
  year: number;
  @Field(() => FiveHavesRateLine)
  city: FiveHavesRateLine;
  @Field(() => [FiveHavesRateLine], { description: "The nine counties, in order." })
  counties: FiveHavesRateLine[];
}

@ObjectType()
export class FiveHavesPayload {
  @Field(() => FiveHaves, { nullable: true })
  fiveHaves: FiveHaves | null;
  @Field(() => [UserError])
  userErrors: UserError[];
  @Field(() => [UserError], { description: "Accepted with advice: a check that holds without evidence." })
  warnings: UserError[];
}

@ObjectType({ description: "One completed step of 创先争优." })
export class ExcellenceStepEntry {
  @Field(() => ExcellenceStepEnum)
  step: ExcellenceStep;
  @Field({ description: "e.g. 公开承诺" })
  label: string;
  @Field(() => String, { nullable: true })
  note: string | null;
  @Field(() => DateScalar)
  recordedOn: string;
}

@ObjectType()
export class ExcellenceCampaign {
  @Field(() => Int)
  year: number;
  @Field(() => [ExcellenceStepEnum])
  completedSteps: ExcellenceStep[];
  @Field(() => ExcellenceStepEnum, { nullable: true, description: "The next step to complete; null when commended." })
  nextStep: ExcellenceStep | null;
  @Field(() => [ExcellenceStepEntry], { description: "The completed steps with their notes, in order." })
  steps: ExcellenceStepEntry[];
}

@InputType()
export class AdvanceExcellenceInput {
  @Field(() => ID)
  @MaxLength(200, { message: "branchId 无效" })
  branchId: string;
  @Field(() => Int)
  year: number;
  @Field(() => ExcellenceStepEnum)
  step: ExcellenceStep;
  @Field(() => String, { nullable: true })
  @MaxLength(2000, { message: "说明最多2000字" })
  note?: string | null;
}

@ObjectType()
export class ExcellencePayload {
  @Field(() => ExcellenceCampaign, { nullable: true })
  campaign: ExcellenceCampaign | null;
  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType({
  description: "Completion rate of one step: branches that completed it / branches expected to take part.",
})
export class ExcellenceStepRate {
  @Field(() => ExcellenceStepEnum)
  step: ExcellenceStep;
  @Field()
  label: string;
  @Field(() => Rate)
  rate: Rate;
}

@ObjectType({ description: "创先争优 of a year in the city (county null) or one county." })
export class ExcellenceCompletion {
  @Field(() => Int, { description: "Branches that completed at least the first step." })
  campaignCount: number;
  @Field(() => Int, {
    description:
      "Branches expected to take part: in force on the year's last day (today while it runs), or having recorded a step. The rates' denominator.",
  })
  expectedCount: number;
  @Field(() => [ExcellenceStepRate], { description: "The six steps in order." })
  steps: ExcellenceStepRate[];
  countyCode: string | null;
}

@ObjectType({ description: "Completion of the six steps of 创先争优 in a year, for the city and each county." })
export class ExcellenceProgress {
  @Field(() => Int)
  year: number;
  @Field(() => ExcellenceCompletion)
  city: ExcellenceCompletion;
  @Field(() => [ExcellenceCompletion], { description: "The nine counties, in order." })
  counties: ExcellenceCompletion[];
}

// --- 书记培训 --------------------------------------------------------------------------------

@ObjectType({ description: "A training course for branch secretaries (书记培训班)." })
export class TrainingCourse {
  @Field(() => ID)
  id: string;
  @Field()
  name: string;
  @Field(() => TrainingLevelEnum)
  level: TrainingLevel;
  @Field(() => DateScalar)
  heldOn: string;
  @Field(() => Int)
  hours: number;
  dbId: number;
  countyCode: string | null;
}

@ObjectType({ description: "A secretary who attended a course, with the branch." })
export class TrainingAttendance {
  @Field(() => String, { nullable: true, description: "The branch's secretary when the attendance was recorded." })
  secretaryName: string | null;
  branchId: number;
}

@InputType()
export class CreateTrainingCourseInput {
  @Field()
  @MaxLength(200, { message: "培训班名称最多200字" })
  name: string;
  @Field(() => TrainingLevelEnum)
  level: TrainingLevel;
  @Field(() => String, { nullable: true, description: "The county of a county-level course; none for the city's." })
  @MaxLength(6, { message: "县（市）区代码为6位" })
  countyCode?: string | null;
  @Field(() => DateScalar)
  @MaxLength(10, { message: "日期格式应为 YYYY-MM-DD" })
  heldOn: string;
  @Field(() => Int)
  @Min(1, { message: "学时至少为1" })
  @Max(500, { message: "学时最多为500" })
  hours: number;
}

@InputType()
export class RecordTrainingAttendanceInput {
  @Field(() => ID)
  @MaxLength(200, { message: "courseId 无效" })
  courseId: string;
  @Field(() => [ID], { description: "Branches whose secretaries attended." })
  @ArrayMaxSize(250, { message: "一次最多登记250个党组织" })
  @MaxLength(200, { each: true, message: "branchId 无效" })
  branchIds: string[];
}

@ObjectType()
export class TrainingCoursePayload {
  @Field(() => TrainingCourse, { nullable: true })
  course: TrainingCourse | null;
  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType({ description: "Share of branch secretaries trained in a year, in the city (county null) or a county." })
export class SecretaryTraining {
  @Field(() => Int, { description: "Secretaries of the branches in force on asOf." })
  secretaries: number;
  @Field(() => Int, { description: "Those who attended a course held in the year by asOf." })
  trained: number;
  @Field(() => Rate)
  share: Rate;
  countyCode: string | null;
}

@ObjectType({ description: "书记培训 of a year: the share of secretaries trained, for the city and each county." })
export class SecretaryTrainingReport {
  @Field(() => Int)
  year: number;
  @Field(() => DateScalar, { description: "The year's last day, or today while the year runs." })
  asOf: string;
  @Field(() => SecretaryTraining)
  city: SecretaryTraining;
  @Field(() => [SecretaryTraining], { description: "The nine counties, in order." })
  counties: SecretaryTraining[];
}

// --- 星级量化 --------------------------------------------------------------------------------

@ObjectType({ description: "A branch's score for a period and its stars under the configured bands (星级量化)." })
export class StarRating {
  @Field({ description: "YYYY-MM" })
  period: string;
  @Field(() => Float)
  score: number;
  @Field(() => Int, { description: "1 to 5." })
  stars: number;
  branchId: number;
}

@InputType()
export class RateBranchStarsInput {
  @Field(() => ID)
  @MaxLength(200, { message: "branchId 无效" })
  branchId: string;
  @Field({ description: "YYYY-MM" })
  @MaxLength(7, { message: "月份格式应为 YYYY-MM" })
  period: string;
  @Field(() => Float, { description: "0 to 1000, at most one decimal." })
  @Min(0, { message: "得分不能为负" })
  @Max(1000, { message: "得分最多为1000" })
  score: number;
}

@ObjectType()
export class StarRatingPayload {
  @Field(() => StarRating, { nullable: true })
  rating: StarRating | null;
  @Field(() => [UserError])
  userErrors: UserError[];
}

@ObjectType({ description: "Rated branches of a period by stars, in the city (county null) or a county." })
export class StarRatingSummary {
  @Field(() => Int)
  rated: number;
  @Field(() => [Int], { description: "Branches with 1, 2, 3, 4 and 5 stars." })
  byStars: number[];
  countyCode: string | null;
}

@ObjectType({ description: "星级量化 of a period." })
export class StarRatings {
  @Field()
  period: string;
  @Field(() => [Float], { description: "Score thresholds of 2, 3, 4 and 5 stars (STAR_BANDS)." })
  bands: number[];
  @Field(() => StarRatingSummary)
  city: StarRatingSummary;
  @Field(() => [StarRatingSummary], { description: "The nine counties, in order." })
  counties: StarRatingSummary[];
}

// --- 联席会 ----------------------------------------------------------------------------------

@ObjectType({ description: "A joint meeting (联席会) of the city or a county." })
export class JointMeeting {
  @Field(() => ID)
  id: string;
  @Field(() => DateScalar)
  heldOn: string;
  @Field()
  title: string;
  @Field(() => [String])
  departments: string[];
  @Field(() => [String])
  decisions: string[];
  countyCode: string | null;
}

@InputType()
export class RecordJointMeetingInput {
  @Field(() => String, { nullable: true, description: "The county; none for a meeting of the city." })
  @MaxLength(6, { message: "县（市）区代码为6位" })
  countyCode?: string | null;
  @Field(() => DateScalar)
  @MaxLength(10, { message: "日期格式应为 YYYY-MM-DD" })
  heldOn: string;
  @Field()
  @MaxLength(200, { message: "会议名称最多200字" })
  title: string;
  @Field(() => [String])
  @ArrayMaxSize(50, { message: "参会部门最多50个" })
  @MaxLength(64, { each: true, message: "部门名称最多64字" })
  departments: string[];
  @Field(() => [String])
  @ArrayMaxSize(50, { message: "议定事项最多50条" })
  @MaxLength(500, { each: true, message: "每条议定事项最多500字" })
  decisions: string[];
}

@ObjectType()
export class JointMeetingPayload {
  @Field(() => JointMeeting, { nullable: true })
  meeting: JointMeeting | null;
  @Field(() => [UserError])
  userErrors: UserError[];
}
