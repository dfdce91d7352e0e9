/**
 * Eligibility (具备开展党建工作条件) and the above-scale flag (规上) have dates (issue 15): a change
 * today leaves yesterday's as-of figures, the year's doubling baseline, a past year's targets and an
 * already-prepared unsubmitted report unchanged; a back-dated change moves exactly the days from its
 * effective day on; the unit's history shows each period and who recorded it; a change before the
 * unit entered the ledger, in the future or before the last change is refused and changes nothing.
 * Through GraphQL and the Excel import, on both back ends.
 */
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedClock } from "../src/common/clock.js";
import { LEDGER_COLUMNS } from "../src/http/ledger-sheet.js";
import { backends, startTestServer, type TestServer } from "./support/harness.js";
import { auditOf, figures, newUnit, ok, write } from "./support/ledger.js";
import { snapshot } from "./support/snapshot.js";

const COUNTY = "211221"; // 铁岭县
const TODAY = "2023-06-08";
const TABLES = ["organization", "organization_status_period", "audit_log"];

type Period = {
  from: string;
  to: string | null;
  eligible: boolean;
  aboveScale: boolean;
  recordedBy: string | null;
};

describe.each(backends())("eligibility and above-scale over time on %s", (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(backend, { label: "status", clock: fixedClock("2023-06-08T02:00:00Z") });
  });
  afterAll(async () => server?.stop());

  /** Population and organization-covered units of the county's above-scale enterprises on a day. */
  const aboveScale = async (asOf: string) => {
    const d = await server.query<{
      county: { coverage: { eligibleCount: number; organizationCoverage: { numerator: number } } };
    }>(
      `query($c: String!, $d: Date!) { county(code: $c) {
        coverage(asOf: $d, category: NON_PUBLIC_ENTERPRISE, aboveScaleOnly: true) { eligibleCount organizationCoverage { numerator } } } }`,
      { c: COUNTY, d: asOf },
    );
    return { eligible: d.county.coverage.eligibleCount, covered: d.county.coverage.organizationCoverage.numerator };
  };
  const targets = async (year: number) =>
    (
      await server.query<{
        targets: { target: string; required: number; achieved: number; gap: { nodes: { id: string }[] } }[];
      }>(
        `query($y: Int!, $c: String) { targets(year: $y, countyCode: $c) { target required achieved
          gap(first: 100) { nodes { id } } } }`,
        { y: year, c: COUNTY },
      )
    ).targets;
  const mayReport = async () => {
    const d = await server.query<{
      monthlyReports: {
        county: { code: string };
        frozen: boolean;
        coverage: { eligibleCount: number; organizationCoverage: { numerator: number } };
        above: { eligibleCount: number };
      }[];
    }>(
      `{ monthlyReports(period: "2023-05") { county { code } frozen
        coverage { eligibleCount organizationCoverage { numerator } }
        above: coverage(category: NON_PUBLIC_ENTERPRISE, aboveScaleOnly: true) { eligibleCount } } }`,
    );
    const r = d.monthlyReports.find((x) => x.county.code === COUNTY);
    if (!r) throw new Error("no report");
    return r;
  };
  const history = async (id: string) =>
    (
      await server.query<{ node: { statusHistory: Period[]; eligible: boolean; aboveScale: boolean } }>(
        `query($id: ID!) { node(id: $id) { ... on Organization { eligible aboveScale
          statusHistory { from to eligible aboveScale recordedBy recordedAt } } } }`,
        { id },
      )
    ).node;
  const covered = async (members: number, extra: Record<string, unknown> = {}) => {
    const unit = await newUnit(server, COUNTY, members, extra);
    await ok(server, "foundBranch", {
      name: `中共${unit.name}支部委员会`,
      formation: "STANDALONE",
      organizationIds: [unit.id],
      foundedOn: "2021-03-01",
      formalMemberCount: members,
    });
    return unit;
  };

  it("a unit's history starts the day it entered the ledger, recorded by who created it", async () => {
    const unit = await newUnit(server, COUNTY, 1, { aboveScale: true });
    expect((await history(unit.id)).statusHistory).toMatchObject([
      { from: "2020-01-01", to: null, eligible: true, aboveScale: true, recordedBy: "city-admin" },
    ]);
  });

  it("a change today leaves yesterday, the doubling baseline, a past year's targets and a prepared report as they were", async () => {
    const unit = await covered(5, { aboveScale: true });
    const prepared = await server.query<{ prepareMonthlyReport: { userErrors: unknown[] } }>(
      `mutation { prepareMonthlyReport(input: { countyCode: "${COUNTY}", period: "2023-05" }) { userErrors { message } } }`,
    );
    expect(prepared.prepareMonthlyReport.userErrors).toEqual([]);
    const before = {
      yesterday: await figures(server, COUNTY, "2023-06-07"),
      today: await figures(server, COUNTY, TODAY),
      aboveYesterday: await aboveScale("2023-06-07"),
      aboveToday: await aboveScale(TODAY),
      targets2023: await targets(2023),
      targets2022: await targets(2022),
      report: await mayReport(),
    };
    expect(before.report.frozen).toBe(false);

    const changed = await write(server, "updateOrganization", { id: unit.id, eligible: false });
    expect(changed.userErrors).toEqual([]);

    expect(await figures(server, COUNTY, "2023-06-07")).toEqual(before.yesterday);
    expect(await aboveScale("2023-06-07")).toEqual(before.aboveYesterday);
    expect(await mayReport()).toEqual(before.report);
    expect(await targets(2022)).toEqual(before.targets2022);
    const today = await figures(server, COUNTY, TODAY);
    expect(today.eligibleCount).toBe(before.today.eligibleCount - 1);
    expect(today.organizationCovered).toBe(before.today.organizationCovered - 1);
    expect(await aboveScale(TODAY)).toEqual({
      eligible: before.aboveToday.eligible - 1,
      covered: before.aboveToday.covered - 1,
    });
    const [above, , doubling] = await targets(2023);
    const [aboveBefore, , doublingBefore] = before.targets2023;
    // The baseline (January 1) is what it was: the required figure stays; what is covered now drops.
    expect(doubling?.required).toBe(doublingBefore?.required);
    expect(doubling?.achieved).toBe((doublingBefore?.achieved as number) - 1);
    expect(above?.required).toBe((aboveBefore?.required as number) - 1);

    const h = await history(unit.id);
    expect(h).toMatchObject({ eligible: false, aboveScale: true });
    expect(h.statusHistory).toMatchObject([
      { from: "2020-01-01", to: TODAY, eligible: true, aboveScale: true },
      { from: TODAY, to: null, eligible: false, aboveScale: true, recordedBy: "city-admin" },
    ]);
    const [entry] = await auditOf(server, unit.id);
    expect(entry?.operation).toBe("updateOrganization");
    expect(entry?.changes).toEqual(
      expect.arrayContaining([
        { field: "eligible", before: "true", after: "false" },
        { field: "statusEffectiveOn", before: null, after: JSON.stringify(TODAY) },
      ]),
    );
  });

  it("a back-dated change moves exactly the days from its effective day on", async () => {
    const unit = await covered(4, { aboveScale: true });
    const days = ["2023-01-01", "2023-02-28", "2023-03-01", "2023-05-31", TODAY];
    const before = await Promise.all(days.map((d) => figures(server, COUNTY, d)));
    const aboveBefore = await Promise.all(days.map((d) => aboveScale(d)));
    const reportBefore = await mayReport();
    const baseline = (await targets(2023))[2]?.required;

    await ok(server, "updateOrganization", { id: unit.id, aboveScale: false, effectiveOn: "2023-03-01" });
    const aboveAfter = await Promise.all(days.map((d) => aboveScale(d)));
    expect(aboveAfter.slice(0, 2)).toEqual(aboveBefore.slice(0, 2));
    aboveAfter.slice(2).forEach((a, i) => {
      const b = aboveBefore[i + 2] as { eligible: number; covered: number };
      expect(a).toEqual({ eligible: b.eligible - 1, covered: b.covered - 1 });
    });
    // The whole population is not touched by the above-scale flag.
    expect(await Promise.all(days.map((d) => figures(server, COUNTY, d)))).toEqual(before);
    // The unsubmitted May report is live as of May 31: after the effective day, so it moves.
    expect((await mayReport()).above.eligibleCount).toBe(reportBefore.above.eligibleCount - 1);
    expect((await mayReport()).coverage).toEqual(reportBefore.coverage);

    await ok(server, "updateOrganization", { id: unit.id, eligible: false, effectiveOn: "2023-05-31" });
    const after = await Promise.all(days.map((d) => figures(server, COUNTY, d)));
    expect(after.slice(0, 3)).toEqual(before.slice(0, 3));
    after.slice(3).forEach((f, i) => {
      const b = before[i + 3] as (typeof before)[number];
      expect([f.eligibleCount, f.organizationCovered]).toEqual([b.eligibleCount - 1, b.organizationCovered - 1]);
    });
    expect((await mayReport()).coverage.eligibleCount).toBe(reportBefore.coverage.eligibleCount - 1);
    expect((await targets(2023))[2]?.required).toBe(baseline);
    expect((await history(unit.id)).statusHistory).toMatchObject([
      { from: "2020-01-01", to: "2023-03-01", eligible: true, aboveScale: true },
      { from: "2023-03-01", to: "2023-05-31", eligible: true, aboveScale: false },
      { from: "2023-05-31", to: null, eligible: false, aboveScale: false },
    ]);
  });

  it("a past year's above-scale gap reads the flag of its last day", async () => {
    const unit = await newUnit(server, COUNTY, 1, { aboveScale: false });
    await ok(server, "updateOrganization", { id: unit.id, aboveScale: true });
    const [above2023] = await targets(2023);
    const [above2022] = await targets(2022);
    expect(above2023?.gap.nodes.map((n) => n.id)).toContain(unit.id);
    expect(above2022?.gap.nodes.map((n) => n.id)).not.toContain(unit.id);
  });

  it("refuses a change before the ledger date, in the future or before the last change, changing nothing", async () => {
    const unit = await newUnit(server, COUNTY, 1, { addedOn: "2022-05-01" });
    await ok(server, "updateOrganization", { id: unit.id, eligible: false, effectiveOn: "2023-02-01" });
    const before = await snapshot(server, TABLES);
    for (const [effectiveOn, pattern] of [
      ["2022-04-30", /纳入台账/],
      ["2023-06-09", /不能晚于今天/],
      ["2023-01-31", /上一次变更（2023-02-01）/],
    ] as const) {
      const r = await write(server, "updateOrganization", { id: unit.id, eligible: true, effectiveOn });
      expect(r.value).toBeNull();
      expect(r.userErrors).toEqual([
        { code: "INVALID_INPUT", message: expect.stringMatching(pattern), field: ["input", "effectiveOn"] },
      ]);
    }
    const bad = await write(server, "updateOrganization", { id: unit.id, eligible: true, effectiveOn: "2023-02-30" });
    expect(bad.errors[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    // A county admin of another county may not change it either.
    const other = await write(server, "updateOrganization", { id: unit.id, eligible: true }, "county-211282");
    expect(other.userErrors[0]?.code).toBe("OUT_OF_SCOPE");
    expect(await snapshot(server, TABLES)).toEqual(before);
    // Undone on the day of the change: the periods merge back into one.
    await ok(server, "updateOrganization", { id: unit.id, eligible: true, effectiveOn: "2023-02-01" });
    expect((await history(unit.id)).statusHistory).toMatchObject([
      { from: "2022-05-01", to: null, eligible: true, aboveScale: false },
    ]);
  });

  it("an import that changes the flags writes a period from the import's day", async () => {
    const unit = await newUnit(server, COUNTY, 0, { aboveScale: false });
    const headers = LEDGER_COLUMNS.map((c) => c.header);
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("单位台账");
    sheet.addRow(headers);
    const values: Record<string, unknown> = {
      单位名称: unit.name,
      单位类别: "非公有制经济组织",
      "所属县（市）区": "铁岭县",
      正式党员数: 0,
      规模以上企业: "是",
      具备党建工作条件: "否",
    };
    sheet.addRow(headers.map((h) => values[h] ?? null));
    const form = new FormData();
    form.append("file", new Blob([Buffer.from(await wb.xlsx.writeBuffer())]), "台账.xlsx");
    const res = await fetch(`${server.url}/import/organizations`, {
      method: "POST",
      body: form,
      headers: { authorization: `Bearer ${await server.login()}` },
    });
    expect(await res.json()).toMatchObject({ created: 0, updated: 1, errors: [] });
    expect((await history(unit.id)).statusHistory).toMatchObject([
      { from: "2020-01-01", to: TODAY, eligible: true, aboveScale: false },
      { from: TODAY, to: null, eligible: false, aboveScale: true, recordedBy: "city-admin" },
    ]);
  });
});
