/**
 * Proposing joint branches (联合党支部), domain.md §3.1: units with fewer than 3 formal members, in the
 * same county, grouped by park first, then by industry, then by county (行业相近、地域相邻), into groups
 * of at most `cap` units holding at least 3 formal members together.
 */
import { DEFAULT_FORMATION_CONFIG, type FormationConfig, MIN_FORMAL_MEMBERS } from "./formation.js";

export interface GroupableUnit {
  readonly id: string;
  readonly countyCode: string;
  readonly formalMemberCount: number;
  readonly parkId?: string | null;
  readonly industry?: string | null;
}

export type GroupingBasis = "PARK" | "INDUSTRY" | "COUNTY";

export interface JointGroup {
  readonly countyCode: string;
  readonly basis: GroupingBasis;
  /** The park or industry the group shares, for PARK and INDUSTRY groups. */
  readonly key: string | null;
  readonly unitIds: readonly string[];
  readonly formalMemberCount: number;
}

export interface GroupingProposal {
  readonly groups: readonly JointGroup[];
  /** Units with fewer than 3 members that no group could take: affiliate them or send a liaison. */
  readonly unplaced: readonly string[];
  /** Units with 3+ members: they form their own organization and are not grouped. */
  readonly shouldFormOwn: readonly string[];
}

export interface GroupingOptions extends Partial<FormationConfig> {
  /**
   * Also place units without any formal member into groups with room left, so that the joint branch
   * covers them (organization coverage). Default true.
   */
  readonly includeUnitsWithoutMembers?: boolean;
}

const byMembersDescThenId = (a: GroupableUnit, b: GroupableUnit): number =>
  b.formalMemberCount - a.formalMemberCount || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Packs one bucket greedily: the unit with the most members opens a group and the ones with the
 * fewest complete it to 3, so that members are spread over as many groups as possible; leftover
 * contributors and then member-less units fill the room that is left (smallest group first).
 */
function pack(units: readonly GroupableUnit[], cap: number, fillEmpty: boolean) {
  const contributors = units.filter((u) => u.formalMemberCount > 0).sort(byMembersDescThenId);
  const empty = units.filter((u) => u.formalMemberCount === 0).sort(byMembersDescThenId);
  const groups: GroupableUnit[][] = [];
  const leftover: GroupableUnit[] = [];
  while (contributors.length > 0) {
    const group = [contributors.shift() as GroupableUnit];
    let total = group[0]?.formalMemberCount ?? 0;
    while (total < MIN_FORMAL_MEMBERS && contributors.length > 0 && group.length < cap) {
      const smallest = contributors.pop() as GroupableUnit;
      group.push(smallest);
      total += smallest.formalMemberCount;
    }
    if (total >= MIN_FORMAL_MEMBERS) {
      groups.push(group);
    } else {
      leftover.push(...group, ...contributors.splice(0));
    }
  }
  const fill = (candidates: GroupableUnit[]): GroupableUnit[] => {
    const rest: GroupableUnit[] = [];
    for (const unit of candidates) {
      let target: GroupableUnit[] | undefined;
      for (const g of groups) if (g.length < cap && (!target || g.length < target.length)) target = g;
      if (target) target.push(unit);
      else rest.push(unit);
    }
    return rest;
  };
  const unplaced = fill(leftover.sort(byMembersDescThenId));
  unplaced.push(...(fillEmpty ? fill(empty) : empty));
  return { groups, unplaced };
}

/** Groups the units of each county: park buckets first, then industry buckets, then the county. */
export function proposeJointGroupings(
  units: readonly GroupableUnit[],
  options: GroupingOptions = {},
): GroupingProposal {
  const cap = options.jointUnitCap ?? DEFAULT_FORMATION_CONFIG.jointUnitCap;
  const fillEmpty = options.includeUnitsWithoutMembers ?? true;
  const shouldFormOwn = units
    .filter((u) => u.formalMemberCount >= MIN_FORMAL_MEMBERS)
    .map((u) => u.id)
    .sort();
  const candidates = units.filter((u) => u.formalMemberCount < MIN_FORMAL_MEMBERS);
  const counties = [...new Set(candidates.map((u) => u.countyCode))].sort();
  const groups: JointGroup[] = [];
  const unplaced: string[] = [];

  const toGroup = (countyCode: string, basis: GroupingBasis, key: string | null, g: GroupableUnit[]): JointGroup => ({
    countyCode,
    basis,
    key,
    unitIds: g.map((u) => u.id),
    formalMemberCount: g.reduce((s, u) => s + u.formalMemberCount, 0),
  });

  for (const countyCode of counties) {
    let pool = candidates.filter((u) => u.countyCode === countyCode);
    const stages: [GroupingBasis, (u: GroupableUnit) => string | null][] = [
      ["PARK", (u) => u.parkId ?? null],
      ["INDUSTRY", (u) => u.industry ?? null],
    ];
    for (const [basis, keyOf] of stages) {
      const keys = [...new Set(pool.map(keyOf).filter((k): k is string => k != null))].sort();
      const rest: GroupableUnit[] = pool.filter((u) => keyOf(u) == null);
      for (const key of keys) {
        const packed = pack(
          pool.filter((u) => keyOf(u) === key),
          cap,
          fillEmpty,
        );
        groups.push(...packed.groups.map((g) => toGroup(countyCode, basis, key, g)));
        rest.push(...packed.unplaced);
      }
      pool = rest;
    }
    const packed = pack(pool, cap, fillEmpty);
    groups.push(...packed.groups.map((g) => toGroup(countyCode, "COUNTY", null, g)));
    unplaced.push(...packed.unplaced.map((u) => u.id));
  }
  return { groups, unplaced: unplaced.sort(), shouldFormOwn };
}
