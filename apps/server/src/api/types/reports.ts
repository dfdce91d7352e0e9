import type { OrganizationCategory, ReportStatus } from "@liangxin/domain";
import { MaxLength } from "class-validator";
import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import type { FrozenFigures } from "../../service/report.service.js";
import type { TargetFigures } from "../../service/target.service.js";
import { DateScalar, DateTimeScalar } from "../scalars.js";
import { Node, Rate, UserError } from "./common.js";
import { type BulletinMetric, BulletinMetricEnum, OrganizationCategoryEnum, ReportStatusEnum } from "./enums.js";

@ObjectType({ implements: Node })
export class MonthlyReport extends Node {
  @Field({ description: "YYYY-MM" })
  period: string;
  @Field(() => ReportStatusEnum, { description: "A county that has not started the period reads as DRAFT." })
  status: ReportStatus;
  @Field(() => DateScalar, { description: "The 5th of the following month (configurable: REPORT_DUE_DAY)." })
  dueOn: string;
  @Field(() => DateTimeScalar, { nullable: true, description: "The last submission." })
  submittedAt: Date | null;
  @Field(() => String, { nullable: true, description: "The county's note." })
  note: string | null;
  @Field(() => Int, { nullable: true, description: "Days after the due day of the first submission; 0 when on time." })
  daysLate: number | null;
  @Field(() => String, { nullable: true, description: "Why the report was returned (while it is RETURNED)." })
  returnNote: string | null;
  @Field(() => String, {
    nullable: true,
    description: "The reviewer's last note: why it was returned, or a remark on acceptance.",
  })
  reviewNote: string | null;
  @Field(() => DateTimeScalar, { nullable: true })
  reviewedAt: Date | null;
  @Field({ description: "True while SUBMITTED or ACCEPTED: the figures are those frozen at submission." })
  frozen: boolean;
  countyCode: string;
  /** Frozen figures when submitted or accepted. */
  figures: FrozenFigures | null;
}

@ObjectType()
export class MonthlyReportPayload {
  @Field(() => MonthlyReport, { nullable: true })
  report: MonthlyReport | null;
  @Field(() => [UserError])
  userErrors: UserError[];
}

@InputType()
export class PrepareMonthlyReportInput {
  @Field()
  @MaxLength(6, { message: "县（市）区代码为6位" })
  countyCode: string;
  @Field({ description: "YYYY-MM" })
  @MaxLength(7, { message: "月份格式应为 YYYY-MM" })
  period: string;
  @Field(() => String, { nullable: true, description: "The county's note; null clears it, omitted keeps it." })
  @MaxLength(2000, { message: "说明最多2000字" })
  note?: string | null;
}

@InputType()
export class ReportTransitionInput {
  @Field(() => ID)
  @MaxLength(200, { message: "reportId 无效" })
  reportId: string;
  @Field(() => String, {
    nullable: true,
    description: "Submit: the county's note (replaces it); return: the reason (required); accept: a remark.",
  })
  @MaxLength(2000, { message: "说明最多2000字" })
  note?: string | null;
}

@ObjectType()
export class BulletinRow {
  @Field(() => Int, { description: "Competition ranking (1, 2, 2, 4); ties listed by denominator, then code." })
  rank: number;
  @Field(() => Rate)
  rate: Rate;
  @Field(() => Float, {
    nullable: true,
    description: "Change against the previous month, in percentage points; null without a previous report.",
  })
  changePoints: number | null;
  @Field(() => ReportStatusEnum)
  reportStatus: ReportStatus;
  @Field({ description: "True when the figures are live (the county has not submitted)." })
  live: boolean;
  @Field(() => Int, { nullable: true, description: "Days late of the first submission; null before any." })
  daysLate: number | null;
  countyCode: string;
}

@ObjectType()
export class Bulletin {
  @Field()
  period: string;
  @Field(() => BulletinMetricEnum)
  metric: BulletinMetric;
  @Field({ description: "The metric's name, e.g. 党组织组建率." })
  metricLabel: string;
  @Field(() => OrganizationCategoryEnum, {
    nullable: true,
    description: "The category ranked; null for both together.",
  })
  category: OrganizationCategory | null;
  @Field(() => DateScalar, { description: "The period's last day: the figures are as of it." })
  asOf: string;
  @Field(() => DateScalar)
  dueOn: string;
  @Field(() => [BulletinRow])
  rows: BulletinRow[];
  missingCodes: string[];
  overdueCodes: string[];
}

@ObjectType({ description: "A target of the city's document No. 5 (5号文件) for a year." })
export class TargetProgress {
  @Field({ description: "e.g. ABOVE_SCALE_FORMATION_100, LIAISON_DISPATCH_100, COVERAGE_DOUBLING" })
  target: string;
  @Field()
  label: string;
  @Field(() => DateScalar)
  dueOn: string;
  @Field(() => DateScalar, { description: "The day the figures are taken on: the year's end, or today before it." })
  asOf: string;
  @Field(() => Int)
  required: number;
  @Field(() => Int)
  achieved: number;
  @Field()
  met: boolean;
  @Field(() => Int, { description: "required - achieved, or 0 when met." })
  shortfall: number;
  figures: TargetFigures;
}
