/**
 * The targets of the city's document No. 5 (5号文件), domain.md §3.3, from the coverage aggregates:
 * three statements of counts (above-scale population, whole population now, whole population on
 * January 1), never the ledger loaded into JavaScript. The units that make up each gap are the
 * organization filters that select them, paged in SQL by the organization connection.
 *
 * The domain's `targetProgress` defines the figures; `test/targets-agreement.test.ts` holds these
 * statements to it on the reference dataset and on one with history, on both back ends.
 */
import {
  doublingBaseline,
  type IsoDate,
  minDate,
  TARGET_LABELS,
  type TargetCode,
  targetDueOn,
  yearEnd,
} from "@liangxin/domain";
import type { UnitCounts } from "./coverage.service.js";
import type { CoverageReader } from "./coverage-aggregates.service.js";
import type { OrganizationFilterValues } from "./organization.service.js";

export interface TargetFigures {
  readonly target: TargetCode;
  readonly label: string;
  readonly dueOn: IsoDate;
  /** The day the figures are taken on: the year's last day, or today while the year runs. */
  readonly asOf: IsoDate;
  /** Null for the whole city. */
  readonly countyCode: string | null;
  readonly required: number;
  readonly achieved: number;
  readonly met: boolean;
  /** The organizations of the gap, as of `asOf`: a filter of the organization connection; null when there are none. */
  readonly gap: OrganizationFilterValues | null;
}

/** The day a year's targets are measured on: its last day once it is over, today before. */
export const targetsAsOf = (year: number, today: IsoDate): IsoDate => minDate(today, yearEnd(year));

export class TargetService {
  constructor(private readonly coverage: CoverageReader) {}

  async targets(year: number, countyCode: string | null, asOf: IsoDate): Promise<TargetFigures[]> {
    const [aboveScale, all, baseline] = (await this.coverage.unitCounts([
      { countyCode, category: "NON_PUBLIC_ENTERPRISE", aboveScaleOnly: true, asOf },
      { countyCode, category: null, aboveScaleOnly: false, asOf },
      { countyCode, category: null, aboveScaleOnly: false, asOf: doublingBaseline(year) },
    ])) as [UnitCounts, UnitCounts, UnitCounts];
    const withoutBranch = all.eligible - all.organization;
    // Liaison-covered units without a branch: liaison-covered minus those covered both ways.
    const dispatched = all.liaison - all.both;
    const figures = (target: TargetCode, required: number, achieved: number, gap: OrganizationFilterValues) => ({
      target,
      label: TARGET_LABELS[target],
      dueOn: targetDueOn(target, year),
      asOf,
      countyCode,
      required,
      achieved,
      met: achieved >= required,
      gap,
    });
    const population = { inPopulation: true, organizationCovered: false };
    const doubling = figures("COVERAGE_DOUBLING", 2 * baseline.organization, all.organization, population);
    return [
      figures("ABOVE_SCALE_FORMATION_100", aboveScale.eligible, aboveScale.organization, {
        ...population,
        category: "NON_PUBLIC_ENTERPRISE",
        aboveScale: true,
      }),
      figures("LIAISON_DISPATCH_100", withoutBranch, dispatched, { ...population, liaisonCovered: false }),
      // Until the target is met, every unit without a branch is a way to close it (the domain's gap).
      { ...doubling, gap: doubling.met ? null : doubling.gap },
    ];
  }
}
