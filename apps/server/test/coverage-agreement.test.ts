/**
 * The SQL aggregates of CoverageService agree with the domain package's functions, which define the
 * numbers: on the reference dataset and on one with history and edge cases, for the city, every
 * county and every industrial park, both categories, above-scale only, at dates around every change; on both back ends.
 */

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  branchesFounded,
  COUNTY_CODES,
  type CoverageScope,
  coverageFigures,
  indexCoverageData,
  type OrganizationCategory,
} from "@liangxin/domain";
import { generateReferenceDataset, type ReferenceDataset } from "@liangxin/domain/reference";
import { pino } from "pino";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseConfig } from "../src/config/config.js";
import { createDataSource } from "../src/config/data-source.js";
import { seedReferenceData } from "../src/seed/seed.js";
import { type CoverageKey, CoverageService, type FoundedKey } from "../src/service/coverage.service.js";
import { Db } from "../src/service/db.js";
import { edgeCaseDataset } from "./support/edge-dataset.js";
import { backends, freshMysqlDatabase, TEST_PASSWORD } from "./support/harness.js";

const DATES = [
  "2021-06-01",
  "2022-06-30",
  "2022-12-01",
  "2022-12-31",
  "2023-01-01",
  "2023-02-01",
  "2023-02-28",
  "2023-03-01",
  "2023-04-01",
  "2023-04-15",
  "2023-04-19",
  "2023-04-20",
  "2023-05-31",
  "2026-11-27",
];
const PERIODS: [string, string][] = [
  ["2023-01-01", "2023-05-31"],
  ["2022-11-01", "2023-05-31"],
  ["2021-05-01", "2021-05-01"],
  ["2000-01-01", "2030-12-31"],
];
const CATEGORIES: (OrganizationCategory | null)[] = [null, "NON_PUBLIC_ENTERPRISE", "SOCIAL_ORGANIZATION"];

interface Scope {
  countyCode: string | null;
  /** The park as stored (the seed numbers the dataset's parks from 1, in order). */
  parkId?: string;
  category: OrganizationCategory | null;
  aboveScaleOnly: boolean;
}

/** The city, every county and every park of the dataset. */
function scopes(dataset: ReferenceDataset): Scope[] {
  const out: Scope[] = [];
  const places = [
    ...[null, ...COUNTY_CODES].map((countyCode) => ({ countyCode })),
    ...dataset.parks.map((_, i) => ({ countyCode: null, parkId: String(i + 1) })),
  ];
  for (const place of places) {
    for (const category of CATEGORIES) out.push({ ...place, category, aboveScaleOnly: false });
    out.push({ ...place, category: "NON_PUBLIC_ENTERPRISE", aboveScaleOnly: true });
  }
  return out;
}

/** The domain's scope of a key: the dataset's own park id. */
const domainScope = (dataset: ReferenceDataset, k: Scope): CoverageScope => ({
  countyCode: k.countyCode,
  parkId: k.parkId === undefined ? null : (dataset.parks[Number(k.parkId) - 1]?.id ?? "none"),
  category: k.category,
  aboveScaleOnly: k.aboveScaleOnly,
});

async function openDatabase(backend: string, dataset: ReferenceDataset) {
  let drop = async () => {};
  let env: Record<string, string>;
  if (backend === "mysql") {
    const db = await freshMysqlDatabase("agree");
    env = { DATABASE_URL: db.url };
    drop = db.drop;
  } else {
    const dir = mkdtempSync(join(tmpdir(), "liangxin-agree-"));
    env = { SQLITE_FILE: join(dir, "db.sqlite") };
    drop = async () => rmSync(dir, { recursive: true, force: true });
  }
  const ds: DataSource = createDataSource(databaseConfig(env, "."), pino({ level: "silent" }));
  await ds.initialize();
  await ds.runMigrations({ transaction: "each" });
  await seedReferenceData(ds, { password: TEST_PASSWORD, dataset });
  return {
    ds,
    close: async () => {
      await ds.destroy();
      await drop();
    },
  };
}

describe.each(backends())("SQL aggregates agree with the domain on %s", (backend) => {
  describe.each([
    ["the reference dataset", generateReferenceDataset],
    ["a dataset with history and edge cases", edgeCaseDataset],
  ])("%s", (_, make) => {
    const dataset = make();
    const index = indexCoverageData(dataset);
    let db: Awaited<ReturnType<typeof openDatabase>>;
    let service: CoverageService;
    beforeAll(async () => {
      db = await openDatabase(backend, dataset);
      service = new CoverageService(new Db(db.ds));
    });
    afterAll(async () => db?.close());

    it("has the edge cases it claims", () => {
      if (dataset.seed !== "edge-cases") return;
      expect(dataset.branches.some((b) => b.dissolvedOn)).toBe(true);
      expect(dataset.links.some((l) => l.role === "AFFILIATED")).toBe(true);
      expect(dataset.branches.some((b) => b.formation === "REGIONAL")).toBe(true);
      expect(dataset.organizations.filter((o) => o.ceasedOn === "2023-04-15")).toHaveLength(6);
      expect(dataset.branches.filter((b) => b.levelHistory?.length)).toHaveLength(1);
      expect(dataset.organizations.filter((o) => o.statusHistory?.length)).toHaveLength(21);
    });

    it("units, branches and liaisons at every date and scope", async () => {
      expect(dataset.parks.length).toBeGreaterThan(0);
      const keys: (CoverageKey & Scope)[] = DATES.flatMap((asOf) => scopes(dataset).map((s) => ({ ...s, asOf })));
      const [units, branches, liaisons] = await Promise.all([
        service.unitCounts(keys),
        service.branchCounts(keys),
        service.liaisonCounts(keys),
      ]);
      // Parks hold units: the park scopes are not compared on empty figures only.
      expect(keys.some((k, i) => k.parkId !== undefined && (units[i]?.eligible ?? 0) > 0)).toBe(true);
      keys.forEach((k, i) => {
        const f = coverageFigures(index, domainScope(dataset, k), k.asOf);
        const label = JSON.stringify(k);
        expect(
          {
            eligible: units[i]?.eligible,
            organization: units[i]?.organization,
            standalone: units[i]?.standalone,
            liaison: units[i]?.liaison,
            both: units[i]?.both,
            unitsByFormation: units[i]?.unitsByFormation,
            branches: branches[i]?.total,
            byFormation: branches[i]?.byFormation,
            byLevel: branches[i]?.byLevel,
            liaisons: liaisons[i],
          },
          label,
        ).toEqual({
          eligible: f.eligibleCount,
          organization: f.organizationCoverage.numerator,
          standalone: f.standaloneCoverage.numerator,
          liaison: f.liaisonCoverage.numerator,
          both: f.bothCount,
          unitsByFormation: f.unitsByFormation,
          branches: f.branchCount,
          byFormation: f.branchesByFormation,
          byLevel: f.branchesByLevel,
          liaisons: f.liaisonCount,
        });
      });
    });

    it("branches founded in periods", async () => {
      const keys: (FoundedKey & Scope)[] = PERIODS.flatMap(([from, to]) =>
        scopes(dataset).map((s) => ({ ...s, from, to })),
      );
      const founded = await service.founded(keys);
      keys.forEach((k, i) => {
        const f = branchesFounded(index, domainScope(dataset, k), k.from, k.to);
        expect(founded[i], JSON.stringify(k)).toEqual({
          total: f.total,
          byFormation: f.byFormation,
          byLevel: f.byLevel,
          unitsByFormation: f.unitsByFormation,
        });
      });
    });
  });
});
