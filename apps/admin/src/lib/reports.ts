/**
 * Monthly reports (月报) and bulletins (通报) on the client: which months to offer, what a role may
 * do to a report, and the names the page shows. The rules (status labels, when a period may be
 * submitted) are the domain's; this module only applies them to what the page needs.
 */
import {
  addMonths,
  BULLETIN_METRIC_LABELS,
  BULLETIN_METRICS,
  bulletinCategories,
  checkReportPeriod,
  type IsoDate,
  isFrozen,
  type Period,
  periodOf,
  periodParts,
  REPORT_STATUS_LABELS,
  transitionReport,
} from "@liangxin/domain";
import type { ReportStatus } from "../gql/graphql";

/** The bulletin's metrics, their names and which categories each may rank are the domain's. */
export { BULLETIN_METRIC_LABELS, BULLETIN_METRICS, bulletinCategories, REPORT_STATUS_LABELS };

/** The local calendar day of a Date as an ISO date. */
export function localIsoDate(now: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "2026年10月". */
export function periodLabel(period: Period): string {
  const { year, month } = periodParts(period);
  return `${year}年${month}月`;
}

/**
 * The months offered, newest first: the current month (it may be prepared, not yet submitted) and
 * the `count - 1` before it.
 */
export function periodOptions(today: IsoDate, count = 24): { value: Period; label: string }[] {
  const current = periodOf(today);
  return Array.from({ length: count }, (_, i) => {
    const value = addMonths(current, -i);
    return { value, label: periodLabel(value) };
  });
}

/** The month a county reports on by default: the last one that has ended. */
export function defaultPeriod(today: IsoDate): Period {
  return addMonths(periodOf(today), -1);
}

/** Why a period cannot be submitted yet (the domain's own message), or null when it can. */
export function submitBlockedReason(period: Period, today: IsoDate): string | null {
  const timing = checkReportPeriod(period, "SUBMIT", today);
  return timing.ok ? null : timing.error.message;
}

export interface ReportActions {
  /** Change the note / create the draft. */
  readonly prepare: boolean;
  readonly submit: boolean;
  readonly review: boolean;
}

/**
 * What the signed-in user may do to one county's report in its current state: preparing and
 * submitting (PREPARE_REPORT, in scope, while the figures are not frozen), returning and accepting
 * (REVIEW_REPORT, where the domain's workflow allows it).
 */
export function reportActions(
  status: ReportStatus,
  { canPrepare, canReview, inScope }: { canPrepare: boolean; canReview: boolean; inScope: boolean },
): ReportActions {
  const mayPrepare = canPrepare && inScope;
  return {
    prepare: mayPrepare && !isFrozen(status),
    submit: mayPrepare && transitionReport(status, "SUBMIT").ok,
    review: canReview && transitionReport(status, "ACCEPT").ok,
  };
}

/** Ant Design tag colours of the statuses. */
export const REPORT_STATUS_COLORS: Readonly<Record<ReportStatus, string>> = {
  DRAFT: "default",
  SUBMITTED: "processing",
  RETURNED: "error",
  ACCEPTED: "success",
};

/** "+1.2" / "-0.5" / "0.0" percentage points, "—" without a previous report. */
export function formatChangePoints(points: number | null | undefined): string {
  if (points == null) return "—";
  const fixed = points.toFixed(1);
  return points > 0 ? `+${fixed}` : fixed === "-0.0" ? "0.0" : fixed;
}

/** The county names joined for a sentence, or 无. */
export function joinNames(names: readonly string[]): string {
  return names.length > 0 ? names.join("、") : "无";
}
