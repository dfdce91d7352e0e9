/**
 * Coverage by industrial park (园区, the speech's third problem) through GraphQL, on both back ends,
 * from the seeded reference dataset: `Park.coverage` serves the domain's figures for the park's units
 * (branches and liaisons counted once when they reach one of them), read from the kept aggregates;
 * like `County.coverage` it is an aggregate every signed-in role reads for any county, and nobody
 * reads it anonymously.
 */
import { branchesFounded, coverageFigures, indexCoverageData, type OrganizationCategory } from "@liangxin/domain";
import { generateReferenceDataset } from "@liangxin/domain/reference";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends, startTestServer, type TestServer } from "./support/harness.js";

const AS_OF = "2023-05-31";
const STATS = `
  asOf eligibleCount
  organizationCoverage { numerator denominator }
  standaloneCoverage { numerator }
  liaisonCoverage { numerator }
  dualCoverage { numerator }
  bothCoveredCount gapCount jointUnitCount
  branchCount standaloneBranchCount jointBranchCount committeeCount generalBranchCount liaisonCount
  branchesFounded(from: "2023-01-01", to: "2023-05-31") { total standalone joint jointUnits }
`;

interface Stats {
  eligibleCount: number;
  organizationCoverage: { numerator: number; denominator: number };
  gapCount: number;
  [k: string]: unknown;
}
interface ParkRow {
  name: string;
  county: { code: string };
  all: Stats;
  npe: Stats;
  above: Stats;
}

const QUERY = `{ parks {
  name county { code }
  all: coverage(asOf: "${AS_OF}") { ${STATS} }
  npe: coverage(category: NON_PUBLIC_ENTERPRISE, asOf: "${AS_OF}") { ${STATS} }
  above: coverage(aboveScaleOnly: true, asOf: "${AS_OF}") { ${STATS} }
} }`;

const dataset = generateReferenceDataset();
const index = indexCoverageData(dataset);

function expected(parkId: string, category: OrganizationCategory | null, aboveScaleOnly: boolean) {
  const scope = { parkId, category, aboveScaleOnly };
  const f = coverageFigures(index, scope, AS_OF);
  const b = branchesFounded(index, scope, "2023-01-01", AS_OF);
  return {
    asOf: AS_OF,
    eligibleCount: f.eligibleCount,
    organizationCoverage: { numerator: f.organizationCoverage.numerator, denominator: f.eligibleCount },
    standaloneCoverage: { numerator: f.standaloneCoverage.numerator },
    liaisonCoverage: { numerator: f.liaisonCoverage.numerator },
    dualCoverage: { numerator: f.dualCoverage.numerator },
    bothCoveredCount: f.bothCount,
    gapCount: f.gapCount,
    jointUnitCount: f.unitsByFormation.JOINT,
    branchCount: f.branchCount,
    standaloneBranchCount: f.branchesByFormation.STANDALONE,
    jointBranchCount: f.branchesByFormation.JOINT,
    committeeCount: f.branchesByLevel.COMMITTEE,
    generalBranchCount: f.branchesByLevel.GENERAL_BRANCH,
    liaisonCount: f.liaisonCount,
    branchesFounded: {
      total: b.total,
      standalone: b.byFormation.STANDALONE,
      joint: b.byFormation.JOINT,
      jointUnits: b.unitsByFormation.JOINT,
    },
  };
}

describe.each(backends())("coverage by industrial park on %s", (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(backend, { label: "park-coverage" });
  });
  afterAll(async () => server?.stop());

  it("Park.coverage equals the domain's figures for every park of the reference data", async () => {
    const d = await server.query<{ parks: ParkRow[] }>(QUERY);
    expect(d.parks).toHaveLength(dataset.parks.length);
    for (const p of dataset.parks) {
      const row = d.parks.find((r) => r.name === p.name && r.county.code === p.countyCode);
      expect(row, p.name).toBeDefined();
      expect(row?.all, p.name).toEqual(expected(p.id, null, false));
      expect(row?.npe, p.name).toEqual(expected(p.id, "NON_PUBLIC_ENTERPRISE", false));
      expect(row?.above, p.name).toEqual(expected(p.id, null, true));
    }
    // The parks hold units, some of them covered, some gaps: the comparison is not of zeros.
    expect(d.parks.some((r) => r.all.eligibleCount > 0 && r.all.organizationCoverage.numerator > 0)).toBe(true);
    // A park's units are a part of its county's.
    const counties = await server.query<{
      city: { counties: { code: string; coverage: { eligibleCount: number } }[] };
    }>(`{ city { counties { code coverage(asOf: "${AS_OF}") { eligibleCount } } } }`);
    for (const r of d.parks) {
      const county = counties.city.counties.find((c) => c.code === r.county.code);
      expect(r.all.eligibleCount).toBeLessThanOrEqual(county?.coverage.eligibleCount ?? -1);
    }
  });

  it("is an aggregate like County.coverage: a county role reads every county's parks; anonymous readers none", async () => {
    const city = await server.query<{ parks: ParkRow[] }>(QUERY);
    const county = await server.query<{ parks: ParkRow[] }>(QUERY, {}, "county-211281");
    expect(county.parks).toEqual(city.parks);
    expect(city.parks.some((p) => p.county.code !== "211281")).toBe(true);
    const anonymous = await server.gql(QUERY, {});
    expect(anonymous.body.data?.parks ?? null).toBeNull();
    expect(anonymous.body.errors?.length ?? 0).toBeGreaterThan(0);
  });
});
