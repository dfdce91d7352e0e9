/**
 * 总览's targets of document No. 5 with their gap units, and the writes of 联系点 (assigning and
 * ending a leader's point, registering a county's list), in Debian's Chromium against the real
 * server; figures checked against the speech and the API's own answers.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BACKEND,
  type E2E,
  fitsWidth,
  modal,
  openAndPick,
  pickOption,
  seen,
  signIn,
  startE2E,
  withPage,
} from "./support";

let e2e: E2E;

/** The year of the test server's fixed clock (2026-11-27). */
const CLOCK_YEAR = 2026;

beforeAll(async () => {
  e2e = await startE2E("overview-contacts");
});
afterAll(async () => {
  await e2e?.stop();
});

describe(`5号文件目标 on 总览 (server on ${BACKEND})`, () => {
  it("shows the city's 2023 targets as the speech reads them, and the units of a gap", async () => {
    await withPage(e2e, "targets", async (page) => {
      await page.goto("/");
      await signIn(page, "city-admin", e2e.password);
      const card = page.getByTestId("targets");
      await card.getByRole("table", { name: "5号文件目标" }).waitFor();
      await openAndPick(page, card.getByLabel("年度"), "2023 年");

      const table = card.getByRole("table", { name: "5号文件目标" });
      const aboveScale = table.getByRole("row").filter({ hasText: "286" });
      await aboveScale.getByText("252").waitFor();
      expect(await seen(aboveScale)).toContain("差 34");
      expect(await seen(aboveScale)).toContain("88.1%");
      const dispatch = await seen(table.getByRole("row").filter({ hasText: "1,600" }));
      expect(dispatch).toContain("1,485");
      expect(dispatch).toContain("92.8%");
      const doubling = await seen(table.getByRole("row").filter({ hasText: "908" }));
      expect(doubling).toContain("652");
      expect(doubling).toContain("差 256");
      // The counties against the targets: a drawn chart.
      await card.locator("[role=img] canvas").first().waitFor();
      expect(await fitsWidth(page)).toBe(true);

      // The 34 above-scale enterprises without a branch, one click away, each linked to its entry.
      await aboveScale.getByRole("button", { name: "查看单位" }).click();
      const drawer = page.getByRole("dialog");
      await drawer.getByTestId("gap-summary").getByText("共 34 家，第 1 页").waitFor();
      const rows = drawer.getByRole("table", { name: "差距单位" }).locator("tbody tr");
      expect(await rows.count()).toBe(20);
      await drawer.getByRole("button", { name: "下一页" }).click();
      await drawer.getByTestId("gap-summary").getByText("第 2 页").waitFor();
      await page.waitForFunction(() => document.querySelectorAll("[aria-label=差距单位] tbody tr").length === 14);
      const first = rows.first().getByRole("link");
      const name = await seen(first);
      await first.click();
      await page.getByRole("heading", { name }).waitFor();
    });
  });
});

describe("联系点 writes", () => {
  it("assigns a city leader's point, ends it, and offers a new one; the API agrees", async () => {
    const year = CLOCK_YEAR;
    const leaders = await e2e.server.query<{
      leaders: { nodes: { id: string; name: string; contactPoints: { id: string }[] }[] };
    }>(`query($y: Int!) { leaders(level: CITY, first: 100) { nodes { id name contactPoints(year: $y) { id } } } }`, {
      y: year,
    });
    const leader = leaders.leaders.nodes.find((l) => l.contactPoints.length === 0);
    if (!leader) throw new Error(`every city leader already has a point in ${year}`);

    await withPage(e2e, "assign-contact-point", async (page) => {
      await page.goto(`/contact-points?year=${year}`);
      await signIn(page, "city-admin", e2e.password);
      const row = page.getByRole("row").filter({ hasText: leader.name }).first();
      await row.getByRole("button", { name: "确定联系点" }).click();
      const dialog = modal(page);
      // Nothing chosen: the form says so and nothing is sent.
      await dialog.getByRole("button", { name: "确定" }).click();
      await dialog.getByText("请选择联系单位").waitFor();
      await dialog.getByLabel("联系单位").fill("留德");
      await pickOption(page, /^辽宁留德润滑油有限公司（/);
      await dialog.getByRole("button", { name: "确定" }).click();
      await page.getByText(`已确定${leader.name}的联系点：辽宁留德润滑油有限公司`).waitFor();
      await row.getByRole("link", { name: "辽宁留德润滑油有限公司" }).waitFor();

      const after = await e2e.server.query<{ node: { contactPoints: { id: string; endedOn: string | null }[] } }>(
        `query($id: ID!, $y: Int!) { node(id: $id) { ... on Leader { contactPoints(year: $y) { id endedOn } } } }`,
        { id: leader.id, y: year },
      );
      expect(after.node.contactPoints).toHaveLength(1);
      expect(after.node.contactPoints[0]?.endedOn).toBeNull();

      // Reassigning is ending the point (kept as history), then assigning another.
      await row.getByRole("button", { name: "结束" }).click();
      const endDialog = modal(page, /结束联系点/);
      await endDialog.getByRole("button", { name: "结束联系点" }).click();
      await page.getByText(`已结束${leader.name}在辽宁留德润滑油有限公司的联系点`).waitFor();
      const ended = page.getByRole("row").filter({ hasText: leader.name }).first();
      await ended.getByText(/已于 \d{4}-\d{2}-\d{2} 调整/).waitFor();
      await ended.getByRole("button", { name: "确定联系点" }).waitFor();
      const history = await e2e.server.query<{ node: { contactPoints: { endedOn: string | null }[] } }>(
        `query($id: ID!, $y: Int!) { node(id: $id) { ... on Leader { contactPoints(year: $y) { endedOn } } } }`,
        { id: leader.id, y: year },
      );
      expect(history.node.contactPoints.map((p) => p.endedOn === null)).toEqual([false]);
      expect(await fitsWidth(page)).toBe(true);
    });
  });

  it("lets a county admin register its list (落实情况) but not touch city leaders' points", async () => {
    const year = CLOCK_YEAR;
    await withPage(e2e, "contact-list", async (page) => {
      await page.goto(`/contact-points?year=${year}`);
      await signIn(page, "county-211281", e2e.password);
      await page.getByRole("tab", { name: "市级领导联系点" }).waitFor();
      expect(await page.getByRole("button", { name: "确定联系点" }).count()).toBe(0);
      await page.getByRole("tab", { name: "落实情况" }).click();
      const lists = page.getByRole("table", { name: "县级领导联系点名单报送" });
      const own = lists.getByRole("row").filter({ hasText: "调兵山市" });
      await own.getByRole("button", { name: "登记报送" }).click();
      await modal(page).getByRole("button", { name: "登记报送" }).click();
      await page.getByText(/已登记调兵山市 \d{4} 年度联系点名单报送/).waitFor();
      const api = await e2e.server.query<{
        contactPointCompliance: {
          counties: { county: { code: string }; reportedOn: string | null; overdue: boolean }[];
        };
      }>(`query($y: Int!) { contactPointCompliance(year: $y) { counties { county { code } reportedOn overdue } } }`, {
        y: year,
      });
      const mine = api.contactPointCompliance.counties.find((c) => c.county.code === "211281");
      expect(mine?.reportedOn).toBeTruthy();
      await own.getByText(mine?.overdue ? "逾期报送" : "已按时报送").waitFor();
      expect(await own.getByRole("button", { name: "登记报送" }).count()).toBe(0);
      // Only its own county's row.
      expect(await lists.locator("tbody tr").count()).toBe(1);
    });
  });

  it("offers a viewer nothing to change", async () => {
    await withPage(e2e, "contact-viewer", async (page) => {
      await page.goto("/contact-points?year=2023");
      await signIn(page, "viewer", e2e.password);
      await page.getByTestId("contact-summary").waitFor();
      expect(await page.getByRole("button", { name: /确定联系点|结束/ }).count()).toBe(0);
      await page.getByRole("tab", { name: "落实情况" }).click();
      await page.getByRole("table", { name: "县级领导联系点名单报送" }).waitFor();
      expect(await page.getByRole("button", { name: "登记报送" }).count()).toBe(0);
    });
  });
});
