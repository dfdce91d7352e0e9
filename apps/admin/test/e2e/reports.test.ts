/**
 * 月报与通报 in Debian's Chromium at 1366×768 against the real server (its clock on 2026-11-27):
 * a county prepares and submits its report of a month that has ended, the reviewer accepts it and
 * returns another with a reason the county then sees; the bulletin ranks the counties and lists
 * the missing ones as the API does; the xlsx export downloads a workbook; a 查看者 is offered no
 * write. Checked against the API's own answers.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseOption, type E2E, fitsWidth, modal, seen, signIn, startE2E, withPage } from "./support";

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E("reports-e2e");
});
afterAll(async () => {
  await e2e?.stop();
});

/** A month that has ended on the server's clock (2026-11-27) and on the browser's. */
const PERIOD = "2026-10";
const PERIOD_LABEL = "2026年10月";

interface ApiReport {
  id: string;
  status: string;
  note: string | null;
  returnNote: string | null;
  reviewNote: string | null;
  county: { code: string; name: string };
}

async function apiReport(code: string, username = "city-admin"): Promise<ApiReport> {
  const data = await e2e.server.query<{ monthlyReports: ApiReport[] }>(
    `query ($period: String!) { monthlyReports(period: $period) {
       id status note returnNote reviewNote county { code name } } }`,
    { period: PERIOD },
    username,
  );
  const report = data.monthlyReports.find((r) => r.county.code === code);
  if (!report) throw new Error(`no report of ${code}`);
  return report;
}

/** Submits a county's report through the API, as that county's admin. */
async function submitByApi(code: string): Promise<void> {
  const { id } = await apiReport(code, `county-${code}`);
  const data = await e2e.server.query<{ submitMonthlyReport: { userErrors: { message: string }[] } }>(
    `mutation ($input: ReportTransitionInput!) { submitMonthlyReport(input: $input) { userErrors { message } } }`,
    { input: { reportId: id } },
    `county-${code}`,
  );
  expect(data.submitMonthlyReport.userErrors).toEqual([]);
}

async function openReports(page: Page, username: string, query = `period=${PERIOD}`): Promise<void> {
  await page.goto(`/reports?${query}`);
  await page.waitForURL("**/login**");
  await signIn(page, username, e2e.password);
  await page.getByRole("heading", { name: "月报与通报" }).waitFor();
}

const choose = chooseOption;

const detail = (page: Page) => page.getByTestId("report-detail");

describe("月报 of a county", () => {
  it("county-211281 sees only its own report, saves a note as draft and submits it", async () => {
    await withPage(e2e, "reports-county-submit", async (page) => {
      await page.goto("/");
      await page.waitForURL("**/login**");
      await signIn(page, "county-211281", e2e.password);
      await page.getByRole("menuitem", { name: /月报与通报/ }).click();
      await page.waitForURL("**/reports");
      await page.getByRole("heading", { name: "月报与通报" }).waitFor();

      // The default month is the last one that has ended; the county sees its own report only.
      const table = page.getByRole("table", { name: "各县（市）区月报" });
      await table.getByText("调兵山市").waitFor();
      expect(await table.locator("tbody tr").count()).toBe(1);
      await detail(page).getByText(`调兵山市 ${PERIOD_LABEL}月报`).waitFor();
      expect(await seen(detail(page).locator(".ant-card-head"))).toContain("草稿");

      // The figures are the API's live figures of the period's last day.
      const api = await e2e.server.query<{
        monthlyReports: { county: { code: string }; coverage: { organizationCoverage: { percent: string } } }[];
      }>(
        `query ($period: String!) { monthlyReports(period: $period) {
           county { code } coverage { organizationCoverage { percent } } } }`,
        { period: PERIOD },
        "county-211281",
      );
      const percent = api.monthlyReports.find((r) => r.county.code === "211281")?.coverage.organizationCoverage.percent;
      expect(percent).toMatch(/%$/);
      expect(await seen(detail(page))).toContain(percent as string);

      // A month still running cannot be submitted: the domain's reason, before the click.
      await choose(page, "月份", "2026年11月");
      await detail(page).getByText("调兵山市 2026年11月月报").waitFor();
      await detail(page).getByText("暂不能报送：2026-11 月尚未结束").waitFor();
      expect(await page.getByRole("button", { name: "报送", exact: true }).isDisabled()).toBe(true);
      expect(await fitsWidth(page)).toBe(true);

      await choose(page, "月份", PERIOD_LABEL);
      await detail(page).getByText(`调兵山市 ${PERIOD_LABEL}月报`).waitFor();
      await page.getByLabel("月报说明").fill("十月新建党组织两个，联络员全部到位。");
      await page.getByRole("button", { name: "保存草稿" }).click();
      await page.getByText("草稿已保存", { exact: true }).waitFor();
      const draft = await apiReport("211281", "county-211281");
      expect(draft.status).toBe("DRAFT");
      expect(draft.note).toBe("十月新建党组织两个，联络员全部到位。");

      await page.getByRole("button", { name: "报送", exact: true }).click();
      await page.getByText("月报报送成功", { exact: true }).waitFor();
      await detail(page).locator(".ant-card-head").getByText("已报送").waitFor();
      // Frozen: no form any more, the note is shown as read.
      expect(await page.getByRole("button", { name: "保存草稿" }).count()).toBe(0);
      expect(await seen(detail(page))).toContain("十月新建党组织两个");
      expect(await seen(detail(page))).toContain("报送时冻结");
      expect((await apiReport("211281")).status).toBe("SUBMITTED");
      expect(await fitsWidth(page)).toBe(true);
    });
  });

  it("the reviewer accepts it, and returns another with a reason the county sees", async () => {
    await submitByApi("211282");
    await withPage(e2e, "reports-reviewer", async (page) => {
      await openReports(page, "reviewer");
      const table = page.getByRole("table", { name: "各县（市）区月报" });
      await table.getByText("调兵山市").waitFor();
      expect(await table.locator("tbody tr").count()).toBe(9);
      // The reviewer prepares nothing.
      await page.getByRole("button", { name: "查看铁岭县月报" }).click();
      await detail(page).getByText(`铁岭县 ${PERIOD_LABEL}月报`).waitFor();
      expect(await page.getByRole("button", { name: "保存草稿" }).count()).toBe(0);
      expect(await page.getByRole("button", { name: "审核通过" }).count()).toBe(0);

      await page.getByRole("button", { name: "查看调兵山市月报" }).click();
      await detail(page).getByText(`调兵山市 ${PERIOD_LABEL}月报`).waitFor();
      await page.getByRole("button", { name: "审核通过" }).click();
      const accept = modal(page);
      await accept.getByLabel("审核意见").fill("数据完整");
      await accept.getByRole("button", { name: "确认通过" }).click();
      await page.getByText("已审核通过该月报", { exact: true }).waitFor();
      await detail(page).locator(".ant-card-head").getByText("已审核").waitFor();
      const accepted = await apiReport("211281");
      expect(accepted.status).toBe("ACCEPTED");
      expect(accepted.reviewNote).toBe("数据完整");

      await page.getByRole("button", { name: "查看开原市月报" }).click();
      await detail(page).getByText(`开原市 ${PERIOD_LABEL}月报`).waitFor();
      await page.getByRole("button", { name: "退回", exact: true }).click();
      const dialog = modal(page);
      // The reason is required: nothing is sent without it.
      await dialog.getByRole("button", { name: "确认退回" }).click();
      await dialog.getByText("请填写退回理由").waitFor();
      expect((await apiReport("211282")).status).toBe("SUBMITTED");
      await dialog.getByLabel("退回理由").fill("联络员人数与台账不符，请核实后重报");
      await dialog.getByRole("button", { name: "确认退回" }).click();
      await page.getByText("已退回该月报", { exact: true }).waitFor();
      await detail(page).locator(".ant-card-head").getByText("已退回").waitFor();
      expect(await seen(table.locator("tbody tr", { hasText: "开原市" }))).toContain("已退回");
      const returned = await apiReport("211282");
      expect(returned.status).toBe("RETURNED");
      expect(returned.returnNote).toBe("联络员人数与台账不符，请核实后重报");
      expect(await fitsWidth(page)).toBe(true);
    });

    await withPage(e2e, "reports-county-returned", async (page) => {
      await openReports(page, "county-211282");
      await detail(page).getByText(`开原市 ${PERIOD_LABEL}月报`).waitFor();
      expect(await seen(detail(page).locator(".ant-card-head"))).toContain("已退回");
      expect(await seen(page.getByTestId("return-note"))).toContain("退回理由：联络员人数与台账不符，请核实后重报");
      // Returned: the county may prepare and submit again.
      await page.getByRole("button", { name: "报送", exact: true }).waitFor();
      expect(await page.getByRole("button", { name: "报送", exact: true }).isEnabled()).toBe(true);
    });
  });
});

interface ApiBulletin {
  metricLabel: string;
  missing: { name: string }[];
  overdue: { name: string }[];
  rows: { rank: number; county: { name: string }; rate: { percent: string | null } }[];
}

async function apiBulletin(metric: string): Promise<ApiBulletin> {
  const data = await e2e.server.query<{ bulletin: ApiBulletin }>(
    `query ($period: String!, $metric: BulletinMetric!) { bulletin(period: $period, metric: $metric) {
       metricLabel missing { name } overdue { name } rows { rank county { name } rate { percent } } } }`,
    { period: PERIOD, metric },
  );
  return data.bulletin;
}

describe("通报", () => {
  it("ranks the counties and lists the missing ones as the API does, for two metrics", async () => {
    await withPage(e2e, "reports-bulletin", async (page) => {
      await openReports(page, "city-admin", `period=${PERIOD}&tab=bulletin`);
      for (const [metric, label] of [
        ["ORGANIZATION_COVERAGE", "党组织组建率"],
        ["DUAL_COVERAGE", "双覆盖率"],
      ] as const) {
        const api = await apiBulletin(metric);
        expect(api.rows).toHaveLength(9);
        // 调兵山市 was accepted above: the other eight have not reported.
        expect(api.missing.map((c) => c.name)).not.toContain("调兵山市");
        expect(api.missing).toHaveLength(8);
        if (metric !== "ORGANIZATION_COVERAGE") {
          await choose(page, "通报指标", label);
        }
        await page.getByText(`${api.metricLabel} · ${PERIOD_LABEL}`).waitFor();
        const table = page.getByRole("table", { name: "通报排名" });
        const rows = table.locator("tbody tr");
        await rows.nth(8).waitFor();
        expect(await table.locator("tbody tr td:nth-child(2)").allInnerTexts()).toEqual(
          api.rows.map((r) => r.county.name),
        );
        expect((await table.locator("tbody tr td:nth-child(1)").allInnerTexts()).map(Number)).toEqual(
          api.rows.map((r) => r.rank),
        );
        expect(await table.locator("tbody tr td:nth-child(4)").allInnerTexts()).toEqual(
          api.rows.map((r) => r.rate.percent ?? "—"),
        );
        const missing = await seen(page.getByTestId("bulletin-missing"));
        expect(missing).toContain(
          `未报送月报的县（市）区（${api.missing.length} 个）：${api.missing.map((c) => c.name).join("、")}`,
        );
        expect(missing).toContain(
          `逾期未报送：${api.overdue.length ? api.overdue.map((c) => c.name).join("、") : "无"}`,
        );
        const tdbs = await seen(table.locator("tbody tr", { hasText: "调兵山市" }));
        expect(tdbs).toContain("月报数据");
        expect(tdbs).toContain("已审核");
        expect(await fitsWidth(page)).toBe(true);
      }
    });
  });

  it("exports the bulletin as an xlsx workbook with the session's token", async () => {
    await withPage(e2e, "reports-export", async (page) => {
      await openReports(page, "county-211281", `period=${PERIOD}&tab=bulletin&metric=LIAISON_COVERAGE`);
      await page.getByRole("table", { name: "通报排名" }).locator("tbody tr").nth(8).waitFor();
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: /导出 xlsx/ }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`铁岭市两新组织党建工作通报-${PERIOD_LABEL}.xlsx`);
      const path = await download.path();
      const bytes = readFileSync(path);
      expect(bytes.length).toBeGreaterThan(1000);
      expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
      await page.getByText("通报已导出").waitFor();
    });
  });

  it("shows an export failure in place", async () => {
    await withPage(e2e, "reports-export-expired", async (page) => {
      await openReports(page, "city-admin", `period=${PERIOD}&tab=bulletin`);
      await page.getByRole("table", { name: "通报排名" }).locator("tbody tr").nth(8).waitFor();
      await page.route("**/export/bulletin.xlsx**", (route) =>
        route.fulfill({
          status: 500,
          contentType: "application/json",
          body: JSON.stringify({
            errors: [{ message: "服务器内部错误", extensions: { code: "INTERNAL_SERVER_ERROR" } }],
          }),
        }),
      );
      await page.getByRole("button", { name: /导出 xlsx/ }).click();
      await page.getByRole("alert").filter({ hasText: "导出失败" }).waitFor();
      expect(new URL(page.url()).pathname).toBe("/reports");
    });
  });

  it("ends the session cleanly when the server refuses the token of an export", async () => {
    await withPage(e2e, "reports-export-401", async (page) => {
      await openReports(page, "county-211223", `period=${PERIOD}&tab=bulletin`);
      await page.getByRole("table", { name: "通报排名" }).locator("tbody tr").nth(8).waitFor();
      // A password reset: the user's tokens stop working, the server answers the export with 401.
      const reset = await e2e.server.query<{ resetUserPassword: { userErrors: { message: string }[] } }>(
        `mutation ($input: ResetUserPasswordInput!) { resetUserPassword(input: $input) { userErrors { message } } }`,
        { input: { username: "county-211223", newPassword: "Another-pass-2026!" } },
      );
      expect(reset.resetUserPassword.userErrors).toEqual([]);
      await page.getByRole("button", { name: /导出 xlsx/ }).click();
      await page.waitForURL("**/login**");
      await page.getByRole("button", { name: "登录", exact: true }).waitFor();
      expect(await page.evaluate(() => window.localStorage.getItem("liangxin.session"))).toBeNull();
    });
  });
});

describe("查看者", () => {
  it("reads the reports and the bulletin with no write offered", async () => {
    await submitByApi("211221");
    await withPage(e2e, "reports-viewer", async (page) => {
      await openReports(page, "viewer", `period=${PERIOD}&county=211221`);
      await detail(page).getByText(`铁岭县 ${PERIOD_LABEL}月报`).waitFor();
      expect(await seen(detail(page).locator(".ant-card-head"))).toContain("已报送");
      for (const name of ["保存草稿", "报送", "审核通过", "退回"]) {
        expect(await page.getByRole("button", { name, exact: true }).count()).toBe(0);
      }
      expect(await page.getByLabel("月报说明").count()).toBe(0);
      await page.getByRole("button", { name: "查看开原市月报" }).click();
      await detail(page).getByText(`开原市 ${PERIOD_LABEL}月报`).waitFor();
      for (const name of ["保存草稿", "报送", "审核通过", "退回"]) {
        expect(await page.getByRole("button", { name, exact: true }).count()).toBe(0);
      }
      expect(await fitsWidth(page)).toBe(true);
      await page.getByRole("tab", { name: "通报" }).click();
      await page.getByRole("table", { name: "通报排名" }).locator("tbody tr").nth(8).waitFor();
      expect(await fitsWidth(page)).toBe(true);
    });
  });
});
