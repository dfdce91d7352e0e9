/**
 * Operations of the public contract that land with a later issue: monthly reports, bulletins, targets and activities. They are in the schema
 * so that the contract holds; until they land they refuse every call with FORBIDDEN and say so.
 * This file goes when that issue lands.
 */
import { Arg, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { forbidden } from "../../common/errors.js";
import { AdvanceExcellenceInput, ExcellenceCampaign, ExcellencePayload } from "../types/activities.js";
import { type BulletinMetric, BulletinMetricEnum } from "../types/enums.js";
import { Branch, County, CoverageStats, OrganizationConnection } from "../types/hierarchy.js";
import {
  Bulletin,
  BulletinRow,
  MonthlyReport,
  MonthlyReportPayload,
  PrepareMonthlyReportInput,
  ReportTransitionInput,
  TargetProgress,
} from "../types/reports.js";

const notYet = (): never => {
  throw forbidden("此功能尚未开放");
};

@Resolver()
export class PendingReportsResolver {
  @Query(() => [MonthlyReport])
  monthlyReports(@Arg("period") _period: string): MonthlyReport[] {
    return notYet();
  }

  @Query(() => Bulletin)
  bulletin(@Arg("period") _period: string, @Arg("metric", () => BulletinMetricEnum) _metric: BulletinMetric): Bulletin {
    return notYet();
  }

  @Query(() => [TargetProgress], {
    description: "Targets of the year for a county, or for the city when countyCode is omitted.",
  })
  targets(
    @Arg("year", () => Int) _year: number,
    @Arg("countyCode", () => String, { nullable: true }) _c: string | null,
  ): TargetProgress[] {
    return notYet();
  }

  @Mutation(() => MonthlyReportPayload)
  prepareMonthlyReport(
    @Arg("input", () => PrepareMonthlyReportInput) _i: PrepareMonthlyReportInput,
  ): MonthlyReportPayload {
    return notYet();
  }

  @Mutation(() => MonthlyReportPayload)
  submitMonthlyReport(@Arg("input", () => ReportTransitionInput) _i: ReportTransitionInput): MonthlyReportPayload {
    return notYet();
  }

  @Mutation(() => MonthlyReportPayload)
  returnMonthlyReport(@Arg("input", () => ReportTransitionInput) _i: ReportTransitionInput): MonthlyReportPayload {
    return notYet();
  }

  @Mutation(() => MonthlyReportPayload)
  acceptMonthlyReport(@Arg("input", () => ReportTransitionInput) _i: ReportTransitionInput): MonthlyReportPayload {
    return notYet();
  }

  @Mutation(() => ExcellencePayload)
  advanceExcellenceStep(@Arg("input", () => AdvanceExcellenceInput) _i: AdvanceExcellenceInput): ExcellencePayload {
    return notYet();
  }
}

@Resolver(() => Branch)
export class PendingExcellenceResolver {
  @FieldResolver(() => ExcellenceCampaign, { nullable: true })
  excellence(@Root() _b: Branch, @Arg("year", () => Int) _year: number): ExcellenceCampaign | null {
    return notYet();
  }
}

@Resolver(() => MonthlyReport)
export class PendingReportResolver {
  @FieldResolver(() => County)
  county(@Root() _r: MonthlyReport): County {
    return notYet();
  }
  @FieldResolver(() => CoverageStats, {
    description: "Figures frozen at submission; live figures while DRAFT or RETURNED.",
  })
  coverage(@Root() _r: MonthlyReport): CoverageStats {
    return notYet();
  }
}

@Resolver(() => BulletinRow)
export class PendingBulletinRowResolver {
  @FieldResolver(() => County)
  county(@Root() _r: BulletinRow): County {
    return notYet();
  }
}

@Resolver(() => Bulletin)
export class PendingBulletinResolver {
  @FieldResolver(() => [County], { description: "Counties whose report for the period is not submitted." })
  missing(@Root() _b: Bulletin): County[] {
    return notYet();
  }
}

@Resolver(() => TargetProgress)
export class PendingTargetResolver {
  @FieldResolver(() => OrganizationConnection, { description: "Units that make up the gap." })
  gap(
    @Root() _t: TargetProgress,
    @Arg("first", () => Int, { nullable: true }) _first: number | null,
    @Arg("after", () => String, { nullable: true }) _after: string | null,
  ): OrganizationConnection {
    return notYet();
  }
}
