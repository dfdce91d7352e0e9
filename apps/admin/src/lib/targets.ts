/**
 * The targets of document No. 5 as 总览 shows them: progress is achieved over required, rounded
 * half-up by the domain's own rate (it may pass 100%: the doubling can be exceeded).
 */
import { rateUnchecked } from "@liangxin/domain";

export interface TargetLike {
  readonly target: string;
  readonly label: string;
  readonly required: number;
  readonly achieved: number;
  readonly met: boolean;
  readonly shortfall: number;
}

/** "88.2%"; "—" when nothing is required (no unit to count). */
export function targetProgress(t: Pick<TargetLike, "achieved" | "required">): {
  percent: string;
  value: number | null;
} {
  const r = rateUnchecked(t.achieved, t.required);
  if (r.percent === null) return { percent: "—", value: null };
  return { percent: r.percent, value: Number(r.percent.slice(0, -1)) };
}

/** 已达成, or 差 N. */
export function targetStatus(t: Pick<TargetLike, "met" | "shortfall" | "required">): string {
  if (t.required === 0) return "无需完成";
  return t.met ? "已达成" : `差 ${t.shortfall.toLocaleString("zh-CN")}`;
}

/** The chart's highest value: 100% or more when a county passed its target. */
export function chartMax(values: readonly (number | null)[]): number {
  const top = Math.max(100, ...values.filter((v): v is number => v !== null));
  return Math.ceil(top / 20) * 20;
}
