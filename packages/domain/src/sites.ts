/**
 * The lifecycle of a demonstration site (示范点), §3.4:
 * NOMINATED → APPROVED (needs a passed 五有 assessment) or REJECTED (needs a reason); APPROVED → REVOKED.
 */
import { err, ok, type Result } from "./result.js";

export const SITE_STATUSES = ["NOMINATED", "APPROVED", "REJECTED", "REVOKED"] as const;
export type SiteStatus = (typeof SITE_STATUSES)[number];

export const SITE_STATUS_LABELS: Readonly<Record<SiteStatus, string>> = {
  NOMINATED: "已推荐",
  APPROVED: "已批准",
  REJECTED: "未通过",
  REVOKED: "已撤销",
};

export const REVIEW_DECISIONS = ["APPROVE", "REJECT", "REVOKE"] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

const TRANSITIONS: Readonly<Record<ReviewDecision, { from: SiteStatus; to: SiteStatus }>> = {
  APPROVE: { from: "NOMINATED", to: "APPROVED" },
  REJECT: { from: "NOMINATED", to: "REJECTED" },
  REVOKE: { from: "APPROVED", to: "REVOKED" },
};

export type SiteTransitionError =
  | { readonly code: "INVALID_TRANSITION"; readonly message: string }
  | { readonly code: "PREREQUISITE_MISSING"; readonly message: string }
  | { readonly code: "NOTE_REQUIRED"; readonly message: string };

export interface ReviewContext {
  /** A branch covering the organization has passed 五有 for the site's year. */
  readonly fiveHavesPassed: boolean;
  readonly note?: string | null;
}

const hasText = (s: string | null | undefined): boolean => s != null && s.trim().length > 0;

/** Applies a reviewer's decision, or says why it cannot be applied. */
export function reviewSite(
  status: SiteStatus,
  decision: ReviewDecision,
  context: ReviewContext,
): Result<SiteStatus, SiteTransitionError> {
  const t = TRANSITIONS[decision];
  if (status !== t.from) {
    return err({
      code: "INVALID_TRANSITION",
      message: `示范点当前为「${SITE_STATUS_LABELS[status]}」，不能${decision === "APPROVE" ? "批准" : decision === "REJECT" ? "退回" : "撤销"}`,
    });
  }
  if (decision === "APPROVE" && !context.fiveHavesPassed) {
    return err({ code: "PREREQUISITE_MISSING", message: "该单位党组织本年度「五有」评估未通过或未评估，不能批准" });
  }
  if ((decision === "REJECT" || decision === "REVOKE") && !hasText(context.note)) {
    return err({ code: "NOTE_REQUIRED", message: "不予批准或撤销须填写理由" });
  }
  return ok(t.to);
}

export type NominationError =
  | { readonly code: "OUT_OF_SCOPE"; readonly message: string }
  | { readonly code: "NOT_ELIGIBLE"; readonly message: string }
  | { readonly code: "PREREQUISITE_MISSING"; readonly message: string }
  | { readonly code: "ALREADY_ASSIGNED"; readonly message: string };

export interface NominationFacts {
  /** County the nomination is made for (the nominating admin's county). */
  readonly countyCode: string;
  readonly organizationCountyCode: string;
  /** The organization is in the population today: eligible, on the ledger, operating. */
  readonly organizationInPopulation: boolean;
  /** The organization is covered by a branch in force (organization-covered). */
  readonly organizationCovered: boolean;
  /** A site of this organization, year and level already holds a place or is approved. */
  readonly alreadyNominated: boolean;
}

/** The rules a nomination must meet before the quota is even looked at. */
export function checkNomination(facts: NominationFacts): Result<true, NominationError> {
  if (facts.organizationCountyCode !== facts.countyCode) {
    return err({ code: "OUT_OF_SCOPE", message: "只能推荐本县（市）区的单位" });
  }
  if (!facts.organizationInPopulation) {
    return err({ code: "NOT_ELIGIBLE", message: "推荐的单位须在册、正常经营且具备开展党建工作条件" });
  }
  if (!facts.organizationCovered) {
    return err({ code: "PREREQUISITE_MISSING", message: "推荐为示范点的单位须已建立党组织" });
  }
  if (facts.alreadyNominated) {
    return err({ code: "ALREADY_ASSIGNED", message: "该单位本年度已推荐为同级示范点" });
  }
  return ok(true);
}
