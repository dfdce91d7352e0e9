/**
 * The speech's work lists and measures through the API and Excel (issue 15), held to the domain's
 * definitions on the reference dataset: 应建未建 (3+ members, no branch of their own) in the domain's
 * order; 边建厂边建党 (added in a period, still no branch); units per liaison; 五有 with evidence per
 * check and its pass rate; liaisons' work targets with deadlines (overdue marked); the lists'
 * downloads; and hostile input that changes nothing.
 */
import {
  indexCoverageData,
  newWithoutBranchList,
  shouldFormOwnList,
  WORK_TARGET_STATUSES,
  workTargetStatus,
} from "@liangxin/domain";
import { generateReferenceDataset } from "@liangxin/domain/reference";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Clock } from "../src/common/clock.js";
import { backends, startTestServer, type TestServer } from "./support/harness.js";
import { ASSESS, expectRefusedUnchanged, missingId, type UserErrorJson, write } from "./support/sites.js";

const OWN = "211281";
const OTHER = "211282";
const COUNTY_ADMIN = `county-${OWN}`;
const NOW = "2026-11-27T02:00:00Z";
const index = indexCoverageData(generateReferenceDataset());
const dbId = (key: string): number => Number(/(\d+)$/.exec(key)?.[1]);
const rawId = (id: string): number => Number(/:(\d+)$/.exec(Buffer.from(id, "base64url").toString())?.[1]);

let instant = NOW;
const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" });
const clock: Clock = { now: () => new Date(instant), today: () => day.format(new Date(instant)) };

const RECORD = `mutation($i: RecordLiaisonWorkTargetInput!) { recordLiaisonWorkTarget(input: $i) {
  workTarget { id description setOn dueOn completedOn status overdue liaison { name } organization { id } }
  userErrors { code field message } warnings { code message } } }`;
/** For refusals: the payload's object and userErrors only. */
const RECORD_BARE = `mutation($i: RecordLiaisonWorkTargetInput!) { recordLiaisonWorkTarget(input: $i) {
  workTarget { id } userErrors { code field message } } }`;
const COMPLETE = `mutation($i: CompleteLiaisonWorkTargetInput!) { completeLiaisonWorkTarget(input: $i) {
  workTarget { id completedOn status overdue } userErrors { code field message } } }`;

interface TargetJson {
  id: string;
  description: string;
  setOn: string;
  dueOn: string;
  completedOn: string | null;
  status: string;
  overdue: boolean;
}
type TargetPayload = { workTarget: TargetJson | null; userErrors: UserErrorJson[]; warnings: UserErrorJson[] };

describe.each(backends())("the work lists on %s", (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(backend, { label: "worklists", clock });
  });
  afterAll(async () => server?.stop());

  /** Every page of a county's (or the city's) organizations with a filter, in an order. */
  async function allIds(county: string | null, filter: string, order: string, username = "city-admin") {
    type Page = { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    const connection = `organizations(first: 100, after: $a, filter: {${filter}}, orderBy: ${order}) {
      nodes { id } pageInfo { hasNextPage endCursor } }`;
    const query = county
      ? `query($a: String) { county(code: "${county}") { ${connection} } }`
      : `query($a: String) { ${connection} }`;
    const ids: number[] = [];
    let after: string | null = null;
    for (;;) {
      const d: { county?: { organizations: Page }; organizations?: Page } = await server.query(
        query,
        { a: after },
        username,
      );
      const page = (county ? d.county?.organizations : d.organizations) as Page;
      ids.push(...page.nodes.map((n) => rawId(n.id)));
      if (!page.pageInfo.hasNextPage) return ids;
      after = page.pageInfo.endCursor;
    }
  }

  it("lists 应建未建 as the domain does, most formal members first, for the city and a county", async () => {
    const today = clock.today();
    const city = shouldFormOwnList(index, {}, today).map((u) => dbId(u.organizationId));
    expect(city.length).toBeGreaterThan(100);
    expect(await allIds(null, "shouldFormOwnBranch: true", "ACTIONABILITY")).toEqual(city);
    const own = shouldFormOwnList(index, { countyCode: OWN }, today).map((u) => dbId(u.organizationId));
    expect(await allIds(OWN, "shouldFormOwnBranch: true", "ACTIONABILITY", COUNTY_ADMIN)).toEqual(own);
    // The ledger's order is still the default.
    expect(await allIds(OWN, "shouldFormOwnBranch: true", "LEDGER")).toEqual([...own].sort((a, b) => a - b));
  });

  it("lists 边建厂边建党: the units added in a period still without a branch", async () => {
    const expected = newWithoutBranchList(index, {}, "2023-01-01", "2023-05-31", clock.today()).map((u) =>
      dbId(u.organizationId),
    );
    const got = await allIds(
      null,
      'addedFrom: "2023-01-01", addedTo: "2023-05-31", organizationCovered: false, inPopulation: true',
      "ACTIONABILITY",
    );
    expect(got).toEqual(expected);
  });

  it("serves units per liaison: 1618 enterprises over 1184 liaisons on 2023-05-31", async () => {
    const d = await server.query<{ city: { coverage: { unitsPerLiaison: number; liaisonCount: number } } }>(
      '{ city { coverage(category: NON_PUBLIC_ENTERPRISE, asOf: "2023-05-31") { unitsPerLiaison liaisonCount } } }',
    );
    expect(d.city.coverage.liaisonCount).toBe(1184);
    expect(d.city.coverage.unitsPerLiaison).toBeCloseTo(1618 / 1184, 10);
  });

  it("keeps 五有 evidence per check, advises a held check without one, and serves the pass rate", async () => {
    const branches = await server.query<{ county: { organizations: { nodes: { branches: { id: string }[] }[] } } }>(
      `{ county(code: "${OWN}") { organizations(first: 3, filter: {organizationCovered: true}) { nodes { branches { id } } } } }`,
    );
    const [a, b] = branches.county.organizations.nodes.map((n) => n.branches[0]?.id as string);
    const evidenceQuery = `mutation($i: AssessFiveHavesInput!) { assessFiveHaves(input: $i) {
      fiveHaves { passed checks { check label held evidence } } userErrors { code field } warnings { code field } } }`;
    const r = await write<{
      fiveHaves: {
        passed: boolean;
        checks: { check: string; label: string; held: boolean; evidence: string | null }[];
      };
      warnings: UserErrorJson[];
    }>(server, COUNTY_ADMIN, evidenceQuery, {
      branchId: a,
      year: 2026,
      hasOrganization: true,
      hasRules: true,
      hasActivities: true,
      hasVenue: true,
      hasImpact: true,
      evidenceByCheck: {
        hasOrganization: "支部委员会名单",
        hasRules: "三会一课制度汇编",
        hasActivities: "主题党日记录12次",
        hasVenue: "党员活动室 60㎡",
      },
    });
    expect(r.userErrors).toEqual([]);
    expect(r.fiveHaves.checks.map((c) => [c.label, c.held, c.evidence])).toEqual([
      ["有组织", true, "支部委员会名单"],
      ["有制度", true, "三会一课制度汇编"],
      ["有活动", true, "主题党日记录12次"],
      ["有阵地", true, "党员活动室 60㎡"],
      ["有作用", true, null],
    ]);
    expect(r.warnings.map((w) => [w.code, w.field])).toEqual([
      ["INVALID_INPUT", ["input", "evidenceByCheck", "hasImpact"]],
    ]);
    await write(server, COUNTY_ADMIN, ASSESS, {
      branchId: b,
      year: 2026,
      hasOrganization: true,
      hasRules: false,
      hasActivities: true,
      hasVenue: true,
      hasImpact: true,
    });
    const rate = await server.query<{
      fiveHavesRate: {
        city: { assessed: number; passed: number; rate: { percent: string } };
        counties: { county: { code: string }; assessed: number; rate: { percent: string | null } }[];
      };
    }>(
      "{ fiveHavesRate(year: 2026) { city { assessed passed rate { percent } } counties { county { code } assessed rate { percent } } } }",
      {},
      "viewer",
    );
    expect(rate.fiveHavesRate.city).toEqual({ assessed: 2, passed: 1, rate: { percent: "50.0%" } });
    const own = rate.fiveHavesRate.counties.find((c) => c.county.code === OWN);
    expect(own).toMatchObject({ assessed: 2, rate: { percent: "50.0%" } });
    expect(rate.fiveHavesRate.counties.find((c) => c.county.code === OTHER)).toMatchObject({
      assessed: 0,
      rate: { percent: null },
    });
    // A text over 1000 characters is refused before anything runs.
    const long = await server.gql(
      evidenceQuery,
      {
        i: {
          branchId: a,
          year: 2026,
          hasOrganization: true,
          hasRules: true,
          hasActivities: true,
          hasVenue: true,
          hasImpact: true,
          evidenceByCheck: { hasVenue: "字".repeat(1001) },
        },
      },
      await server.login(COUNTY_ADMIN),
    );
    expect(long.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  describe("liaisons' work targets", () => {
    let unit: string;
    let liaison: string;
    beforeAll(async () => {
      const created = await write<{ organization: { id: string } }>(
        server,
        COUNTY_ADMIN,
        "mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { organization { id } userErrors { code message } } }",
        {
          name: "调兵山市新引进科技有限公司",
          category: "NON_PUBLIC_ENTERPRISE",
          countyCode: OWN,
          aboveScale: false,
          formalMemberCount: 2,
          addedOn: "2026-09-01",
        },
      );
      unit = created.organization.id;
      const d = await write<{ liaison: { id: string } }>(
        server,
        COUNTY_ADMIN,
        "mutation($i: DispatchLiaisonInput!) { dispatchLiaison(input: $i) { liaison { id } userErrors { code message } } }",
        { name: "孙立", kind: "INSTRUCTOR", countyCode: OWN, organizationIds: [unit], from: "2026-10-01" },
      );
      liaison = d.liaison.id;
    });

    it("records a target and its deadline; an overdue one is marked; completing it late says so", async () => {
      const open = await write<TargetPayload>(server, COUNTY_ADMIN, RECORD, {
        organizationId: unit,
        liaisonId: liaison,
        description: "年底前建立党支部",
        dueOn: "2026-12-31",
      });
      expect(open.userErrors).toEqual([]);
      expect(open.warnings).toEqual([]);
      expect(open.workTarget).toMatchObject({ setOn: "2026-11-27", status: "OPEN", overdue: false, completedOn: null });
      const late = await write<TargetPayload>(server, COUNTY_ADMIN, RECORD, {
        organizationId: unit,
        liaisonId: liaison,
        description: "发展入党积极分子1名",
        dueOn: "2026-11-15",
      });
      expect(late.workTarget).toMatchObject({ status: "OVERDUE", overdue: true });
      expect(late.warnings.map((w) => w.code)).toEqual(["DEADLINE_PASSED"]);

      const onUnit = await server.query<{ node: { liaisonWorkTargets: { description: string; status: string }[] } }>(
        "query($id: ID!) { node(id: $id) { ... on Organization { liaisonWorkTargets { description status } } } }",
        { id: unit },
        COUNTY_ADMIN,
      );
      expect(onUnit.node.liaisonWorkTargets).toEqual([
        { description: "发展入党积极分子1名", status: "OVERDUE" },
        { description: "年底前建立党支部", status: "OPEN" },
      ]);

      const done = await write<TargetPayload>(server, COUNTY_ADMIN, COMPLETE, { workTargetId: late.workTarget?.id });
      expect(done.workTarget).toMatchObject({ completedOn: "2026-11-27", status: "DONE_LATE", overdue: false });
      const again = await write<TargetPayload>(server, COUNTY_ADMIN, COMPLETE, { workTargetId: late.workTarget?.id });
      expect(again.userErrors.map((e) => e.code)).toEqual(["INVALID_TRANSITION"]);
      // Weeks later the open one is overdue.
      instant = "2027-01-05T02:00:00Z";
      try {
        const later = await server.query<{ liaisonWorkTargets: { totalCount: number; nodes: TargetJson[] } }>(
          `{ liaisonWorkTargets(countyCode: "${OWN}", status: OVERDUE) { totalCount nodes { description status overdue } } }`,
          {},
          COUNTY_ADMIN,
        );
        expect(later.liaisonWorkTargets.nodes).toEqual([
          { description: "年底前建立党支部", status: "OVERDUE", overdue: true },
        ]);
      } finally {
        instant = NOW;
      }
    });

    it("filters by the domain's status, by deadline, in the viewer's scope", async () => {
      for (const status of WORK_TARGET_STATUSES) {
        const d = await server.query<{ liaisonWorkTargets: { nodes: TargetJson[] } }>(
          `{ liaisonWorkTargets(status: ${status}, first: 100) { nodes { dueOn completedOn status } } }`,
        );
        for (const t of d.liaisonWorkTargets.nodes) {
          expect(t.status).toBe(status);
          expect(workTargetStatus(t, clock.today())).toBe(status);
        }
      }
      const all = await server.query<{ liaisonWorkTargets: { totalCount: number; nodes: TargetJson[] } }>(
        "{ liaisonWorkTargets(first: 1) { totalCount nodes { dueOn } pageInfo { endCursor } } }",
      );
      expect(all.liaisonWorkTargets.totalCount).toBe(2);
      const forbidden = await server.gql(
        `{ liaisonWorkTargets(countyCode: "${OTHER}") { totalCount } }`,
        {},
        await server.login(COUNTY_ADMIN),
      );
      expect(forbidden.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    });

    it("refuses what it must, changing nothing", async () => {
      const cases = [
        {
          name: "a liaison not sent to the unit",
          user: "city-admin",
          variables: {
            i: { organizationId: unit, liaisonId: missingId("Liaison"), description: "x", dueOn: "2026-12-31" },
          },
          userError: "PREREQUISITE_MISSING",
        },
        {
          name: "a deadline before the dispatch",
          user: "city-admin",
          variables: { i: { organizationId: unit, liaisonId: liaison, description: "x", dueOn: "2026-09-30" } },
          userError: "INVALID_INPUT",
          field: ["input", "dueOn"],
        },
        {
          name: "an empty target",
          user: "city-admin",
          variables: { i: { organizationId: unit, liaisonId: liaison, description: "  ", dueOn: "2026-12-31" } },
          userError: "INVALID_INPUT",
          field: ["input", "description"],
        },
        {
          name: "another county's unit",
          user: `county-${OTHER}`,
          variables: { i: { organizationId: unit, liaisonId: liaison, description: "x", dueOn: "2026-12-31" } },
          userError: "OUT_OF_SCOPE",
        },
        {
          name: "an unknown unit",
          user: "city-admin",
          variables: {
            i: { organizationId: missingId("Organization"), liaisonId: liaison, description: "x", dueOn: "2026-12-31" },
          },
          userError: "NOT_FOUND",
        },
        {
          name: "a reviewer",
          user: "reviewer",
          variables: { i: { organizationId: unit, liaisonId: liaison, description: "x", dueOn: "2026-12-31" } },
          thrown: "FORBIDDEN",
        },
        {
          name: "a huge target",
          user: "city-admin",
          variables: {
            i: { organizationId: unit, liaisonId: liaison, description: "x".repeat(501), dueOn: "2026-12-31" },
          },
          thrown: "BAD_USER_INPUT",
        },
      ];
      for (const c of cases) await expectRefusedUnchanged(server, { ...c, query: RECORD_BARE });
      const target = await server.query<{ liaisonWorkTargets: { nodes: { id: string }[] } }>(
        "{ liaisonWorkTargets(status: OPEN) { nodes { id } } }",
      );
      const id = target.liaisonWorkTargets.nodes[0]?.id;
      await expectRefusedUnchanged(server, {
        name: "completed tomorrow",
        user: "city-admin",
        query: COMPLETE,
        variables: { i: { workTargetId: id, completedOn: "2026-11-28" } },
        userError: "INVALID_INPUT",
      });
      await expectRefusedUnchanged(server, {
        name: "an unknown target",
        user: "city-admin",
        query: COMPLETE,
        variables: { i: { workTargetId: "bm9wZQ" } },
        userError: "NOT_FOUND",
      });
    });
  });

  describe("the lists in Excel", () => {
    const download = async (path: string, username = "city-admin") => {
      const res = await fetch(`${server.url}${path}`, {
        headers: { authorization: `Bearer ${await server.login(username)}` },
      });
      return res;
    };
    const rows = async (res: Response): Promise<unknown[][]> => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await res.arrayBuffer()) as ArrayBuffer);
      const out: unknown[][] = [];
      wb.worksheets[0]?.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
      return out;
    };

    it("exports a county's 应建未建 in the API's order", async () => {
      const res = await download(`/export/lists/should-form.xlsx?county=${OWN}`, COUNTY_ADMIN);
      expect(res.status).toBe(200);
      expect(decodeURIComponent(res.headers.get("content-disposition") ?? "")).toContain("调兵山市应建未建单位");
      const table = await rows(res);
      expect(String(table[0]?.[0])).toContain("应建未建");
      expect(table[1]?.slice(0, 3)).toEqual(["单位名称", "统一社会信用代码", "所属县（市）区"]);
      const expected = shouldFormOwnList(index, { countyCode: OWN }, clock.today()).map(
        (u) => index.organizationById.get(u.organizationId) as { name?: string; formalMemberCount: number },
      );
      expect(table.slice(2).map((r) => r[6])).toEqual(expected.map((o) => o.formalMemberCount));
      expect(table.length - 2).toBe(expected.length);
    });

    it("exports 边建厂边建党 of a period and the work targets; refuses another county and bad dates", async () => {
      const fresh = await rows(await download("/export/lists/new-without-branch.xlsx?from=2026-09-01&to=2026-09-30"));
      expect(fresh.slice(2).map((r) => r[0])).toContain("调兵山市新引进科技有限公司");
      const targets = await rows(
        await download(`/export/lists/liaison-targets.xlsx?county=${OWN}&status=OPEN`, COUNTY_ADMIN),
      );
      expect(targets.slice(2).map((r) => [r[0], r[2], r[4], r[8]])).toEqual([
        ["调兵山市新引进科技有限公司", "孙立", "年底前建立党支部", "进行中"],
      ]);
      expect((await download(`/export/lists/should-form.xlsx?county=${OTHER}`, COUNTY_ADMIN)).status).toBe(403);
      expect((await download("/export/lists/new-without-branch.xlsx?from=2026-13-01&to=2026-09-30")).status).toBe(400);
      expect((await download("/export/lists/liaison-targets.xlsx?status=LATE")).status).toBe(400);
      expect((await fetch(`${server.url}/export/lists/should-form.xlsx`)).status).toBe(401);
    });
  });
});
