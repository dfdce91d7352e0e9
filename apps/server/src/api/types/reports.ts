import type { ReportStatus } from "@liangxin/domain";
import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateScalar, DateTimeScalar } from "../scalars.js";
import { Node, Rate, UserError } from "./common.js";
import { type BulletinMetric, BulletinMetricEnum, ReportStatusEnum } from "./enums.js";
import type { County } from "./hierarchy.js";

@ObjectType({ implements: Node })
export class MonthlyReport extends Node {
  @Field({ description: "YYYY-MM" })
  period: string;
  @Field(() => ReportStatusEnum)
  status: ReportStatus;
  @Field(() => DateScalar)
  dueOn: string;
  @Field(() => DateTimeScalar, { nullable: true })
  submittedAt: Date | null;
  @Field(() => String, { nullable: true })
  note: string | null;
  @Field(() => Int, { nullable: true, description: "Days after the due day of the first submission; 0 when on time." })
  daysLate: number | null;
  @Field(() => String, { nullable: true, description: "Why the report was returned." })
  returnNote: string | null;
  dbId: number | null;
  countyCode: string;
  /** Frozen figures (JSON) when submitted or accepted. */
  frozen: unknown;
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
  countyCode: string;
  @Field()
  period: string;
}

@InputType()
export class ReportTransitionInput {
  @Field(() => ID)
  reportId: string;
  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ObjectType()
export class BulletinRow {
  @Field(() => Int)
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
  countyCode: string;
}

@ObjectType()
export class Bulletin {
  @Field()
  period: string;
  @Field(() => BulletinMetricEnum)
  metric: BulletinMetric;
  @Field(() => [BulletinRow])
  rows: BulletinRow[];
  missingCodes: string[];
  missing?: County[];
}

@ObjectType()
export class TargetProgress {
  @Field({ description: "e.g. ABOVE_SCALE_FORMATION_100, LIAISON_DISPATCH_100, COVERAGE_DOUBLING" })
  target: string;
  @Field()
  label: string;
  @Field(() => DateScalar)
  dueOn: string;
  @Field(() => Int)
  required: number;
  @Field(() => Int)
  achieved: number;
  @Field()
  met: boolean;
  gapOrganizationIds: number[];
}
