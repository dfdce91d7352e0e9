import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  accumulateContributions,
  BRANCH_LEVELS,
  branchesFounded,
  type CoverageData,
  type CoverageFigureName,
  cellKey,
  cellOfKey,
  contributionEntities,
  coverageContributions,
  coverageFigures,
  type FigureVector,
  FORMATIONS,
  indexCoverageData,
  type OrganizationFacts,
  type ScopeCell,
  sumContributions,
} from "../src/index.js";
import { coverageDataset, day } from "./arbitraries.js";

const cell = fc
  .record({
    place: fc.constantFrom(
      { countyCode: null, parkId: null },
      { countyCode: "211281", parkId: null },
      { countyCode: "211282", parkId: null },
      { countyCode: null, parkId: "1" },
      { countyCode: null, parkId: "2" },
    ),
    category: fc.constantFrom(null, "NON_PUBLIC_ENTERPRISE" as const, "SOCIAL_ORGANIZATION" as const),
    aboveScaleOnly: fc.boolean(),
  })
  .map(({ place, ...rest }): ScopeCell => ({ ...place, ...rest }));

function table(data: CoverageData): Map<string, FigureVector> {
  const index = indexCoverageData(data);
  const t = new Map<string, FigureVector>();
  for (const e of contributionEntities(index)) accumulateContributions(t, coverageContributions(index, e));
  return t;
}

describe("coverage contributions", () => {
  it("summed up to a date, equal coverageFigures for every cell; summed over a range, branchesFounded", () => {
    fc.assert(
      fc.property(coverageDataset, cell, day, day, (data, c: ScopeCell, asOf, other) => {
        const [from, to] = [asOf, other].sort() as [string, string];
        const sum = sumContributions(table(data), c, asOf, { from, to });
        const f = coverageFigures(data, c, asOf);
        expect(sum.eligible).toBe(f.eligibleCount);
        expect(sum.organization).toBe(f.organizationCoverage.numerator);
        expect(sum.standalone).toBe(f.standaloneCoverage.numerator);
        expect(sum.liaison).toBe(f.liaisonCoverage.numerator);
        expect(sum.both).toBe(f.bothCount);
        expect(sum.liaisons).toBe(f.liaisonCount);
        for (const x of FORMATIONS) {
          expect(sum[`units_${x}`]).toBe(f.unitsByFormation[x]);
          expect(sum[`branches_${x}`]).toBe(f.branchesByFormation[x]);
        }
        for (const l of BRANCH_LEVELS) expect(sum[`level_${l}`]).toBe(f.branchesByLevel[l]);
        const founded = branchesFounded(data, c, from, to);
        for (const x of FORMATIONS) {
          expect(sum[`founded_${x}`]).toBe(founded.byFormation[x]);
          expect(sum[`founded_units_${x}`]).toBe(founded.unitsByFormation[x]);
        }
        for (const l of BRANCH_LEVELS) expect(sum[`founded_level_${l}`]).toBe(founded.byLevel[l]);
      }),
      { numRuns: 300 },
    );
  });

  it("a change diffed as after − before turns the old table into the new one", () => {
    fc.assert(
      fc.property(coverageDataset, coverageDataset, (a, b) => {
        const t = table(a);
        accumulateContributions(
          t,
          [...table(a)].map(([k, figures]) => toContribution(k, figures)),
          -1,
        );
        accumulateContributions(
          t,
          [...table(b)].map(([k, figures]) => toContribution(k, figures)),
        );
        expect(t).toEqual(table(b));
      }),
      { numRuns: 50 },
    );
  });

  it("cell keys name the place (city, county, park) and read back", () => {
    const cells: ScopeCell[] = [
      { countyCode: null, parkId: null, category: null, aboveScaleOnly: false },
      { countyCode: "211281", parkId: null, category: "SOCIAL_ORGANIZATION", aboveScaleOnly: false },
      { countyCode: null, parkId: "17", category: "NON_PUBLIC_ENTERPRISE", aboveScaleOnly: true },
    ];
    expect(cells.map(cellKey)).toEqual(["*|*|0", "211281|SOCIAL_ORGANIZATION|0", "P17|NON_PUBLIC_ENTERPRISE|1"]);
    for (const c of cells) expect(cellOfKey(cellKey(c))).toEqual(c);
  });

  it("moving a unit to another park moves its figures and its branch's and liaison's", () => {
    const org: OrganizationFacts = {
      id: "o1",
      countyCode: "211281",
      parkId: "1",
      category: "NON_PUBLIC_ENTERPRISE",
      aboveScale: false,
      eligible: true,
      addedOn: "2023-01-01",
      formalMemberCount: 3,
    };
    const data = (parkId: string | null): CoverageData => ({
      organizations: [{ ...org, parkId }],
      branches: [{ id: "B1", formation: "STANDALONE", level: "BRANCH", foundedOn: "2023-02-01" }],
      links: [{ branchId: "B1", organizationId: "o1", role: "HOST", from: "2023-02-01" }],
      assignments: [{ liaisonId: "L1", organizationId: "o1", from: "2023-03-01" }],
    });
    const at = (parkId: string | null, park: string) =>
      sumContributions(
        table(data(parkId)),
        { countyCode: null, parkId: park, category: null, aboveScaleOnly: false },
        "2024-01-01",
      );
    expect([at("1", "1").eligible, at("1", "1").branches_STANDALONE, at("1", "1").liaisons]).toEqual([1, 1, 1]);
    expect([at("2", "1").eligible, at("2", "1").branches_STANDALONE, at("2", "1").liaisons]).toEqual([0, 0, 0]);
    expect([at("2", "2").eligible, at("2", "2").branches_STANDALONE, at("2", "2").liaisons]).toEqual([1, 1, 1]);
    expect(at(null, "1").eligible + at(null, "2").eligible).toBe(0);
  });

  it("an entity outside the index contributes nothing", () => {
    const index = indexCoverageData({ organizations: [], branches: [], links: [], assignments: [] });
    expect(coverageContributions(index, { kind: "unit", id: "x" })).toEqual([]);
    expect(coverageContributions(index, { kind: "branch", id: "x" })).toEqual([]);
    expect(coverageContributions(index, { kind: "liaison", id: "x" })).toEqual([]);
  });
});

function toContribution(key: string, figures: FigureVector) {
  const [cell, d] = key.split("#") as [string, string];
  return { cell, day: d, figures: figures as Partial<Record<CoverageFigureName, number>> };
}
