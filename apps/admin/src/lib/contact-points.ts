/**
 * Rows of the 联系点 table: one per leader and contact point (a leader without a point for the
 * year still has a row, so the gaps show), in the leaders' protocol order.
 */

export interface LeaderLike {
  readonly id: string;
  readonly name: string;
  readonly title: string;
  readonly contactPoints: readonly ContactPointLike[];
}

export interface ContactPointLike {
  readonly id: string;
  readonly startedOn: string;
  readonly endedOn: string | null;
  readonly liaisonOfficerName: string | null;
  readonly organization: {
    readonly id: string;
    readonly name: string;
    readonly county: { readonly code: string; readonly name: string };
  };
}

export interface ContactPointRow<L extends LeaderLike = LeaderLike> {
  readonly key: string;
  /** 1-based position of the leader in the list. */
  readonly order: number;
  readonly leader: L;
  readonly point: L["contactPoints"][number] | null;
}

export function contactPointRows<L extends LeaderLike>(
  leaders: readonly L[],
  options: { onlyCountyCode?: string } = {},
): ContactPointRow<L>[] {
  const rows: ContactPointRow<L>[] = [];
  leaders.forEach((leader, index) => {
    const points = options.onlyCountyCode
      ? leader.contactPoints.filter((p) => p.organization.county.code === options.onlyCountyCode)
      : leader.contactPoints;
    if (points.length === 0) {
      // Within one county, a city leader whose point is elsewhere is not that county's business.
      if (!options.onlyCountyCode) rows.push({ key: leader.id, order: index + 1, leader, point: null });
      return;
    }
    // Current points first, then the ended ones (reassignment keeps history).
    const sorted = [...points].sort((a, b) => Number(a.endedOn !== null) - Number(b.endedOn !== null));
    for (const point of sorted) rows.push({ key: `${leader.id}:${point.id}`, order: index + 1, leader, point });
  });
  return rows;
}

export interface ContactPointSummary {
  readonly leaders: number;
  readonly withPoint: number;
  readonly withoutPoint: number;
}

/** Whether a leader has a point in force (not ended) for the year. */
export function hasCurrentPoint(leader: Pick<LeaderLike, "contactPoints">): boolean {
  return leader.contactPoints.some((p) => p.endedOn === null);
}

/** Leaders with a current (not ended) point for the year, and those without one. */
export function summarize(leaders: readonly LeaderLike[]): ContactPointSummary {
  const withPoint = leaders.filter(hasCurrentPoint).length;
  return { leaders: leaders.length, withPoint, withoutPoint: leaders.length - withPoint };
}

/** Years offered: from the first year of the reference data to the current one, latest first. */
export function yearOptions(currentYear: number, firstYear = 2023): number[] {
  const years: number[] = [];
  for (let y = Math.max(currentYear, firstYear); y >= firstYear; y--) years.push(y);
  return years;
}

export interface ContactListStatus {
  readonly label: string;
  readonly color: "success" | "warning" | "error" | "default";
}

/**
 * A county's contact-point list for the year as the 落实情况 table shows it: reported on time,
 * reported late, overdue (not reported, due day passed), or not yet due. `overdue` is the server's.
 */
export function contactListStatus(list: {
  readonly reportedOn: string | null;
  readonly overdue: boolean;
}): ContactListStatus {
  if (list.reportedOn)
    return list.overdue ? { label: "逾期报送", color: "warning" } : { label: "已按时报送", color: "success" };
  return list.overdue ? { label: "逾期未报送", color: "error" } : { label: "未报送", color: "default" };
}
