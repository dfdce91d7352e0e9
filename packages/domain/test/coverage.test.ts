import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type BranchFacts,
  branchesFounded,
  COVERAGE_STATUSES,
  type CoverageData,
  type CoverageLinkFacts,
  classifyUnit,
  coverageFigures,
  indexCoverageData,
  type OrganizationFacts,
} from "../src/index.js";
import { coverageDataset, day } from "./arbitraries.js";

const org = (id: string, extra: Partial<OrganizationFacts> = {}): OrganizationFacts => ({
  id,
  countyCode: "211281",
  category: "NON_PUBLIC_ENTERPRISE",
  aboveScale: false,
  eligible: true,
  addedOn: "2020-01-01",
  ceasedOn: null,
  formalMemberCount: 0,
  ...extra,
});
const branch = (
  id: string,
  formation: BranchFacts["formation"],
  foundedOn: string,
  extra: Partial<BranchFacts> = {},
) => ({
  id,
  formation,
  level: "BRANCH" as const,
  foundedOn,
  dissolvedOn: null,
  ...extra,
});
const link = (
  branchId: string,
  organizationId: string,
  role: CoverageLinkFacts["role"],
  from: string,
  to?: string,
) => ({
  branchId,
  organizationId,
  role,
  from,
  to: to ?? null,
});

/*
 * A small county:
 * - a: standalone branch since 2021 (HOST), and a liaison → both
 * - b, c: a joint branch founded 2023-03-01 (MEMBER)
 * - d: affiliated (挂靠) to a's branch → organization-covered, not standalone
 * - e: liaison only; f: nothing (gap)
 * - g: a branch dissolved on 2023-04-01
 * - h: ceased on 2023-02-01 (out of the population after), i: not eligible, j: joins the ledger 2023-05-01
 * - k: social organization with a standalone branch; l: above-scale enterprise, uncovered
 */
const data: CoverageData = {
  organizations: [
    org("a", { formalMemberCount: 5 }),
    org("b", { formalMemberCount: 2 }),
    org("c", { formalMemberCount: 1 }),
    org("d", { formalMemberCount: 1 }),
    org("e"),
    org("f"),
    org("g", { formalMemberCount: 3 }),
    org("h", { ceasedOn: "2023-02-01" }),
    org("i", { eligible: false }),
    org("j", { addedOn: "2023-05-01" }),
    org("k", { category: "SOCIAL_ORGANIZATION", formalMemberCount: 4 }),
    org("l", { aboveScale: true, countyCode: "211282" }),
  ],
  branches: [
    branch("A", "STANDALONE", "2021-06-01"),
    branch("BC", "JOINT", "2023-03-01"),
    branch("G", "STANDALONE", "2020-01-01", { dissolvedOn: "2023-04-01" }),
    branch("K", "STANDALONE", "2022-11-15"),
  ],
  links: [
    link("A", "a", "HOST", "2021-06-01"),
    link("BC", "b", "MEMBER", "2023-03-01"),
    link("BC", "c", "MEMBER", "2023-03-01"),
    link("A", "d", "AFFILIATED", "2022-01-01"),
    link("G", "g", "HOST", "2020-01-01", "2023-04-01"),
    link("K", "k", "HOST", "2022-11-15"),
  ],
  assignments: [
    { liaisonId: "L1", organizationId: "a", from: "2022-01-01", to: null },
    { liaisonId: "L1", organizationId: "e", from: "2022-01-01", to: null },
    { liaisonId: "L2", organizationId: "f", from: "2021-01-01", to: "2023-01-01" },
    { liaisonId: "L3", organizationId: "h", from: "2021-01-01", to: null },
  ],
};
const index = indexCoverageData(data);
const NP = { category: "NON_PUBLIC_ENTERPRISE" } as const;

describe("classifyUnit", () => {
  it.each([
    ["a", "ORGANIZATION_AND_LIAISON"],
    ["b", "ORGANIZATION_ONLY"],
    ["d", "ORGANIZATION_ONLY"],
    ["e", "LIAISON_ONLY"],
    ["f", "GAP"],
    ["g", "GAP"],
    ["h", "NOT_IN_POPULATION"],
    ["i", "NOT_IN_POPULATION"],
    ["j", "GAP"],
  ])("%s on 2023-05-31 is %s", (id, status) => {
    expect(classifyUnit(index, id, "2023-05-31")?.status).toBe(status);
  });

  it("counts 挂靠 as organization coverage but not as 单独组建", () => {
    expect(classifyUnit(index, "d", "2023-05-31")).toMatchObject({
      organizationCovered: true,
      standaloneCovered: false,
      branches: [{ branchId: "A", formation: "STANDALONE", role: "AFFILIATED" }],
    });
  });

  it("sees history as of a date: before founding, after dissolution, after an assignment ended", () => {
    expect(classifyUnit(index, "b", "2023-02-28")?.status).toBe("GAP");
    expect(classifyUnit(index, "b", "2023-03-01")?.status).toBe("ORGANIZATION_ONLY");
    expect(classifyUnit(index, "g", "2023-03-31")?.status).toBe("ORGANIZATION_ONLY");
    expect(classifyUnit(index, "g", "2023-04-01")?.status).toBe("GAP");
    expect(classifyUnit(index, "f", "2022-12-31")?.status).toBe("LIAISON_ONLY");
    expect(classifyUnit(index, "h", "2023-01-31")?.status).toBe("LIAISON_ONLY");
    expect(classifyUnit(index, "j", "2023-04-30")?.status).toBe("NOT_IN_POPULATION");
  });

  it("returns undefined for an unknown unit", () => {
    expect(classifyUnit(index, "nope", "2023-05-31")).toBeUndefined();
  });
});

describe("coverageFigures", () => {
  it("computes every rate of §3.2 for a county and category", () => {
    const f = coverageFigures(index, { ...NP, countyCode: "211281" }, "2023-05-31");
    // population: a b c d e f g j (h ceased, i ineligible, k social, l other county)
    expect(f.eligibleCount).toBe(8);
    expect(f.organizationCoverage).toMatchObject({ numerator: 4, denominator: 8, percent: "50.0%" });
    expect(f.standaloneCoverage.numerator).toBe(1);
    expect(f.liaisonCoverage.numerator).toBe(2);
    expect(f.dualCoverage.numerator).toBe(5);
    expect([f.bothCount, f.gapCount]).toEqual([1, 3]);
    expect(f.branchCount).toBe(2);
    expect(f.branchesByFormation).toMatchObject({ STANDALONE: 1, JOINT: 1 });
    expect(f.unitsByFormation).toMatchObject({ STANDALONE: 2, JOINT: 2 });
    expect(f.liaisonCount).toBe(1);
    expect(f.unitsPerLiaison).toBe(2);
  });

  it("restricts to above-scale units, and gives null rates on an empty population", () => {
    const f = coverageFigures(index, { aboveScaleOnly: true }, "2023-05-31");
    expect(f.organizationCoverage).toMatchObject({ numerator: 0, denominator: 1, percent: "0.0%" });
    const empty = coverageFigures(index, { countyCode: "211221" }, "2023-05-31");
    expect(empty.organizationCoverage).toEqual({ numerator: 0, denominator: 0, ratio: null, percent: null });
    expect(empty.unitsPerLiaison).toBeNull();
  });
});

describe("a branch's level over time", () => {
  it("counts a branch at the level in force on the day", () => {
    const upgraded: CoverageData = {
      ...data,
      branches: data.branches.map((b) =>
        b.id === "A"
          ? {
              ...b,
              level: "GENERAL_BRANCH" as const,
              levelHistory: [
                { level: "BRANCH" as const, from: "2021-06-01", to: "2023-04-20" },
                { level: "GENERAL_BRANCH" as const, from: "2023-04-20", to: null },
              ],
            }
          : b,
      ),
    };
    const before = coverageFigures(upgraded, NP, "2023-04-19");
    const after = coverageFigures(upgraded, NP, "2023-04-20");
    expect([before.branchesByLevel.BRANCH, before.branchesByLevel.GENERAL_BRANCH]).toEqual([2, 0]);
    expect([after.branchesByLevel.BRANCH, after.branchesByLevel.GENERAL_BRANCH]).toEqual([1, 1]);
    expect(branchesFounded(upgraded, {}, "2021-06-01", "2021-06-01").byLevel).toMatchObject({
      BRANCH: 1,
      GENERAL_BRANCH: 0,
    });
  });
});

describe("branchesFounded", () => {
  it("counts branches founded in an inclusive period by the units they covered on founding", () => {
    const all = branchesFounded(index, {}, "2022-11-15", "2023-03-01");
    expect(all).toMatchObject({ total: 2, byFormation: { STANDALONE: 1, JOINT: 1 }, unitsByFormation: { JOINT: 2 } });
    expect(branchesFounded(index, NP, "2022-11-15", "2023-03-01").total).toBe(1);
    expect(branchesFounded(index, {}, "2022-11-16", "2023-02-28").total).toBe(0);
  });

  it("still counts a branch dissolved since", () => {
    expect(branchesFounded(index, {}, "2020-01-01", "2020-01-01").total).toBe(1);
  });
});

describe("properties", () => {
  it("classification is exhaustive and exclusive, and agrees with the flags", () => {
    fc.assert(
      fc.property(coverageDataset, day, (d, asOf) => {
        for (const o of d.organizations) {
          const c = classifyUnit(d, o.id, asOf);
          expect(c).toBeDefined();
          if (!c) return;
          expect(COVERAGE_STATUSES).toContain(c.status);
          const expected = !c.inPopulation
            ? "NOT_IN_POPULATION"
            : c.organizationCovered && c.liaisonCovered
              ? "ORGANIZATION_AND_LIAISON"
              : c.organizationCovered
                ? "ORGANIZATION_ONLY"
                : c.liaisonCovered
                  ? "LIAISON_ONLY"
                  : "GAP";
          expect(c.status).toBe(expected);
          if (c.standaloneCovered) expect(c.organizationCovered).toBe(true);
        }
      }),
    );
  });

  it("every rate keeps 0 ≤ numerator ≤ denominator, and the statuses partition the population", () => {
    fc.assert(
      fc.property(coverageDataset, day, fc.constantFrom(null, "211281"), (d, asOf, countyCode) => {
        const f = coverageFigures(d, { countyCode }, asOf);
        for (const r of [f.organizationCoverage, f.standaloneCoverage, f.liaisonCoverage, f.dualCoverage]) {
          expect(r.numerator).toBeGreaterThanOrEqual(0);
          expect(r.numerator).toBeLessThanOrEqual(r.denominator);
          expect(r.denominator).toBe(f.eligibleCount);
        }
        const statuses = d.organizations
          .filter((o) => countyCode === null || o.countyCode === countyCode)
          .map((o) => classifyUnit(d, o.id, asOf)?.status)
          .filter((s) => s !== "NOT_IN_POPULATION");
        expect(statuses).toHaveLength(f.eligibleCount);
        expect(statuses.filter((s) => s === "GAP")).toHaveLength(f.gapCount);
        expect(f.standaloneCoverage.numerator).toBeLessThanOrEqual(f.organizationCoverage.numerator);
        expect(f.dualCoverage.numerator).toBe(f.eligibleCount - f.gapCount);
      }),
    );
  });
});
