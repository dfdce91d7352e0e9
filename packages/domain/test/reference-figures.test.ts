import { describe, expect, it } from "vitest";
import {
  branchesFounded,
  type CoverageScope,
  competitionRank,
  coverageFigures,
  indexCoverageData,
  targetProgress,
} from "../src/index.js";
import { REFERENCE_FIGURES as F, generateReferenceDataset } from "../src/reference/index.js";

const data = generateReferenceDataset();
const index = indexCoverageData(data);
const asOf = F.asOf;
const NP: CoverageScope = { category: "NON_PUBLIC_ENTERPRISE" };
const SO: CoverageScope = { category: "SOCIAL_ORGANIZATION" };

describe("the speech's figures (domain.md §5), computed from the generated dataset", () => {
  describe("non-public enterprises", () => {
    const f = coverageFigures(index, NP, asOf);
    it("has 1822 eligible enterprises", () => expect(f.eligibleCount).toBe(F.nonPublic.eligible));
    it("has 472 branches covering 514 enterprises: 组建率 28.2%", () => {
      expect(f.branchCount).toBe(472);
      expect(f.organizationCoverage).toMatchObject({ numerator: 514, denominator: 1822, percent: "28.2%" });
    });
    it("has 452 standalone branches each covering its own unit, and 20 joint branches covering 62", () => {
      expect(f.branchesByFormation).toEqual({ STANDALONE: 452, JOINT: 20, REGIONAL: 0, INDUSTRY: 0 });
      expect(f.standaloneCoverage.numerator).toBe(452);
      expect(f.unitsByFormation.JOINT).toBe(62);
    });
    it("founded 124 branches in 2023-01-01..05-31: 112 standalone 党支部 and 12 joint covering 36", () => {
      const b = branchesFounded(index, NP, "2023-01-01", "2023-05-31");
      expect(b.total).toBe(124);
      expect(b.byFormation.STANDALONE).toBe(112);
      expect(b.byFormation.JOINT).toBe(12);
      expect(b.unitsByFormation.JOINT).toBe(36);
      expect(b.unitsByFormation.STANDALONE).toBe(112);
    });
    it("has 1184 liaisons covering 1618 enterprises: 88.8%", () => {
      expect(f.liaisonCount).toBe(1184);
      expect(f.liaisonCoverage).toMatchObject({ numerator: 1618, denominator: 1822, percent: "88.8%" });
    });
    it("has 400 liaison-covered units with a branch: dual coverage 1732, gaps 90", () => {
      expect(f.bothCount).toBe(400);
      expect(f.dualCoverage.numerator).toBe(1732);
      expect(f.gapCount).toBe(90);
    });
    it("covers 252 of 286 above-scale enterprises", () => {
      const a = coverageFigures(index, { ...NP, aboveScaleOnly: true }, asOf);
      expect(a.organizationCoverage).toMatchObject({ numerator: 252, denominator: 286 });
    });
    it("covered 366 units on 2023-01-01", () => {
      expect(coverageFigures(index, NP, "2023-01-01").organizationCoverage.numerator).toBe(366);
    });
  });

  describe("social organizations", () => {
    const f = coverageFigures(index, SO, asOf);
    it("has 430 eligible organizations", () => expect(f.eligibleCount).toBe(430));
    it("has 97 branches covering 138: 组建率 32.1%", () => {
      expect(f.branchCount).toBe(97);
      expect(f.organizationCoverage).toMatchObject({ numerator: 138, denominator: 430, percent: "32.1%" });
    });
    it("has 82 standalone and 15 joint branches covering 56", () => {
      expect(f.branchesByFormation).toEqual({ STANDALONE: 82, JOINT: 15, REGIONAL: 0, INDUSTRY: 0 });
      expect(f.unitsByFormation.JOINT).toBe(56);
    });
    it("founded 38 in 2023-01-01..05-31: 32 standalone and 6 joint covering 18", () => {
      const b = branchesFounded(index, SO, "2023-01-01", "2023-05-31");
      expect([b.total, b.byFormation.STANDALONE, b.byFormation.JOINT, b.unitsByFormation.JOINT]).toEqual([
        38, 32, 6, 18,
      ]);
    });
    it("has 360 liaisons covering 387: 90.0%", () => {
      expect(f.liaisonCount).toBe(360);
      expect(f.liaisonCoverage).toMatchObject({ numerator: 387, denominator: 430, percent: "90.0%" });
    });
    it("has 120 liaison-covered with a branch: dual 405, gaps 25", () => {
      expect([f.bothCount, f.dualCoverage.numerator, f.gapCount]).toEqual([120, 405, 25]);
    });
    it("founded 43 since 2022-11-01, 39 of them in 调兵山市 (90.7%)", () => {
      const all = branchesFounded(index, SO, "2022-11-01", "2023-05-31");
      const dbs = branchesFounded(index, { ...SO, countyCode: "211281" }, "2022-11-01", "2023-05-31");
      expect([all.total, dbs.total]).toEqual([43, 39]);
    });
    it("covered 88 units on 2023-01-01", () => {
      expect(coverageFigures(index, SO, "2023-01-01").organizationCoverage.numerator).toBe(88);
    });
  });

  describe("调兵山市", () => {
    it("covers all of its 41 above-scale enterprises", () => {
      const f = coverageFigures(index, { ...NP, countyCode: "211281", aboveScaleOnly: true }, asOf);
      expect(f.organizationCoverage).toMatchObject({ numerator: 41, denominator: 41, percent: "100.0%" });
    });
    it.each([
      ["组建率", "organizationCoverage"],
      ["联络员覆盖率", "liaisonCoverage"],
    ] as const)("ranks among the top three counties by %s", (_, key) => {
      for (const scope of [NP, SO, {}]) {
        const rows = data.counties.map((c) => ({
          key: c.code,
          rate: coverageFigures(index, { ...scope, countyCode: c.code }, asOf)[key],
        }));
        const dbs = competitionRank(rows).find((r) => r.item.key === "211281");
        expect(dbs?.rank).toBeLessThanOrEqual(3);
      }
    });
  });

  it("has 26 city leaders, one with a contact point: the 市委书记's at 辽宁唐人神曙光农牧集团 (昌图县)", () => {
    const city = data.leaders.filter((l) => l.level === "CITY");
    expect(city).toHaveLength(26);
    expect(data.contactPoints).toHaveLength(1);
    const [point] = data.contactPoints;
    const leader = city.find((l) => l.id === point?.leaderId);
    const org = data.organizations.find((o) => o.id === point?.organizationId);
    expect(leader?.title).toBe("市委书记");
    expect(org).toMatchObject({ name: "辽宁唐人神曙光农牧集团", countyCode: "211224" });
  });

  it("has the quota plans: city 30 unsplit, county 200 split as in §2", () => {
    const county = data.quotaPlans.find((p) => p.level === "COUNTY");
    const city = data.quotaPlans.find((p) => p.level === "CITY");
    expect(city).toMatchObject({ total: 30, allocations: [] });
    expect(county?.total).toBe(200);
    expect(Object.fromEntries(county?.allocations.map((a) => [a.countyCode, a.quota]) ?? [])).toEqual({
      "211221": 30,
      "211282": 30,
      "211224": 30,
      "211281": 30,
      "211223": 20,
      "211202": 20,
      "211204": 20,
      "211271": 15,
      "211272": 5,
    });
  });

  it("reads the 2023 targets: 252 of 286, 1485 of 1600, 652 of 908", () => {
    const t = targetProgress(index, { year: 2023, asOf });
    expect(t.map((x) => [x.target, x.achieved, x.required, x.met])).toEqual([
      ["ABOVE_SCALE_FORMATION_100", 252, 286, false],
      ["LIAISON_DISPATCH_100", 1485, 1600, false],
      ["COVERAGE_DOUBLING", 652, 908, false],
    ]);
    expect(t[0]?.gapOrganizationIds).toHaveLength(34);
    expect(t[1]?.gapOrganizationIds).toHaveLength(115);
  });
});
