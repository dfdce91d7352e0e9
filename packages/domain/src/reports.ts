/**
 * Monthly reporting (月报告制度), §3.6: DRAFT → SUBMITTED → ACCEPTED, or RETURNED (with a reason) →
 * SUBMITTED again. Due on the 5th of the following month (configurable).
 */
import {
  daysBetween,
  daysInMonth,
  type IsoDate,
  isoDateUnchecked,
  nextPeriod,
  type Period,
  periodEnd,
  periodParts,
  periodStart,
} from "./dates.js";
import { ORGANIZATION_CATEGORIES, type OrganizationCategory } from "./hierarchy.js";
import { err, ok, type Result } from "./result.js";

export const REPORT_STATUSES = ["DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED"] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const REPORT_STATUS_LABELS: Readonly<Record<ReportStatus, string>> = {
  DRAFT: "草稿",
  SUBMITTED: "已报送",
  RETURNED: "已退回",
  ACCEPTED: "已审核",
};

export const REPORT_ACTIONS = ["SUBMIT", "RETURN", "ACCEPT"] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

const ALLOWED: Readonly<Record<ReportAction, { from: readonly ReportStatus[]; to: ReportStatus }>> = {
  SUBMIT: { from: ["DRAFT", "RETURNED"], to: "SUBMITTED" },
  RETURN: { from: ["SUBMITTED"], to: "RETURNED" },
  ACCEPT: { from: ["SUBMITTED"], to: "ACCEPTED" },
};

const ACTION_LABELS: Readonly<Record<ReportAction, string>> = { SUBMIT: "报送", RETURN: "退回", ACCEPT: "审核通过" };

export type ReportTransitionError =
  | { readonly code: "INVALID_TRANSITION"; readonly message: string }
  | { readonly code: "NOTE_REQUIRED"; readonly message: string };

/** Figures are frozen from submission on: in these states the report shows what was submitted. */
export function isFrozen(status: ReportStatus): boolean {
  return status === "SUBMITTED" || status === "ACCEPTED";
}

export function transitionReport(
  status: ReportStatus,
  action: ReportAction,
  note?: string | null,
): Result<ReportStatus, ReportTransitionError> {
  const rule = ALLOWED[action];
  if (!rule.from.includes(status)) {
    return err({
      code: "INVALID_TRANSITION",
      message: `月报当前为「${REPORT_STATUS_LABELS[status]}」，不能${ACTION_LABELS[action]}`,
    });
  }
  if (action === "RETURN" && (note == null || note.trim() === "")) {
    return err({ code: "NOTE_REQUIRED", message: "退回月报须说明理由" });
  }
  return ok(rule.to);
}

export interface ReportingConfig {
  /** Day of the following month on which a report is due (1–28). */
  readonly dueDay: number;
}

export const DEFAULT_REPORTING_CONFIG: ReportingConfig = { dueDay: 5 };

/** The report of `period` is due on `dueDay` of the following month (clamped to the month's end). */
export function reportDueOn(period: Period, config: ReportingConfig = DEFAULT_REPORTING_CONFIG): IsoDate {
  const { year, month } = periodParts(nextPeriod(period));
  return isoDateUnchecked(year, month, Math.min(Math.max(1, config.dueDay), daysInMonth(year, month)));
}

/** The date a period's figures are taken as of: its last day. */
export const reportAsOf = (period: Period): IsoDate => periodEnd(period);

export type ReportPeriodError =
  | { readonly code: "PERIOD_NOT_STARTED"; readonly message: string }
  | { readonly code: "PERIOD_NOT_ENDED"; readonly message: string };

/**
 * A report can be prepared once its month has begun, and submitted once the month is over (its
 * figures are taken as of the month's last day) [choice: domain.md is silent; a report of a month
 * still running would freeze figures that are not final].
 */
export function checkReportPeriod(
  period: Period,
  action: "PREPARE" | "SUBMIT",
  today: IsoDate,
): Result<true, ReportPeriodError> {
  if (periodStart(period) > today) {
    return err({ code: "PERIOD_NOT_STARTED", message: `${period} 月尚未开始，不能编制月报` });
  }
  if (action === "SUBMIT" && today <= periodEnd(period)) {
    return err({ code: "PERIOD_NOT_ENDED", message: `${period} 月尚未结束，月报须在 ${periodEnd(period)} 之后报送` });
  }
  return ok(true);
}

/** Days after the due day a submission came (0 when on time). */
export function daysLate(dueOn: IsoDate, submittedOn: IsoDate): number {
  return Math.max(0, daysBetween(dueOn, submittedOn));
}

export interface ReportState {
  readonly countyCode: string;
  readonly status: ReportStatus;
  /** Day of the first submission of the period, if any. */
  readonly submittedOn?: IsoDate | null;
}

export interface ReportCompliance {
  readonly period: Period;
  readonly dueOn: IsoDate;
  /** Counties with no submitted report (none, DRAFT or RETURNED). */
  readonly missing: readonly string[];
  /** Missing after the due day. */
  readonly overdue: readonly string[];
  /** Submitted after the due day, with the days late. */
  readonly late: readonly { readonly countyCode: string; readonly daysLate: number }[];
}

/** Who has not reported, who is overdue, and who reported late, for one period as seen on `today`. */
export function reportCompliance(
  period: Period,
  countyCodes: readonly string[],
  reports: readonly ReportState[],
  today: IsoDate,
  config: ReportingConfig = DEFAULT_REPORTING_CONFIG,
): ReportCompliance {
  const dueOn = reportDueOn(period, config);
  const byCounty = new Map(reports.map((r) => [r.countyCode, r]));
  const missing: string[] = [];
  const late: { countyCode: string; daysLate: number }[] = [];
  for (const code of countyCodes) {
    const r = byCounty.get(code);
    if (!r || !isFrozen(r.status)) {
      missing.push(code);
      continue;
    }
    if (r.submittedOn && r.submittedOn > dueOn)
      late.push({ countyCode: code, daysLate: daysLate(dueOn, r.submittedOn) });
  }
  return { period, dueOn, missing, overdue: today > dueOn ? missing : [], late };
}

/** The rates a bulletin (通报) ranks the counties by. */
export const BULLETIN_METRICS = [
  "ORGANIZATION_COVERAGE",
  "LIAISON_COVERAGE",
  "DUAL_COVERAGE",
  "ABOVE_SCALE_COVERAGE",
] as const;
export type BulletinMetric = (typeof BULLETIN_METRICS)[number];

/** The names bulletins give the metrics (their titles and the xlsx). */
export const BULLETIN_METRIC_LABELS: Readonly<Record<BulletinMetric, string>> = {
  ORGANIZATION_COVERAGE: "党组织组建率",
  LIAISON_COVERAGE: "党建工作联络员覆盖率",
  DUAL_COVERAGE: "双覆盖率",
  ABOVE_SCALE_COVERAGE: "规模以上非公企业党组织组建率",
};

/** The categories a bulletin by this metric may rank alone: 规上组建率 is about non-public enterprises. */
export function bulletinCategories(metric: BulletinMetric): readonly OrganizationCategory[] {
  return metric === "ABOVE_SCALE_COVERAGE" ? ["NON_PUBLIC_ENTERPRISE"] : ORGANIZATION_CATEGORIES;
}
