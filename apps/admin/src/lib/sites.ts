/**
 * 示范点 in the client: the quota board's rows, the plan form's values and sums, the year choice
 * and which review decisions a site's status allows. The rules themselves (transitions, totals)
 * come from @liangxin/domain.
 */
import {
  CITY_SITE_QUOTA_TOTAL,
  COUNTY_SITE_QUOTA_TOTAL,
  REVIEW_DECISIONS,
  type ReviewDecision,
  reviewSite,
  type SiteLevel,
  type SiteStatus,
} from "@liangxin/domain";

export interface CountyRef {
  readonly code: string;
  readonly name: string;
}

export interface AllocationLike {
  readonly county: CountyRef;
  readonly quota: number;
  readonly nominated: number;
  readonly approved: number;
  readonly remaining: number;
}

export interface PlanLike {
  readonly total: number;
  readonly split: boolean;
  readonly allocations: readonly AllocationLike[];
}

export interface SiteLike {
  readonly status: SiteStatus;
  readonly county: CountyRef;
}

export interface BoardRow {
  readonly countyCode: string;
  readonly countyName: string;
  /** Null in an unsplit plan: the counties share one pool. */
  readonly quota: number | null;
  readonly nominated: number;
  readonly approved: number;
  readonly remaining: number | null;
}

/**
 * One row per county in the city's order. A split plan's rows are its allocations (the server's
 * figures); an unsplit plan has no part per county, so its rows count the sites the viewer may read,
 * and a county role (who reads its own county's sites only) gets its own row alone.
 */
export function boardRows(
  plan: PlanLike,
  counties: readonly CountyRef[],
  sites: readonly SiteLike[],
  onlyCountyCode: string | null = null,
): BoardRow[] {
  if (!plan.split && onlyCountyCode !== null) {
    return boardRows(
      plan,
      counties.filter((c) => c.code === onlyCountyCode),
      sites,
    );
  }
  if (plan.split) {
    const byCode = new Map(plan.allocations.map((a) => [a.county.code, a]));
    return counties.flatMap((c) => {
      const a = byCode.get(c.code);
      if (!a) return [];
      return [
        {
          countyCode: c.code,
          countyName: c.name,
          quota: a.quota,
          nominated: a.nominated,
          approved: a.approved,
          remaining: a.remaining,
        },
      ];
    });
  }
  return counties.map((c) => {
    const own = sites.filter((s) => s.county.code === c.code);
    return {
      countyCode: c.code,
      countyName: c.name,
      quota: null,
      nominated: own.filter((s) => s.status === "NOMINATED").length,
      approved: own.filter((s) => s.status === "APPROVED").length,
      remaining: null,
    };
  });
}

/** The speech's total of a level: 30 city-level sites, 200 county-level ones. */
export function defaultTotal(level: SiteLevel): number {
  return level === "CITY" ? CITY_SITE_QUOTA_TOTAL : COUNTY_SITE_QUOTA_TOTAL;
}

export interface PlanFormValues {
  total: number;
  allocations: { countyCode: string; quota: number | null }[];
}

/** The plan form: one line per county in the city's order, filled from a plan or a suggestion. */
export function planFormValues(
  counties: readonly CountyRef[],
  source: { readonly total: number; readonly allocations: readonly { county: CountyRef; quota: number }[] } | null,
  level: SiteLevel,
): PlanFormValues {
  const byCode = new Map((source?.allocations ?? []).map((a) => [a.county.code, a.quota]));
  return {
    total: source?.total ?? defaultTotal(level),
    allocations: counties.map((c) => ({ countyCode: c.code, quota: byCode.get(c.code) ?? null })),
  };
}

/** The sum of the parts filled in so far (an empty part counts as 0). */
export function allocationSum(allocations: readonly { quota: number | null | undefined }[] | undefined): number {
  return (allocations ?? []).reduce((sum, a) => sum + (typeof a.quota === "number" ? a.quota : 0), 0);
}

/** What to say about the sum against the total, live while the form is filled. */
export function sumStatus(sum: number, total: number | null | undefined): { ok: boolean; text: string } {
  if (typeof total !== "number") return { ok: false, text: `合计 ${sum} 个，请填写总数` };
  if (sum === total) return { ok: true, text: `合计 ${sum} 个，与总数 ${total} 个相符` };
  const diff = total - sum;
  return {
    ok: false,
    text: `合计 ${sum} 个，与总数 ${total} 个不符（${diff > 0 ? `还差 ${diff} 个` : `多出 ${-diff} 个`}）`,
  };
}

/** The mutation's input; an empty part is sent as 0 so the server's check sees every county. */
export function toSetQuotaPlanInput(values: PlanFormValues, level: SiteLevel, year: number, split: boolean) {
  return {
    level,
    year,
    total: values.total,
    allocations: split
      ? values.allocations.map((a) => ({ countyCode: a.countyCode, quota: typeof a.quota === "number" ? a.quota : 0 }))
      : [],
  };
}

/** The decisions a reviewer can take on a site in this status (the domain's transitions). */
export function reviewDecisionsFor(status: SiteStatus): ReviewDecision[] {
  return REVIEW_DECISIONS.filter((decision) => {
    const result = reviewSite(status, decision, { fiveHavesPassed: true, note: "—" });
    return result.ok || result.error.code !== "INVALID_TRANSITION";
  });
}

/**
 * The years offered, latest first but the years that have a plan before the others; `current` is
 * always among them.
 */
export function orderYears(years: readonly number[], withPlan: ReadonlySet<number>): number[] {
  const sorted = [...years].sort((a, b) => b - a);
  return [...sorted.filter((y) => withPlan.has(y)), ...sorted.filter((y) => !withPlan.has(y))];
}

/** The day of an instant in the browser's time zone, as YYYY-MM-DD. */
export function localDay(instant: string): string {
  const d = new Date(instant);
  if (Number.isNaN(d.getTime())) return instant;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
