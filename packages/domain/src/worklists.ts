/**
 * The lists the speech sets the counties to work through (§3.1, §3.3):
 * - 应建未建: units with 3 or more formal members and no party organization of their own (a unit in a
 *   joint branch or affiliated to another's still should form its own: 应建尽建);
 * - 边建厂边建党: units added to the ledger in a period that still have no branch (new enterprises are
 *   to build the party as they build the plant);
 * and the order every gap list is worked in: the units with the most formal members first (the most
 * actionable), then the ledger's order.
 */
import type { CoverageData, CoverageIndex, CoverageScope, UnitCoverage } from "./coverage.js";
import { classifyPopulation, indexCoverageData } from "./coverage.js";
import type { IsoDate } from "./dates.js";
import { MIN_FORMAL_MEMBERS } from "./formation.js";

/**
 * 应建未建: in the population, 3+ formal members, and not hosting a STANDALONE branch of its own.
 * `standaloneCovered` is the unit's own branch (UnitCoverage).
 */
export function shouldFormOwnBranch(unit: {
  readonly inPopulation: boolean;
  readonly formalMemberCount: number;
  readonly standaloneCovered: boolean;
}): boolean {
  return unit.inPopulation && unit.formalMemberCount >= MIN_FORMAL_MEMBERS && !unit.standaloneCovered;
}

/**
 * 边建厂边建党: a unit added to the ledger in [from, to] (inclusive) that is in the population on
 * `asOf` and no branch covers.
 */
export function isNewWithoutBranch(
  unit: { readonly addedOn: IsoDate; readonly inPopulation: boolean; readonly organizationCovered: boolean },
  from: IsoDate,
  to: IsoDate,
): boolean {
  return unit.inPopulation && !unit.organizationCovered && unit.addedOn >= from && unit.addedOn <= to;
}

/**
 * The order of every work list (targets' gaps, 应建未建, 边建厂边建党): more formal members first, then
 * the ledger's order (`ledgerOrder`: the ledger's ids ascending; reference ids are zero-padded).
 */
export function compareByActionability(
  a: { readonly formalMemberCount: number; readonly ledgerOrder: string | number },
  b: { readonly formalMemberCount: number; readonly ledgerOrder: string | number },
): number {
  return (
    b.formalMemberCount - a.formalMemberCount ||
    (a.ledgerOrder < b.ledgerOrder ? -1 : a.ledgerOrder > b.ledgerOrder ? 1 : 0)
  );
}

/** The organizations of the scope that should form their own branch on `asOf`, in work order. */
export function shouldFormOwnList(
  data: CoverageData | CoverageIndex,
  scope: CoverageScope,
  asOf: IsoDate,
): UnitCoverage[] {
  const index = "organizationById" in data ? data : indexCoverageData(data);
  const members = (u: UnitCoverage) => index.organizationById.get(u.organizationId)?.formalMemberCount ?? 0;
  return classifyPopulation(index, scope, asOf)
    .filter((u) => shouldFormOwnBranch({ ...u, formalMemberCount: members(u) }))
    .sort((a, b) =>
      compareByActionability(
        { formalMemberCount: members(a), ledgerOrder: a.organizationId },
        { formalMemberCount: members(b), ledgerOrder: b.organizationId },
      ),
    );
}

/** The units added in [from, to] still without a branch on `asOf`, in work order. */
export function newWithoutBranchList(
  data: CoverageData | CoverageIndex,
  scope: CoverageScope,
  from: IsoDate,
  to: IsoDate,
  asOf: IsoDate,
): UnitCoverage[] {
  const index = "organizationById" in data ? data : indexCoverageData(data);
  const org = (u: UnitCoverage) => index.organizationById.get(u.organizationId);
  return classifyPopulation(index, scope, asOf)
    .filter((u) => isNewWithoutBranch({ ...u, addedOn: org(u)?.addedOn ?? "" }, from, to))
    .sort((a, b) =>
      compareByActionability(
        { formalMemberCount: org(a)?.formalMemberCount ?? 0, ledgerOrder: a.organizationId },
        { formalMemberCount: org(b)?.formalMemberCount ?? 0, ledgerOrder: b.organizationId },
      ),
    );
}
