/**
 * The targets of the city's document No. 5 (5号文件), §3.3:
 * - by June 30, every above-scale non-public enterprise organization-covered (动态组建率保持100%, on the
 *   ledger as it stands, so new registrations count at once);
 * - by June 30, every eligible unit no branch covers has a liaison (派驻率 100%);
 * - by December 31, organization-covered units of both categories double against January 1 (翻一番).
 */
import type { CoverageData, CoverageIndex, UnitCoverage } from "./coverage.js";
import { classifyPopulation, indexCoverageData } from "./coverage.js";
import { type IsoDate, isoDateUnchecked, yearStart } from "./dates.js";
import { compareByActionability } from "./worklists.js";

export const TARGETS = ["ABOVE_SCALE_FORMATION_100", "LIAISON_DISPATCH_100", "COVERAGE_DOUBLING"] as const;
export type TargetCode = (typeof TARGETS)[number];

export const TARGET_LABELS: Readonly<Record<TargetCode, string>> = {
  ABOVE_SCALE_FORMATION_100: "规模以上非公企业党组织动态组建率保持100%",
  LIAISON_DISPATCH_100: "两新组织党建工作联络员派驻率达100%",
  COVERAGE_DOUBLING: "党组织覆盖在年初基础上翻一番",
};

export interface TargetProgress {
  readonly target: TargetCode;
  readonly dueOn: IsoDate;
  readonly required: number;
  readonly achieved: number;
  readonly met: boolean;
  /** Units that make up the gap, most actionable first (3+ formal members: 应建未建). */
  readonly gapOrganizationIds: readonly string[];
}

export function targetDueOn(target: TargetCode, year: number): IsoDate {
  return target === "COVERAGE_DOUBLING" ? isoDateUnchecked(year, 12, 31) : isoDateUnchecked(year, 6, 30);
}

/** The baseline of the doubling target: organization-covered units on January 1. */
export const doublingBaseline = (year: number): IsoDate => yearStart(year);

/** The gap lists' order: the work lists' (`compareByActionability`), most formal members first. */
function byActionability(index: CoverageIndex) {
  const key = (u: UnitCoverage) => ({
    formalMemberCount: index.organizationById.get(u.organizationId)?.formalMemberCount ?? 0,
    ledgerOrder: u.organizationId,
  });
  return (a: UnitCoverage, b: UnitCoverage): number => compareByActionability(key(a), key(b));
}

/**
 * Progress on the three targets for a year, for a county or the whole city, as of a date (the day of
 * the report; the ledger as it stood then).
 */
export function targetProgress(
  data: CoverageData | CoverageIndex,
  options: { readonly year: number; readonly asOf: IsoDate; readonly countyCode?: string | null },
): TargetProgress[] {
  const index = "organizationById" in data ? data : indexCoverageData(data);
  const { year, asOf } = options;
  const countyCode = options.countyCode ?? null;
  const order = byActionability(index);

  const aboveScale = classifyPopulation(
    index,
    { countyCode, category: "NON_PUBLIC_ENTERPRISE", aboveScaleOnly: true },
    asOf,
  );
  const aboveScaleGap = aboveScale.filter((u) => !u.organizationCovered).sort(order);

  const all = classifyPopulation(index, { countyCode }, asOf);
  const withoutBranch = all.filter((u) => !u.organizationCovered);
  const dispatchGap = withoutBranch.filter((u) => !u.liaisonCovered).sort(order);

  const baseline = classifyPopulation(index, { countyCode }, doublingBaseline(year)).filter(
    (u) => u.organizationCovered,
  ).length;
  const coveredNow = all.length - withoutBranch.length;

  const progress = (target: TargetCode, required: number, achieved: number, gap: UnitCoverage[]): TargetProgress => ({
    target,
    dueOn: targetDueOn(target, year),
    required,
    achieved,
    met: achieved >= required,
    gapOrganizationIds: gap.map((u) => u.organizationId),
  });

  return [
    progress("ABOVE_SCALE_FORMATION_100", aboveScale.length, aboveScale.length - aboveScaleGap.length, aboveScaleGap),
    progress("LIAISON_DISPATCH_100", withoutBranch.length, withoutBranch.length - dispatchGap.length, dispatchGap),
    progress(
      "COVERAGE_DOUBLING",
      2 * baseline,
      coveredNow,
      coveredNow >= 2 * baseline ? [] : [...withoutBranch].sort(order),
    ),
  ];
}
