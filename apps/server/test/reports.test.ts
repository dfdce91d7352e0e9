/**
 * Monthly reports and bulletins (issue 7, domain.md §3.6) over HTTP on both back ends: the workflow
 * and every refused transition, due days and days late on a fixed clock, figures frozen at
 * submission whatever the ledger does afterwards, the bulletin's ranking, ties, month-on-month change
 * and missing list, the xlsx export, the audit trail, and hostile input that changes nothing.
 */

import { COUNTIES, COUNTY_CODES } from "@liangxin/domain";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Clock, fixedClock } from "../src/common/clock.js";
import { rebuildAggregates } from "../src/service/aggregates.js";
import { backends, startTestServer, type TestServer } from "./support/harness.js";
import { auditCount, errorsOf, globalId, mutation, REPORT_TABLES } from "./support/report-tables.js";
import { snapshot } from "./support/snapshot.js";

/** A clock stopped at an instant the test sets before the requests that should see it. */
function settableClock(instant: string): Clock & { set(instant: string): void } {
  let clock = fixedClock(instant);
  return { set: (i) => (clock = fixedClock(i)), now: () => clock.now(), today: () => clock.today() };
}

const REPORT = "id period status dueOn submittedAt note daysLate returnNote reviewNote frozen county { code }";
const STATS = `asOf eligibleCount organizationCoverage { numerator denominator percent }
  standaloneCoverage { numerator denominator } liaisonCoverage { numerator denominator percent }
  dualCoverage { numerator denominator } bothCoveredCount gapCount jointUnitCount branchCount
  standaloneBranchCount jointBranchCount regionalOrIndustryBranchCount committeeCount generalBranchCount
  liaisonCount month: branchesFounded(from: $from, to: $to) { total standalone joint jointUnits branchLevel }`;

const PREPARE = `mutation($i: PrepareMonthlyReportInput!) { prepareMonthlyReport(input: $i) {
  report { ${REPORT} } userErrors { code message field } } }`;
const transition = (name: string) => `mutation($i: ReportTransitionInput!) { ${name}(input: $i) {
  report { ${REPORT} } userErrors { code message field } } }`;
const SUBMIT = transition("submitMonthlyReport");
const RETURN = transition("returnMonthlyReport");
const ACCEPT = transition("acceptMonthlyReport");

type Report = {
  id: string;
  period: string;
  status: string;
  dueOn: string;
  submittedAt: string | null;
  note: string | null;
  daysLate: number | null;
  returnNote: string | null;
  reviewNote: string | null;
  frozen: boolean;
  county: { code: string };
};
type Payload = { report: Report | null; userErrors: { code: string; message: string; field: string[] | null }[] };
type Rate = { numerator: number; denominator: number; ratio?: number | null; percent: string | null };
type Row = {
  rank: number;
  county: { code: string };
  rate: Rate;
  changePoints: number | null;
  reportStatus: string;
  live: boolean;
  daysLate: number | null;
};

const reportId = (county: string, period: string) => globalId("MonthlyReport", `${county}-${period}`);
const monthBounds = (period: string) => {
  const [y, m] = period.split("-").map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${period}-01`, to: `${period}-${String(last).padStart(2, "0")}` };
};

describe.each(backends())("monthly reports and bulletins on %s", (backend) => {
  let server: TestServer;
  const clock = settableClock("2023-06-08T02:00:00Z"); // 2023-06-08 10:00 in 铁岭

  beforeAll(async () => {
    server = await startTestServer(backend, { label: "reports", clock });
  });
  afterAll(async () => server?.stop());

  const as = <T>(username: string, query: string, variables: Record<string, unknown> = {}) =>
    server.query<T>(query, variables, username);
  const run = (username: string, query: string, i: Record<string, unknown>) =>
    mutation<Payload>(server, username, query, { i });

  const liveStats = async (county: string, period: string) => {
    const { from, to } = monthBounds(period);
    const d = await as<{ county: { coverage: Record<string, unknown> } }>(
      "city-admin",
      `query($c: String!, $asOf: Date!, $from: Date!, $to: Date!) { county(code: $c) { coverage(asOf: $asOf) { ${STATS} } } }`,
      { c: county, asOf: to, from, to },
    );
    return d.county.coverage;
  };
  const reportStats = async (county: string, period: string, category: string | null = null) => {
    const { from, to } = monthBounds(period);
    const d = await as<{ node: Report & { coverage: Record<string, unknown> } }>(
      "city-admin",
      `query($id: ID!, $cat: OrganizationCategory, $from: Date!, $to: Date!) { node(id: $id) { ... on MonthlyReport {
        ${REPORT} coverage(category: $cat) { ${STATS} } } } }`,
      { id: reportId(county, period), cat: category, from, to },
    );
    return d.node;
  };

  describe("the workflow", () => {
    it("lists the nine counties for a period; those not started read as DRAFT with live figures", async () => {
      const d = await as<{ monthlyReports: (Report & { coverage: Record<string, unknown> })[] }>(
        "county-211281",
        `query($from: Date!, $to: Date!) { monthlyReports(period: "2023-03") { ${REPORT} coverage { ${STATS} } } }`,
        monthBounds("2023-03"),
      );
      expect(d.monthlyReports.map((r) => r.county.code)).toEqual(COUNTIES.map((c) => c.code));
      expect(new Set(d.monthlyReports.map((r) => r.id)).size).toBe(9);
      for (const r of d.monthlyReports) {
        expect(r).toMatchObject({ status: "DRAFT", frozen: false, dueOn: "2023-04-05", daysLate: null, note: null });
        expect(r.coverage).toEqual(await liveStats(r.county.code, "2023-03"));
        expect(r.coverage.asOf).toBe("2023-03-31");
      }
      const some = d.monthlyReports.find((r) => r.county.code === "211224") as Report & { coverage: unknown };
      const node = await as<{ node: Report }>(
        "viewer",
        `query($id: ID!) { node(id: $id) { ... on MonthlyReport { ${REPORT} } } }`,
        {
          id: some.id,
        },
      );
      const { coverage: _, ...fields } = some;
      expect(node.node).toEqual(fields);
    });

    it("a county prepares with a note and submits late; the reviewer accepts; every step is audited", async () => {
      clock.set("2023-06-08T02:00:00Z");
      const audits = await auditCount(server);
      const live = await liveStats("211281", "2023-05");
      const prepared = await run("county-211281", PREPARE, {
        countyCode: "211281",
        period: "2023-05",
        note: "本月新建党组织3个",
      });
      expect(prepared.userErrors).toEqual([]);
      expect(prepared.report).toMatchObject({
        status: "DRAFT",
        note: "本月新建党组织3个",
        frozen: false,
        daysLate: null,
      });
      const submitted = await run("county-211281", SUBMIT, { reportId: prepared.report?.id });
      expect(submitted.userErrors).toEqual([]);
      expect(submitted.report).toMatchObject({
        status: "SUBMITTED",
        dueOn: "2023-06-05",
        daysLate: 3,
        submittedAt: "2023-06-08T02:00:00.000Z",
        frozen: true,
        note: "本月新建党组织3个",
      });
      const frozen = await reportStats("211281", "2023-05");
      expect(frozen.coverage).toEqual(live);
      const accepted = await run("reviewer", ACCEPT, { reportId: prepared.report?.id, note: "数据准确" });
      expect(accepted.report).toMatchObject({
        status: "ACCEPTED",
        reviewNote: "数据准确",
        returnNote: null,
        frozen: true,
      });
      expect(await auditCount(server)).toBe(audits + 3);
      const log = await as<{
        auditLog: { nodes: { operation: string; username: string; changes: { field: string; after: string }[] }[] };
      }>(
        "city-admin",
        "query($id: ID!) { auditLog(entityId: $id) { nodes { operation username changes { field after } } } }",
        { id: prepared.report?.id },
      );
      expect(log.auditLog.nodes.map((n) => [n.operation, n.username])).toEqual([
        ["acceptMonthlyReport", "reviewer"],
        ["submitMonthlyReport", "county-211281"],
        ["prepareMonthlyReport", "county-211281"],
      ]);
      expect(log.auditLog.nodes[0]?.changes.find((c) => c.field === "status")?.after).toBe('"ACCEPTED"');
    });

    it("on time is 0 days late; a returned report needs a reason, reads live again and keeps its first submission's lateness", async () => {
      clock.set("2023-06-05T15:00:00Z"); // 23:00 on the due day in 铁岭
      const onTime = await run("county-211224", SUBMIT, { reportId: reportId("211224", "2023-05") });
      expect(onTime.report).toMatchObject({ status: "SUBMITTED", daysLate: 0, dueOn: "2023-06-05" });

      clock.set("2023-06-08T02:00:00Z");
      // The city admin may act for any county; a report never prepared is submitted from its DRAFT.
      const late = await run("city-admin", SUBMIT, { reportId: reportId("211282", "2023-05"), note: "按时统计" });
      expect(late.report).toMatchObject({ status: "SUBMITTED", daysLate: 3, note: "按时统计" });

      for (const note of [undefined, null, "", "   "]) {
        const before = await snapshot(server, REPORT_TABLES);
        const refused = await run("reviewer", RETURN, { reportId: late.report?.id, note });
        expect(refused.report).toBeNull();
        expect(refused.userErrors).toEqual([
          { code: "INVALID_INPUT", message: "退回月报须说明理由", field: ["input", "note"] },
        ]);
        expect(await snapshot(server, REPORT_TABLES)).toEqual(before);
      }
      const returned = await run("city-admin", RETURN, { reportId: late.report?.id, note: "联络员人数有误，请核实" });
      expect(returned.report).toMatchObject({
        status: "RETURNED",
        returnNote: "联络员人数有误，请核实",
        frozen: false,
        daysLate: 3,
      });
      const liveAgain = await reportStats("211282", "2023-05");
      expect(liveAgain.coverage).toEqual(await liveStats("211282", "2023-05"));

      clock.set("2023-06-20T01:00:00Z");
      const again = await run("county-211282", SUBMIT, { reportId: late.report?.id });
      expect(again.report).toMatchObject({
        status: "SUBMITTED",
        daysLate: 3,
        submittedAt: "2023-06-20T01:00:00.000Z",
        returnNote: null,
        reviewNote: "联络员人数有误，请核实",
        frozen: true,
      });
      clock.set("2023-06-08T02:00:00Z");
    });

    it("refuses every other transition with INVALID_TRANSITION and changes nothing", async () => {
      const period = "2023-02";
      const draft = reportId("211223", period); // not started: DRAFT
      const submitted = reportId("211202", period);
      const returned = reportId("211204", period);
      const accepted = reportId("211271", period);
      await run("city-admin", SUBMIT, { reportId: submitted });
      await run("city-admin", SUBMIT, { reportId: returned });
      await run("city-admin", RETURN, { reportId: returned, note: "请补充说明" });
      await run("city-admin", SUBMIT, { reportId: accepted });
      await run("city-admin", ACCEPT, { reportId: accepted });
      const prepare = (code: string) => ({ countyCode: code, period });
      const refused: [string, string, Record<string, unknown>, string][] = [
        ["DRAFT", RETURN, { reportId: draft, note: "理由" }, "月报当前为「草稿」，不能退回"],
        ["DRAFT", ACCEPT, { reportId: draft }, "月报当前为「草稿」，不能审核通过"],
        ["SUBMITTED", SUBMIT, { reportId: submitted }, "月报当前为「已报送」，不能报送"],
        ["SUBMITTED", PREPARE, prepare("211202"), "月报已报送，不能再修改"],
        ["RETURNED", RETURN, { reportId: returned, note: "理由" }, "月报当前为「已退回」，不能退回"],
        ["RETURNED", ACCEPT, { reportId: returned }, "月报当前为「已退回」，不能审核通过"],
        ["ACCEPTED", SUBMIT, { reportId: accepted }, "月报当前为「已审核」，不能报送"],
        ["ACCEPTED", RETURN, { reportId: accepted, note: "理由" }, "月报当前为「已审核」，不能退回"],
        ["ACCEPTED", ACCEPT, { reportId: accepted }, "月报当前为「已审核」，不能审核通过"],
        ["ACCEPTED", PREPARE, prepare("211271"), "月报已审核，不能再修改"],
      ];
      for (const [state, query, input, message] of refused) {
        const before = await snapshot(server, REPORT_TABLES);
        const r = await run("city-admin", query, input);
        expect(r.report, state).toBeNull();
        expect(
          r.userErrors.map((e) => [e.code, e.message]),
          state,
        ).toEqual([["INVALID_TRANSITION", message]]);
        expect(await snapshot(server, REPORT_TABLES), state).toEqual(before);
      }
      // The states were as claimed: a returned report may be prepared again and resubmitted.
      expect((await run("county-211204", PREPARE, { ...prepare("211204"), note: "已补充" })).report).toMatchObject({
        status: "RETURNED",
        note: "已补充",
      });
      expect((await run("county-211204", SUBMIT, { reportId: returned })).report?.status).toBe("SUBMITTED");
    });

    it("lets only one of two simultaneous submissions through; preparing twice changes nothing", async () => {
      const id = reportId("211272", "2023-01");
      const prepared = await run("county-211272", PREPARE, { countyCode: "211272", period: "2023-01", note: "说明" });
      const before = await snapshot(server, REPORT_TABLES);
      const again = await run("county-211272", PREPARE, { countyCode: "211272", period: "2023-01", note: "说明" });
      expect(again).toEqual(prepared);
      expect(await snapshot(server, REPORT_TABLES)).toEqual(before);
      const audits = await auditCount(server, "submitMonthlyReport");
      const both = await Promise.all([
        run("county-211272", SUBMIT, { reportId: id }),
        run("city-admin", SUBMIT, { reportId: id }),
      ]);
      expect(both.map((r) => r.report?.status ?? r.userErrors[0]?.code).sort()).toEqual([
        "INVALID_TRANSITION",
        "SUBMITTED",
      ]);
      expect(await auditCount(server, "submitMonthlyReport")).toBe(audits + 1);
    });

    it("is due on the 5th of the next month; a month not over cannot be submitted, a month not begun not prepared", async () => {
      const due = async (period: string) =>
        (await as<{ monthlyReports: Report[] }>("viewer", `{ monthlyReports(period: "${period}") { dueOn } }`))
          .monthlyReports[0]?.dueOn;
      expect(await due("2023-02")).toBe("2023-03-05");
      expect(await due("2023-12")).toBe("2024-01-05");
      const before = await snapshot(server, REPORT_TABLES);
      const early = await run("county-211281", SUBMIT, { reportId: reportId("211281", "2023-06") });
      expect(early.userErrors).toEqual([
        {
          code: "INVALID_INPUT",
          message: "2023-06 月尚未结束，月报须在 2023-06-30 之后报送",
          field: ["input", "reportId"],
        },
      ]);
      const future = await run("county-211281", PREPARE, { countyCode: "211281", period: "2023-07" });
      expect(future.userErrors.map((e) => [e.code, e.field])).toEqual([["INVALID_INPUT", ["input", "period"]]]);
      expect(await snapshot(server, REPORT_TABLES)).toEqual(before);
      // The current month can be prepared (a draft with live figures).
      expect((await run("county-211281", PREPARE, { countyCode: "211281", period: "2023-06" })).report?.status).toBe(
        "DRAFT",
      );
    });

    it("lets counties act on their own reports only, and reviewers review only", async () => {
      const before = await snapshot(server, REPORT_TABLES);
      const other = await run("county-211281", SUBMIT, { reportId: reportId("211221", "2023-05") });
      expect(other.userErrors.map((e) => e.code)).toEqual(["OUT_OF_SCOPE"]);
      const otherPrepare = await run("county-211281", PREPARE, { countyCode: "211221", period: "2023-05" });
      expect(otherPrepare.userErrors.map((e) => [e.code, e.field])).toEqual([
        ["OUT_OF_SCOPE", ["input", "countyCode"]],
      ]);
      for (const [user, query] of [
        ["reviewer", SUBMIT],
        ["county-211281", ACCEPT],
        ["county-211281", RETURN],
        ["viewer", SUBMIT],
      ] as const) {
        const errors = await errorsOf(server, user, query, {
          i: { reportId: reportId("211281", "2023-04"), note: "x" },
        });
        expect(errors[0]?.extensions?.code, `${user}`).toBe("FORBIDDEN");
      }
      expect(await snapshot(server, REPORT_TABLES)).toEqual(before);
    });
  });

  describe("the bulletin", () => {
    /** Overwrites the frozen counts of a submitted report's both-categories scope (test setup). */
    const setFrozen = async (county: string, period: string, units: Record<string, number>) => {
      const [row] = await server.app.dataSource.query(
        "SELECT figures FROM monthly_report WHERE county_code = ? AND period = ?",
        [county, period],
      );
      const figures = JSON.parse(String(row.figures));
      Object.assign(figures.scopes.ALL.units, units);
      await server.app.dataSource.query("UPDATE monthly_report SET figures = ? WHERE county_code = ? AND period = ?", [
        JSON.stringify(figures),
        county,
        period,
      ]);
    };
    const BULLETIN = `query($p: String!, $m: BulletinMetric!, $c: OrganizationCategory) { bulletin(period: $p, metric: $m, category: $c) {
      period metric metricLabel category asOf dueOn
      rows { rank county { code } rate { numerator denominator ratio percent } changePoints reportStatus live daysLate }
      missing { code } overdue { code } } }`;
    const bulletin = async (period: string, metric: string, category: string | null = null, user = "viewer") =>
      (
        await as<{
          bulletin: {
            rows: Row[];
            missing: { code: string }[];
            overdue: { code: string }[];
            asOf: string;
            dueOn: string;
            metricLabel: string;
            category: string | null;
          };
        }>(user, BULLETIN, { p: period, m: metric, c: category })
      ).bulletin;

    beforeAll(async () => {
      // March: three counties reported. April: seven did, one of them was returned; two never started.
      for (const county of ["211221", "211224", "211281"]) {
        await run("city-admin", SUBMIT, { reportId: reportId(county, "2023-03") });
      }
      for (const county of ["211221", "211282", "211224", "211281", "211223", "211202", "211204"]) {
        await run("city-admin", SUBMIT, { reportId: reportId(county, "2023-04") });
      }
      await run("reviewer", RETURN, { reportId: reportId("211204", "2023-04"), note: "请核实" });
      await setFrozen("211221", "2023-03", { eligible: 100, organization: 80 });
      await setFrozen("211224", "2023-03", { eligible: 3, organization: 2 });
      await setFrozen("211281", "2023-03", { eligible: 100, organization: 79 });
      // Ties: 90% twice (denominators 100 and 50), 80% twice (same denominator: by code), and no ratio.
      await setFrozen("211221", "2023-04", { eligible: 100, organization: 90 });
      await setFrozen("211282", "2023-04", { eligible: 50, organization: 45 });
      await setFrozen("211281", "2023-04", { eligible: 100, organization: 80 });
      await setFrozen("211224", "2023-04", { eligible: 100, organization: 80 });
      await setFrozen("211223", "2023-04", { eligible: 0, organization: 0, liaison: 0, both: 0 });
    });

    it("ranks by competition ranking, ties by denominator then code, no ratio last; change in points", async () => {
      const b = await bulletin("2023-04", "ORGANIZATION_COVERAGE");
      expect(b).toMatchObject({ asOf: "2023-04-30", dueOn: "2023-05-05", metricLabel: "党组织组建率", category: null });
      expect(b.rows.slice(0, 4)).toEqual([
        {
          rank: 1,
          county: { code: "211221" },
          rate: { numerator: 90, denominator: 100, ratio: 0.9, percent: "90.0%" },
          changePoints: 10,
          reportStatus: "SUBMITTED",
          live: false,
          daysLate: 34,
        },
        {
          rank: 1,
          county: { code: "211282" },
          rate: { numerator: 45, denominator: 50, ratio: 0.9, percent: "90.0%" },
          changePoints: null,
          reportStatus: "SUBMITTED",
          live: false,
          daysLate: 34,
        },
        {
          rank: 3,
          county: { code: "211224" },
          rate: { numerator: 80, denominator: 100, ratio: 0.8, percent: "80.0%" },
          changePoints: 13.3,
          reportStatus: "SUBMITTED",
          live: false,
          daysLate: 34,
        },
        {
          rank: 3,
          county: { code: "211281" },
          rate: { numerator: 80, denominator: 100, ratio: 0.8, percent: "80.0%" },
          changePoints: 1,
          reportStatus: "SUBMITTED",
          live: false,
          daysLate: 34,
        },
      ]);
      expect(b.rows[4]?.rank).toBe(5);
      expect(b.rows.at(-1)).toMatchObject({
        rank: 9,
        county: { code: "211223" },
        rate: { numerator: 0, denominator: 0, ratio: null, percent: null },
        changePoints: null,
      });
      expect(b.rows.map((r) => r.county.code).sort()).toEqual([...COUNTY_CODES].sort());
      // Between the fixed rows, the ranks follow the ratios, highest first.
      const middle = b.rows.slice(4, -1);
      middle.forEach((r, i) => {
        const next = middle[i + 1];
        if (next) expect((r.rate.ratio as number) >= (next.rate.ratio as number)).toBe(true);
        expect(r.rank).toBe(r.rate.ratio === middle[i - 1]?.rate.ratio ? middle[i - 1]?.rank : i + 5);
      });
    });

    it("lists the missing counties and ranks them on live figures as of the month's end, marked live", async () => {
      const b = await bulletin("2023-04", "ORGANIZATION_COVERAGE");
      expect(b.missing.map((c) => c.code)).toEqual(["211204", "211271", "211272"]);
      expect(b.overdue.map((c) => c.code)).toEqual(["211204", "211271", "211272"]);
      for (const code of ["211204", "211271", "211272"]) {
        const row = b.rows.find((r) => r.county.code === code) as Row;
        const live = await liveStats(code, "2023-04");
        expect(row.live).toBe(true);
        expect(row.rate).toMatchObject(live.organizationCoverage as Rate);
        expect(row.reportStatus).toBe(code === "211204" ? "RETURNED" : "DRAFT");
      }
      // The frozen rows are those of the reports themselves, for each metric and category.
      const report = await reportStats("211202", "2023-04", "SOCIAL_ORGANIZATION");
      const social = await bulletin("2023-04", "LIAISON_COVERAGE", "SOCIAL_ORGANIZATION");
      expect(social.rows.find((r) => r.county.code === "211202")?.rate).toMatchObject(
        report.coverage.liaisonCoverage as Rate,
      );
      const dual = await bulletin("2023-04", "DUAL_COVERAGE");
      expect(dual.rows.find((r) => r.county.code === "211221")?.rate.denominator).toBe(100);
    });

    it("ranks above-scale coverage of non-public enterprises; a month nobody reported is all live and all missing", async () => {
      const above = await bulletin("2023-05", "ABOVE_SCALE_COVERAGE", null, "county-211282");
      expect(above.category).toBe("NON_PUBLIC_ENTERPRISE");
      // 调兵山市 covers all its 41 above-scale enterprises (domain.md §5): first, 100%.
      expect(above.rows[0]).toMatchObject({
        rank: 1,
        county: { code: "211281" },
        rate: { numerator: 41, denominator: 41 },
      });
      const nobody = await bulletin("2022-12", "ORGANIZATION_COVERAGE");
      expect(nobody.missing.map((c) => c.code)).toEqual(COUNTIES.map((c) => c.code));
      expect(nobody.rows.every((r) => r.live && r.changePoints === null && r.reportStatus === "DRAFT")).toBe(true);
      const errors = await errorsOf(server, "viewer", BULLETIN, {
        p: "2023-13",
        m: "ORGANIZATION_COVERAGE",
        c: null,
      });
      expect(errors[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      const social = await errorsOf(server, "viewer", BULLETIN, {
        p: "2023-05",
        m: "ABOVE_SCALE_COVERAGE",
        c: "SOCIAL_ORGANIZATION",
      });
      expect(social[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    });

    it("exports the bulletin and the month's reports to xlsx, laid out for printing", async () => {
      const token = await server.login("county-211281");
      const res = await fetch(`${server.url}/export/bulletin.xlsx?period=2023-04&metric=ORGANIZATION_COVERAGE`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      expect(res.headers.get("content-disposition")).toContain("bulletin-2023-04-ORGANIZATION_COVERAGE.xlsx");
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await res.arrayBuffer());
      const sheet = workbook.getWorksheet("通报") as ExcelJS.Worksheet;
      expect(sheet.getCell("A1").value).toBe("铁岭市两新组织党建工作党组织组建率通报");
      expect(sheet.getCell("A2").value).toBe("（2023年4月）");
      expect(String(sheet.getCell("A3").value)).toContain("数据截至：2023-04-30");
      expect(sheet.getRow(5).values).toEqual([
        undefined,
        "排名",
        "县（市）区",
        "覆盖数",
        "总数",
        "比率",
        "较上月（百分点）",
        "报送状态",
        "数据来源",
      ]);
      const b = await bulletin("2023-04", "ORGANIZATION_COVERAGE");
      const names = new Map(COUNTIES.map((c) => [c.code, c.fullName]));
      b.rows.forEach((r, i) => {
        const row = sheet.getRow(6 + i);
        expect(row.getCell(1).value).toBe(r.rank);
        expect(row.getCell(2).value).toBe(names.get(r.county.code));
        expect(row.getCell(3).value).toBe(r.rate.numerator);
        expect(row.getCell(4).value).toBe(r.rate.denominator);
        expect(row.getCell(5).value).toBe(r.rate.percent ?? "—");
        expect(row.getCell(8).value).toBe(r.live ? "实时数据" : "月报数据");
      });
      expect(sheet.getRow(6).getCell(6).value).toBe("+10.0");
      const notes = sheet.getColumn(1).values.map(String).join("\n");
      expect(notes).toContain("清河区、铁岭经济技术开发区、铁岭高新技术产业开发区");
      expect(sheet.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, printTitlesRow: "5:5" });
      const reports = workbook.getWorksheet("月报") as ExcelJS.Worksheet;
      expect(reports.getCell("A1").value).toBe("铁岭市两新组织党建工作月报汇总（2023年4月）");
      expect(
        Array.from({ length: 9 }, (_, i) => [
          reports.getRow(4 + i).getCell(2).value,
          reports.getRow(4 + i).getCell(3).value,
        ]),
      ).toEqual(
        COUNTIES.map((c) => [
          c.fullName,
          c.code === "211204" ? "已退回" : ["211271", "211272"].includes(c.code) ? "草稿" : "已报送",
        ]),
      );
      const frozenRow = reports.getRow(4); // 铁岭县: frozen 90 of 100
      expect([frozenRow.getCell(7).value, frozenRow.getCell(8).value, frozenRow.getCell(9).value]).toEqual([
        100,
        90,
        "90.0%",
      ]);
    });

    it("refuses the export without a token or with bad parameters, with a clear message", async () => {
      const url = (q: string) => `${server.url}/export/bulletin.xlsx?${q}`;
      const anonymous = await fetch(url("period=2023-04&metric=ORGANIZATION_COVERAGE"));
      expect(anonymous.status).toBe(401);
      const token = await server.login("viewer");
      for (const [q, message] of [
        ["metric=ORGANIZATION_COVERAGE", "缺少参数 period"],
        ["period=2023-13&metric=ORGANIZATION_COVERAGE", "period 须为 YYYY-MM 格式的月份"],
        ["period=2023-04&metric=RANK%27%3B%20DROP%20TABLE%20monthly_report%3B--", "metric 须为"],
        [`period=2023-04&metric=${"A".repeat(41)}`, "参数 metric 过长"],
        ["period=2023-04&metric=%3Cscript%3E", "metric 须为"],
        ["period=2023-04&metric=DUAL_COVERAGE&category=PUBLIC", "category 须为"],
        ["period=2023-04&period=2023-05&metric=DUAL_COVERAGE", "参数 period 只能出现一次"],
        [`period=${"9".repeat(5000)}&metric=DUAL_COVERAGE`, "参数 period 过长"],
      ]) {
        const res = await fetch(url(q as string), { headers: { authorization: `Bearer ${token}` } });
        expect(res.status, q).toBe(400);
        const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
        expect(body.errors[0]?.message, q).toContain(message);
        expect(body.errors[0]?.extensions.code).toBe("BAD_USER_INPUT");
      }
    });
  });

  describe("hostile input", () => {
    const cases: [string, string, string, Record<string, unknown>, string][] = [
      ["SQL in the county code", "city-admin", PREPARE, { countyCode: "' OR 1", period: "2023-05" }, "NOT_FOUND"],
      ["HTML in the county code", "city-admin", PREPARE, { countyCode: "<b>x<", period: "2023-05" }, "NOT_FOUND"],
      ["a month 13", "city-admin", PREPARE, { countyCode: "211281", period: "2023-13" }, "INVALID_INPUT"],
      ["a negative month", "city-admin", PREPARE, { countyCode: "211281", period: "2023-0" }, "INVALID_INPUT"],
      ["SQL in the period", "city-admin", PREPARE, { countyCode: "211281", period: "';--" }, "INVALID_INPUT"],
      ["an unknown report", "city-admin", SUBMIT, { reportId: reportId("999999", "2023-05") }, "NOT_FOUND"],
      ["a malformed report id", "city-admin", SUBMIT, { reportId: "%%%' OR 1=1" }, "NOT_FOUND"],
      ["another type's id", "city-admin", SUBMIT, { reportId: globalId("Branch", 1) }, "NOT_FOUND"],
      ["a report of year 3000", "city-admin", SUBMIT, { reportId: reportId("211281", "3000-01") }, "NOT_FOUND"],
      ["another county's report", "county-211282", SUBMIT, { reportId: reportId("211281", "2023-01") }, "OUT_OF_SCOPE"],
      [
        "a duplicate submission",
        "county-211281",
        SUBMIT,
        { reportId: reportId("211281", "2023-05") },
        "INVALID_TRANSITION",
      ],
      ["accepting twice", "reviewer", ACCEPT, { reportId: reportId("211281", "2023-05") }, "INVALID_TRANSITION"],
      ["an unknown report to return", "reviewer", RETURN, { reportId: "AAAA", note: "x" }, "NOT_FOUND"],
    ];
    it.each(cases)("refuses %s with a userError and changes nothing", async (_, user, query, input, code) => {
      const before = await snapshot(server, REPORT_TABLES);
      const r = await run(user, query, input);
      expect(r.report).toBeNull();
      expect(r.userErrors.map((e) => e.code)).toEqual([code]);
      expect(r.userErrors[0]?.message).toMatch(/[\u4e00-\u9fa5]/);
      expect(await snapshot(server, REPORT_TABLES)).toEqual(before);
    });

    const thrown: [string, string, Record<string, unknown>][] = [
      ["a huge note", PREPARE, { countyCode: "211281", period: "2023-01", note: "长".repeat(100_000) }],
      ["a huge county code", PREPARE, { countyCode: "2".repeat(10_000), period: "2023-01" }],
      ["a huge report id", SUBMIT, { reportId: "A".repeat(100_000) }],
      ["a number for the period", PREPARE, { countyCode: "211281", period: 202301 }],
      ["a list for the note", SUBMIT, { reportId: reportId("211281", "2023-01"), note: ["a"] }],
      ["a missing report id", RETURN, { note: "x" }],
      ["an object for the county", PREPARE, { countyCode: { $ne: 1 }, period: "2023-01" }],
    ];
    it.each(thrown)("refuses %s as BAD_USER_INPUT and changes nothing", async (_, query, input) => {
      const before = await snapshot(server, REPORT_TABLES);
      const errors = await errorsOf(server, "city-admin", query, { i: input });
      expect(errors[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(JSON.stringify(errors)).not.toMatch(/SELECT|monthly_report|stack/);
      expect(await snapshot(server, REPORT_TABLES)).toEqual(before);
    });

    it("keeps SQL and HTML metacharacters of a note as text", async () => {
      const note = `<script>alert("x")</script>'; DROP TABLE monthly_report; --`;
      const r = await run("county-211281", PREPARE, { countyCode: "211281", period: "2023-01", note });
      expect(r.report?.note).toBe(note);
      expect((await reportStats("211281", "2023-01")).note).toBe(note);
    });

    it("rejects a bad period or year in the queries", async () => {
      for (const q of [
        '{ monthlyReports(period: "2023-1") { id } }',
        '{ monthlyReports(period: "\' OR 1=1") { id } }',
      ]) {
        const errors = await errorsOf(server, "viewer", q, {});
        expect(errors[0]?.extensions?.code, q).toBe("BAD_USER_INPUT");
      }
    });
  });

  describe("the freeze", () => {
    it("keeps a submitted report's figures whatever the ledger does afterwards", async () => {
      const period = "2023-05"; // 调兵山市's report of May is ACCEPTED (above)
      const before = await reportStats("211281", period);
      const liveBefore = await liveStats("211281", period);
      expect(before.frozen).toBe(true);
      expect(before.coverage).toEqual(liveBefore);
      const npeBefore = await reportStats("211281", period, "NON_PUBLIC_ENTERPRISE");

      // The ledger changes under the report: two units join in May, a branch founded in May covers
      // one of them, and a liaison assignment of the county ends in the middle of May.
      const ds = server.app.dataSource;
      for (const name of ["冻结测试甲公司", "冻结测试乙公司"]) {
        await ds.query(
          `INSERT INTO organization (name, category, county_code, above_scale, eligible, formal_member_count,
             probationary_member_count, legal_representative_is_member, added_on)
           VALUES (?, 'NON_PUBLIC_ENTERPRISE', '211281', 0, 1, 3, 0, 0, '2023-05-10')`,
          [name],
        );
        // Every unit has its eligibility timeline from the day it entered the ledger.
        await ds.query(
          `INSERT INTO organization_status_period (organization_id, valid_from, eligible, above_scale)
           SELECT id, added_on, 1, 0 FROM organization WHERE name = ?`,
          [name],
        );
      }
      const [org] = await ds.query("SELECT id FROM organization WHERE name = ?", ["冻结测试甲公司"]);
      await ds.query(
        `INSERT INTO branch (name, county_code, formation, level, founded_on, formal_member_count)
         VALUES ('中共冻结测试甲公司支部委员会', '211281', 'STANDALONE', 'BRANCH', '2023-05-20', 3)`,
      );
      const [branch] = await ds.query("SELECT id FROM branch WHERE name = ?", ["中共冻结测试甲公司支部委员会"]);
      await ds.query(
        "INSERT INTO coverage_link (branch_id, organization_id, role, valid_from) VALUES (?, ?, 'HOST', '2023-05-20')",
        [branch.id, org.id],
      );
      const [assignment] = await ds.query(
        `SELECT a.id FROM liaison_assignment a JOIN organization o ON o.id = a.organization_id
         WHERE o.county_code = '211281' AND a.valid_to IS NULL ORDER BY a.id`,
      );
      await ds.query("UPDATE liaison_assignment SET valid_to = '2023-05-15' WHERE id = ?", [assignment.id]);
      // Written behind the services' back: the kept aggregates are rebuilt, as an operator would.
      await rebuildAggregates(ds, server.backend === "mysql");

      const liveAfter = await liveStats("211281", period);
      expect(liveAfter.eligibleCount).toBe((liveBefore.eligibleCount as number) + 2);
      expect((liveAfter.month as { total: number }).total).toBe((liveBefore.month as { total: number }).total + 1);
      expect(liveAfter.branchCount).toBe((liveBefore.branchCount as number) + 1);

      const after = await reportStats("211281", period);
      expect(after.coverage).toEqual(before.coverage);
      expect((await reportStats("211281", period, "NON_PUBLIC_ENTERPRISE")).coverage).toEqual(npeBefore.coverage);
      const listed = await as<{ monthlyReports: { county: { code: string }; coverage: { eligibleCount: number } }[] }>(
        "viewer",
        `{ monthlyReports(period: "${period}") { county { code } coverage { eligibleCount } } }`,
      );
      expect(listed.monthlyReports.find((r) => r.county.code === "211281")?.coverage.eligibleCount).toBe(
        before.coverage.eligibleCount,
      );
      // The bulletin ranks on the frozen figures too.
      const b = await as<{ bulletin: { rows: Row[] } }>(
        "viewer",
        `{ bulletin(period: "${period}", metric: ORGANIZATION_COVERAGE) { rows { county { code } rate { numerator denominator } live } } }`,
      );
      expect(b.bulletin.rows.find((r) => r.county.code === "211281")).toEqual({
        county: { code: "211281" },
        rate: {
          numerator: (before.coverage.organizationCoverage as Rate).numerator,
          denominator: (before.coverage.organizationCoverage as Rate).denominator,
        },
        live: false,
      });
      // Another month's report, not submitted, reads the changed ledger.
      expect((await reportStats("211281", "2023-06")).coverage.eligibleCount).toBe(liveAfter.eligibleCount);
    });

    it("asks for founding counts the frozen report did not keep: BAD_USER_INPUT", async () => {
      const errors = await errorsOf(
        server,
        "viewer",
        `query($id: ID!) { node(id: $id) { ... on MonthlyReport { coverage { branchesFounded(from: "2023-05-02", to: "2023-05-31") { total } } } } }`,
        { id: reportId("211281", "2023-05") },
      );
      expect(errors[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(errors[0]?.message).toContain("2023-05-01 至 2023-05-31");
      const ytd = await as<{ node: { coverage: { branchesFounded: { total: number } } } }>(
        "viewer",
        `query($id: ID!) { node(id: $id) { ... on MonthlyReport { coverage { branchesFounded(from: "2023-01-01", to: "2023-05-31") { total } } } } }`,
        { id: reportId("211281", "2023-05") },
      );
      expect(ytd.node.coverage.branchesFounded.total).toBeGreaterThan(0);
    });
  });
});
