/** What the 示范点 components share: labels, the refresh after a change, and the error split. */
import { SITE_LEVEL_LABELS, SITE_STATUS_LABELS } from "@liangxin/domain";
import { useCallback } from "react";
import type { QuotaWeight, ReviewDecision, SiteStatus } from "../../gql/graphql";
import { useInvalidate } from "../../graphql/hooks";

export { SITE_LEVEL_LABELS, SITE_STATUS_LABELS };

export const STATUS_COLORS: Readonly<Record<SiteStatus, string>> = {
  NOMINATED: "processing",
  APPROVED: "success",
  REJECTED: "default",
  REVOKED: "warning",
};

export const DECISION_LABELS: Readonly<Record<ReviewDecision, string>> = {
  APPROVE: "批准",
  REJECT: "不予批准",
  REVOKE: "撤销",
};

export const WEIGHT_LABELS: Readonly<Record<QuotaWeight, string>> = {
  ELIGIBLE_UNITS: "按具备条件的单位数",
  COVERED_UNITS: "按已建立党组织的单位数",
  EQUAL: "各县（市）区平均",
};

/** The queries a write of sites or quotas changes. */
export const SITE_QUERIES = ["QuotaPlan", "PlanYears", "DemonstrationSites", "PickCountyOrganizations"];

/** After a change: the board, the list and the year marks are read again. */
export function useRefreshSites(): () => Promise<void> {
  const invalidate = useInvalidate();
  return useCallback(() => invalidate(...SITE_QUERIES), [invalidate]);
}
