/**
 * Monthly reports (月报告制度) and bulletins (通报): thin resolvers over ReportService.
 */
import { bulletinCategories, type OrganizationCategory, type Period, parsePeriod, reportAsOf } from "@liangxin/domain";
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { badUserInput } from "../../common/errors.js";
import { toGlobalId } from "../../common/ids.js";
import type { BulletinData, ReportRecord } from "../../service/report.service.js";
import { BULLETIN_METRIC_LABELS, reportKey, scopeKey } from "../../service/report.service.js";
import type { ApiContext } from "../context.js";
import { toCounty, toCoverageStats } from "../mappers.js";
import { payload } from "../payloads.js";
import { Rate } from "../types/common.js";
import { type BulletinMetric, BulletinMetricEnum, OrganizationCategoryEnum } from "../types/enums.js";
import { County, CoverageStats } from "../types/hierarchy.js";
import {
  Bulletin,
  BulletinRow,
  MonthlyReport,
  MonthlyReportPayload,
  PrepareMonthlyReportInput,
  ReportTransitionInput,
} from "../types/reports.js";

export function toMonthlyReport(r: ReportRecord): MonthlyReport {
  return Object.assign(new MonthlyReport(), {
    id: toGlobalId("MonthlyReport", reportKey(r.countyCode, r.period)),
    countyCode: r.countyCode,
    period: r.period,
    status: r.status,
    dueOn: r.dueOn,
    submittedAt: r.submittedAt,
    note: r.note,
    daysLate: r.daysLate,
    returnNote: r.status === "RETURNED" ? r.reviewNote : null,
    reviewNote: r.reviewNote,
    reviewedAt: r.reviewedAt,
    frozen: r.figures !== null,
    figures: r.figures,
  });
}

/** A period argument: YYYY-MM, or BAD_USER_INPUT. */
export function periodArg(value: string, field = "period"): Period {
  const parsed = parsePeriod(value);
  if (!parsed.ok) throw badUserInput(parsed.error.message.slice(0, 60), [field]);
  return parsed.value;
}

export async function countyOf(ctx: ApiContext, code: string): Promise<County> {
  const county = (await ctx.loaders.counties()).find((c) => c.code === code);
  if (!county) throw new Error(`unknown county ${code}`);
  return toCounty(county);
}

const toRate = (r: { numerator: number; denominator: number; ratio: number | null; percent: string | null }): Rate =>
  Object.assign(new Rate(), r);

export function toBulletin(b: BulletinData): Bulletin {
  return Object.assign(new Bulletin(), {
    period: b.period,
    metric: b.metric,
    metricLabel: BULLETIN_METRIC_LABELS[b.metric],
    category: b.category,
    asOf: b.asOf,
    dueOn: b.dueOn,
    rows: b.rows.map((r) =>
      Object.assign(new BulletinRow(), {
        rank: r.rank,
        rate: toRate(r.rate),
        changePoints: r.changePoints,
        reportStatus: r.status,
        live: r.live,
        daysLate: r.daysLate,
        countyCode: r.countyCode,
      }),
    ),
    missingCodes: [...b.missing],
    overdueCodes: [...b.overdue],
  });
}

@Resolver(() => MonthlyReport)
export class MonthlyReportResolver {
  @Query(() => [MonthlyReport], {
    description:
      "The nine counties' reports of a period; a county that has not started it shows as DRAFT with live figures.",
  })
  async monthlyReports(@Ctx() ctx: ApiContext, @Arg("period") period: string): Promise<MonthlyReport[]> {
    return (await ctx.services.reports.list(periodArg(period))).map(toMonthlyReport);
  }

  @Authorized("PREPARE_REPORT")
  @Mutation(() => MonthlyReportPayload, {
    description: "Creates a county's DRAFT for a period (figures live until submission), or changes its note.",
  })
  async prepareMonthlyReport(
    @Ctx() ctx: ApiContext,
    @Arg("input", () => PrepareMonthlyReportInput) input: PrepareMonthlyReportInput,
  ): Promise<MonthlyReportPayload> {
    const outcome = await ctx.services.reports.prepare(input, ctx.today);
    return Object.assign(new MonthlyReportPayload(), payload(outcome, "report", toMonthlyReport));
  }

  @Authorized("PREPARE_REPORT")
  @Mutation(() => MonthlyReportPayload, {
    description: "DRAFT or RETURNED → SUBMITTED, after the period's end: freezes the figures.",
  })
  async submitMonthlyReport(
    @Ctx() ctx: ApiContext,
    @Arg("input", () => ReportTransitionInput) input: ReportTransitionInput,
  ): Promise<MonthlyReportPayload> {
    const outcome = await ctx.services.reports.submit(input, ctx.today, ctx.clock.now());
    return Object.assign(new MonthlyReportPayload(), payload(outcome, "report", toMonthlyReport));
  }

  @Authorized("REVIEW_REPORT")
  @Mutation(() => MonthlyReportPayload, { description: "SUBMITTED → RETURNED, with the reason (note) required." })
  async returnMonthlyReport(
    @Ctx() ctx: ApiContext,
    @Arg("input", () => ReportTransitionInput) input: ReportTransitionInput,
  ): Promise<MonthlyReportPayload> {
    const outcome = await ctx.services.reports.review("RETURN", input, ctx.clock.now());
    return Object.assign(new MonthlyReportPayload(), payload(outcome, "report", toMonthlyReport));
  }

  @Authorized("REVIEW_REPORT")
  @Mutation(() => MonthlyReportPayload, { description: "SUBMITTED → ACCEPTED." })
  async acceptMonthlyReport(
    @Ctx() ctx: ApiContext,
    @Arg("input", () => ReportTransitionInput) input: ReportTransitionInput,
  ): Promise<MonthlyReportPayload> {
    const outcome = await ctx.services.reports.review("ACCEPT", input, ctx.clock.now());
    return Object.assign(new MonthlyReportPayload(), payload(outcome, "report", toMonthlyReport));
  }

  @FieldResolver(() => County)
  county(@Root() report: MonthlyReport, @Ctx() ctx: ApiContext): Promise<County> {
    return countyOf(ctx, report.countyCode);
  }

  @FieldResolver(() => CoverageStats, {
    description:
      "Figures frozen at submission; live figures as of the period's last day while DRAFT or RETURNED. Both categories together unless one is asked for.",
  })
  coverage(
    @Root() report: MonthlyReport,
    @Arg("category", () => OrganizationCategoryEnum, { nullable: true }) category: OrganizationCategory | null,
    @Arg("aboveScaleOnly", () => Boolean, { nullable: true }) aboveScaleOnly: boolean | null,
  ): CoverageStats {
    const scope = {
      countyCode: report.countyCode,
      category: category ?? null,
      aboveScaleOnly: aboveScaleOnly ?? false,
      asOf: report.figures?.asOf ?? reportAsOf(report.period),
    };
    const stats = toCoverageStats(scope);
    stats.frozen = report.figures?.scopes[scopeKey(scope.category, scope.aboveScaleOnly)] ?? null;
    return stats;
  }
}

@Resolver(() => Bulletin)
export class BulletinResolver {
  @Query(() => Bulletin, {
    description:
      "The nine counties ranked by a metric on the figures of their submitted reports (live, marked, for the others).",
  })
  async bulletin(
    @Ctx() ctx: ApiContext,
    @Arg("period") period: string,
    @Arg("metric", () => BulletinMetricEnum) metric: BulletinMetric,
    @Arg("category", () => OrganizationCategoryEnum, {
      nullable: true,
      description: "Rank one category (not for ABOVE_SCALE_COVERAGE, which is about non-public enterprises).",
    })
    category: OrganizationCategory | null,
  ): Promise<Bulletin> {
    if (category != null && !bulletinCategories(metric).includes(category)) {
      throw badUserInput("规上组建率只统计非公企业", ["category"]);
    }
    return toBulletin(await ctx.services.reports.bulletin(periodArg(period), metric, category ?? null, ctx.today));
  }

  @FieldResolver(() => [County], { description: "Counties whose report for the period is not submitted." })
  missing(@Root() bulletin: Bulletin, @Ctx() ctx: ApiContext): Promise<County[]> {
    return Promise.all(bulletin.missingCodes.map((code) => countyOf(ctx, code)));
  }

  @FieldResolver(() => [County], { description: "Missing counties whose report is past its due day." })
  overdue(@Root() bulletin: Bulletin, @Ctx() ctx: ApiContext): Promise<County[]> {
    return Promise.all(bulletin.overdueCodes.map((code) => countyOf(ctx, code)));
  }
}

@Resolver(() => BulletinRow)
export class BulletinRowResolver {
  @FieldResolver(() => County)
  county(@Root() row: BulletinRow, @Ctx() ctx: ApiContext): Promise<County> {
    return countyOf(ctx, row.countyCode);
  }
}
