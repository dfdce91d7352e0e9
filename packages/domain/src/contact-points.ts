/**
 * Leaders' contact points (领导干部联系点), §3.5. A city leader (副市级以上) guides one organization a
 * year; a county leader's point lies in his county; counties report their lists by July 31.
 */
import { type IsoDate, isoDateUnchecked } from "./dates.js";
import type { LeaderLevel } from "./hierarchy.js";
import { err, ok, type Result } from "./result.js";

export interface LeaderFacts {
  readonly id: string;
  readonly level: LeaderLevel;
  /** Null for city leaders. */
  readonly countyCode: string | null;
}

export interface ContactPointFacts {
  readonly leaderId: string;
  readonly organizationId: string;
  readonly year: number;
  /** Null while in force; the day the assignment ended otherwise (history stays). */
  readonly endedOn?: IsoDate | null;
}

export type ContactPointError =
  | { readonly code: "ALREADY_ASSIGNED"; readonly message: string }
  | { readonly code: "OUT_OF_SCOPE"; readonly message: string }
  | { readonly code: "NOT_ELIGIBLE"; readonly message: string }
  | { readonly code: "INVALID_YEAR"; readonly message: string };

/** City leaders hold at most this many points in force per year (每人包扶一个). */
export const CITY_LEADER_POINTS_PER_YEAR = 1;

/**
 * Whether a leader may take an organization as a contact point for a year. Reassigning a city leader
 * is an explicit end of the old point first; `existing` are the leader's points of any year.
 */
export function checkContactPoint(
  leader: LeaderFacts,
  organization: { readonly id: string; readonly countyCode: string; readonly inPopulation: boolean },
  year: number,
  existing: readonly ContactPointFacts[],
): Result<true, ContactPointError> {
  if (!Number.isSafeInteger(year) || year < 2000 || year > 2999) {
    return err({ code: "INVALID_YEAR", message: "年度无效" });
  }
  if (!organization.inPopulation) {
    return err({ code: "NOT_ELIGIBLE", message: "联系点须是在册、正常经营且具备党建工作条件的两新组织" });
  }
  if (leader.level === "COUNTY" && leader.countyCode !== organization.countyCode) {
    return err({ code: "OUT_OF_SCOPE", message: "县级领导干部的联系点须在本县（市）区" });
  }
  const inForce = existing.filter((p) => p.leaderId === leader.id && p.year === year && p.endedOn == null);
  if (inForce.some((p) => p.organizationId === organization.id)) {
    return err({ code: "ALREADY_ASSIGNED", message: "该单位已是这位领导本年度的联系点" });
  }
  if (leader.level === "CITY" && inForce.length >= CITY_LEADER_POINTS_PER_YEAR) {
    return err({
      code: "ALREADY_ASSIGNED",
      message: "市级领导干部每年包扶一个联系点；如需调整，请先结束原联系点",
    });
  }
  return ok(true);
}

export type ContactPointEndError =
  | { readonly code: "ALREADY_ENDED"; readonly message: string }
  | { readonly code: "INVALID_END_DATE"; readonly message: string };

/**
 * Ending a contact point (before reassigning the leader): a point in force ends on a day between its
 * start and today; history stays (the point keeps its dates).
 */
export function checkContactPointEnd(
  point: { readonly startedOn: IsoDate; readonly endedOn?: IsoDate | null },
  endOn: IsoDate,
  today: IsoDate,
): Result<IsoDate, ContactPointEndError> {
  if (point.endedOn != null) return err({ code: "ALREADY_ENDED", message: `该联系点已于${point.endedOn}结束` });
  if (endOn < point.startedOn || endOn > today) {
    return err({ code: "INVALID_END_DATE", message: `结束日期须在${point.startedOn}至${today}之间` });
  }
  return ok(endOn);
}

/** Counties report their county leaders' contact-point lists to the city by July 31. */
export function countyContactListDueOn(year: number): IsoDate {
  return isoDateUnchecked(year, 7, 31);
}

/** Overdue: not reported and the due day has passed, or reported after it. */
export function isContactListOverdue(year: number, reportedOn: IsoDate | null, today: IsoDate): boolean {
  const due = countyContactListDueOn(year);
  return reportedOn == null ? today > due : reportedOn > due;
}

/**
 * 联络人 of a contact point: for a city leader's point, the 常委组织部长 of the county the point lies
 * in; county leaders' points have none by rule.
 */
export function liaisonOfficerFor(
  leader: LeaderFacts,
  pointCountyCode: string,
  organizationHeads: Readonly<Record<string, string>>,
): string | null {
  return leader.level === "CITY" ? (organizationHeads[pointCountyCode] ?? null) : null;
}

/** Contact points in force that are not (yet) demonstration sites: they are to be built into ones. */
export function contactPointsWithoutSite<P extends ContactPointFacts>(
  points: readonly P[],
  siteOrganizationIds: ReadonlySet<string>,
): P[] {
  return points.filter((p) => p.endedOn == null && !siteOrganizationIds.has(p.organizationId));
}
