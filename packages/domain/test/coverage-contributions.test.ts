import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  accumulateContributions,
  BRANCH_LEVELS,
  branchesFounded,
  COVERAGE_ROLES,
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
  type LiaisonAssignmentFacts,
  type OrganizationFacts,
  type ScopeCell,
  sumContributions,
} from "../src/index.js";

const day = fc.integer({ min: 0, max: 400 }).map((n) => {
  const d = new Date(Date.UTC(2022, 6, 1) + n * 86_400_000);
  return d.toISOString().slice(0, 10);
});
const interval = fc.tuple(day, fc.option(day, { nil: null })).map(([a, b]) => {
  if (b === null || b === a) return { from: a, to: null };
  const [from, to] = [a, b].sort();
  return { from: from as string, to: to as string };
});
const ids = ["o1", "o2", "o3", "o4", "o5", "o6"];
const dataset = fc
  .record({
    organizations: fc.tuple(
      ...ids.map((id) =>
        fc.record({
          id: fc.constant(id),
          countyCode: fc.constantFrom("211281", "211282"),
          // Parks P1, P2 (a park may hold units of either county here: the figures do not care).
          parkId: fc.constantFrom(null, "1", "2"),
          category: fc.constantFrom("NON_PUBLIC_ENTERPRISE", "SOCIAL_ORGANIZATION" as const),
          aboveScale: fc.boolean(),
          eligible: fc.boolean(),
          addedOn: day,
          ceasedOn: fc.option(day, { nil: null }),
          formalMemberCount: fc.nat({ max: 5 }),
          change: fc.option(fc.record({ day, eligible: fc.boolean(), aboveScale: fc.boolean() }), { nil: null }),
        }),
      ),
    ),
    branches: fc.array(
      fc.record({
        formation: fc.constantFrom(...FORMATIONS),
        level: fc.constantFrom(...BRANCH_LEVELS),
        validity: interval,
        history: fc.option(fc.tuple(fc.constantFrom(...BRANCH_LEVELS), day), { nil: null }),
      }),
      { maxLength: 4 },
    ),
    links: fc.array(
      fc.record({
        b: fc.nat({ max: 3 }),
        o: fc.constantFrom(...ids),
        role: fc.constantFrom(...COVERAGE_ROLES),
        v: interval,
      }),
      { maxLength: 8 },
    ),
    assignments: fc.array(
      fc.record({ l: fc.constantFrom("L1", "L2", "L3"), o: fc.constantFrom(...ids), v: interval }),
      { maxLength: 8 },
    ),
  })
  .map(
    (r): CoverageData => ({
      // Some units change eligibility or above-scale on a day after they entered the ledger.
      organizations: r.organizations.map(({ change, ...o }): OrganizationFacts => {
        if (!change || change.day <= o.addedOn) return o as OrganizationFacts;
        return {
          ...(o as OrganizationFacts),
          eligible: change.eligible,
          aboveScale: change.aboveScale,
          statusHistory: [
            { from: o.addedOn, to: change.day, eligible: o.eligible, aboveScale: o.aboveScale },
            { from: change.day, to: null, eligible: change.eligible, aboveScale: change.aboveScale },
          ],
        };
      }),
      branches: r.branches.map((b, i) => ({
        id: `B${i}`,
        formation: b.formation,
        level: b.level,
        foundedOn: b.validity.from,
        dissolvedOn: b.validity.to,
        // A level change on a day inside the branch's life: the first level until then.
        levelHistory:
          b.history && b.history[1] > b.validity.from && (b.validity.to == null || b.history[1] < b.validity.to)
            ? [
                { level: b.level, from: b.validity.from, to: b.history[1] },
                { level: b.history[0], from: b.history[1], to: b.validity.to },
              ]
            : undefined,
      })),
      links: r.links.map((l) => ({ branchId: `B${l.b}`, organizationId: l.o, role: l.role, ...l.v })),
      assignments: r.assignments.map((a): LiaisonAssignmentFacts => ({ liaisonId: a.l, organizationId: a.o, ...a.v })),
    }),
  );
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
      fc.property(dataset, cell, day, day, (data, c: ScopeCell, asOf, other) => {
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
      fc.property(dataset, dataset, (a, b) => {
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
