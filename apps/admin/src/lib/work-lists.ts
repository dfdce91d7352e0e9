/**
 * 重点工作's lists: the download addresses, the default period of 边建厂边建党 (this year so far), and
 * the labels of work targets' statuses (the domain's).
 */
import { WORK_TARGET_STATUS_LABELS, type WorkTargetStatus } from "@liangxin/domain";

export { WORK_TARGET_STATUS_LABELS };

const query = (params: Record<string, string | null | undefined>): string => {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) p.set(k, v);
  const s = p.toString();
  return s ? `?${s}` : "";
};

export const shouldFormXlsxUrl = (countyCode: string | null): string =>
  `/export/lists/should-form.xlsx${query({ county: countyCode })}`;

export const newWithoutBranchXlsxUrl = (countyCode: string | null, from: string, to: string): string =>
  `/export/lists/new-without-branch.xlsx${query({ from, to, county: countyCode })}`;

export const workTargetsXlsxUrl = (countyCode: string | null, status: WorkTargetStatus | null): string =>
  `/export/lists/liaison-targets.xlsx${query({ status, county: countyCode })}`;

/** 边建厂边建党's default period: from January 1 of today's year to today. */
export function defaultPeriod(today: string): { from: string; to: string } {
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}

export const STATUS_COLORS: Readonly<Record<WorkTargetStatus, string>> = {
  OPEN: "blue",
  OVERDUE: "red",
  DONE: "green",
  DONE_LATE: "orange",
};
