/**
 * Liaisons' work targets and deadlines (明确工作目标及完成时限, §3.1): a liaison or instructor sent to a
 * unit without a branch is given a target (typically: found the unit's party organization) and a day
 * by which to reach it. A target is OPEN until its deadline, OVERDUE after it, DONE when completed in
 * time and DONE_LATE when completed after it. Recorded targets are never deleted: a new target
 * follows the old one.
 */
import type { IsoDate } from "./dates.js";
import { isIsoDate } from "./dates.js";
import { type Finding, type Verdict, verdict } from "./result.js";

export const WORK_TARGET_STATUSES = ["OPEN", "OVERDUE", "DONE", "DONE_LATE"] as const;
export type WorkTargetStatus = (typeof WORK_TARGET_STATUSES)[number];

export const WORK_TARGET_STATUS_LABELS: Readonly<Record<WorkTargetStatus, string>> = {
  OPEN: "进行中",
  OVERDUE: "已逾期",
  DONE: "已完成",
  DONE_LATE: "逾期完成",
};

export const MAX_WORK_TARGET_LENGTH = 500;

export interface WorkTargetFacts {
  /** The last day the target may be reached on (完成时限), inclusive. */
  readonly dueOn: IsoDate;
  /** The day it was reached; null while open. */
  readonly completedOn: IsoDate | null;
}

export function workTargetStatus(target: WorkTargetFacts, today: IsoDate): WorkTargetStatus {
  if (target.completedOn !== null) return target.completedOn <= target.dueOn ? "DONE" : "DONE_LATE";
  return today > target.dueOn ? "OVERDUE" : "OPEN";
}

/** Overdue: not reached and the deadline has passed. */
export const isWorkTargetOverdue = (target: WorkTargetFacts, today: IsoDate): boolean =>
  workTargetStatus(target, today) === "OVERDUE";

export type WorkTargetRuleCode =
  | "DESCRIPTION_REQUIRED"
  | "DESCRIPTION_TOO_LONG"
  | "DUE_DATE_INVALID"
  | "DUE_BEFORE_ASSIGNMENT"
  | "DUE_DATE_PASSED"
  | "ALREADY_COMPLETED"
  | "COMPLETED_IN_FUTURE"
  | "COMPLETED_BEFORE_SET";

/**
 * A new target for a liaison's assignment to a unit: a description (at most 500 characters) and a
 * deadline not before the assignment began. A deadline already past is recorded (targets are entered
 * after the fact too) with a warning: it reads OVERDUE at once.
 */
export function validateWorkTarget(
  values: { readonly description: string; readonly dueOn: IsoDate },
  assignment: { readonly from: IsoDate },
  today: IsoDate,
): Verdict<WorkTargetRuleCode> {
  const errors: Finding<WorkTargetRuleCode>[] = [];
  const warnings: Finding<WorkTargetRuleCode>[] = [];
  const description = values.description.trim();
  if (description === "") {
    errors.push({ code: "DESCRIPTION_REQUIRED", message: "请填写工作目标", field: ["description"] });
  } else if (description.length > MAX_WORK_TARGET_LENGTH) {
    errors.push({
      code: "DESCRIPTION_TOO_LONG",
      message: `工作目标最多${MAX_WORK_TARGET_LENGTH}个字符`,
      field: ["description"],
    });
  }
  if (!isIsoDate(values.dueOn)) {
    errors.push({ code: "DUE_DATE_INVALID", message: "完成时限无效", field: ["dueOn"] });
  } else if (values.dueOn < assignment.from) {
    errors.push({
      code: "DUE_BEFORE_ASSIGNMENT",
      message: `完成时限不能早于选派日期（${assignment.from}）`,
      field: ["dueOn"],
    });
  } else if (values.dueOn < today) {
    warnings.push({
      code: "DUE_DATE_PASSED",
      message: `完成时限（${values.dueOn}）已过，该目标将显示为已逾期`,
      field: ["dueOn"],
    });
  }
  return verdict(errors, warnings);
}

/** Marking a target reached on `completedOn`: once, not in the future, not before it was set. */
export function checkWorkTargetCompletion(
  target: WorkTargetFacts & { readonly setOn: IsoDate },
  completedOn: IsoDate,
  today: IsoDate,
): Verdict<WorkTargetRuleCode> {
  const errors: Finding<WorkTargetRuleCode>[] = [];
  if (target.completedOn !== null) {
    errors.push({ code: "ALREADY_COMPLETED", message: `该目标已于${target.completedOn}完成`, field: ["completedOn"] });
  } else if (!isIsoDate(completedOn) || completedOn > today) {
    errors.push({ code: "COMPLETED_IN_FUTURE", message: `完成日期不能晚于今天（${today}）`, field: ["completedOn"] });
  } else if (completedOn < target.setOn) {
    errors.push({
      code: "COMPLETED_BEFORE_SET",
      message: `完成日期不能早于目标确定日期（${target.setOn}）`,
      field: ["completedOn"],
    });
  }
  return verdict(errors, []);
}
