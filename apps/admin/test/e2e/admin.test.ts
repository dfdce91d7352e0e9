/**
 * The admin client in Debian's Chromium at 1366×768 against the real server and the reference
 * dataset: what a person at the organization department does, checked against the speech's figures
 * and against the API's own answers.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKEND, type E2E, fitsWidth, openDropdown, seen, signIn, startE2E, withPage } from "./support";

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E("admin-e2e");
});
afterAll(async () => {
  await e2e?.stop();
});

const text = (page: Page, selector: string) => seen(page.locator(selector).first());

describe(`登录 and 总览 as city-admin (server on ${BACKEND})`, () => {
  it("signs in and shows the speech's 28.2% and 88.8% for non-public enterprises, and the nine counties", async () => {
    await withPage(e2e, "city-admin-overview", async (page) => {
      await page.goto("/");
      await page.waitForURL("**/login");
      await signIn(page, "city-admin", e2e.password);
      await page.getByRole("heading", { name: "总览 · 铁岭市" }).waitFor();

      const nonPublic = page.getByTestId("coverage-NON_PUBLIC_ENTERPRISE");
      await nonPublic.getByText("28.2%").waitFor();
      const card = await seen(nonPublic);
      expect(card).toContain("非公有制经济组织");
      expect(card).toContain("组建率");
      expect(card).toContain("28.2%");
      expect(card).toContain("514 / 1,822");
      expect(card).toContain("联络员覆盖率");
      expect(card).toContain("88.8%");
      expect(card).toContain("1,618 / 1,822");
      expect(card).toContain("双覆盖率");
      expect(card).toContain("95.1%");
      const social = await seen(page.getByTestId("coverage-SOCIAL_ORGANIZATION"));
      expect(social).toContain("32.1%");
      expect(social).toContain("90.0%");

      // The nine counties: a drawn chart and the table beside it, in the official order.
      const table = page.getByRole("table", { name: "各县（市）区覆盖率" });
      await table.getByRole("link", { name: "高新区" }).waitFor();
      const names = await table.locator("tbody tr td:first-child").allInnerTexts();
      expect(names).toEqual([
        "铁岭县",
        "开原市",
        "昌图县",
        "调兵山市",
        "西丰县",
        "银州区",
        "清河区",
        "开发区",
        "高新区",
      ]);
      expect(await page.locator("[role=img] canvas").count()).toBeGreaterThan(0);
      expect(await fitsWidth(page)).toBe(true);
    });
  });

  it("says 用户名或密码错误 on a wrong password and stays on 登录", async () => {
    await withPage(e2e, "wrong-password", async (page) => {
      await page.goto("/login");
      await signIn(page, "city-admin", "not-the-password");
      await page.getByText("用户名或密码错误").waitFor();
      expect(new URL(page.url()).pathname).toBe("/login");
      expect(await page.evaluate(() => window.localStorage.getItem("liangxin.session"))).toBeNull();
    });
  });
});

describe("组织台账", () => {
  it("goes from 调兵山市 to an organization and its branch, with filters and paging", async () => {
    const api = await e2e.server.query<{
      county: { all: { totalCount: number }; uncovered: { totalCount: number } };
    }>(`{ county(code: "211281") {
          all: organizations(first: 1) { totalCount }
          uncovered: organizations(first: 1, filter: { organizationCovered: false }) { totalCount }
        } }`);
    const pages = Math.ceil(api.county.all.totalCount / 20);
    expect(pages).toBeGreaterThan(2);

    await withPage(e2e, "ledger-browse", async (page) => {
      await page.goto("/ledger");
      await signIn(page, "city-admin", e2e.password);
      await page.getByRole("link", { name: "调兵山市", exact: true }).click();
      await page.waitForURL("**/ledger/211281");
      await page.getByRole("heading", { name: "调兵山市两新组织" }).waitFor();

      const summary = page.getByTestId("paging-summary");
      await summary
        .getByText(`共 ${api.county.all.totalCount.toLocaleString("zh-CN")} 家，第 1 / ${pages} 页`)
        .waitFor();
      const firstPage = await page.locator("tbody tr td:first-child").allInnerTexts();
      await page.getByRole("button", { name: "下一页" }).click();
      await summary.getByText(`第 2 / ${pages} 页`).waitFor();
      await page.waitForFunction(() => !document.querySelector(".ant-spin-spinning"));
      const secondPage = await page.locator("tbody tr td:first-child").allInnerTexts();
      expect(secondPage).toHaveLength(20);
      expect(secondPage.filter((name) => firstPage.includes(name))).toEqual([]);
      await page.getByRole("button", { name: "上一页" }).click();
      await summary.getByText(`第 1 / ${pages} 页`).waitFor();
      await page.waitForFunction(() => !document.querySelector(".ant-spin-spinning"));
      expect(await page.locator("tbody tr td:first-child").allInnerTexts()).toEqual(firstPage);

      // 党组织: 未建党组织, by keyboard.
      await page.getByLabel("党组织").focus();
      await page.keyboard.press("Enter");
      await openDropdown(page).waitFor();
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("Enter");
      await summary.getByText(`共 ${api.county.uncovered.totalCount.toLocaleString("zh-CN")} 家`).waitFor();
      expect(new URL(page.url()).searchParams.get("covered")).toBe("false");
      await page.getByRole("button", { name: "清除筛选" }).click();
      await summary.getByText(`共 ${api.county.all.totalCount.toLocaleString("zh-CN")} 家`).waitFor();

      // 名称: one of the organizations the speech names.
      await page.getByLabel("名称").fill("留德");
      await page.getByLabel("名称").press("Enter");
      await summary.getByText("共 1 家").waitFor();
      await page.getByRole("link", { name: "辽宁留德润滑油有限公司" }).click();
      await page.getByRole("heading", { name: "辽宁留德润滑油有限公司" }).waitFor();

      const branches = page.getByRole("table", { name: "党组织" });
      await branches.getByText("中共辽宁留德润滑油有限公司支部委员会").waitFor();
      const row = await seen(branches.locator("tbody tr").first());
      expect(row).toContain("党支部");
      expect(row).toContain("单独组建");
      expect(row).toContain("本单位");
      expect(row).toContain("宋勇强");
      expect(row).toContain("26");
      const details = await text(page, ".ant-descriptions");
      expect(details).toContain("调兵山市工业园区");
      expect(await seen(page.getByRole("table", { name: "联络员" }))).toContain("余琳");
      expect(await fitsWidth(page)).toBe(true);

      // Back to the list as it was (the breadcrumb keeps the filter).
      await page.getByRole("navigation").getByRole("link", { name: "调兵山市" }).click();
      await summary.getByText("共 1 家").waitFor();
      expect(await page.getByLabel("名称").inputValue()).toBe("留德");
    });
  });
});

describe("联系点", () => {
  it("lists the 26 city leaders and the 市委书记's point at 辽宁唐人神曙光农牧集团 with its 联络人", async () => {
    const api = await e2e.server.query<{ county: { organizationHeadName: string } }>(
      `{ county(code: "211224") { organizationHeadName } }`,
    );
    await withPage(e2e, "contact-points", async (page) => {
      await page.goto("/contact-points?year=2023");
      await signIn(page, "city-admin", e2e.password);
      await page.waitForURL("**/contact-points?year=2023");
      await page.getByTestId("contact-summary").getByText("副市级以上领导 26 名，已确定联系点 1 名").waitFor();
      const row = page.getByRole("row").filter({ hasText: "辽宁唐人神曙光农牧集团" });
      const cells = await seen(row);
      expect(cells).toContain("市委书记");
      expect(cells).toContain("昌图县");
      expect(cells).toContain(api.county.organizationHeadName);
      expect(await page.getByRole("table").locator("tbody tr").count()).toBe(26);
    });
  });
});

describe("a county admin (county-211281)", () => {
  it("sees 调兵山市 only: its figures, its ledger, no other county", async () => {
    const api = await e2e.server.query<{
      county: { coverage: { organizationCoverage: { percent: string }; liaisonCoverage: { percent: string } } };
    }>(`{ county(code: "211281") { coverage(category: NON_PUBLIC_ENTERPRISE) {
          organizationCoverage { percent } liaisonCoverage { percent } } } }`);

    await withPage(e2e, "county-admin", async (page) => {
      await page.goto("/");
      await signIn(page, "county-211281", e2e.password);
      await page.getByRole("heading", { name: "总览 · 调兵山市" }).waitFor();
      const card = page.getByTestId("coverage-NON_PUBLIC_ENTERPRISE");
      await card.getByText(api.county.coverage.organizationCoverage.percent).first().waitFor();
      expect(await seen(card)).toContain(api.county.coverage.liaisonCoverage.percent);
      const overview = await seen(page.locator("main"));
      for (const other of ["铁岭县", "开原市", "昌图县", "西丰县", "银州区", "清河区", "开发区", "高新区"]) {
        expect(overview, other).not.toContain(other);
      }
      expect(overview).not.toContain("各县（市）区覆盖率");

      await page.getByRole("link", { name: "组织台账" }).click();
      await page.waitForURL("**/ledger/211281");
      await page.getByRole("heading", { name: "调兵山市两新组织" }).waitFor();
      expect(await page.getByRole("link", { name: "铁岭县" }).count()).toBe(0);

      await page.goto("/ledger/211224");
      await page.getByText("无权查看").waitFor();

      // The only city leader's point of 2023 is in 昌图县: not this county's.
      await page.goto("/contact-points?year=2023");
      await page.getByText("2023 年度没有市级领导联系点在本县（市）区").waitFor();
      expect(await seen(page.locator("main"))).not.toContain("辽宁唐人神曙光农牧集团");
    });
  });
});

describe("a session that ends", () => {
  it("goes back to 登录 with the reason, and to the same page after signing in again", async () => {
    await withPage(e2e, "session-ends", async (page) => {
      await page.goto("/ledger/211281");
      await signIn(page, "city-admin", e2e.password);
      await page.getByRole("heading", { name: "调兵山市两新组织" }).waitFor();

      // The token is no longer accepted (expired or revoked): the next request is refused.
      await page.evaluate(() => {
        const raw = window.localStorage.getItem("liangxin.session");
        if (!raw) throw new Error("no session stored");
        window.localStorage.setItem(
          "liangxin.session",
          JSON.stringify({ ...JSON.parse(raw), token: "expired.token.value" }),
        );
      });
      await page.reload();
      await page.getByText("登录凭证无效，请重新登录").waitFor();
      expect(new URL(page.url()).pathname).toBe("/login");

      await signIn(page, "city-admin", e2e.password);
      await page.waitForURL("**/ledger/211281");
      await page.getByRole("heading", { name: "调兵山市两新组织" }).waitFor();

      // Its time runs out while the page is open.
      await page.evaluate(() => {
        const raw = window.localStorage.getItem("liangxin.session");
        if (!raw) throw new Error("no session stored");
        window.localStorage.setItem(
          "liangxin.session",
          JSON.stringify({ ...JSON.parse(raw), expiresAt: new Date(Date.now() + 8000).toISOString() }),
        );
      });
      // Long enough for the page to come back on a loaded machine before the session runs out.
      await page.reload();
      await page.getByRole("heading", { name: "调兵山市两新组织" }).waitFor();
      await page.getByText("登录已过期，请重新登录").waitFor({ timeout: 20_000 });
      expect(new URL(page.url()).pathname).toBe("/login");
    });
  });
});
