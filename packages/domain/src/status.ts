/**
 * A unit's eligibility (具备开展党建工作条件) and above-scale flag (规上) over time.
 *
 * The model (kept simple on purpose; every figure by date reads it the same way):
 * - A unit's timeline is a list of half-open periods [from, to) with both flags, contiguous, ordered,
 *   the first starting on the day the unit entered the ledger (`addedOn`) and the last open (to null).
 * - The flags in force on a day are those of the period containing it. Before the first period a unit
 *   is neither eligible nor above-scale (it is not on the ledger yet, so outside every population).
 * - A unit without a recorded history had its current flags all its life: one period from `addedOn`.
 * - A change takes effect on a day (`on`): not before the unit entered the ledger, not after today,
 *   and not before the start of the period in force (history is not rewritten, as for a branch's
 *   level). The period in force ends on `on` and a new one starts; a change on the day the period
 *   started replaces its flags (and merges with the period before when they become equal). So a
 *   change on `on` moves exactly the days from `on` on; every earlier day keeps its figures.
 * - The ledger row's flags are always those of the last (open) period: the ones in force today.
 */
import type { IsoDate } from "./dates.js";
import { err, type Finding, ok, type Result } from "./result.js";

export interface UnitStatus {
  readonly eligible: boolean;
  readonly aboveScale: boolean;
}

export interface StatusPeriod extends UnitStatus {
  readonly from: IsoDate;
  /** First day the period no longer applies; null while it is in force. */
  readonly to?: IsoDate | null;
}

/** What a unit's timeline is made of: its recorded history, or its flags and the day it entered the ledger. */
export interface StatusSubject extends UnitStatus {
  readonly addedOn: IsoDate;
  readonly statusHistory?: readonly StatusPeriod[] | null;
}

/** The unit's periods, oldest first: its history, or one open period from `addedOn` with its flags. */
export function statusTimeline(unit: StatusSubject): readonly StatusPeriod[] {
  if (unit.statusHistory && unit.statusHistory.length > 0) return unit.statusHistory;
  return [{ from: unit.addedOn, to: null, eligible: unit.eligible, aboveScale: unit.aboveScale }];
}

const contains = (p: StatusPeriod, date: IsoDate) => p.from <= date && (p.to == null || date < p.to);

/**
 * The flags in force on a day; null before the unit's first period. A unit without history has its
 * flags from `addedOn` on.
 */
export function statusOn(unit: StatusSubject, date: IsoDate): UnitStatus | null {
  const period = statusTimeline(unit).find((p) => contains(p, date));
  return period ? { eligible: period.eligible, aboveScale: period.aboveScale } : null;
}

export type StatusChangeCode = "STATUS_IN_FUTURE" | "STATUS_BEFORE_ADDED" | "STATUS_BEFORE_LAST_CHANGE";

export interface StatusChange extends UnitStatus {
  /** The day the new flags take effect. */
  readonly on: IsoDate;
}

/**
 * The timeline after a change of flags on a day (see the header for the rules). Changing nothing
 * returns the timeline unchanged.
 */
export function changeStatus(
  timeline: readonly StatusPeriod[],
  change: StatusChange,
  context: { readonly addedOn: IsoDate; readonly today: IsoDate },
): Result<StatusPeriod[], Finding<StatusChangeCode>> {
  const field = ["effectiveOn"];
  if (change.on > context.today) {
    return err({ code: "STATUS_IN_FUTURE", message: `生效日期不能晚于今天（${context.today}）`, field });
  }
  if (change.on < context.addedOn) {
    return err({
      code: "STATUS_BEFORE_ADDED",
      message: `生效日期不能早于该单位纳入台账的日期（${context.addedOn}）`,
      field,
    });
  }
  const periods = timeline.map((p) => ({ ...p, to: p.to ?? null }));
  const flags = { eligible: change.eligible, aboveScale: change.aboveScale };
  const last = periods[periods.length - 1];
  if (!last) return ok([{ from: change.on, to: null, ...flags }]);
  if (change.on < last.from) {
    return err({
      code: "STATUS_BEFORE_LAST_CHANGE",
      message: `生效日期不能早于上一次变更（${last.from}），历史不可改写`,
      field,
    });
  }
  if (last.eligible === flags.eligible && last.aboveScale === flags.aboveScale) return ok(periods);
  if (change.on > last.from) {
    return ok([...periods.slice(0, -1), { ...last, to: change.on }, { from: change.on, to: null, ...flags }]);
  }
  const before = periods[periods.length - 2];
  if (
    before &&
    before.to === change.on &&
    before.eligible === flags.eligible &&
    before.aboveScale === flags.aboveScale
  ) {
    return ok([...periods.slice(0, -2), { ...before, to: null }]);
  }
  return ok([...periods.slice(0, -1), { from: last.from, to: null, ...flags }]);
}

/**
 * The timeline when the day the unit entered the ledger changes: the first period starts on the new
 * day. Refused when that day is not before the end of the first period (a later change would be lost).
 */
export function restartStatus(
  timeline: readonly StatusPeriod[],
  addedOn: IsoDate,
): Result<StatusPeriod[], Finding<StatusChangeCode>> {
  const [first, ...rest] = timeline;
  if (!first) return ok([]);
  if (first.to != null && addedOn >= first.to) {
    return err({
      code: "STATUS_BEFORE_ADDED",
      message: `纳入台账日期不能晚于“具备条件/规上”的变更日期（${first.to}）`,
      field: ["addedOn"],
    });
  }
  return ok([{ ...first, from: addedOn, to: first.to ?? null }, ...rest.map((p) => ({ ...p, to: p.to ?? null }))]);
}
