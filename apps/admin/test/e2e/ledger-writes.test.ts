/**
 * The writes of 组织台账 in Chromium against the real server: a county admin enters a unit, edits it,
 * founds its branch (after the formation rules refused it with too few members), dispatches and ends
 * a liaison, reads its history; exports the county's ledger and imports an Excel file (a bad row
 * writes nothing; a good file is imported). A 查看者 and an 审核员 see no write buttons. Checked
 * against the API.
 */
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BACKEND,
  chooseOption,
  type E2E,
  fitsWidth,
  modal,
  motionless,
  openDropdown,
  pickOption,
  seen,
  signIn,
  startE2E,
  withPage,
} from "./support";

const COUNTY = "211281";
let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E("ledger-writes");
});
afterAll(async () => {
  await e2e?.stop();
});

/** exceljs, as the server package has it (the admin client does not depend on it). */
interface Workbook {
  addWorksheet(name: string): { addRow(values: unknown[]): void };
  xlsx: { writeBuffer(): Promise<ArrayBuffer> };
}
const serverRequire = createRequire(new URL("../../../server/package.json", import.meta.url));
const ExcelJS = serverRequire("exceljs") as { Workbook: new () => Workbook };

const HEADERS = ["单位名称", "单位类别", "所属县（市）区", "所属行业", "正式党员数", "预备党员数"];

/** A workbook with the template's sheet name, these columns and rows. */
async function workbook(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("单位台账");
  sheet.addRow(HEADERS);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

interface Found {
  organizations: {
    totalCount: number;
    nodes: {
      id: string;
      name: string;
      subtype: string | null;
      industry: string | null;
      formalMemberCount: number;
      branches: { name: string; formalMemberCount: number }[];
      liaisons: { name: string }[];
    }[];
  };
}
/** The county's units whose name contains this text, as the API answers the city admin. */
const byName = (name: string) =>
  e2e.server.query<{ county: Found }>(
    `query($code: String!, $name: String!) { county(code: $code) {
      organizations(first: 10, filter: { nameContains: $name }) {
        totalCount nodes { id name subtype industry formalMemberCount branches { name formalMemberCount } liaisons { name } }
      } } }`,
    { code: COUNTY, name },
    "city-admin",
  );

const login = async (page: Page, username: string) => {
  await page.goto("/login");
  await signIn(page, username, e2e.password);
  await page.getByRole("heading", { name: /总览/ }).waitFor();
};

/** Picks an option of an Ant Design select by its label. */
const choose = chooseOption;

/**
 * Waits until no modal or drawer holds the page's scroll (Ant Design widens the body by the
 * scrollbar while one is open or closing), so that fitsWidth measures the page itself.
 */
const unlocked = (page: Page) => page.waitForFunction(() => getComputedStyle(document.body).overflowY !== "hidden");

describe(`组织台账 writes (server on ${BACKEND})`, () => {
  const name = `铁岭测试精密机械有限公司${Date.now() % 100000}`;

  it("county-211281 creates a unit, is refused a branch with too few members, edits it, founds the branch, dispatches and ends a liaison, and reads the history", async () => {
    await withPage(e2e, "ledger-create-edit", async (page) => {
      await login(page, `county-${COUNTY}`);
      await page.goto("/ledger");
      await page.waitForURL(`**/ledger/${COUNTY}`);
      await page.getByRole("table", { name: "两新组织列表" }).locator("tbody tr a").first().waitFor();
      expect(await fitsWidth(page)).toBe(true);
      await page.getByRole("button", { name: "新增组织" }).click();
      const create = modal(page);
      await create.getByText("新增组织").first().waitFor();
      await page.getByLabel("单位名称").fill(name);
      await page.getByLabel("行业").fill("通用设备制造");
      await choose(page, "单位类型", "私营企业");
      await page.getByLabel("正式党员").fill("2");
      await page.getByLabel("预备党员").fill("1");
      await create.getByRole("button", { name: "保存" }).click();
      await page.getByText("已新增组织").waitFor();
      await page.getByRole("heading", { name }).waitFor();

      let api = await byName(name);
      expect(api.county.organizations.totalCount).toBe(1);
      expect(api.county.organizations.nodes[0]).toMatchObject({
        subtype: "PRIVATE",
        industry: "通用设备制造",
        formalMemberCount: 2,
      });

      // 成立党组织 with 2 formal members: the domain's rule shows before submit, the server refuses it.
      await page.getByRole("button", { name: "成立党组织" }).click();
      const found = modal(page);
      // The test server's clock stands at 2026-11-27 (Beijing): days are given, not taken from the browser.
      await page.getByLabel("成立日期").fill("2026-11-20");
      await found.getByTestId("formation-errors").waitFor();
      expect(await seen(found.getByTestId("formation-errors"))).toContain("3名以上");
      await found.getByRole("button", { name: "成立" }).click();
      await found.getByRole("alert").filter({ hasText: "STANDALONE_MIN_MEMBERS" }).waitFor();
      await found.getByRole("button", { name: "取消" }).click();
      api = await byName(name);
      expect(api.county.organizations.nodes[0]?.branches).toEqual([]);

      // 编辑: 5 formal members, the industry cleared.
      await page.getByRole("button", { name: "编辑", exact: true }).click();
      const edit = modal(page);
      await edit.getByText("编辑组织").waitFor();
      await page.getByLabel("正式党员").fill("5");
      await page.getByLabel("行业").fill("");
      await edit.getByRole("button", { name: "保存" }).click();
      await page.getByText("已保存修改").waitFor();
      api = await byName(name);
      expect(api.county.organizations.nodes[0]).toMatchObject({ industry: null, formalMemberCount: 5 });
      await page.getByText("5 / 1").waitFor();

      // Now the branch can be founded.
      await page.getByRole("button", { name: "成立党组织" }).click();
      const again = modal(page);
      await page.getByLabel("成立日期").fill("2026-11-20");
      await page.getByLabel("正式党员人数").fill("5");
      await page.getByLabel("书记姓名").fill("赵书记");
      expect(await again.getByTestId("formation-errors").count()).toBe(0);
      await again.getByRole("button", { name: "成立" }).click();
      await page.getByText("已成立党组织").waitFor();
      const branches = page.getByRole("table", { name: "党组织" });
      await branches.getByText(`中共${name}支部委员会`).waitFor();
      api = await byName(name);
      expect(api.county.organizations.nodes[0]?.branches).toEqual([
        { name: `中共${name}支部委员会`, formalMemberCount: 5 },
      ]);

      // 选派联络员, then 结束.
      await page.getByRole("button", { name: "选派联络员" }).click();
      const dispatch = modal(page);
      await page.getByLabel("姓名").fill("钱联络");
      await page.getByLabel("职务").fill("组织委员");
      await page.getByLabel("派驻日期").fill("2026-11-02");
      await dispatch.getByRole("button", { name: "选派" }).click();
      await page.getByText("已选派联络员").waitFor();
      const liaisons = page.getByRole("table", { name: "联络员" });
      await liaisons.getByText("钱联络").waitFor();
      expect((await byName(name)).county.organizations.nodes[0]?.liaisons).toEqual([{ name: "钱联络" }]);
      await liaisons.getByRole("button", { name: "结束" }).click();
      const end = modal(page);
      await page.getByLabel("结束日期").fill("2026-11-25");
      await end.getByRole("button", { name: "结束派驻" }).click();
      await page.getByText("已结束派驻").waitFor();
      await liaisons.getByText("该单位目前没有派驻联络员或指导员").waitFor();
      expect((await byName(name)).county.organizations.nodes[0]?.liaisons).toEqual([]);

      // 调整 the branch from a day on, then 撤销 it.
      await branches.getByRole("button", { name: "调整" }).click();
      const adjust = modal(page);
      await page.getByLabel("自何日起").fill("2026-11-25");
      await page.getByLabel("正式党员人数").fill("6");
      await adjust.getByRole("button", { name: "保存" }).click();
      await page.getByText("已调整党组织").waitFor();
      await branches.locator("tbody tr").filter({ hasText: "6" }).first().waitFor();
      expect((await byName(name)).county.organizations.nodes[0]?.branches).toEqual([
        { name: `中共${name}支部委员会`, formalMemberCount: 6 },
      ]);
      await branches.getByRole("button", { name: "撤销" }).click();
      const dissolve = modal(page);
      await page.getByLabel("撤销日期").fill("2026-11-26");
      await page.getByLabel("撤销原因").fill("单位改制，党员转出");
      await dissolve.getByRole("button", { name: "撤销党组织" }).click();
      await page.getByText("已撤销党组织").waitFor();
      await branches.getByText("该单位目前没有党组织覆盖").waitFor();
      expect((await byName(name)).county.organizations.nodes[0]?.branches).toEqual([]);

      // 历史记录: the unit's changes, newest first, as the API has them.
      const history = page.getByRole("table", { name: "变更记录" });
      await history.getByText("编辑组织").waitFor();
      const rows = await history.locator("tbody tr").allInnerTexts();
      expect(rows[rows.length - 1]).toContain("新增组织");
      expect(rows.join("\n")).toContain("正式党员：2 → 5");
      expect(rows.join("\n")).toContain(`county-${COUNTY}`);
      const id = api.county.organizations.nodes[0]?.id as string;
      const trail = await e2e.server.query<{ node: { history: { totalCount: number } } }>(
        "query($id: ID!) { node(id: $id) { ... on Organization { history { totalCount } } } }",
        { id },
        "city-admin",
      );
      expect(await history.locator("tbody tr").count()).toBe(trail.node.history.totalCount);
      await page.getByRole("tab", { name: /党组织覆盖历程/ }).click();
      const coverage = page.getByRole("table", { name: "党组织覆盖历程" });
      await coverage.getByText(`中共${name}支部委员会`).waitFor();
      expect(await seen(coverage.locator("tbody tr").first())).toContain("2026-11-20 至 2026-11-26");
      await coverage.getByRole("button", { name: "变更记录" }).click();
      const branchTrail = page.getByRole("table", { name: "党组织变更记录" });
      await branchTrail.getByText("撤销党组织").waitFor();
      const branchRows = await branchTrail.locator("tbody tr").allInnerTexts();
      expect(branchRows.map((r) => r.split("\t")[1])).toEqual(["撤销党组织", "调整党组织", "成立党组织"]);
      await motionless(page);
      await page.locator(".ant-drawer-close").click();
      await branchTrail.waitFor({ state: "hidden" });
      await unlocked(page);
      expect(await fitsWidth(page)).toBe(true);

      // The list shows it (back through the breadcrumb, found by its name).
      await page.locator(".ant-breadcrumb").getByRole("link", { name: "调兵山市" }).click();
      await page.getByLabel("名称").fill(name);
      await page.getByLabel("名称").press("Enter");
      await page.getByRole("table", { name: "两新组织列表" }).getByRole("link", { name }).waitFor();
      expect(await fitsWidth(page)).toBe(true);
    });
  });

  it("founds a joint branch over two small units (联合组建)", async () => {
    const stamp = Date.now() % 100000;
    const names = [`调兵山测试联建甲商店${stamp}`, `调兵山测试联建乙商店${stamp}`];
    const ids: string[] = [];
    for (const [i, unitName] of names.entries()) {
      const created = await e2e.server.query<{
        createOrganization: { organization: { id: string } | null; userErrors: { message: string }[] };
      }>(
        `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) {
          organization { id } userErrors { message } } }`,
        {
          input: {
            countyCode: COUNTY,
            name: unitName,
            category: "NON_PUBLIC_ENTERPRISE",
            aboveScale: false,
            formalMemberCount: i + 1,
          },
        },
        `county-${COUNTY}`,
      );
      expect(created.createOrganization.userErrors).toEqual([]);
      ids.push(created.createOrganization.organization?.id as string);
    }
    await withPage(e2e, "ledger-joint-branch", async (page) => {
      await login(page, `county-${COUNTY}`);
      await page.goto(`/ledger/${COUNTY}/${encodeURIComponent(ids[0] as string)}`);
      await page.getByRole("heading", { name: names[0] }).waitFor();
      await page.getByRole("button", { name: "成立党组织" }).click();
      const found = modal(page);
      await page.getByLabel("党组织名称").fill(`中共调兵山测试联建联合支部委员会${stamp}`);
      await choose(page, "组建方式", "联合组建");
      await page.getByLabel("成立日期").fill("2026-11-20");
      await page.getByLabel("正式党员人数").fill("3");
      // One unit is not a joint branch: the domain says so before submit.
      await found.getByTestId("formation-errors").waitFor();
      await page.getByLabel("其他覆盖单位").click({ force: true });
      await page.keyboard.type(`联建乙商店${stamp}`);
      await pickOption(page, new RegExp(`^${names[1]}（正式党员 2`));
      await page.keyboard.press("Escape");
      await found.getByTestId("formation-errors").waitFor({ state: "detached" });
      await found.getByRole("button", { name: "成立" }).click();
      await page.getByText("已成立党组织").waitFor();
      const row = page.getByRole("table", { name: "党组织" }).locator("tbody tr").first();
      await row.getByText(names[1] as string).waitFor();
    });
    for (const id of ids) {
      const api = await e2e.server.query<{ node: { branchLinks: { role: string; branch: { formation: string } }[] } }>(
        "query($id: ID!) { node(id: $id) { ... on Organization { branchLinks { role branch { formation } } } } }",
        { id },
        "city-admin",
      );
      expect(api.node.branchLinks).toHaveLength(1);
      expect(api.node.branchLinks[0]?.branch.formation).toBe("JOINT");
    }
  });

  it("affiliates a unit with 1 member to an existing branch (挂靠), ends it, and dates a change of 规模以上", async () => {
    const stamp = Date.now() % 100000;
    const hostName = `调兵山测试挂靠主单位${stamp}`;
    const smallName = `调兵山测试挂靠小店${stamp}`;
    const create = async (unitName: string, members: number) => {
      const r = await e2e.server.query<{ createOrganization: { organization: { id: string } | null } }>(
        `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { organization { id } } }`,
        {
          input: {
            countyCode: COUNTY,
            name: unitName,
            category: "NON_PUBLIC_ENTERPRISE",
            aboveScale: false,
            formalMemberCount: members,
            addedOn: "2026-01-01",
          },
        },
        `county-${COUNTY}`,
      );
      return r.createOrganization.organization?.id as string;
    };
    const hostId = await create(hostName, 3);
    const smallId = await create(smallName, 1);
    const branchName = `中共${hostName}支部委员会`;
    await e2e.server.query(
      `mutation($input: FoundBranchInput!) { foundBranch(input: $input) { branch { id } } }`,
      {
        input: {
          name: branchName,
          formation: "STANDALONE",
          organizationIds: [hostId],
          foundedOn: "2026-02-01",
          formalMemberCount: 3,
        },
      },
      `county-${COUNTY}`,
    );
    const links = async () =>
      (
        await e2e.server.query<{
          node: {
            branchLinks: { role: string; from: string; branch: { name: string } }[];
            statusHistory: { from: string; to: string | null; aboveScale: boolean }[];
          };
        }>(
          `query($id: ID!) { node(id: $id) { ... on Organization {
            branchLinks { role from branch { name } } statusHistory { from to aboveScale } } } }`,
          { id: smallId },
          "city-admin",
        )
      ).node;

    await withPage(e2e, "ledger-affiliation", async (page) => {
      await login(page, `county-${COUNTY}`);
      await page.goto(`/ledger/${COUNTY}/${encodeURIComponent(smallId)}`);
      await page.getByRole("heading", { name: smallName }).waitFor();
      await page.getByRole("button", { name: "挂靠党组织" }).click();
      const dialog = modal(page);
      await dialog.getByText(`挂靠党组织：${smallName}`).waitFor();
      await dialog
        .locator(".ant-select")
        .filter({ has: page.getByLabel("党组织所在单位") })
        .click();
      await openDropdown(page).waitFor();
      await page.keyboard.type(hostName);
      await pickOption(page, hostName);
      // The unit has one branch: it is chosen.
      await dialog.locator(`.ant-select-selection-item[title^="${branchName}"]`).waitFor();
      await page.getByLabel("挂靠日期").fill("2026-11-02");
      await dialog.getByRole("button", { name: "挂靠", exact: true }).click();
      await page.getByText("已挂靠").waitFor();
      const branches = page.getByRole("table", { name: "党组织" });
      const row = branches.locator("tbody tr").filter({ hasText: branchName });
      await row.getByText("挂靠", { exact: true }).waitFor();
      expect((await links()).branchLinks).toEqual([
        { role: "AFFILIATED", from: "2026-11-02", branch: { name: branchName } },
      ]);
      // The host branch's own actions are not offered here: only ending the affiliation.
      expect(await row.getByRole("button", { name: "撤销", exact: true }).count()).toBe(0);

      await row.getByRole("button", { name: "结束挂靠" }).click();
      const end = modal(page);
      await page.getByLabel("结束日期").fill("2026-11-25");
      await end.getByRole("button", { name: "结束挂靠" }).click();
      await page.getByText("已结束挂靠").waitFor();
      await branches.getByText("该单位目前没有党组织覆盖").waitFor();
      expect((await links()).branchLinks).toEqual([]);

      // 规模以上 from a day: the form asks from when; earlier days keep the old value.
      await motionless(page);
      await page.getByRole("button", { name: "编辑", exact: true }).click();
      const edit = modal(page);
      await edit.getByText("编辑组织").waitFor();
      await motionless(page);
      await edit.getByText("规模以上", { exact: true }).click();
      await page.getByLabel("规模以上 / 具备条件的变更生效日期").fill("2026-11-10");
      await edit.getByRole("button", { name: "保存" }).click();
      await page.getByText("已保存修改").waitFor();
      expect((await links()).statusHistory).toEqual([
        { from: "2026-01-01", to: "2026-11-10", aboveScale: false },
        { from: "2026-11-10", to: null, aboveScale: true },
      ]);

      // The history: both affiliation steps, and the periods of the flags.
      const history = page.getByRole("table", { name: "变更记录" });
      await history.getByText("结束挂靠").waitFor();
      expect(await seen(history)).toContain("挂靠党组织");
      await page.getByRole("tab", { name: /规模以上 \/ 具备条件历程/ }).click();
      const periods = page.getByRole("table", { name: "规模以上与具备条件历程" });
      await periods.getByText("2026-11-10 至 今").waitFor();
      expect(await fitsWidth(page)).toBe(true);
    });
  });

  it("exports the county's ledger as an xlsx", async () => {
    await withPage(e2e, "ledger-export", async (page) => {
      await login(page, `county-${COUNTY}`);
      await page.goto(`/ledger/${COUNTY}`);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "导出" }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^调兵山市两新组织台账-\d{4}-\d{2}-\d{2}\.xlsx$/);
      const path = await download.path();
      const { readFile } = await import("node:fs/promises");
      const bytes = await readFile(path);
      expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
      expect(bytes.length).toBeGreaterThan(10_000);
    });
  });

  it("imports from Excel: a bad row shows its row errors and writes nothing; a good file is imported", async () => {
    const good = `调兵山测试导入商贸有限公司${Date.now() % 100000}`;
    const social = `调兵山测试导入协会${Date.now() % 100000}`;
    const bad = await workbook([
      [good, "非公有制经济组织", "调兵山市", "批发业", 2, 0],
      [social, "社会组织", "调兵山市", null, null, 0],
    ]);
    const fine = await workbook([
      [good, "非公有制经济组织", "调兵山市", "批发业", 2, 0],
      [social, "社会组织", "调兵山市", null, 1, 0],
    ]);
    await withPage(e2e, "ledger-import", async (page) => {
      await login(page, `county-${COUNTY}`);
      await page.goto(`/ledger/${COUNTY}`);
      await page.getByRole("button", { name: "导入" }).click();
      const drawer = page.locator(".ant-drawer-content:visible");
      await drawer.getByText("从 Excel 导入台账").waitFor();
      expect(await drawer.getByRole("button", { name: "确认导入" }).isDisabled()).toBe(true);

      await drawer.locator("input[type=file]").setInputFiles({
        name: "台账-有错.xlsx",
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        buffer: bad,
      });
      await drawer.getByText("台账-有错.xlsx").waitFor();
      await drawer.getByRole("button", { name: "校验" }).click();
      await drawer.getByText(/校验未通过：1 处错误，未写入任何数据/).waitFor();
      const errors = drawer.getByRole("table", { name: "错误" });
      const row = await seen(errors.locator("tbody tr").first());
      expect(row).toContain("3");
      expect(row).toContain("正式党员数");
      expect(await drawer.getByRole("button", { name: "确认导入" }).isDisabled()).toBe(true);
      expect((await byName(good)).county.organizations.totalCount).toBe(0);
      expect((await byName(social)).county.organizations.totalCount).toBe(0);

      await drawer.locator("input[type=file]").setInputFiles({
        name: "台账.xlsx",
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        buffer: fine,
      });
      await drawer.getByRole("button", { name: "校验" }).click();
      await drawer.getByText("校验通过，可以确认导入").waitFor();
      expect(await seen(drawer.getByTestId("import-result"))).toMatch(/将新增\s*2\s/);
      // A dry run writes nothing either.
      expect((await byName(good)).county.organizations.totalCount).toBe(0);
      await drawer.getByRole("button", { name: "确认导入" }).click();
      await drawer.getByText("导入完成", { exact: true }).waitFor();
      expect((await byName(good)).county.organizations.totalCount).toBe(1);
      expect((await byName(social)).county.organizations.totalCount).toBe(1);

      // The list behind the drawer was refreshed. (The success message lies over the drawer's close
      // button, and a pointer resting on a message keeps it open: wait until it has gone.)
      await page.locator(".ant-message-notice").waitFor({ state: "detached" });
      await motionless(page);
      await page.locator(".ant-drawer-close").click();
      await page.getByText("从 Excel 导入台账").waitFor({ state: "hidden" });
      await page.getByLabel("名称").fill(good);
      await page.getByLabel("名称").press("Enter");
      await page.getByRole("table", { name: "两新组织列表" }).getByRole("link", { name: good }).waitFor();
      await unlocked(page);
      expect(await fitsWidth(page)).toBe(true);
    });
  });

  it("offers a 查看者 no write and no history, and an 审核员 the history but no write", async () => {
    const api = await e2e.server.query<{ county: { organizations: { nodes: { id: string; name: string }[] } } }>(
      `{ county(code: "${COUNTY}") { organizations(first: 1, filter: { organizationCovered: true }) { nodes { id name } } } }`,
      {},
      "city-admin",
    );
    const org = api.county.organizations.nodes[0] as { id: string; name: string };
    for (const [username, history] of [
      ["viewer", false],
      ["reviewer", true],
    ] as const) {
      await withPage(e2e, `ledger-readonly-${username}`, async (page) => {
        await login(page, username);
        await page.goto(`/ledger/${COUNTY}`);
        await page.getByRole("table", { name: "两新组织列表" }).locator("tbody tr a").first().waitFor();
        await page.getByRole("button", { name: "导出" }).waitFor();
        expect(await page.getByRole("button", { name: "新增组织" }).count()).toBe(0);
        expect(await page.getByRole("button", { name: "导入" }).count()).toBe(0);

        await page.goto(`/ledger/${COUNTY}/${encodeURIComponent(org.id)}`);
        await page.getByRole("heading", { name: org.name }).waitFor();
        await page.getByRole("table", { name: "党组织" }).locator("tbody tr").first().waitFor();
        for (const label of ["编辑", "成立党组织", "选派联络员", "调整", "撤销", "结束"]) {
          expect(await page.getByRole("button", { name: label, exact: true }).count(), label).toBe(0);
        }
        if (history) await page.getByRole("table", { name: "变更记录" }).waitFor();
        else expect(await page.getByText("历史记录").count()).toBe(0);
        expect(await fitsWidth(page)).toBe(true);
      });
    }
  });
});
