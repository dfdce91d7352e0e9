/**
 * Quota plans of demonstration sites (§3.4): validating a plan against what counties already use,
 * moving quota between counties, and checking that a nomination fits.
 */
import { findCounty } from "./hierarchy.js";
import { err, type Finding, ok, type Result, type Verdict, verdict } from "./result.js";

/** A county as people name it in messages (its code when it is not one of the nine). */
const countyName = (code: string): string => findCounty(code)?.name ?? code;

/** Sites in these states hold a place in the quota; rejected and revoked ones free it. */
export const QUOTA_HOLDING_STATUSES = ["NOMINATED", "APPROVED"] as const;

export interface QuotaAllocation {
  readonly countyCode: string;
  readonly quota: number;
}

export interface QuotaPlanDraft {
  readonly total: number;
  /** Empty for an unsplit plan (the city-level 30): the total is then one pool for all counties. */
  readonly allocations: readonly QuotaAllocation[];
}

export type QuotaRuleCode =
  | "INVALID_TOTAL"
  | "NEGATIVE_PART"
  | "UNKNOWN_COUNTY"
  | "DUPLICATE_COUNTY"
  | "SUM_MISMATCH"
  | "BELOW_USED"
  | "TOTAL_BELOW_USED";

const isCount = (n: number): boolean => Number.isSafeInteger(n) && n >= 0;

/**
 * Checks a plan: the parts are non-negative integers for known counties, each county at most once,
 * the parts sum to the total, and no county (nor the pool of an unsplit plan) falls below the sites
 * it already holds (nominated + approved). `used` maps county code → held sites.
 */
export function validateQuotaPlan(
  plan: QuotaPlanDraft,
  used: Readonly<Record<string, number>>,
  countyCodes: readonly string[],
): Verdict<QuotaRuleCode> {
  const errors: Finding<QuotaRuleCode>[] = [];
  if (!isCount(plan.total)) {
    errors.push({ code: "INVALID_TOTAL", message: "总数必须是非负整数", field: ["total"] });
  }
  const known = new Set(countyCodes);
  const seen = new Set<string>();
  plan.allocations.forEach((a, i) => {
    const field = ["allocations", String(i)];
    if (!known.has(a.countyCode)) {
      errors.push({
        code: "UNKNOWN_COUNTY",
        message: `未知的县（市）区代码：${a.countyCode}`,
        field: [...field, "countyCode"],
      });
    } else if (seen.has(a.countyCode)) {
      errors.push({
        code: "DUPLICATE_COUNTY",
        message: `县（市）区重复：${a.countyCode}`,
        field: [...field, "countyCode"],
      });
    }
    seen.add(a.countyCode);
    if (!isCount(a.quota)) {
      errors.push({ code: "NEGATIVE_PART", message: "名额必须是非负整数", field: [...field, "quota"] });
    }
  });
  if (plan.allocations.length > 0) {
    const sum = plan.allocations.reduce((s, a) => s + a.quota, 0);
    if (isCount(plan.total) && sum !== plan.total) {
      errors.push({
        code: "SUM_MISMATCH",
        message: `各县（市）区名额合计${sum}个，与总数${plan.total}个不符`,
        field: ["allocations"],
      });
    }
    for (const code of countyCodes) {
      const quota = plan.allocations.find((a) => a.countyCode === code)?.quota ?? 0;
      const held = used[code] ?? 0;
      if (held > quota) {
        const i = plan.allocations.findIndex((a) => a.countyCode === code);
        errors.push({
          code: "BELOW_USED",
          message: `${countyName(code)}已推荐和批准${held}个，名额不能少于${held}个（拟定${quota}个）`,
          field: i >= 0 ? ["allocations", String(i), "quota"] : ["allocations"],
          subjects: [code],
        });
      }
    }
  } else {
    const held = Object.values(used).reduce((s, n) => s + n, 0);
    if (held > plan.total) {
      errors.push({
        code: "TOTAL_BELOW_USED",
        message: `已推荐和批准${held}个，总数不能少于${held}个`,
        field: ["total"],
      });
    }
  }
  return verdict(errors, []);
}

export type TransferError =
  | { readonly code: "INVALID_AMOUNT"; readonly message: string }
  | { readonly code: "SAME_COUNTY"; readonly message: string }
  | { readonly code: "NOT_IN_PLAN"; readonly countyCode: string; readonly message: string }
  | { readonly code: "BELOW_USED"; readonly countyCode: string; readonly message: string };

/** Moves `amount` places from one county to another; the donor may not fall below what it holds. */
export function transferQuota(
  plan: QuotaPlanDraft,
  transfer: { readonly from: string; readonly to: string; readonly amount: number },
  used: Readonly<Record<string, number>>,
): Result<QuotaPlanDraft, TransferError> {
  const { from, to, amount } = transfer;
  if (!Number.isSafeInteger(amount) || amount <= 0) {
    return err({ code: "INVALID_AMOUNT", message: "调剂名额必须是正整数" });
  }
  if (from === to) return err({ code: "SAME_COUNTY", message: "调出和调入不能是同一县（市）区" });
  const donor = plan.allocations.find((a) => a.countyCode === from);
  const receiver = plan.allocations.find((a) => a.countyCode === to);
  if (!donor) return err({ code: "NOT_IN_PLAN", countyCode: from, message: `方案中没有 ${from}` });
  if (!receiver) return err({ code: "NOT_IN_PLAN", countyCode: to, message: `方案中没有 ${to}` });
  const held = used[from] ?? 0;
  if (donor.quota - amount < held) {
    return err({
      code: "BELOW_USED",
      countyCode: from,
      message: `${countyName(from)}已推荐和批准${held}个，最多可调出${Math.max(0, donor.quota - held)}个`,
    });
  }
  return ok({
    total: plan.total,
    allocations: plan.allocations.map((a) =>
      a.countyCode === from
        ? { ...a, quota: a.quota - amount }
        : a.countyCode === to
          ? { ...a, quota: a.quota + amount }
          : a,
    ),
  });
}

export interface QuotaUsage {
  readonly countyCode: string;
  readonly quota: number;
  readonly nominated: number;
  readonly approved: number;
  /** quota − nominated − approved. */
  readonly remaining: number;
}

/** The quota board: per county quota, nominated, approved and remaining. */
export function quotaUsage(
  plan: QuotaPlanDraft,
  held: Readonly<Record<string, { nominated: number; approved: number }>>,
  countyCodes: readonly string[],
): QuotaUsage[] {
  return countyCodes.map((countyCode) => {
    const quota = plan.allocations.find((a) => a.countyCode === countyCode)?.quota ?? 0;
    const { nominated = 0, approved = 0 } = held[countyCode] ?? {};
    return { countyCode, quota, nominated, approved, remaining: quota - nominated - approved };
  });
}

export type QuotaCheckError = { readonly code: "QUOTA_EXCEEDED"; readonly message: string };

/**
 * Whether one more site of a county fits: against the county's part of a split plan, or against the
 * whole pool of an unsplit one. `heldInCounty` and `heldInTotal` count NOMINATED + APPROVED sites.
 */
export function checkQuotaRoom(
  plan: QuotaPlanDraft,
  countyCode: string,
  heldInCounty: number,
  heldInTotal: number,
): Result<{ remaining: number }, QuotaCheckError> {
  const split = plan.allocations.length > 0;
  const limit = split ? (plan.allocations.find((a) => a.countyCode === countyCode)?.quota ?? 0) : plan.total;
  const held = split ? heldInCounty : heldInTotal;
  if (held + 1 > limit) {
    return err({
      code: "QUOTA_EXCEEDED",
      message: split ? `本县（市）区名额${limit}个已用完` : `全市名额${limit}个已用完`,
    });
  }
  return ok({ remaining: limit - held - 1 });
}
