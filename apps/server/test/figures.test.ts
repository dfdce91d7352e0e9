/**
 * Every figure of the speech (domain.md §5) read through GraphQL, on the embedded SQLite back end and
 * on MariaDB, from the seeded reference dataset.
 */
import { REFERENCE_FIGURES as F } from "@liangxin/domain/reference";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends, startTestServer, type TestServer } from "./support/harness.js";

const STATS = `
  eligibleCount
  organizationCoverage { numerator denominator ratio percent }
  standaloneCoverage { numerator denominator percent }
  liaisonCoverage { numerator denominator percent }
  dualCoverage { numerator denominator percent }
  bothCoveredCount gapCount jointUnitCount
  branchCount standaloneBranchCount jointBranchCount liaisonCount
`;

describe.each(backends())("the speech's figures through GraphQL on %s", (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(backend, { label: "figures" });
  });
  afterAll(async () => server?.stop());

  it("non-public enterprises on 2023-05-31: 1822 eligible, 472 branches covering 514 (28.2%), 1184 liaisons covering 1618 (88.8%)", async () => {
    const d = await server.query<{ city: { coverage: Record<string, unknown> } }>(
      `{ city { coverage(category: NON_PUBLIC_ENTERPRISE, asOf: "2023-05-31") { asOf ${STATS} } } }`,
    );
    expect(d.city.coverage).toMatchObject({
      asOf: "2023-05-31",
      eligibleCount: 1822,
      organizationCoverage: { numerator: 514, denominator: 1822, percent: "28.2%" },
      standaloneCoverage: { numerator: 452 },
      liaisonCoverage: { numerator: 1618, denominator: 1822, percent: "88.8%" },
      dualCoverage: { numerator: 1732 },
      bothCoveredCount: 400,
      gapCount: 90,
      jointUnitCount: 62,
      branchCount: 472,
      standaloneBranchCount: 452,
      jointBranchCount: 20,
      liaisonCount: 1184,
    });
  });

  it("social organizations on 2023-05-31: 430 eligible, 97 branches covering 138 (32.1%), 360 liaisons covering 387 (90.0%)", async () => {
    const d = await server.query<{ city: { coverage: Record<string, unknown> } }>(
      `{ city { coverage(category: SOCIAL_ORGANIZATION, asOf: "2023-05-31") { ${STATS} } } }`,
    );
    expect(d.city.coverage).toMatchObject({
      eligibleCount: 430,
      organizationCoverage: { numerator: 138, denominator: 430, percent: "32.1%" },
      liaisonCoverage: { numerator: 387, denominator: 430, percent: "90.0%" },
      dualCoverage: { numerator: 405 },
      bothCoveredCount: 120,
      gapCount: 25,
      jointUnitCount: 56,
      branchCount: 97,
      standaloneBranchCount: 82,
      jointBranchCount: 15,
      liaisonCount: 360,
    });
  });

  it("branches founded in periods: 124 = 112 + 12 (36 units); 38 = 32 + 6 (18 units); 43 since November, 39 in 调兵山市", async () => {
    const d = await server.query<
      Record<string, { coverage: { a: Record<string, number>; b?: Record<string, number> } }>
    >(
      `{
        np: city { coverage(category: NON_PUBLIC_ENTERPRISE) { a: branchesFounded(from: "2023-01-01", to: "2023-05-31") { total standalone joint jointUnits branchLevel } } }
        so: city { coverage(category: SOCIAL_ORGANIZATION) {
          a: branchesFounded(from: "2023-01-01", to: "2023-05-31") { total standalone joint jointUnits }
          b: branchesFounded(from: "2022-11-01", to: "2023-05-31") { total }
        } }
        dbs: county(code: "211281") { coverage(category: SOCIAL_ORGANIZATION) { a: branchesFounded(from: "2022-11-01", to: "2023-05-31") { total } } }
      }`,
    );
    expect(d.np?.coverage.a).toEqual({ total: 124, standalone: 112, joint: 12, jointUnits: 36, branchLevel: 124 });
    expect(d.so?.coverage.a).toEqual({ total: 38, standalone: 32, joint: 6, jointUnits: 18 });
    expect(d.so?.coverage.b).toEqual({ total: 43 });
    expect(d.dbs?.coverage.a).toEqual({ total: 39 });
  });

  it("baselines on 2023-01-01: 366 + 88 covered units, so the doubling target is 908", async () => {
    const d = await server.query<Record<string, { coverage: { organizationCoverage: { numerator: number } } }>>(
      `{
        np: city { coverage(category: NON_PUBLIC_ENTERPRISE, asOf: "2023-01-01") { organizationCoverage { numerator } } }
        so: city { coverage(category: SOCIAL_ORGANIZATION, asOf: "2023-01-01") { organizationCoverage { numerator } } }
        all: city { coverage(asOf: "2023-01-01") { organizationCoverage { numerator } } }
      }`,
    );
    expect(d.np?.coverage.organizationCoverage.numerator).toBe(F.nonPublic.baselineCovered);
    expect(d.so?.coverage.organizationCoverage.numerator).toBe(F.social.baselineCovered);
    expect(2 * (d.all?.coverage.organizationCoverage.numerator ?? 0)).toBe(908);
  });

  it("above-scale: the city covers 252 of 286; 调兵山市 all 41 (100.0%)", async () => {
    const d = await server.query<Record<string, { coverage: { organizationCoverage: Record<string, unknown> } }>>(
      `{
        city { coverage(category: NON_PUBLIC_ENTERPRISE, aboveScaleOnly: true, asOf: "2023-05-31") { organizationCoverage { numerator denominator percent } } }
        county(code: "211281") { coverage(aboveScaleOnly: true, asOf: "2023-05-31") { organizationCoverage { numerator denominator percent } } }
      }`,
    );
    expect(d.city?.coverage.organizationCoverage).toMatchObject({ numerator: 252, denominator: 286 });
    expect(d.county?.coverage.organizationCoverage).toEqual({ numerator: 41, denominator: 41, percent: "100.0%" });
  });

  it("调兵山市 is among the top three counties by 组建率 and by 联络员覆盖率", async () => {
    const d = await server.query<{
      city: { counties: { code: string; coverage: Record<string, { ratio: number }> }[] };
    }>(
      `{ city { counties { code coverage(category: NON_PUBLIC_ENTERPRISE, asOf: "2023-05-31") {
          organizationCoverage { ratio } liaisonCoverage { ratio } } } } }`,
    );
    for (const key of ["organizationCoverage", "liaisonCoverage"]) {
      const ranked = [...d.city.counties].sort((a, b) => (b.coverage[key]?.ratio ?? 0) - (a.coverage[key]?.ratio ?? 0));
      expect(
        ranked.slice(0, 3).map((c) => c.code),
        key,
      ).toContain("211281");
    }
  });

  it("nothing happens after 2023-05-31, so today reads the same as the speech", async () => {
    const d = await server.query<{ city: { coverage: { asOf: string; organizationCoverage: { percent: string } } } }>(
      "{ city { coverage(category: NON_PUBLIC_ENTERPRISE) { asOf organizationCoverage { percent } } } }",
    );
    expect(d.city.coverage).toEqual({ asOf: "2026-11-27", organizationCoverage: { percent: "28.2%" } });
  });

  it("the nine counties add up to the city", async () => {
    const d = await server.query<{
      city: {
        coverage: { eligibleCount: number; branchCount: number };
        counties: { coverage: { eligibleCount: number; branchCount: number } }[];
      };
    }>("{ city { coverage { eligibleCount branchCount } counties { coverage { eligibleCount branchCount } } } }");
    expect(d.city.counties).toHaveLength(9);
    expect(d.city.counties.reduce((s, c) => s + c.coverage.eligibleCount, 0)).toBe(d.city.coverage.eligibleCount);
    expect(d.city.counties.reduce((s, c) => s + c.coverage.branchCount, 0)).toBe(d.city.coverage.branchCount);
    expect(d.city.coverage.eligibleCount).toBe(2252);
  });
});
