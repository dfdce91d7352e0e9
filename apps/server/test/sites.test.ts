/**
 * Demonstration sites and their quotas through GraphQL (domain.md §3.4, §4): plans and the quota
 * board, suggestions on the ledger's own weights, nominations within the quota (also when many
 * arrive at once), the review lifecycle with its 五有 prerequisite, 五有 assessments, the audit trail
 * of every write, and hostile input that must change nothing.
 */
import { APPORTIONMENT_NOTE, apportion, COUNTIES, unwrap } from "@liangxin/domain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends, startTestServer, type TestServer } from "./support/harness.js";
import {
  ALL_CHECKS,
  ASSESS,
  auditRows,
  expectRefusedUnchanged,
  type Hostile,
  missingId,
  NOMINATE,
  REVIEW,
  SET_PLAN,
  type UnitRef,
  type UserErrorJson,
  uncoveredUnits,
  unitPool,
  write,
} from "./support/sites.js";
import { ALL_TABLES, snapshot } from "./support/snapshot.js";

const OWN = "211281"; // 调兵山市
const OTHER = "211282"; // 开原市
const CODES_BY_KEY = COUNTIES.map((c) => c.code).sort();

interface Site {
  id: string;
  year: number;
  level: string;
  status: string;
  nominationNote: string | null;
  reviewNote: string | null;
  nominatedAt: string;
  reviewedAt: string | null;
  county: { code: string };
  organization: { id: string };
}
type SitePayload = { site: Site | null; userErrors: UserErrorJson[] };
interface Allocation {
  county: { code: string };
  quota: number;
  nominated: number;
  approved: number;
  rejected: number;
  revoked: number;
  remaining: number;
}
interface Plan {
  year: number;
  level: string;
  total: number;
  split: boolean;
  nominated: number;
  approved: number;
  rejected: number;
  revoked: number;
  remaining: number;
  allocations: Allocation[];
}
type PlanPayload = { plan: Plan | null; userErrors: UserErrorJson[] };
type Suggested = { county: { code: string }; quota: number; weight: number; exactShare: number; nominated: number };

describe.each(backends())("demonstration sites on %s", (backend) => {
  let server: TestServer;
  let units: (countyCode: string, count?: number) => Promise<UnitRef[]>;

  beforeAll(async () => {
    server = await startTestServer(backend, { label: "sites" });
    units = unitPool(server);
  });
  afterAll(async () => server?.stop());

  const nominate = (user: string, unit: { id: string }, year: number, level = "COUNTY", note?: string) =>
    write<SitePayload>(server, user, NOMINATE, { organizationId: unit.id, year, level, ...(note ? { note } : {}) });
  const review = (user: string, siteId: string, decision: string, note?: string) =>
    write<SitePayload>(server, user, REVIEW, { siteId, decision, ...(note !== undefined ? { note } : {}) });
  const setPlan = (input: Record<string, unknown>) => write<PlanPayload>(server, "city-admin", SET_PLAN, input);
  const assess = (user: string, branchId: string, year: number, checks = ALL_CHECKS, evidence = "台账、实地查看") =>
    write<{ fiveHaves: Record<string, unknown> | null }>(server, user, ASSESS, { branchId, year, ...checks, evidence });
  const plan = async (year: number, level: string, user = "city-admin") =>
    (
      await server.query<{ quotaPlan: Plan | null }>(
        `query($y: Int!, $l: SiteLevel!) { quotaPlan(year: $y, level: $l) { year level total split nominated approved
           rejected revoked remaining allocations { county { code } quota nominated approved rejected revoked remaining } } }`,
        { y: year, l: level },
        user,
      )
    ).quotaPlan;
  const allocationOf = (p: Plan | null, code: string) => p?.allocations.find((a) => a.county.code === code);
  const heldInDb = async (year: number, level = "COUNTY", county?: string): Promise<number> => {
    const rows: { n: number }[] = await server.app.dataSource.query(
      `SELECT COUNT(*) AS n FROM demonstration_site WHERE year = ? AND level = ? AND status IN ('NOMINATED', 'APPROVED')${
        county ? " AND county_code = ?" : ""
      }`,
      county ? [year, level, county] : [year, level],
    );
    return Number(rows[0]?.n);
  };

  describe("quota plans", () => {
    it("reads the reference plans of 2023: the county level split as in §2, the city level's 30 unsplit", async () => {
      const county = await plan(2023, "COUNTY");
      expect(county).toMatchObject({ total: 200, split: true, nominated: 0, approved: 0, remaining: 200 });
      expect(county?.allocations.map((a) => [a.county.code, a.quota, a.remaining])).toEqual(
        COUNTIES.map((c) => [c.code, c.countySiteQuota, c.countySiteQuota]),
      );
      const city = await plan(2023, "CITY");
      expect(city).toMatchObject({ total: 30, split: false, allocations: [], remaining: 30 });
      expect(await plan(2024, "COUNTY")).toBeNull();
    });

    it("sets a new plan, audited; refuses parts that do not sum to the total, changing nothing", async () => {
      const created = await setPlan({
        year: 2070,
        level: "COUNTY",
        total: 10,
        allocations: [
          { countyCode: OWN, quota: 6 },
          { countyCode: OTHER, quota: 4 },
        ],
      });
      expect(created.userErrors).toEqual([]);
      expect(created.plan).toMatchObject({ year: 2070, total: 10, split: true, nominated: 0, remaining: 10 });
      expect(created.plan?.allocations).toHaveLength(9);
      expect(allocationOf(created.plan, OWN)).toMatchObject({ quota: 6, remaining: 6 });
      expect(allocationOf(created.plan, "211272")).toMatchObject({ quota: 0, remaining: 0 });
      const [entry] = (await auditRows(server, "setQuotaPlan")).slice(-1);
      expect(entry).toMatchObject({ entity_type: "QuotaPlan", username: "city-admin", role: "CITY_ADMIN" });
      expect(JSON.parse(String(entry?.changes))).toMatchObject({
        total: [null, 10],
        quota_211281: [null, 6],
        quota_211282: [null, 4],
      });

      await expectRefusedUnchanged(server, {
        name: "sum mismatch",
        user: "city-admin",
        query: SET_PLAN,
        variables: {
          i: {
            year: 2070,
            level: "COUNTY",
            total: 10,
            allocations: [
              { countyCode: OWN, quota: 6 },
              { countyCode: OTHER, quota: 3 },
            ],
          },
        },
        userError: "QUOTA_SUM_MISMATCH",
        field: ["input", "allocations"],
      });
    });

    it("refuses to put a county (or the pool) below what it holds, and moves quota down to exactly that", async () => {
      for (const u of await units(OWN, 3)) expect((await nominate("city-admin", u, 2070)).userErrors).toEqual([]);
      const below = (
        allocations: { countyCode: string; quota: number }[],
        total: number,
        field: string[],
      ): Hostile => ({
        name: `below used ${JSON.stringify(allocations)}`,
        user: "city-admin",
        query: SET_PLAN,
        variables: { i: { year: 2070, level: "COUNTY", total, allocations } },
        userError: "QUOTA_BELOW_USED",
        field,
      });
      await expectRefusedUnchanged(
        server,
        below(
          [
            { countyCode: OWN, quota: 2 },
            { countyCode: OTHER, quota: 8 },
          ],
          10,
          ["input", "allocations", "0", "quota"],
        ),
      );
      // A county left out of a split plan has none: below its three.
      await expectRefusedUnchanged(server, below([{ countyCode: OTHER, quota: 10 }], 10, ["input", "allocations"]));
      // An unsplit pool below the sites held in all counties.
      await expectRefusedUnchanged(server, below([], 2, ["input", "total"]));

      const moved = await setPlan({
        year: 2070,
        level: "COUNTY",
        total: 10,
        allocations: [
          { countyCode: OWN, quota: 3 },
          { countyCode: OTHER, quota: 7 },
        ],
      });
      expect(moved.userErrors).toEqual([]);
      expect(allocationOf(moved.plan, OWN)).toMatchObject({ quota: 3, nominated: 3, remaining: 0 });
      const [entry] = (await auditRows(server, "setQuotaPlan")).slice(-1);
      expect(JSON.parse(String(entry?.changes))).toEqual({ quota_211281: [6, 3], quota_211282: [4, 7] });

      // The same plan again changes nothing and writes no audit entry.
      const before = await snapshot(server, ALL_TABLES);
      const again = await setPlan({
        year: 2070,
        level: "COUNTY",
        total: 10,
        allocations: [
          { countyCode: OTHER, quota: 7 },
          { countyCode: OWN, quota: 3 },
        ],
      });
      expect(again.userErrors).toEqual([]);
      expect(await snapshot(server, ALL_TABLES)).toEqual(before);

      // Unsplit: one pool of 10 over every county.
      const pooled = await setPlan({ year: 2070, level: "COUNTY", total: 10, allocations: [] });
      expect(pooled.plan).toMatchObject({ split: false, allocations: [], nominated: 3, remaining: 7 });
    });

    it("refuses unknown and repeated counties", async () => {
      await expectRefusedUnchanged(server, {
        name: "unknown county",
        user: "city-admin",
        query: SET_PLAN,
        variables: { i: { year: 2071, level: "CITY", total: 5, allocations: [{ countyCode: "999999", quota: 5 }] } },
        userError: "NOT_FOUND",
        field: ["input", "allocations", "0", "countyCode"],
      });
      await expectRefusedUnchanged(server, {
        name: "repeated county",
        user: "city-admin",
        query: SET_PLAN,
        variables: {
          i: {
            year: 2071,
            level: "CITY",
            total: 5,
            allocations: [
              { countyCode: OWN, quota: 2 },
              { countyCode: OWN, quota: 3 },
            ],
          },
        },
        userError: "INVALID_INPUT",
        field: ["input", "allocations", "1", "countyCode"],
      });
    });
  });

  describe("suggestions", () => {
    const SUGGEST = `query($y: Int!, $l: SiteLevel!, $t: Int!, $w: QuotaWeight!, $m: Int, $a: Date) {
      quotaSuggestion(year: $y, level: $l, total: $t, weight: $w, minimumPerCounty: $m, asOf: $a) {
        note asOf total minimumPerCounty allocations { county { code } quota weight exactShare nominated } }
      suggestQuotaAllocation(year: $y, level: $l, total: $t, weight: $w, minimumPerCounty: $m, asOf: $a) { county { code } quota } }`;
    const suggest = async (vars: Record<string, unknown>) =>
      server.query<{
        quotaSuggestion: { note: string; asOf: string; allocations: Suggested[] };
        suggestQuotaAllocation: { county: { code: string }; quota: number }[];
      }>(SUGGEST, { y: 2023, l: "CITY", ...vars });
    const byCode = (parts: { county: { code: string }; quota: number }[]) =>
      Object.fromEntries(parts.map((p) => [p.county.code, p.quota]));

    it("splits equally by largest remainder with the tie-break by code (hand-computed)", async () => {
      const thirty = await suggest({ t: 30, w: "EQUAL" });
      // 30 / 9 = 3⅓ each: three places left over, all remainders tie, the smallest codes take them.
      expect(byCode(thirty.suggestQuotaAllocation)).toEqual(
        Object.fromEntries(CODES_BY_KEY.map((c, i) => [c, i < 3 ? 4 : 3])),
      );
      expect(thirty.quotaSuggestion.note).toBe(APPORTIONMENT_NOTE);
      const ten = await suggest({ t: 10, w: "EQUAL", m: 1 });
      expect(byCode(ten.suggestQuotaAllocation)).toEqual(
        Object.fromEntries(CODES_BY_KEY.map((c) => [c, c === "211202" ? 2 : 1])),
      );
    });

    it("weighs by eligible units as the speech counts them on 2023-05-31 (hand-computed)", async () => {
      const s = await suggest({ t: 30, w: "ELIGIBLE_UNITS", a: "2023-05-31" });
      const parts = s.quotaSuggestion.allocations;
      expect(s.quotaSuggestion.asOf).toBe("2023-05-31");
      // 1822 non-public enterprises + 430 social organizations (domain.md §5).
      expect(parts.reduce((sum, p) => sum + p.weight, 0)).toBe(2252);
      const coverage = await server.query<{
        city: { counties: { code: string; coverage: { eligibleCount: number } }[] };
      }>('{ city { counties { code coverage(asOf: "2023-05-31") { eligibleCount } } } }');
      expect(Object.fromEntries(parts.map((p) => [p.county.code, p.weight]))).toEqual(
        Object.fromEntries(coverage.city.counties.map((c) => [c.code, c.coverage.eligibleCount])),
      );
      // Weights 275, 350, 310, 320, 180, 335, 155, 220, 107 of 2252: floors 3,4,4,4,2,4,2,2,1 = 26;
      // the 4 largest remainders (×2252: 2096, 1494, 1492, 1042) go to 211271, 211221, 211282, 211202.
      expect(parts.map((p) => [p.county.code, p.weight, p.quota])).toEqual([
        ["211221", 275, 4],
        ["211282", 350, 5],
        ["211224", 310, 4],
        ["211281", 320, 4],
        ["211223", 180, 2],
        ["211202", 335, 5],
        ["211204", 155, 2],
        ["211271", 220, 3],
        ["211272", 107, 1],
      ]);
    });

    it("keeps the invariants on the ledger's covered units: sum, minimum, quota rule; as the domain computes", async () => {
      for (const [total, minimum] of [
        [30, 0],
        [30, 2],
        [200, 5],
        [31, 3],
        [9, 1],
      ] as const) {
        const s = await suggest({ t: total, w: "COVERED_UNITS", m: minimum, a: "2023-05-31" });
        const parts = s.quotaSuggestion.allocations;
        // 514 non-public + 138 social units covered by a branch (domain.md §5).
        expect(parts.reduce((sum, p) => sum + p.weight, 0)).toBe(652);
        expect(parts.reduce((sum, p) => sum + p.quota, 0)).toBe(total);
        for (const p of parts) {
          expect(p.quota).toBeGreaterThanOrEqual(minimum);
          expect([Math.floor(p.exactShare), Math.ceil(p.exactShare)]).toContain(p.quota - minimum);
        }
        const expected = unwrap(
          apportion({
            total,
            minimumPerPart: minimum,
            parts: parts.map((p) => ({ key: p.county.code, weight: p.weight })),
          }),
        );
        expect(parts.map((p) => p.quota)).toEqual(expected.map((e) => e.amount));
        expect(s.suggestQuotaAllocation.map((p) => p.quota)).toEqual(expected.map((e) => e.amount));
      }
    });

    it("refuses a minimum the total cannot give, and malformed numbers, as BAD_USER_INPUT", async () => {
      for (const [vars, field] of [
        [{ t: 30, w: "EQUAL", m: 4 }, ["minimumPerCounty"]],
        [{ t: -1, w: "EQUAL" }, ["total"]],
        [{ t: 30, w: "EQUAL", m: -2 }, ["minimumPerCounty"]],
        [{ t: 30, w: "EQUAL", y: 1999 }, ["year"]],
      ] as const) {
        const r = await server.gql(SUGGEST, { y: 2023, l: "CITY", ...vars }, await server.login());
        expect(r.body.errors?.[0]?.extensions, JSON.stringify(vars)).toMatchObject({ code: "BAD_USER_INPUT", field });
      }
      const overflow = await server.gql(SUGGEST, { y: 2023, l: "CITY", t: 2 ** 31, w: "EQUAL" }, await server.login());
      expect(overflow.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    });
  });

  describe("nominations", () => {
    it("nominates a covered unit of one's county, with the note as written, audited", async () => {
      const [unit] = await units(OWN);
      const note = `<script>alert("示范")</script>'); DROP TABLE demonstration_site; --`;
      const r = await nominate(`county-${OWN}`, unit as UnitRef, 2023, "COUNTY", note);
      expect(r.userErrors).toEqual([]);
      expect(r.site).toMatchObject({
        year: 2023,
        level: "COUNTY",
        status: "NOMINATED",
        nominationNote: note,
        reviewNote: null,
        reviewedAt: null,
        nominatedAt: "2026-11-27T02:00:00.000Z",
        county: { code: OWN },
        organization: { id: unit?.id },
      });
      const [entry] = (await auditRows(server, "nominateDemonstrationSite")).slice(-1);
      expect(entry).toMatchObject({
        entity_type: "DemonstrationSite",
        username: `county-${OWN}`,
        role: "COUNTY_ADMIN",
      });
      expect(JSON.parse(String(entry?.changes))).toMatchObject({
        status: [null, "NOMINATED"],
        countyCode: [null, OWN],
      });
      const node = await server.query<{ node: { status: string } | null }>(
        "query($id: ID!) { node(id: $id) { ... on DemonstrationSite { status } } }",
        { id: r.site?.id },
        `county-${OWN}`,
      );
      expect(node.node).toEqual({ status: "NOMINATED" });
      const hidden = await server.query<{ node: unknown }>(
        "query($id: ID!) { node(id: $id) { id } }",
        { id: r.site?.id },
        `county-${OTHER}`,
      );
      expect(hidden.node).toBeNull();
    });

    it("refuses a unit without a branch, another county's unit, no plan, and a unit nominated twice", async () => {
      const [uncovered] = await uncoveredUnits(server, OWN);
      const [otherUnit] = await units(OTHER);
      const [unit] = await units(OWN);
      expect((await nominate(`county-${OWN}`, unit as UnitRef, 2023)).userErrors).toEqual([]);
      const cases: Hostile[] = [
        {
          name: "uncovered",
          user: `county-${OWN}`,
          query: NOMINATE,
          variables: { i: { organizationId: uncovered?.id, year: 2023, level: "COUNTY" } },
          userError: "PREREQUISITE_MISSING",
          field: ["input", "organizationId"],
        },
        {
          name: "other county",
          user: `county-${OWN}`,
          query: NOMINATE,
          variables: { i: { organizationId: otherUnit?.id, year: 2023, level: "COUNTY" } },
          userError: "OUT_OF_SCOPE",
          field: ["input", "organizationId"],
        },
        {
          name: "no plan",
          user: "city-admin",
          query: NOMINATE,
          variables: { i: { organizationId: unit?.id, year: 2099, level: "COUNTY" } },
          userError: "PREREQUISITE_MISSING",
          field: ["input", "year"],
        },
        {
          name: "twice (by another admin)",
          user: "city-admin",
          query: NOMINATE,
          variables: { i: { organizationId: unit?.id, year: 2023, level: "COUNTY" } },
          userError: "ALREADY_ASSIGNED",
          field: ["input", "organizationId"],
        },
      ];
      for (const c of cases) await expectRefusedUnchanged(server, c);
      // The other level of the same year is another list.
      expect((await nominate(`county-${OWN}`, unit as UnitRef, 2023, "CITY")).userErrors).toEqual([]);
    });

    it("refuses the nomination after the last place, in a split plan and in an unsplit pool", async () => {
      expect(
        (
          await setPlan({
            year: 2072,
            level: "COUNTY",
            total: 2,
            allocations: [
              { countyCode: OWN, quota: 1 },
              { countyCode: OTHER, quota: 1 },
            ],
          })
        ).userErrors,
      ).toEqual([]);
      const [a, b] = await units(OWN, 2);
      expect((await nominate(`county-${OWN}`, a as UnitRef, 2072)).userErrors).toEqual([]);
      await expectRefusedUnchanged(server, {
        name: "county full",
        user: `county-${OWN}`,
        query: NOMINATE,
        variables: { i: { organizationId: b?.id, year: 2072, level: "COUNTY" } },
        userError: "QUOTA_EXCEEDED",
      });
      expect((await setPlan({ year: 2072, level: "CITY", total: 1, allocations: [] })).userErrors).toEqual([]);
      const [c] = await units(OTHER);
      expect((await nominate(`county-${OTHER}`, c as UnitRef, 2072, "CITY")).userErrors).toEqual([]);
      await expectRefusedUnchanged(server, {
        name: "pool full",
        user: `county-${OWN}`,
        query: NOMINATE,
        variables: { i: { organizationId: b?.id, year: 2072, level: "CITY" } },
        userError: "QUOTA_EXCEEDED",
      });
    });
  });

  describe("many nominations at once", () => {
    it("24 at once into a county with 3 places: exactly 3 taken, QUOTA_EXCEEDED for the other 21", async () => {
      expect(
        (await setPlan({ year: 2050, level: "COUNTY", total: 3, allocations: [{ countyCode: OWN, quota: 3 }] }))
          .userErrors,
      ).toEqual([]);
      const candidates = await units(OWN, 24);
      const auditBefore = (await auditRows(server, "nominateDemonstrationSite")).length;
      // Half by the county's admin, half by the city admin, all sent before any is answered.
      const tokens = [await server.login(`county-${OWN}`), await server.login("city-admin")];
      const results = await Promise.all(
        candidates.map((u, i) =>
          server.gql<{ nominateDemonstrationSite: SitePayload }>(
            NOMINATE,
            { i: { organizationId: u.id, year: 2050, level: "COUNTY" } },
            tokens[i % 2],
          ),
        ),
      );
      for (const r of results) expect(r.body.errors).toBeUndefined();
      const payloads = results.map((r) => r.body.data?.nominateDemonstrationSite as SitePayload);
      const taken = payloads.filter((p) => p.site !== null);
      expect(taken).toHaveLength(3);
      expect(payloads.filter((p) => p.userErrors[0]?.code === "QUOTA_EXCEEDED")).toHaveLength(21);
      expect(payloads.every((p) => (p.site === null) === (p.userErrors.length === 1))).toBe(true);
      expect(await heldInDb(2050)).toBe(3);
      expect((await auditRows(server, "nominateDemonstrationSite")).length - auditBefore).toBe(3);
      expect(allocationOf(await plan(2050, "COUNTY"), OWN)).toMatchObject({ quota: 3, nominated: 3, remaining: 0 });

      // A rejection frees one place: of five more at once, exactly one gets it.
      const freed = await review("reviewer", taken[0]?.site?.id as string, "REJECT", "材料不实");
      expect(freed.userErrors).toEqual([]);
      const more = await Promise.all(
        (await units(OWN, 5)).map(async (u) =>
          write<SitePayload>(server, `county-${OWN}`, NOMINATE, { organizationId: u.id, year: 2050, level: "COUNTY" }),
        ),
      );
      expect(more.filter((p) => p.site !== null)).toHaveLength(1);
      expect(more.filter((p) => p.userErrors[0]?.code === "QUOTA_EXCEEDED")).toHaveLength(4);
      expect(await heldInDb(2050)).toBe(3);
    });

    it("24 at once from three counties into an unsplit pool of 3: exactly 3 taken", async () => {
      expect((await setPlan({ year: 2050, level: "CITY", total: 3, allocations: [] })).userErrors).toEqual([]);
      const counties = [OWN, OTHER, "211224"];
      const requests = (await Promise.all(counties.map((c) => units(c, 8)))).flatMap((list, i) =>
        list.map((u) => ({ unit: u, user: `county-${counties[i]}` })),
      );
      const results = await Promise.all(
        requests.map((r) =>
          write<SitePayload>(server, r.user, NOMINATE, { organizationId: r.unit.id, year: 2050, level: "CITY" }),
        ),
      );
      expect(results.filter((p) => p.site !== null)).toHaveLength(3);
      expect(results.filter((p) => p.userErrors[0]?.code === "QUOTA_EXCEEDED")).toHaveLength(21);
      expect(await heldInDb(2050, "CITY")).toBe(3);
      expect(await plan(2050, "CITY")).toMatchObject({ total: 3, nominated: 3, remaining: 0 });
    });

    it("the same unit ten times at once: one site, ALREADY_ASSIGNED nine times", async () => {
      expect(
        (await setPlan({ year: 2051, level: "COUNTY", total: 30, allocations: [{ countyCode: OWN, quota: 30 }] }))
          .userErrors,
      ).toEqual([]);
      const [unit] = await units(OWN);
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) => nominate(i % 2 ? "city-admin" : `county-${OWN}`, unit as UnitRef, 2051)),
      );
      expect(results.filter((p) => p.site !== null)).toHaveLength(1);
      expect(results.filter((p) => p.userErrors[0]?.code === "ALREADY_ASSIGNED")).toHaveLength(9);
      expect(await heldInDb(2051)).toBe(1);
    });

    it("a plan cut while nominations arrive: never more held than the quota in force", async () => {
      expect(
        (await setPlan({ year: 2052, level: "COUNTY", total: 10, allocations: [{ countyCode: OWN, quota: 10 }] }))
          .userErrors,
      ).toEqual([]);
      const candidates = await units(OWN, 12);
      const nominations = candidates.map((u) => nominate(`county-${OWN}`, u, 2052));
      const cut = setPlan({ year: 2052, level: "COUNTY", total: 4, allocations: [{ countyCode: OWN, quota: 4 }] });
      const [cutResult, ...results] = await Promise.all([cut, ...nominations]);
      const taken = results.filter((p) => p.site !== null).length;
      for (const p of results) expect(p.site !== null || p.userErrors[0]?.code === "QUOTA_EXCEEDED").toBe(true);
      const after = allocationOf(await plan(2052, "COUNTY"), OWN);
      expect(after?.nominated).toBe(taken);
      expect(await heldInDb(2052)).toBe(taken);
      if (cutResult.userErrors.length === 0) {
        expect(after?.quota).toBe(4);
        expect(taken).toBeLessThanOrEqual(4);
      } else {
        expect(cutResult.userErrors[0]?.code).toBe("QUOTA_BELOW_USED");
        expect(after?.quota).toBe(10);
        expect(taken).toBe(10);
      }
    });
  });

  describe("review", () => {
    let site: Site;
    let unit: UnitRef;
    const YEAR = 2061;

    beforeAll(async () => {
      await setPlan({ year: YEAR, level: "COUNTY", total: 5, allocations: [{ countyCode: OWN, quota: 5 }] });
      [unit] = (await units(OWN)) as [UnitRef];
      site = (await nominate(`county-${OWN}`, unit, YEAR)).site as Site;
    });

    const refused = (decision: string, userError: string, field: string[], note?: string): Hostile => ({
      name: `${decision} → ${userError}`,
      user: "reviewer",
      query: REVIEW,
      variables: { i: { siteId: site.id, decision, ...(note !== undefined ? { note } : {}) } },
      userError,
      field,
    });

    it("approves only with a passed 五有 of the site's year for a branch covering the unit", async () => {
      const branch = unit.branchIds[0] as string;
      await expectRefusedUnchanged(server, refused("APPROVE", "PREREQUISITE_MISSING", ["input", "decision"]));
      const failed = await assess(`county-${OWN}`, branch, YEAR, { ...ALL_CHECKS, hasVenue: false });
      expect(failed.fiveHaves).toMatchObject({ passed: false, missing: ["有阵地"] });
      await expectRefusedUnchanged(server, refused("APPROVE", "PREREQUISITE_MISSING", ["input", "decision"]));
      // Passed, but for another year: still missing.
      expect((await assess(`county-${OWN}`, branch, YEAR + 1)).fiveHaves).toMatchObject({ passed: true });
      await expectRefusedUnchanged(server, refused("APPROVE", "PREREQUISITE_MISSING", ["input", "decision"]));
      expect((await assess("reviewer", branch, YEAR)).fiveHaves).toMatchObject({ passed: true, missing: [] });
      const approved = await review("reviewer", site.id, "APPROVE");
      expect(approved.userErrors).toEqual([]);
      expect(approved.site).toMatchObject({ status: "APPROVED", reviewedAt: "2026-11-27T02:00:00.000Z" });
      const [entry] = (await auditRows(server, "reviewDemonstrationSite")).slice(-1);
      expect(entry).toMatchObject({ username: "reviewer", role: "REVIEWER" });
      expect(JSON.parse(String(entry?.changes))).toEqual({ status: ["NOMINATED", "APPROVED"] });
    });

    it("allows no other move from APPROVED than a revocation with a reason, which frees the place", async () => {
      await expectRefusedUnchanged(server, refused("APPROVE", "INVALID_TRANSITION", ["input", "decision"]));
      await expectRefusedUnchanged(server, refused("REJECT", "INVALID_TRANSITION", ["input", "decision"], "理由"));
      await expectRefusedUnchanged(server, refused("REVOKE", "INVALID_INPUT", ["input", "note"]));
      await expectRefusedUnchanged(server, refused("REVOKE", "INVALID_INPUT", ["input", "note"], "   "));
      expect(allocationOf(await plan(YEAR, "COUNTY"), OWN)).toMatchObject({ approved: 1, remaining: 4 });
      const revoked = await review("city-admin", site.id, "REVOKE", "  发现问题，撤销  ");
      expect(revoked.site).toMatchObject({ status: "REVOKED", reviewNote: "发现问题，撤销" });
      expect(allocationOf(await plan(YEAR, "COUNTY"), OWN)).toMatchObject({ approved: 0, revoked: 1, remaining: 5 });
      for (const decision of ["APPROVE", "REJECT", "REVOKE"]) {
        await expectRefusedUnchanged(server, refused(decision, "INVALID_TRANSITION", ["input", "decision"], "再次"));
      }
      // Revoked holds no place: the unit may be nominated again.
      expect((await nominate(`county-${OWN}`, unit, YEAR)).userErrors).toEqual([]);
    });

    it("rejects a nomination only with a reason; a rejected site is final and frees its place", async () => {
      const [other] = await units(OWN);
      const s = (await nominate(`county-${OWN}`, other as UnitRef, YEAR)).site as Site;
      const on = (decision: string, userError: string, field: string[], note?: string): Hostile => ({
        ...refused(decision, userError, field, note),
        variables: { i: { siteId: s.id, decision, ...(note !== undefined ? { note } : {}) } },
      });
      await expectRefusedUnchanged(server, on("REVOKE", "INVALID_TRANSITION", ["input", "decision"], "理由"));
      await expectRefusedUnchanged(server, on("REJECT", "INVALID_INPUT", ["input", "note"]));
      const before = allocationOf(await plan(YEAR, "COUNTY"), OWN);
      const rejected = await review("reviewer", s.id, "REJECT", "党组织活动记录不全");
      expect(rejected.site).toMatchObject({ status: "REJECTED", reviewNote: "党组织活动记录不全" });
      expect(allocationOf(await plan(YEAR, "COUNTY"), OWN)).toMatchObject({
        nominated: (before?.nominated ?? 0) - 1,
        rejected: 1,
        remaining: (before?.remaining ?? 0) + 1,
      });
      for (const decision of ["APPROVE", "REJECT", "REVOKE"]) {
        await expectRefusedUnchanged(server, on(decision, "INVALID_TRANSITION", ["input", "decision"], "再次"));
      }
    });
  });

  describe("the quota board", () => {
    it("shows per county quota, nominated, approved, remaining and the sites by status; lists in scope", async () => {
      const YEAR = 2060;
      await setPlan({
        year: YEAR,
        level: "COUNTY",
        total: 6,
        allocations: [
          { countyCode: OWN, quota: 4 },
          { countyCode: OTHER, quota: 2 },
        ],
      });
      const [a, b, c, d, f] = (await units(OWN, 5)) as UnitRef[];
      const [e] = (await units(OTHER)) as UnitRef[];
      const ids: Record<string, string> = {};
      for (const [name, u] of [
        ["a", a],
        ["b", b],
        ["c", c],
        ["d", d],
      ] as const) {
        ids[name] = (await nominate(`county-${OWN}`, u as UnitRef, YEAR)).site?.id as string;
      }
      ids.e = (await nominate(`county-${OTHER}`, e as UnitRef, YEAR)).site?.id as string;
      // Full: f is refused until a place is freed.
      expect((await nominate(`county-${OWN}`, f as UnitRef, YEAR)).userErrors[0]?.code).toBe("QUOTA_EXCEEDED");
      for (const u of [a, c]) await assess("city-admin", u?.branchIds[0] as string, YEAR);
      expect((await review("reviewer", ids.a as string, "APPROVE")).userErrors).toEqual([]);
      expect((await review("reviewer", ids.b as string, "REJECT", "不符合条件")).userErrors).toEqual([]);
      expect((await review("reviewer", ids.c as string, "APPROVE")).userErrors).toEqual([]);
      expect((await review("reviewer", ids.c as string, "REVOKE", "整改不到位")).userErrors).toEqual([]);
      ids.f = (await nominate(`county-${OWN}`, f as UnitRef, YEAR)).site?.id as string;

      const BOARD = `query($y: Int!) { quotaPlan(year: $y, level: COUNTY) { total nominated approved rejected revoked remaining
        allocations { county { code } quota nominated approved rejected revoked remaining
          nominatedSites: sites(status: NOMINATED) { id } sites { id status } } } }`;
      type Board = {
        quotaPlan: Omit<Plan, "allocations"> & {
          allocations: (Allocation & { nominatedSites: { id: string }[]; sites: { id: string; status: string }[] })[];
        };
      };
      const board = (await server.query<Board>(BOARD, { y: YEAR })).quotaPlan;
      expect(board).toMatchObject({ total: 6, nominated: 3, approved: 1, rejected: 1, revoked: 1, remaining: 2 });
      const own = board.allocations.find((x) => x.county.code === OWN);
      expect(own).toMatchObject({ quota: 4, nominated: 2, approved: 1, rejected: 1, revoked: 1, remaining: 1 });
      expect(own?.nominatedSites.map((s) => s.id).sort()).toEqual([ids.d, ids.f].sort());
      expect(own?.sites.map((s) => [s.id, s.status])).toEqual([
        [ids.a, "APPROVED"],
        [ids.b, "REJECTED"],
        [ids.c, "REVOKED"],
        [ids.d, "NOMINATED"],
        [ids.f, "NOMINATED"],
      ]);
      expect(board.allocations.find((x) => x.county.code === OTHER)).toMatchObject({
        quota: 2,
        nominated: 1,
        remaining: 1,
      });
      for (const x of board.allocations.filter((x) => x.county.code !== OWN && x.county.code !== OTHER)) {
        expect(x).toMatchObject({ quota: 0, nominated: 0, approved: 0, remaining: 0, sites: [] });
      }

      // Another county's admin: the same figures (aggregates), but no rows of 调兵山市.
      const seenByOther = (await server.query<Board>(BOARD, { y: YEAR }, `county-${OTHER}`)).quotaPlan;
      expect(seenByOther.allocations.map(({ sites: _s, nominatedSites: _n, ...figures }) => figures)).toEqual(
        board.allocations.map(({ sites: _s, nominatedSites: _n, ...figures }) => figures),
      );
      expect(seenByOther.allocations.find((x) => x.county.code === OWN)?.sites).toEqual([]);
      expect(seenByOther.allocations.find((x) => x.county.code === OTHER)?.sites.map((s) => s.id)).toEqual([ids.e]);

      const LIST =
        "query($y: Int!, $c: String) { demonstrationSites(year: $y, countyCode: $c) { id county { code } } }";
      const mine = await server.query<{ demonstrationSites: { id: string }[] }>(LIST, { y: YEAR }, `county-${OTHER}`);
      expect(mine.demonstrationSites.map((s) => s.id)).toEqual([ids.e]);
      const forbidden = await server.gql(LIST, { y: YEAR, c: OWN }, await server.login(`county-${OTHER}`));
      expect(forbidden.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      const approved = await server.query<{ demonstrationSites: { id: string }[] }>(
        "query($y: Int!) { demonstrationSites(year: $y, status: APPROVED) { id } }",
        { y: YEAR },
        "viewer",
      );
      expect(approved.demonstrationSites.map((s) => s.id)).toEqual([ids.a]);

      // A suggestion shows beside each part what the county already holds.
      const s = await server.query<{
        suggestQuotaAllocation: { county: { code: string }; approved: number; nominated: number }[];
      }>(
        `query($y: Int!) { suggestQuotaAllocation(year: $y, level: COUNTY, total: 6, weight: EQUAL) { county { code } nominated approved } }`,
        { y: YEAR },
      );
      expect(s.suggestQuotaAllocation.find((x) => x.county.code === OWN)).toMatchObject({ nominated: 2, approved: 1 });
    });
  });

  describe("query limits", () => {
    it("admit the board with its sites, and refuse a walk from every site through the ledger", async () => {
      const board = await server.gql(
        `{ quotaPlan(year: 2023, level: COUNTY) { allocations { county { name } quota remaining
           sites { status organization { name branches { name } } } } } }`,
        {},
        await server.login(),
      );
      expect(board.body.errors).toBeUndefined();
      const walk = await server.gql(
        `{ demonstrationSites(year: 2023) { organization { branches { organizations { branches { organizations {
           liaisons { name } } } } } } } }`,
        {},
        await server.login(),
      );
      expect(walk.body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
    });
  });

  describe("五有", () => {
    it("records, reads, replaces (audited) and leaves an identical resubmission alone", async () => {
      const [unit] = await units(OWN);
      const branch = unit?.branchIds[0] as string;
      const READ =
        "query($id: ID!, $y: Int!) { node(id: $id) { ... on Branch { fiveHaves(year: $y) { passed missing evidence } } } }";
      const first = await assess(`county-${OWN}`, branch, 2065, { ...ALL_CHECKS, hasRules: false, hasImpact: false });
      expect(first.fiveHaves).toMatchObject({ year: 2065, passed: false, missing: ["有制度", "有作用"] });
      const again = await assess(`county-${OWN}`, branch, 2065, ALL_CHECKS, "补充制度文件");
      expect(again.fiveHaves).toMatchObject({ passed: true, missing: [], evidence: "补充制度文件" });
      const rows: unknown[] = await server.app.dataSource.query(
        "SELECT id FROM five_haves_assessment WHERE year = 2065",
      );
      expect(rows).toHaveLength(1);
      const read = await server.query<{ node: { fiveHaves: unknown } }>(READ, { id: branch, y: 2065 }, `county-${OWN}`);
      expect(read.node.fiveHaves).toEqual({ passed: true, missing: [], evidence: "补充制度文件" });
      expect(
        (await server.query<{ node: { fiveHaves: unknown } }>(READ, { id: branch, y: 2066 })).node.fiveHaves,
      ).toBeNull();
      const entries = (await auditRows(server, "assessFiveHaves")).filter((e) => e.changes.includes("fiveHaves.2065."));
      expect(entries).toHaveLength(2);
      expect(JSON.parse(String(entries[1]?.changes))).toEqual({
        "fiveHaves.2065.hasRules": [false, true],
        "fiveHaves.2065.hasImpact": [false, true],
        "fiveHaves.2065.passed": [false, true],
        "fiveHaves.2065.evidence": ["台账、实地查看", "补充制度文件"],
      });
      const before = await snapshot(server, ALL_TABLES);
      expect((await assess(`county-${OWN}`, branch, 2065, ALL_CHECKS, "补充制度文件")).userErrors).toEqual([]);
      expect(await snapshot(server, ALL_TABLES)).toEqual(before);
    });
  });

  describe("hostile input changes nothing", () => {
    let ownUnit: UnitRef;
    let otherUnit: UnitRef;
    let siteId: string;

    beforeAll(async () => {
      [ownUnit] = (await units(OWN)) as [UnitRef];
      [otherUnit] = (await units(OTHER)) as [UnitRef];
      siteId = (await nominate(`county-${OWN}`, (await units(OWN))[0] as UnitRef, 2023)).site?.id as string;
    });

    const huge = "党".repeat(100_000);
    const cases = (): Hostile[] => {
      const nominateInput = (i: Record<string, unknown>) => ({
        i: { organizationId: ownUnit.id, year: 2023, level: "COUNTY", ...i },
      });
      const reviewInput = (i: Record<string, unknown>) => ({ i: { siteId, decision: "REJECT", note: "理由", ...i } });
      const planInput = (i: Record<string, unknown>) => ({
        i: { year: 2090, level: "CITY", total: 5, allocations: [], ...i },
      });
      const assessInput = (i: Record<string, unknown>) => ({
        i: { branchId: ownUnit.branchIds[0], year: 2023, ...ALL_CHECKS, ...i },
      });
      const C = `county-${OWN}`;
      return [
        // nominateDemonstrationSite
        {
          name: "nominate: year as text",
          user: C,
          query: NOMINATE,
          variables: nominateInput({ year: "2023" }),
          thrown: "BAD_USER_INPUT",
        },
        {
          name: "nominate: negative year",
          user: C,
          query: NOMINATE,
          variables: nominateInput({ year: -2023 }),
          thrown: "BAD_USER_INPUT",
          field: ["input", "year"],
        },
        {
          name: "nominate: overflowing year",
          user: C,
          query: NOMINATE,
          variables: nominateInput({ year: 2 ** 31 }),
          thrown: "BAD_USER_INPUT",
        },
        {
          name: "nominate: unknown level",
          user: C,
          query: NOMINATE,
          variables: nominateInput({ level: "TOWN" }),
          thrown: "BAD_USER_INPUT",
        },
        {
          name: "nominate: huge note",
          user: C,
          query: NOMINATE,
          variables: nominateInput({ note: huge }),
          thrown: "BAD_USER_INPUT",
          field: ["input", "note"],
        },
        {
          name: "nominate: huge id",
          user: C,
          query: NOMINATE,
          variables: nominateInput({ organizationId: huge }),
          thrown: "BAD_USER_INPUT",
          field: ["input", "organizationId"],
        },
        {
          name: "nominate: SQL in the id",
          user: C,
          query: NOMINATE,
          variables: nominateInput({ organizationId: "1' OR '1'='1" }),
          userError: "NOT_FOUND",
          field: ["input", "organizationId"],
        },
        {
          name: "nominate: HTML in the id",
          user: C,
          query: NOMINATE,
          variables: nominateInput({ organizationId: "<img src=x onerror=alert(1)>" }),
          userError: "NOT_FOUND",
        },
        {
          name: "nominate: unknown id",
          user: C,
          query: NOMINATE,
          variables: nominateInput({ organizationId: missingId("Organization") }),
          userError: "NOT_FOUND",
        },
        {
          name: "nominate: a branch's id",
          user: C,
          query: NOMINATE,
          variables: nominateInput({ organizationId: ownUnit.branchIds[0] }),
          userError: "NOT_FOUND",
        },
        {
          name: "nominate: another county's unit",
          user: C,
          query: NOMINATE,
          variables: nominateInput({ organizationId: otherUnit.id }),
          userError: "OUT_OF_SCOPE",
        },
        // reviewDemonstrationSite
        {
          name: "review: unknown decision",
          user: "reviewer",
          query: REVIEW,
          variables: reviewInput({ decision: "DELETE" }),
          thrown: "BAD_USER_INPUT",
        },
        {
          name: "review: huge note",
          user: "reviewer",
          query: REVIEW,
          variables: reviewInput({ note: huge }),
          thrown: "BAD_USER_INPUT",
          field: ["input", "note"],
        },
        {
          name: "review: number as id",
          user: "reviewer",
          query: REVIEW,
          variables: reviewInput({ siteId: 1 }),
          userError: "NOT_FOUND",
        },
        {
          name: "review: SQL in the id",
          user: "reviewer",
          query: REVIEW,
          variables: reviewInput({ siteId: "'; DELETE FROM demonstration_site; --" }),
          userError: "NOT_FOUND",
        },
        {
          name: "review: unknown id",
          user: "reviewer",
          query: REVIEW,
          variables: reviewInput({ siteId: missingId("DemonstrationSite") }),
          userError: "NOT_FOUND",
          field: ["input", "siteId"],
        },
        {
          name: "review: a unit's id",
          user: "reviewer",
          query: REVIEW,
          variables: reviewInput({ siteId: ownUnit.id }),
          userError: "NOT_FOUND",
        },
        {
          name: "review: blank reason",
          user: "reviewer",
          query: REVIEW,
          variables: reviewInput({ note: " \n\t " }),
          userError: "INVALID_INPUT",
          field: ["input", "note"],
        },
        { name: "review: by a county admin", user: C, query: REVIEW, variables: reviewInput({}), thrown: "FORBIDDEN" },
        // setQuotaPlan
        {
          name: "plan: negative total",
          user: "city-admin",
          query: SET_PLAN,
          variables: planInput({ total: -5 }),
          thrown: "BAD_USER_INPUT",
          field: ["input", "total"],
        },
        {
          name: "plan: overflowing total",
          user: "city-admin",
          query: SET_PLAN,
          variables: planInput({ total: 2 ** 40 }),
          thrown: "BAD_USER_INPUT",
        },
        {
          name: "plan: total as text",
          user: "city-admin",
          query: SET_PLAN,
          variables: planInput({ total: "30" }),
          thrown: "BAD_USER_INPUT",
        },
        {
          name: "plan: fractional total",
          user: "city-admin",
          query: SET_PLAN,
          variables: planInput({ total: 2.5 }),
          thrown: "BAD_USER_INPUT",
        },
        {
          name: "plan: year 10000",
          user: "city-admin",
          query: SET_PLAN,
          variables: planInput({ year: 10_000 }),
          thrown: "BAD_USER_INPUT",
          field: ["input", "year"],
        },
        {
          name: "plan: negative part",
          user: "city-admin",
          query: SET_PLAN,
          variables: planInput({
            total: 0,
            allocations: [
              { countyCode: OWN, quota: -5 },
              { countyCode: OTHER, quota: 5 },
            ],
          }),
          thrown: "BAD_USER_INPUT",
          field: ["input", "allocations", "0", "quota"],
        },
        {
          name: "plan: huge county code",
          user: "city-admin",
          query: SET_PLAN,
          variables: planInput({ allocations: [{ countyCode: huge, quota: 5 }] }),
          thrown: "BAD_USER_INPUT",
        },
        {
          name: "plan: SQL as county code",
          user: "city-admin",
          query: SET_PLAN,
          variables: planInput({ allocations: [{ countyCode: "'--;<>", quota: 5 }] }),
          userError: "NOT_FOUND",
        },
        {
          name: "plan: too many parts",
          user: "city-admin",
          query: SET_PLAN,
          variables: planInput({ allocations: Array.from({ length: 51 }, () => ({ countyCode: OWN, quota: 0 })) }),
          thrown: "BAD_USER_INPUT",
          field: ["input", "allocations"],
        },
        { name: "plan: by a county admin", user: C, query: SET_PLAN, variables: planInput({}), thrown: "FORBIDDEN" },
        // assessFiveHaves
        {
          name: "assess: check as text",
          user: C,
          query: ASSESS,
          variables: assessInput({ hasRules: "yes" }),
          thrown: "BAD_USER_INPUT",
        },
        {
          name: "assess: check missing",
          user: C,
          query: ASSESS,
          variables: { i: { branchId: ownUnit.branchIds[0], year: 2023, hasOrganization: true } },
          thrown: "BAD_USER_INPUT",
        },
        {
          name: "assess: year 3000",
          user: C,
          query: ASSESS,
          variables: assessInput({ year: 3000 }),
          thrown: "BAD_USER_INPUT",
          field: ["input", "year"],
        },
        {
          name: "assess: negative year",
          user: C,
          query: ASSESS,
          variables: assessInput({ year: -1 }),
          thrown: "BAD_USER_INPUT",
        },
        {
          name: "assess: huge evidence",
          user: C,
          query: ASSESS,
          variables: assessInput({ evidence: huge }),
          thrown: "BAD_USER_INPUT",
          field: ["input", "evidence"],
        },
        {
          name: "assess: unknown branch",
          user: C,
          query: ASSESS,
          variables: assessInput({ branchId: missingId("Branch") }),
          userError: "NOT_FOUND",
          field: ["input", "branchId"],
        },
        {
          name: "assess: SQL as branch",
          user: C,
          query: ASSESS,
          variables: assessInput({ branchId: "1 OR 1=1" }),
          userError: "NOT_FOUND",
        },
        {
          name: "assess: another county's branch",
          user: C,
          query: ASSESS,
          variables: assessInput({ branchId: otherUnit.branchIds[0] }),
          userError: "OUT_OF_SCOPE",
        },
        { name: "assess: by a viewer", user: "viewer", query: ASSESS, variables: assessInput({}), thrown: "FORBIDDEN" },
      ];
    };

    const OPERATIONS: Record<string, string> = {
      nominateDemonstrationSite: NOMINATE,
      reviewDemonstrationSite: REVIEW,
      setQuotaPlan: SET_PLAN,
      assessFiveHaves: ASSESS,
    };
    it.each(Object.keys(OPERATIONS))("%s: a clear error for each, nothing changed", async (operation) => {
      const mine = cases().filter((c) => c.query === OPERATIONS[operation]);
      expect(mine.length).toBeGreaterThanOrEqual(8);
      for (const c of mine) await expectRefusedUnchanged(server, c);
    });

    it("a duplicate nomination and a duplicate rejection are refused and change nothing", async () => {
      const [unit] = await units(OWN);
      const input = { organizationId: unit?.id, year: 2023, level: "COUNTY" };
      expect((await write<SitePayload>(server, `county-${OWN}`, NOMINATE, input)).userErrors).toEqual([]);
      await expectRefusedUnchanged(server, {
        name: "duplicate nomination",
        user: `county-${OWN}`,
        query: NOMINATE,
        variables: { i: input },
        userError: "ALREADY_ASSIGNED",
      });
      expect((await review("reviewer", siteId, "REJECT", "重复")).userErrors).toEqual([]);
      await expectRefusedUnchanged(server, {
        name: "duplicate rejection",
        user: "reviewer",
        query: REVIEW,
        variables: { i: { siteId, decision: "REJECT", note: "重复" } },
        userError: "INVALID_TRANSITION",
      });
    });
  });
});
