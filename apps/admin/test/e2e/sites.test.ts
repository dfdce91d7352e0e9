/**
 * 示范点 in Chromium at 1366×768 against the real server: a county admin nominates a unit of its
 * county, the reviewer cannot approve it before its 五有, fills the 五有 form and approves it, and the
 * quota board follows the API; a rejection needs its reason; the city admin sets a plan from the
 * suggestion (and cannot put a county below what it holds); a viewer is offered
 * no write at all.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BACKEND,
  type E2E,
  fitsWidth,
  modal,
  motionless,
  pickOption,
  seen,
  signIn,
  startE2E,
  withPage,
} from "./support";

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E("sites-e2e");
});
afterAll(async () => {
  await e2e?.stop();
});

const COUNTY = "211281"; // 调兵山市
const YEAR = 2023; // the reference data's plans

interface Allocation {
  county: { code: string };
  quota: number;
  nominated: number;
  approved: number;
  remaining: number;
}

async function countyLine(code: string): Promise<Allocation> {
  const data = await e2e.server.query<{ quotaPlan: { allocations: Allocation[] } | null }>(
    `query ($year: Int!) { quotaPlan(level: COUNTY, year: $year) {
       allocations { county { code } quota nominated approved remaining } } }`,
    { year: YEAR },
    "city-admin",
  );
  const line = data.quotaPlan?.allocations.find((a) => a.county.code === code);
  if (!line) throw new Error(`no ${YEAR} county-level allocation for ${code}`);
  return line;
}

/** The board's row of a county as the page shows it: [name, quota, nominated, approved, remaining]. */
async function boardRow(page: Page, countyName: string): Promise<string[]> {
  const row = page.getByTestId("quota-board").locator("tbody tr").filter({ hasText: countyName });
  return (await row.locator("td").allInnerTexts()).map((t) => t.replace(/\s+/g, ""));
}

async function login(page: Page, username: string, path: string): Promise<void> {
  await page.goto(path);
  await page.waitForURL("**/login");
  await signIn(page, username, e2e.password);
  await page.getByRole("heading", { name: "示范点" }).waitFor();
}

/** The county-level plan's parts of every county but 调兵山市, summed. */
async function totalOtherThan(): Promise<number> {
  const data = await e2e.server.query<{ quotaPlan: { allocations: Allocation[] } }>(
    `{ quotaPlan(level: COUNTY, year: ${YEAR}) { allocations { county { code } quota nominated approved remaining } } }`,
    {},
    "city-admin",
  );
  return data.quotaPlan.allocations.filter((a) => a.county.code !== COUNTY).reduce((s, a) => s + a.quota, 0);
}

const figures = (a: Allocation) => [String(a.quota), String(a.nominated), String(a.approved), String(a.remaining)];

describe(`示范点 (server on ${BACKEND})`, () => {
  it("nominates as the county admin, approves after the 五有 as the reviewer, the board following the API", async () => {
    const candidates = await e2e.server.query<{
      county: { organizations: { nodes: { id: string; name: string }[] } };
    }>(
      `{ county(code: "${COUNTY}") { organizations(first: 1, filter: { inPopulation: true, organizationCovered: true }) {
         nodes { id name } } } }`,
    );
    const org = candidates.county.organizations.nodes[0];
    if (!org) throw new Error("no covered unit in 调兵山市");
    const before = await countyLine(COUNTY);

    await withPage(e2e, "sites-county-admin-nominates", async (page) => {
      await login(page, `county-${COUNTY}`, `/sites?year=${YEAR}&level=COUNTY`);
      await page.getByTestId("quota-board").waitFor();
      expect(await boardRow(page, "调兵山市")).toEqual(["调兵山市本县（市）区", ...figures(before)]);
      expect(await page.getByRole("button", { name: "调整名额方案" }).count()).toBe(0);
      expect(await page.getByRole("button", { name: "批准" }).count()).toBe(0);

      await page.getByRole("button", { name: "推荐示范点" }).click();
      const dialog = modal(page);
      await dialog.getByLabel("单位").fill(org.name.slice(0, 6));
      await pickOption(page, org.name);
      await dialog.getByLabel("推荐说明").fill("党建工作基础扎实");
      await dialog.getByRole("button", { name: "推荐", exact: true }).click();
      await dialog.waitFor({ state: "detached" });

      const after = await countyLine(COUNTY);
      expect(after.nominated).toBe(before.nominated + 1);
      expect(after.remaining).toBe(before.remaining - 1);
      await page
        .getByTestId("quota-board")
        .locator("tbody tr")
        .filter({ hasText: "调兵山市" })
        .getByText(String(after.remaining), { exact: true })
        .waitFor();
      expect(await boardRow(page, "调兵山市")).toEqual(["调兵山市本县（市）区", ...figures(after)]);
      const row = page.getByTestId("site-list").locator("tbody tr").filter({ hasText: org.name });
      expect(await seen(row)).toContain("已推荐");
      expect(await seen(row)).toContain("未评估");

      // The same unit again: the server's ALREADY_ASSIGNED under the field, nothing changed.
      await page.getByRole("button", { name: "推荐示范点" }).click();
      await dialog.getByLabel("单位").fill(org.name.slice(0, 6));
      await pickOption(page, org.name);
      await dialog.getByRole("button", { name: "推荐", exact: true }).click();
      await dialog.getByText("该单位本年度已推荐为同级示范点").waitFor();
      expect((await countyLine(COUNTY)).nominated).toBe(after.nominated);
      await dialog.getByRole("button", { name: "取消" }).click();
      expect(await fitsWidth(page)).toBe(true);
    });

    await withPage(e2e, "sites-reviewer-approves", async (page) => {
      await login(page, "reviewer", `/sites?year=${YEAR}&level=COUNTY`);
      await page.getByRole("button", { name: /^待审核/ }).click();
      const row = page.getByTestId("site-list").locator("tbody tr").filter({ hasText: org.name });
      await row.getByRole("button", { name: "批准", exact: true }).click();
      const dialog = modal(page);
      await dialog.waitFor();
      await motionless(page);
      await dialog.getByRole("button", { name: "批准", exact: true }).click();
      await dialog.getByText("「五有」评估未通过或未评估，不能批准").waitFor();
      expect((await countyLine(COUNTY)).approved).toBe(before.approved);

      await dialog.getByRole("button", { name: "填写五有评估" }).click();
      const form = modal(page, `${YEAR} 年度五有评估`);
      await form.waitFor();
      await motionless(page);
      // Each check with its own evidence, and an overall note.
      const evidence: Record<string, string> = {
        有组织: "支部委员会名单",
        有制度: "三会一课制度汇编",
        有活动: "主题党日活动记录",
        有阵地: "实地查看党员活动室",
        有作用: "企业生产经营骨干中党员占比",
      };
      for (const [check, text] of Object.entries(evidence)) {
        await form.getByRole("checkbox", { name: check }).check();
        await form.getByLabel(`${check}的依据`).fill(text);
      }
      await form.getByLabel("总体说明").fill("查阅制度文件、活动记录，实地查看活动阵地");
      await form.getByRole("button", { name: "保存评估" }).click();
      await form.waitFor({ state: "detached" });
      await row.getByText("已通过").waitFor();

      await row.getByRole("button", { name: "批准", exact: true }).click();
      await dialog.getByRole("button", { name: "批准", exact: true }).click();
      await dialog.waitFor({ state: "detached" });

      const sites = await e2e.server.query<{ demonstrationSites: { status: string; organization: { id: string } }[] }>(
        `{ demonstrationSites(year: ${YEAR}, level: COUNTY, countyCode: "${COUNTY}") { status organization { id } } }`,
        {},
        "city-admin",
      );
      expect(sites.demonstrationSites.find((s) => s.organization.id === org.id)?.status).toBe("APPROVED");
      // The five evidence texts are kept, each with its check.
      const assessed = await e2e.server.query<{
        node: { branches: { fiveHaves: { checks: { label: string; evidence: string | null }[] } | null }[] };
      }>(
        `query($id: ID!) { node(id: $id) { ... on Organization { branches { fiveHaves(year: ${YEAR}) { checks { label evidence } } } } } }`,
        { id: org.id },
        "city-admin",
      );
      const checks = assessed.node.branches.flatMap((b) => b.fiveHaves?.checks ?? []);
      expect(Object.fromEntries(checks.map((c) => [c.label, c.evidence]))).toEqual(evidence);
      const after = await countyLine(COUNTY);
      expect(after.nominated).toBe(before.nominated);
      expect(after.approved).toBe(before.approved + 1);
      expect(after.remaining).toBe(before.remaining - 1);
      // The queue no longer holds it; the whole list shows it approved.
      await page.locator(".ant-select", { has: page.getByLabel("状态") }).click();
      await pickOption(page, "全部");
      await page
        .getByTestId("site-list")
        .locator("tbody tr")
        .filter({ hasText: org.name })
        .getByText("已批准")
        .waitFor();
      expect(await boardRow(page, "调兵山市")).toEqual(["调兵山市", ...figures(after)]);
      expect(await fitsWidth(page)).toBe(true);
    });

    // The city admin cannot move 调兵山市's places below the site it now holds: QUOTA_BELOW_USED on its field.
    const held = await countyLine(COUNTY);
    const tieling = await countyLine("211221");
    await withPage(e2e, "sites-city-admin-below-used", async (page) => {
      await login(page, "city-admin", `/sites?year=${YEAR}&level=COUNTY`);
      await page.getByRole("button", { name: "调整名额方案" }).click();
      const drawer = page.locator(".ant-drawer-content");
      await drawer.getByText(`合计 ${held.quota + (await totalOtherThan())} 个`).waitFor();
      await drawer.getByLabel("调兵山市", { exact: true }).fill("0");
      await drawer.getByLabel("铁岭县", { exact: true }).fill(String(tieling.quota + held.quota));
      await drawer.getByText(/与总数 200 个相符/).waitFor();
      await drawer.getByRole("button", { name: "保存方案" }).click();
      await drawer
        .locator(".ant-form-item")
        .filter({ has: page.locator("label", { hasText: /^调兵山市$/ }) })
        .getByText(`已推荐和批准${held.nominated + held.approved}个，名额不能少于`)
        .waitFor();
      expect(await countyLine(COUNTY)).toEqual(held);
      expect((await countyLine("211221")).quota).toBe(tieling.quota);
    });
  });

  it("as the city admin, sets a year's city-level plan from the suggestion, the sum checked live", async () => {
    const year = e2e.now.getUTCFullYear();
    await withPage(e2e, "sites-city-admin-plan", async (page) => {
      await login(page, "city-admin", `/sites?year=${year}&level=CITY`);
      await page.getByText(`${year} 年度尚未制定市级示范点名额方案`).waitFor();
      await page.getByRole("button", { name: "制定名额方案" }).click();
      const drawer = page.locator(".ant-drawer-content");
      await drawer.getByLabel("总数").fill("30");
      await drawer.getByLabel(/分配到各县/).check();
      await drawer.getByText("合计 0 个，与总数 30 个不符（还差 30 个）").waitFor();
      await drawer.getByLabel("每县（市）区至少（可选）").fill("2");
      await drawer.getByRole("button", { name: "计算建议" }).click();
      await drawer.getByTestId("suggestion-note").waitFor();
      const suggestion = await e2e.server.query<{
        quotaSuggestion: { note: string; allocations: { county: { code: string }; quota: number }[] };
      }>(
        `{ quotaSuggestion(level: CITY, year: ${year}, total: 30, weight: ELIGIBLE_UNITS, minimumPerCounty: 2) {
           note allocations { county { code } quota } } }`,
        {},
        "city-admin",
      );
      expect(await seen(drawer.getByTestId("suggestion-note"))).toContain(suggestion.quotaSuggestion.note);
      await drawer.getByRole("button", { name: "采用建议" }).click();
      await drawer.getByText("合计 30 个，与总数 30 个相符").waitFor();

      // A part changed by hand: the sum says so before anything is sent.
      const tiering = drawer.getByLabel("铁岭县", { exact: true });
      const original = await tiering.inputValue();
      await tiering.fill(String(Number(original) + 1));
      await drawer.getByText("合计 31 个，与总数 30 个不符（多出 1 个）").waitFor();
      await drawer.getByRole("button", { name: "保存方案" }).click();
      await drawer.getByText(/各县（市）区名额合计31个，与总数30个不符/).waitFor();
      const unchanged = await e2e.server.query<{ quotaPlan: unknown }>(
        `{ quotaPlan(level: CITY, year: ${year}) { total } }`,
      );
      expect(unchanged.quotaPlan).toBeNull();

      await tiering.fill(original);
      await drawer.getByRole("button", { name: "保存方案" }).click();
      await page.getByTestId("quota-board").waitFor();
      const plan = await e2e.server.query<{
        quotaPlan: { total: number; split: boolean; allocations: { county: { code: string }; quota: number }[] };
      }>(`{ quotaPlan(level: CITY, year: ${year}) { total split allocations { county { code } quota } } }`);
      expect(plan.quotaPlan.total).toBe(30);
      expect(plan.quotaPlan.split).toBe(true);
      const byCode = (list: { county: { code: string }; quota: number }[]) =>
        Object.fromEntries(list.map((a) => [a.county.code, a.quota]));
      expect(byCode(plan.quotaPlan.allocations)).toEqual(byCode(suggestion.quotaSuggestion.allocations));
      expect(await boardRow(page, "铁岭县")).toEqual(["铁岭县", original, "0", "0", original]);
      expect(await fitsWidth(page)).toBe(true);
    });
  });

  it("rejects a nomination only with a reason, and the place is free again", async () => {
    const candidates = await e2e.server.query<{
      county: { organizations: { nodes: { id: string; name: string }[] } };
    }>(
      `{ county(code: "${COUNTY}") { organizations(first: 2, filter: { inPopulation: true, organizationCovered: true }) {
         nodes { id name } } } }`,
    );
    const org = candidates.county.organizations.nodes[1];
    if (!org) throw new Error("no second covered unit in 调兵山市");
    const nominated = await e2e.server.query<{ nominateDemonstrationSite: { userErrors: unknown[] } }>(
      `mutation ($input: NominateDemonstrationSiteInput!) {
         nominateDemonstrationSite(input: $input) { userErrors { code message } } }`,
      { input: { year: YEAR, level: "COUNTY", organizationId: org.id } },
      `county-${COUNTY}`,
    );
    expect(nominated.nominateDemonstrationSite.userErrors).toEqual([]);
    const before = await countyLine(COUNTY);

    await withPage(e2e, "sites-reviewer-rejects", async (page) => {
      await login(page, "reviewer", `/sites?year=${YEAR}&level=COUNTY`);
      const row = page.getByTestId("site-list").locator("tbody tr").filter({ hasText: org.name });
      await row.getByRole("button", { name: "不予批准", exact: true }).click();
      const dialog = modal(page);
      await dialog.getByRole("button", { name: "不予批准", exact: true }).click();
      await dialog.getByText("不予批准须填写理由").waitFor();
      expect((await countyLine(COUNTY)).nominated).toBe(before.nominated);

      await dialog.getByLabel("理由").fill("党组织活动记录不完整");
      await dialog.getByRole("button", { name: "不予批准", exact: true }).click();
      await dialog.waitFor({ state: "detached" });
      await row.getByText("未通过").first().waitFor();
      expect(await seen(row)).toContain("党组织活动记录不完整");
      const after = await countyLine(COUNTY);
      expect(after.nominated).toBe(before.nominated - 1);
      expect(after.remaining).toBe(before.remaining + 1);
      await page
        .getByTestId("quota-board")
        .locator("tbody tr")
        .filter({ hasText: "调兵山市" })
        .getByText(String(after.remaining), { exact: true })
        .waitFor();
      expect(await boardRow(page, "调兵山市")).toEqual(["调兵山市", ...figures(after)]);
    });
  });

  it("shows a viewer the board and the list, and no write at all", async () => {
    const line = await countyLine(COUNTY);
    await withPage(e2e, "sites-viewer", async (page) => {
      // The current year has no county-level plan: said so, with the way to the years that have one.
      await login(page, "viewer", "/sites?level=COUNTY");
      await page.getByText(`${e2e.now.getUTCFullYear()} 年度尚未制定县级示范点名额方案`).waitFor();
      await page.getByRole("button", { name: `${YEAR} 年`, exact: true }).click();
      await page.getByTestId("quota-board").waitFor();
      expect(new URL(page.url()).searchParams.get("year")).toBe(String(YEAR));
      expect(await boardRow(page, "调兵山市")).toEqual(["调兵山市", ...figures(line)]);
      await page.getByTestId("site-list").waitFor();
      for (const name of ["推荐示范点", "调整名额方案", "制定名额方案", "批准", "不予批准", "撤销", "五有评估"]) {
        expect(await page.getByRole("button", { name, exact: true }).count(), name).toBe(0);
      }
      expect(await page.getByRole("button", { name: /^待审核/ }).count()).toBe(0);
      await page.getByRole("tab", { name: "市级示范点" }).click();
      await page.getByTestId("board-summary").waitFor();
      expect(await page.getByRole("button", { name: "推荐示范点" }).count()).toBe(0);
      expect(await fitsWidth(page)).toBe(true);
    });
  });
});
