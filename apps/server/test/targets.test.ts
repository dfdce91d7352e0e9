/**
 * The targets of document No. 5 (domain.md §3.3). The SQL statements of TargetService and the gap's
 * organization filters agree with the domain's `targetProgress` (which defines the figures) on the
 * reference dataset and on one with history, for the city and every county, on both back ends; and
 * through GraphQL the city reads 252 of 286, 1485 of 1600 and 652 of 908 for 2023, with gap
 * connections whose rows and counts are right, paged, and scoped to a county role's own county.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { COUNTY_CODES, indexCoverageData, TARGET_LABELS, targetProgress } from "@liangxin/domain";
import { generateReferenceDataset, type ReferenceDataset } from "@liangxin/domain/reference";
import { pino } from "pino";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseConfig } from "../src/config/config.js";
import { createDataSource } from "../src/config/data-source.js";
import { seedReferenceData } from "../src/seed/seed.js";
import { CoverageService } from "../src/service/coverage.service.js";
import { Db } from "../src/service/db.js";
import { OrganizationService } from "../src/service/organization.service.js";
import { ScopeService } from "../src/service/scope.service.js";
import { TargetService } from "../src/service/target.service.js";
import { edgeCaseDataset } from "./support/edge-dataset.js";
import { backends, freshMysqlDatabase, startTestServer, TEST_PASSWORD, type TestServer } from "./support/harness.js";

/** Database id of a reference key: org-00042 → 42 (as the seed assigns them). */
const dbId = (key: string): number => Number(/(\d+)$/.exec(key)?.[1]);

async function openDatabase(backend: string, dataset: ReferenceDataset) {
  let drop = async () => {};
  let env: Record<string, string>;
  if (backend === "mysql") {
    const db = await freshMysqlDatabase("targets");
    env = { DATABASE_URL: db.url };
    drop = db.drop;
  } else {
    const dir = mkdtempSync(join(tmpdir(), "liangxin-targets-"));
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

const CASES: { year: number; asOf: string }[] = [
  { year: 2023, asOf: "2023-05-31" },
  { year: 2023, asOf: "2023-03-01" },
  { year: 2023, asOf: "2023-12-31" },
  { year: 2022, asOf: "2022-12-31" },
  { year: 2024, asOf: "2024-06-30" },
];

describe.each(backends())("targets agree with the domain on %s", (backend) => {
  describe.each([
    ["the reference dataset", generateReferenceDataset],
    ["a dataset with history and edge cases", edgeCaseDataset],
  ])("%s", (_, make) => {
    const dataset = make();
    const index = indexCoverageData(dataset);
    let db: Awaited<ReturnType<typeof openDatabase>>;
    let targets: TargetService;
    let organizations: OrganizationService;
    beforeAll(async () => {
      db = await openDatabase(backend, dataset);
      const handle = new Db(db.ds);
      targets = new TargetService(new CoverageService(handle));
      organizations = new OrganizationService(
        handle,
        new ScopeService({ id: 1, username: "city-admin", role: "CITY_ADMIN", countyCode: null, displayName: null }),
      );
    });
    afterAll(async () => db?.close());

    it.each(CASES)(
      "required, achieved and met for the city and every county: $year as of $asOf",
      async ({ year, asOf }) => {
        for (const countyCode of [null, ...COUNTY_CODES]) {
          const ours = await targets.targets(year, countyCode, asOf);
          const theirs = targetProgress(index, { year, asOf, countyCode });
          expect(
            ours.map((t) => [t.target, t.dueOn, t.required, t.achieved, t.met]),
            `${countyCode}`,
          ).toEqual(theirs.map((t) => [t.target, t.dueOn, t.required, t.achieved, t.met]));
          expect(ours.map((t) => t.label)).toEqual(theirs.map((t) => TARGET_LABELS[t.target]));
        }
      },
    );

    it.each(CASES.slice(0, 3))("the gap's organizations, paged in SQL: $year as of $asOf", async ({ year, asOf }) => {
      for (const countyCode of [null, "211281", "211282", "211224"]) {
        const ours = await targets.targets(year, countyCode, asOf);
        const theirs = targetProgress(index, { year, asOf, countyCode });
        for (const [i, t] of ours.entries()) {
          const expected = (theirs[i]?.gapOrganizationIds ?? []).map(dbId).sort((a, b) => a - b);
          if (t.gap === null) {
            expect(expected, `${countyCode} ${t.target}`).toEqual([]);
            continue;
          }
          const [count] = await organizations.counts([{ countyCode, filter: t.gap, today: asOf }]);
          expect(count, `${countyCode} ${t.target}`).toBe(expected.length);
          const seen: number[] = [];
          let afterId: number | null = null;
          for (;;) {
            const [page] = await organizations.pages([{ countyCode, filter: t.gap, first: 100, afterId, today: asOf }]);
            seen.push(...(page?.rows ?? []).map((r) => r.id));
            if (!page?.hasNextPage) break;
            afterId = seen[seen.length - 1] as number;
          }
          expect(seen, `${countyCode} ${t.target}`).toEqual(expected);
        }
      }
    });
  });
});

type Connection = {
  totalCount: number;
  nodes: { id: string; aboveScale: boolean; county: { code: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
};
type Target = {
  target: string;
  label: string;
  dueOn: string;
  asOf: string;
  required: number;
  achieved: number;
  met: boolean;
  shortfall: number;
  gap: Connection;
};

describe.each(backends())("targets through GraphQL on %s", (backend) => {
  let server: TestServer;
  const index = indexCoverageData(generateReferenceDataset());
  beforeAll(async () => {
    server = await startTestServer(backend, { label: "targets" });
  });
  afterAll(async () => server?.stop());

  const TARGETS = `query($y: Int!, $c: String, $first: Int, $after: String) { targets(year: $y, countyCode: $c) {
    target label dueOn asOf required achieved met shortfall
    gap(first: $first, after: $after) { totalCount nodes { id aboveScale county { code } } pageInfo { hasNextPage endCursor } } } }`;
  const read = (
    user: string,
    year: number,
    countyCode: string | null = null,
    first = 20,
    after: string | null = null,
  ) =>
    server.query<{ targets: Target[] }>(TARGETS, { y: year, c: countyCode, first, after }, user).then((d) => d.targets);
  const ids = (connection: Connection) =>
    connection.nodes.map((n) => Number(Buffer.from(n.id, "base64url").toString().split(":")[1]));

  it("the city in 2023 reads 252 of 286, 1485 of 1600, 652 of 908 (as of the year's end)", async () => {
    const t = await read("city-admin", 2023);
    expect(t.map(({ gap: _, ...rest }) => rest)).toEqual([
      {
        target: "ABOVE_SCALE_FORMATION_100",
        label: "规模以上非公企业党组织动态组建率保持100%",
        dueOn: "2023-06-30",
        asOf: "2023-12-31",
        required: 286,
        achieved: 252,
        met: false,
        shortfall: 34,
      },
      {
        target: "LIAISON_DISPATCH_100",
        label: "两新组织党建工作联络员派驻率达100%",
        dueOn: "2023-06-30",
        asOf: "2023-12-31",
        required: 1600,
        achieved: 1485,
        met: false,
        shortfall: 115,
      },
      {
        target: "COVERAGE_DOUBLING",
        label: "党组织覆盖在年初基础上翻一番",
        dueOn: "2023-12-31",
        asOf: "2023-12-31",
        required: 908,
        achieved: 652,
        met: false,
        shortfall: 256,
      },
    ]);
    // The gaps: the units that make them up, as the domain lists them (the doubling: every unit
    // without a branch, any of which closes it).
    expect(t.map((x) => x.gap.totalCount)).toEqual([34, 115, 1600]);
  });

  it("pages through a gap without gaps or repeats: the rows the domain lists, in its order (most members first)", async () => {
    const domain = targetProgress(index, { year: 2023, asOf: "2023-12-31" });
    for (const [i, first] of [
      [0, 10],
      [1, 50],
    ] as const) {
      const seen: number[] = [];
      let after: string | null = null;
      let pages = 0;
      for (;;) {
        const t: Target[] = await read("reviewer", 2023, null, first, after);
        const gap = (t[i] as Target).gap;
        expect(gap.nodes.length).toBeLessThanOrEqual(first);
        if (i === 0) expect(gap.nodes.every((n) => n.aboveScale)).toBe(true);
        seen.push(...ids(gap));
        pages += 1;
        if (!gap.pageInfo.hasNextPage) break;
        after = gap.pageInfo.endCursor;
      }
      expect(pages).toBe(Math.ceil((domain[i]?.gapOrganizationIds.length ?? 0) / first));
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen).toEqual((domain[i]?.gapOrganizationIds ?? []).map(dbId));
    }
  });

  it("a county's targets: 调兵山市 covers all 41 above-scale enterprises, an empty gap", async () => {
    const t = await read("county-211281", 2023, "211281");
    expect(t[0]).toMatchObject({
      required: 41,
      achieved: 41,
      met: true,
      shortfall: 0,
      gap: { totalCount: 0, nodes: [] },
    });
    for (const [i, x] of t.entries()) {
      const d = targetProgress(index, { year: 2023, asOf: "2023-12-31", countyCode: "211281" })[i];
      expect([x.required, x.achieved, x.met, x.gap.totalCount]).toEqual([
        d?.required,
        d?.achieved,
        d?.met,
        d?.gapOrganizationIds.length,
      ]);
    }
  });

  it("a target met has no gap (the doubling of 2000: nothing covered on January 1 nor since)", async () => {
    const t = await read("viewer", 2000);
    expect(t[2]).toMatchObject({
      target: "COVERAGE_DOUBLING",
      required: 0,
      achieved: 0,
      met: true,
      gap: { totalCount: 0, nodes: [], pageInfo: { hasNextPage: false, endCursor: null } },
    });
  });

  it("gives a county role the city's figures, and the gap rows of its own county only", async () => {
    const city = await read("county-211282", 2023, null, 100);
    expect(city.map((x) => [x.required, x.achieved])).toEqual([
      [286, 252],
      [1600, 1485],
      [908, 652],
    ]);
    const own = targetProgress(index, { year: 2023, asOf: "2023-12-31", countyCode: "211282" });
    expect(city.map((x) => x.gap.totalCount)).toEqual(own.map((d) => d.gapOrganizationIds.length));
    expect(city.flatMap((x) => x.gap.nodes).every((n) => n.county.code === "211282")).toBe(true);
    // Another county: the figures, yes; its rows, FORBIDDEN.
    const figures = await server.query<{ targets: { required: number }[] }>(
      '{ targets(year: 2023, countyCode: "211281") { required } }',
      {},
      "county-211282",
    );
    expect(figures.targets.map((x) => x.required)).toEqual(
      targetProgress(index, { year: 2023, asOf: "2023-12-31", countyCode: "211281" }).map((d) => d.required),
    );
    const r = await server.gql(
      '{ targets(year: 2023, countyCode: "211281") { gap { totalCount } } }',
      {},
      await server.login("county-211282"),
    );
    expect(r.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("refuses a bad year, county, page size or cursor as BAD_USER_INPUT", async () => {
    const token = await server.login("viewer");
    for (const q of [
      "{ targets(year: 1800) { required } }",
      "{ targets(year: 30000) { required } }",
      '{ targets(year: 2023, countyCode: "\' OR 1=1 --") { required } }',
      '{ targets(year: 2023, countyCode: "<b>") { required } }',
      "{ targets(year: 2023) { gap(first: 101) { totalCount } } }",
      "{ targets(year: 2023) { gap(first: -1) { totalCount } } }",
      '{ targets(year: 2023) { gap(after: "bm9wZQ") { totalCount } } }',
      '{ targets(year: "2023") { required } }',
    ]) {
      const r = await server.gql(q, {}, token);
      expect(r.body.errors?.[0]?.extensions?.code, q).toBe("BAD_USER_INPUT");
    }
    const overflow = await server.gql("query($y: Int!) { targets(year: $y) { required } }", { y: 2 ** 40 }, token);
    expect(overflow.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
