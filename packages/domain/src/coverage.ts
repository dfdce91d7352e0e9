/**
 * Coverage (双覆盖) and the rates of domain.md §3.2. These functions define the numbers: the server's
 * SQL aggregates must return the same figures on the same data.
 *
 * Population U at a date: the organizations in scope that are eligible (具备开展党建工作条件) on that
 * date, already on the ledger (addedOn ≤ date) and still operating (no ceasedOn, or ceasedOn after the
 * date). Eligibility and the above-scale flag are read from the unit's timeline (status.ts): the
 * period in force on the date, not today's flags.
 * Validity is half-open everywhere: a branch founded on `foundedOn` and dissolved on `dissolvedOn`
 * is in force on foundedOn ≤ d < dissolvedOn; the same for coverage links and liaison assignments.
 */
import { type IsoDate, isInForce } from "./dates.js";
import {
  BRANCH_LEVELS,
  type BranchLevel,
  type CoverageRole,
  FORMATIONS,
  type Formation,
  type OrganizationCategory,
} from "./hierarchy.js";
import { type Rate, rateUnchecked } from "./rate.js";
import { type StatusPeriod, statusOn } from "./status.js";

export interface OrganizationFacts {
  readonly id: string;
  readonly countyCode: string;
  /**
   * The industrial park (园区) the unit is in, if any (a park lies in one county). Today's value: like
   * the county and the category it has no dates, so moving a unit moves its whole history.
   */
  readonly parkId?: string | null;
  readonly category: OrganizationCategory;
  readonly aboveScale: boolean;
  /** 具备开展党建工作条件: counted in the population when operating. */
  readonly eligible: boolean;
  /** Day the unit entered the ledger. */
  readonly addedOn: IsoDate;
  /** First day it no longer operates (cancelled, moved away, merged); null while operating. */
  readonly ceasedOn?: IsoDate | null;
  readonly formalMemberCount: number;
  /**
   * `eligible` and `aboveScale` over time (status.ts): half-open periods from `addedOn`. Without a
   * history the unit had today's flags (the two above) all its life.
   */
  readonly statusHistory?: readonly StatusPeriod[] | null;
}

export interface BranchFacts {
  readonly id: string;
  readonly formation: Formation;
  /** The level now. */
  readonly level: BranchLevel;
  readonly foundedOn: IsoDate;
  readonly dissolvedOn?: IsoDate | null;
  /**
   * The level over time, when it changed (党支部 → 党总支 → 党委): half-open periods. A branch without
   * history had its `level` all its life.
   */
  readonly levelHistory?: readonly {
    readonly level: BranchLevel;
    readonly from: IsoDate;
    readonly to?: IsoDate | null;
  }[];
}

/** The branch's level in force on a day: from its history, or its level when it has none for the day. */
export function levelOn(branch: BranchFacts, date: IsoDate): BranchLevel {
  return branch.levelHistory?.find((p) => isInForce(p, date))?.level ?? branch.level;
}

export interface CoverageLinkFacts {
  readonly branchId: string;
  readonly organizationId: string;
  readonly role: CoverageRole;
  readonly from: IsoDate;
  readonly to?: IsoDate | null;
}

export interface LiaisonAssignmentFacts {
  readonly liaisonId: string;
  readonly organizationId: string;
  readonly from: IsoDate;
  readonly to?: IsoDate | null;
}

export interface CoverageData {
  readonly organizations: readonly OrganizationFacts[];
  readonly branches: readonly BranchFacts[];
  readonly links: readonly CoverageLinkFacts[];
  readonly assignments: readonly LiaisonAssignmentFacts[];
}

/**
 * Which population a figure is about: the city (no county), a county, an industrial park, a
 * category, above-scale only. A park scope holds the units of the park; branches and liaisons count
 * once when they cover (are assigned to) at least one unit of it in the population.
 */
export interface CoverageScope {
  readonly countyCode?: string | null;
  /** Only units of this park (园区). */
  readonly parkId?: string | null;
  readonly category?: OrganizationCategory | null;
  /** Only above-scale (规上) units; only non-public enterprises carry the flag. */
  readonly aboveScaleOnly?: boolean | null;
}

/** Branches of these formations give a unit organization coverage (any role, 挂靠 included). */
export const ORGANIZATION_COVERING_FORMATIONS: readonly Formation[] = FORMATIONS;

/** Pre-indexed data: build once, ask many questions. */
export interface CoverageIndex {
  readonly organizations: readonly OrganizationFacts[];
  readonly organizationById: ReadonlyMap<string, OrganizationFacts>;
  readonly branchById: ReadonlyMap<string, BranchFacts>;
  readonly linksByOrganization: ReadonlyMap<string, readonly CoverageLinkFacts[]>;
  readonly linksByBranch: ReadonlyMap<string, readonly CoverageLinkFacts[]>;
  readonly assignmentsByOrganization: ReadonlyMap<string, readonly LiaisonAssignmentFacts[]>;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

export function indexCoverageData(data: CoverageData): CoverageIndex {
  return {
    organizations: data.organizations,
    organizationById: new Map(data.organizations.map((o) => [o.id, o])),
    branchById: new Map(data.branches.map((b) => [b.id, b])),
    linksByOrganization: groupBy(data.links, (l) => l.organizationId),
    linksByBranch: groupBy(data.links, (l) => l.branchId),
    assignmentsByOrganization: groupBy(data.assignments, (a) => a.organizationId),
  };
}

const asIndex = (data: CoverageData | CoverageIndex): CoverageIndex =>
  "organizationById" in data ? data : indexCoverageData(data);

/** Eligible on the day: by the unit's timeline when it has one, else by its flag. */
function eligibleOn(org: Pick<OrganizationFacts, "eligible" | "addedOn" | "statusHistory">, date: IsoDate): boolean {
  if (!org.statusHistory || org.statusHistory.length === 0) return org.eligible;
  return statusOn({ ...org, aboveScale: false }, date)?.eligible ?? false;
}

/** Above-scale on the day (the period in force), by the unit's timeline. */
export function aboveScaleOn(
  org: Pick<OrganizationFacts, "eligible" | "aboveScale" | "addedOn" | "statusHistory">,
  date: IsoDate,
): boolean {
  return statusOn(org, date)?.aboveScale ?? false;
}

export function isInPopulation(
  org: Pick<OrganizationFacts, "eligible" | "addedOn" | "ceasedOn" | "statusHistory">,
  asOf: IsoDate,
): boolean {
  return org.addedOn <= asOf && (org.ceasedOn == null || asOf < org.ceasedOn) && eligibleOn(org, asOf);
}

/** Whether the unit is in the scope; above-scale as of `on` (the figures' date). */
export function matchesScope(org: OrganizationFacts, scope: CoverageScope, on: IsoDate): boolean {
  if (scope.countyCode != null && org.countyCode !== scope.countyCode) return false;
  if (scope.parkId != null && (org.parkId ?? null) !== scope.parkId) return false;
  if (scope.category != null && org.category !== scope.category) return false;
  if (scope.aboveScaleOnly && !aboveScaleOn(org, on)) return false;
  return true;
}

export function branchInForce(branch: BranchFacts, asOf: IsoDate): boolean {
  return isInForce({ from: branch.foundedOn, to: branch.dissolvedOn ?? null }, asOf);
}

/** Exactly one of these applies to every unit at every date. */
export const COVERAGE_STATUSES = [
  "ORGANIZATION_AND_LIAISON",
  "ORGANIZATION_ONLY",
  "LIAISON_ONLY",
  "GAP",
  "NOT_IN_POPULATION",
] as const;
export type CoverageStatus = (typeof COVERAGE_STATUSES)[number];

/** The one status of a unit from its three facts (exhaustive and exclusive). */
export function coverageStatus(facts: {
  readonly inPopulation: boolean;
  readonly organizationCovered: boolean;
  readonly liaisonCovered: boolean;
}): CoverageStatus {
  if (!facts.inPopulation) return "NOT_IN_POPULATION";
  if (facts.organizationCovered) return facts.liaisonCovered ? "ORGANIZATION_AND_LIAISON" : "ORGANIZATION_ONLY";
  return facts.liaisonCovered ? "LIAISON_ONLY" : "GAP";
}

export interface UnitCoverage {
  readonly organizationId: string;
  readonly status: CoverageStatus;
  readonly inPopulation: boolean;
  /** Covered by a branch in force (any formation, any role). */
  readonly organizationCovered: boolean;
  /** Hosts its own STANDALONE branch. */
  readonly standaloneCovered: boolean;
  /** Has a liaison or instructor assignment in force. */
  readonly liaisonCovered: boolean;
  /** Organization- or liaison-covered. */
  readonly dualCovered: boolean;
  /** Branches in force covering the unit, with the unit's role in each. */
  readonly branches: readonly {
    readonly branchId: string;
    readonly formation: Formation;
    readonly role: CoverageRole;
  }[];
  /** Liaisons with an assignment in force. */
  readonly liaisonIds: readonly string[];
}

/** Links of a unit that are in force at the date, through a branch also in force. */
function linksInForce(index: CoverageIndex, organizationId: string, asOf: IsoDate) {
  const result: { link: CoverageLinkFacts; branch: BranchFacts }[] = [];
  for (const link of index.linksByOrganization.get(organizationId) ?? []) {
    if (!isInForce(link, asOf)) continue;
    const branch = index.branchById.get(link.branchId);
    if (branch && branchInForce(branch, asOf) && ORGANIZATION_COVERING_FORMATIONS.includes(branch.formation)) {
      result.push({ link, branch });
    }
  }
  return result;
}

/**
 * Classifies one unit as of a date. A unit outside the population (ineligible, not yet on the
 * ledger, ceased) is NOT_IN_POPULATION whatever covers it.
 */
export function classifyUnit(
  data: CoverageData | CoverageIndex,
  organizationId: string,
  asOf: IsoDate,
): UnitCoverage | undefined {
  const index = asIndex(data);
  const org = index.organizationById.get(organizationId);
  if (!org) return undefined;
  const links = linksInForce(index, organizationId, asOf);
  const liaisonIds = [
    ...new Set(
      (index.assignmentsByOrganization.get(organizationId) ?? [])
        .filter((a) => isInForce(a, asOf))
        .map((a) => a.liaisonId),
    ),
  ].sort();
  const inPopulation = isInPopulation(org, asOf);
  const organizationCovered = links.length > 0;
  const liaisonCovered = liaisonIds.length > 0;
  const status = coverageStatus({ inPopulation, organizationCovered, liaisonCovered });
  return {
    organizationId,
    status,
    inPopulation,
    organizationCovered,
    standaloneCovered: links.some(({ link, branch }) => branch.formation === "STANDALONE" && link.role === "HOST"),
    liaisonCovered,
    dualCovered: organizationCovered || liaisonCovered,
    branches: links.map(({ link, branch }) => ({ branchId: branch.id, formation: branch.formation, role: link.role })),
    liaisonIds,
  };
}

/** Every unit of the scope's population, classified. */
export function classifyPopulation(
  data: CoverageData | CoverageIndex,
  scope: CoverageScope,
  asOf: IsoDate,
): UnitCoverage[] {
  const index = asIndex(data);
  const result: UnitCoverage[] = [];
  for (const org of index.organizations) {
    if (!matchesScope(org, scope, asOf) || !isInPopulation(org, asOf)) continue;
    result.push(classifyUnit(index, org.id, asOf) as UnitCoverage);
  }
  return result;
}

const zeroBy = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export interface CoverageFigures {
  readonly asOf: IsoDate;
  readonly scope: CoverageScope;
  /** |U|. */
  readonly eligibleCount: number;
  /** 组建率: units covered by a branch ÷ |U|. */
  readonly organizationCoverage: Rate;
  /** 单独组建率: units hosting their own STANDALONE branch ÷ |U|. */
  readonly standaloneCoverage: Rate;
  /** 联络员覆盖率: units with a liaison or instructor ÷ |U|. */
  readonly liaisonCoverage: Rate;
  /** 双覆盖率: organization- or liaison-covered ÷ |U|. */
  readonly dualCoverage: Rate;
  /** Units covered both ways. */
  readonly bothCount: number;
  /** 空白点: units neither organization- nor liaison-covered. */
  readonly gapCount: number;
  /** Units covered by a branch of each formation (a unit in two formations counts in both). */
  readonly unitsByFormation: Readonly<Record<Formation, number>>;
  /** Branches in force covering at least one unit of the population. */
  readonly branchCount: number;
  readonly branchesByFormation: Readonly<Record<Formation, number>>;
  readonly branchesByLevel: Readonly<Record<BranchLevel, number>>;
  /** Liaisons and instructors (people) with an assignment in force to a unit of the population. */
  readonly liaisonCount: number;
  /** Units each liaison covers on average; null without liaisons. */
  readonly unitsPerLiaison: number | null;
}

/** All the figures of §3.2 for one scope at one date. */
export function coverageFigures(
  data: CoverageData | CoverageIndex,
  scope: CoverageScope,
  asOf: IsoDate,
): CoverageFigures {
  const index = asIndex(data);
  let eligible = 0;
  let organization = 0;
  let standalone = 0;
  let liaison = 0;
  let both = 0;
  const unitsByFormation = zeroBy(FORMATIONS);
  const branches = new Map<string, BranchFacts>();
  const liaisons = new Set<string>();
  for (const unit of classifyPopulation(index, scope, asOf)) {
    eligible += 1;
    if (unit.organizationCovered) organization += 1;
    if (unit.standaloneCovered) standalone += 1;
    if (unit.liaisonCovered) liaison += 1;
    if (unit.organizationCovered && unit.liaisonCovered) both += 1;
    for (const formation of new Set(unit.branches.map((b) => b.formation))) unitsByFormation[formation] += 1;
    for (const b of unit.branches) branches.set(b.branchId, index.branchById.get(b.branchId) as BranchFacts);
    for (const id of unit.liaisonIds) liaisons.add(id);
  }
  const branchesByFormation = zeroBy(FORMATIONS);
  const branchesByLevel = zeroBy(BRANCH_LEVELS);
  for (const branch of branches.values()) {
    branchesByFormation[branch.formation] += 1;
    branchesByLevel[levelOn(branch, asOf)] += 1;
  }
  const dual = organization + liaison - both;
  return {
    asOf,
    scope,
    eligibleCount: eligible,
    organizationCoverage: rateUnchecked(organization, eligible),
    standaloneCoverage: rateUnchecked(standalone, eligible),
    liaisonCoverage: rateUnchecked(liaison, eligible),
    dualCoverage: rateUnchecked(dual, eligible),
    bothCount: both,
    gapCount: eligible - dual,
    unitsByFormation,
    branchCount: branches.size,
    branchesByFormation,
    branchesByLevel,
    liaisonCount: liaisons.size,
    unitsPerLiaison: unitsPerLiaison(liaison, liaisons.size),
  };
}

/**
 * Units each liaison covers on average (§3.2: "1184 liaisons covering 1618 enterprises", 1.37):
 * liaison-covered units ÷ liaisons (people) with an assignment in the population; null without
 * liaisons.
 */
export function unitsPerLiaison(liaisonCoveredUnits: number, liaisons: number): number | null {
  return liaisons === 0 ? null : liaisonCoveredUnits / liaisons;
}

export interface BranchesFounded {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly total: number;
  readonly byFormation: Readonly<Record<Formation, number>>;
  readonly byLevel: Readonly<Record<BranchLevel, number>>;
  /** Units the new branches covered on their founding day, by formation. */
  readonly unitsByFormation: Readonly<Record<Formation, number>>;
}

/**
 * Branches founded in [from, to] (inclusive) that, on their founding day, covered at least one unit
 * matching the scope (above-scale on that day). Founding is history: a branch dissolved since still
 * counts.
 */
export function branchesFounded(
  data: CoverageData | CoverageIndex,
  scope: CoverageScope,
  from: IsoDate,
  to: IsoDate,
): BranchesFounded {
  const index = asIndex(data);
  const byFormation = zeroBy(FORMATIONS);
  const byLevel = zeroBy(BRANCH_LEVELS);
  const unitsByFormation = zeroBy(FORMATIONS);
  let total = 0;
  for (const branch of index.branchById.values()) {
    if (branch.foundedOn < from || branch.foundedOn > to) continue;
    const units = (index.linksByBranch.get(branch.id) ?? []).filter((link) => {
      const org = index.organizationById.get(link.organizationId);
      return org !== undefined && isInForce(link, branch.foundedOn) && matchesScope(org, scope, branch.foundedOn);
    });
    if (units.length === 0) continue;
    total += 1;
    byFormation[branch.formation] += 1;
    byLevel[levelOn(branch, branch.foundedOn)] += 1;
    unitsByFormation[branch.formation] += new Set(units.map((l) => l.organizationId)).size;
  }
  return { from, to, total, byFormation, byLevel, unitsByFormation };
}
