/**
 * A department's first start, in Chromium alone, from an EMPTY database (migrated: the nine counties
 * and nothing else; the server's clock on 2026-11-27): the first 市级管理员 from the setup code the
 * server printed, signing in, the city's and a county's leaders (its 组织部长), a park with its 党工委,
 * an account for the county's staff (its password shown once), the county's ledger imported from an
 * .xlsx the test writes, 总览 and 重点工作 on it, the county's first monthly report, and the city's
 * first bulletin. Checked against the API at each step.
 */
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  chooseOption,
  type E2E,
  fitsWidth,
  modal,
  motionless,
  openAndPick,
  seen,
  signIn,
  startE2E,
  withPage,
} from "./support";

const COUNTY = "211281"; // 调兵山市
const ADMIN = "chen-admin";
const ADMIN_PASSWORD = "First-Admin-2026";
const STAFF = "tbs-staff";
const PARK = "调兵山市工业园区";
const PERIOD = "2026-10";
const PERIOD_LABEL = "2026年10月";
let e2e: E2E;
let staffPassword = "";

beforeAll(async () => {
  e2e = await startE2E("first-start", { empty: true });
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

const HEADERS = ["单位名称", "单位类别", "所属县（市）区", "所在园区", "所属行业", "正式党员数", "纳入台账日期"];
const LEDGER = [
  ["调兵山市恒达机械制造有限公司", "非公有制经济组织", "调兵山市", PARK, "通用设备制造业", 6, "2026-01-15"],
  ["调兵山市鑫源煤炭销售有限公司", "非公有制经济组织", "调兵山市", null, "批发业", 2, "2026-02-01"],
  ["调兵山市宏远物流有限公司", "非公有制经济组织", "调兵山市", PARK, "道路运输业", 0, "2026-03-10"],
  ["调兵山市个体劳动者协会", "社会组织", "调兵山市", null, null, 3, "2026-04-20"],
];

async function ledgerWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("单位台账");
  sheet.addRow(HEADERS);
  for (const row of LEDGER) sheet.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The API as a user of this database (the harness's seeded users do not exist here). */
async function api<T>(
  query: string,
  variables: Record<string, unknown>,
  username: string,
  password: string,
): Promise<T> {
  const post = async (body: unknown, token?: string) =>
    (await (
      await fetch(`${e2e.server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(body),
      })
    ).json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  const login = await post({
    query: "mutation($i: LoginInput!) { login(input: $i) { token } }",
    variables: { i: { username, password } },
  });
  const token = (login.data?.login as { token: string | null } | undefined)?.token;
  if (!token) throw new Error(`login ${username} failed`);
  const r = await post({ query, variables }, token);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data as T;
}
const asAdmin = <T>(query: string, variables: Record<string, unknown> = {}) =>
  api<T>(query, variables, ADMIN, ADMIN_PASSWORD);

async function signInAs(page: Page, username: string, password: string): Promise<void> {
  await page.goto("/login");
  await signIn(page, username, password);
  await page.getByTestId("current-user").waitFor();
}

async function openMenu(page: Page, label: string, path: string, heading: string = label): Promise<void> {
  await page.getByRole("menuitem", { name: new RegExp(label) }).click();
  await page.waitForURL(`**${path}`);
  await page.getByRole("heading", { name: heading }).first().waitFor();
}

describe("from an empty database to the first bulletin, in the browser", () => {
  it("creates the first 市级管理员 with the setup code the server printed, then signs in", async () => {
    expect(e2e.server.setupCode).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){4}$/);
    await withPage(e2e, "first-start-setup", async (page) => {
      await page.goto("/");
      await page.waitForURL("**/login**");
      await page.getByText("系统尚未初始化").waitFor();
      await page.getByRole("link", { name: "用初始化码创建第一位市级管理员" }).click();
      await page.waitForURL("**/setup");
      await page.getByLabel("初始化码").fill(e2e.server.setupCode as string);
      await page.getByLabel("用户名").fill(ADMIN);
      await page.getByLabel("显示名称").fill("市委组织部两新组织党工委");
      await page.getByLabel("密码", { exact: true }).fill(ADMIN_PASSWORD);
      await page.getByLabel("确认密码").fill(ADMIN_PASSWORD);
      expect(await fitsWidth(page)).toBe(true);
      await page.getByRole("button", { name: "创建管理员" }).click();
      await page.waitForURL("**/login");
      await page.getByText(`管理员 ${ADMIN} 已创建，请登录`).waitFor();
      expect(await page.getByLabel("用户名").inputValue()).toBe(ADMIN);
      await page.getByLabel("密码").fill(ADMIN_PASSWORD);
      await page.getByRole("button", { name: "登录", exact: true }).click();
      await page.getByTestId("current-user").getByText("市委组织部两新组织党工委（市级管理员）").waitFor();
      // The setup is spent: the login page no longer offers it.
      const d = await asAdmin<{ setupRequired: boolean; viewer: { role: string } }>(
        "{ setupRequired viewer { role } }",
      );
      expect(d).toEqual({ setupRequired: false, viewer: { role: "CITY_ADMIN" } });
    });
  });

  it("records the city's and the county's leaders (its 组织部长) and a park with its 党工委", async () => {
    await withPage(e2e, "first-start-directory", async (page) => {
      await signInAs(page, ADMIN, ADMIN_PASSWORD);
      await openMenu(page, "机构与人员", "/directory");

      // A city leader.
      await page.getByRole("button", { name: "新增领导" }).click();
      let dialog = modal(page);
      await dialog.getByLabel("姓名").fill("李文");
      await dialog.getByLabel("职务").fill("市委书记");
      await dialog.getByLabel("工作电话").fill("024-72222222");
      await dialog.getByLabel("任职日期").fill("2025-03-01");
      await dialog.getByRole("button", { name: "登记任职" }).click();
      await page.getByText("已登记李文任职").waitFor();
      const city = page.locator(".ant-card", { hasText: "市级领导干部（副市级以上）" });
      await city.getByRole("cell", { name: "李文", exact: true }).waitFor();
      expect(await seen(city.locator("tbody tr", { hasText: "李文" }))).toContain("2025-03-01 至今");

      // The county's 组织部长.
      await motionless(page);
      await page.getByRole("tab", { name: "县级领导与组织部长" }).click();
      await chooseOption(page, "县（市）区", "调兵山市");
      await page.getByText("组织部长：未登记").waitFor();
      await page.getByRole("button", { name: "新增领导" }).click();
      dialog = modal(page);
      await dialog.getByLabel("姓名").fill("王强");
      await dialog.getByLabel("职务").fill("市委常委、组织部长");
      await dialog.getByLabel("任职日期").fill("2024-06-01");
      await dialog.getByLabel(/是本县（市）区组织部长/).check();
      await dialog.getByRole("button", { name: "登记任职" }).click();
      await page.getByText("已登记王强任职").waitFor();
      await page.getByText("组织部长：王强").waitFor();
      const county = page.locator(".ant-card", { hasText: "调兵山市领导干部（副县级以上）" });
      expect(await seen(county.locator("tbody tr", { hasText: "王强" }))).toContain("组织部长");

      // A park and its 党工委.
      await motionless(page);
      await page.getByRole("tab", { name: "园区与党工委" }).click();
      await page.getByRole("button", { name: "新增园区" }).click();
      dialog = modal(page);
      await dialog.getByLabel("园区名称").fill(PARK);
      await dialog.getByLabel("党工委名称").fill(`${PARK}党工委`);
      await dialog.getByLabel("党工委书记").fill("赵刚");
      await dialog.getByRole("button", { name: "保存" }).click();
      await page.getByText(`已保存园区：${PARK}`).waitFor();
      await page.getByRole("cell", { name: `${PARK}党工委`, exact: true }).waitFor();
      expect(await fitsWidth(page)).toBe(true);
    });
    const d = await asAdmin<{
      leaders: { nodes: { name: string }[] };
      county: { organizationHeadName: string; parks: { name: string; workCommitteeSecretary: string }[] };
    }>(
      `{ leaders(level: CITY) { nodes { name } }
         county(code: "${COUNTY}") { organizationHeadName parks { name workCommitteeSecretary } } }`,
    );
    expect(d.leaders.nodes.map((l) => l.name)).toEqual(["李文"]);
    expect(d.county.organizationHeadName).toBe("王强");
    expect(d.county.parks).toEqual([{ name: PARK, workCommitteeSecretary: "赵刚" }]);
  });

  it("gives the county's staff an account; its password is shown once", async () => {
    await withPage(e2e, "first-start-account", async (page) => {
      await signInAs(page, ADMIN, ADMIN_PASSWORD);
      await openMenu(page, "账号管理", "/accounts");
      await page.getByRole("button", { name: "新增账号" }).click();
      const dialog = modal(page);
      await dialog.getByLabel("用户名").fill(STAFF);
      await dialog.getByLabel("显示名称").fill("调兵山市委组织部");
      await openAndPick(page, dialog.getByLabel("县（市）区"), "调兵山市");
      await dialog.getByRole("button", { name: "创建" }).click();
      await page.getByText("初始密码（只显示这一次）").waitFor();
      staffPassword = (await seen(page.getByTestId("generated-password"))).trim();
      expect(staffPassword).toMatch(/^[A-Za-z0-9]{16}$/);
      await page.getByRole("button", { name: "我已记下" }).click();
      const row = page.locator("tbody tr", { hasText: STAFF });
      await row.waitFor();
      expect(await seen(row)).toContain("县级管理员");
      expect(await seen(row)).toContain("调兵山市");
    });
  });

  it("the county's staff imports its ledger from Excel, sees 总览 and 重点工作 on it", async () => {
    const file = await ledgerWorkbook();
    await withPage(e2e, "first-start-import", async (page) => {
      await signInAs(page, STAFF, staffPassword);
      await openMenu(page, "组织台账", `/ledger/${COUNTY}`, "调兵山市");
      await page.getByRole("button", { name: "导入" }).click();
      const drawer = page.locator(".ant-drawer-content:visible");
      await drawer.getByText("从 Excel 导入台账").waitFor();
      await drawer.locator("input[type=file]").setInputFiles({
        name: "调兵山市台账.xlsx",
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        buffer: file,
      });
      await drawer.getByRole("button", { name: "校验" }).click();
      await drawer.getByText("校验通过，可以确认导入").waitFor();
      expect(await seen(drawer.getByTestId("import-result"))).toMatch(/将新增\s*4\s/);
      await drawer.getByRole("button", { name: "确认导入" }).click();
      await drawer.getByText("导入完成", { exact: true }).waitFor();
      await motionless(page);
      await page.locator(".ant-drawer-close").click();

      // 总览: the county's units, none covered yet.
      await page.getByRole("menuitem", { name: /总览/ }).click();
      const nonPublic = page.getByTestId("coverage-NON_PUBLIC_ENTERPRISE");
      await nonPublic.getByText("应统计单位 3 家").waitFor();
      expect(await seen(nonPublic)).toContain("0.0%");

      // 重点工作: 应建未建 lists the units with 3+ members, most first.
      await openMenu(page, "重点工作", "/work");
      await page.getByTestId("work-list-total").getByText("共 2 家").waitFor();
      const names = await page.locator("tbody tr td:first-child").allInnerTexts();
      expect(names).toEqual(["调兵山市恒达机械制造有限公司", "调兵山市个体劳动者协会"]);
      expect(await fitsWidth(page)).toBe(true);
    });
    const d = await asAdmin<{
      county: { organizations: { nodes: { name: string; park: { name: string } | null }[] } };
    }>(`{ county(code: "${COUNTY}") { organizations(first: 10) { nodes { name park { name } } } } }`);
    expect(d.county.organizations.nodes.map((o) => [o.name, o.park?.name ?? null])).toEqual(
      LEDGER.map((r) => [r[0], r[3]]),
    );
  });

  it("the county submits its first monthly report and the city sees its first bulletin", async () => {
    await withPage(e2e, "first-start-report", async (page) => {
      await signInAs(page, STAFF, staffPassword);
      await page.goto(`/reports?period=${PERIOD}`);
      await page.getByRole("heading", { name: "月报与通报" }).waitFor();
      const detail = page.getByTestId("report-detail");
      await detail.getByText(`调兵山市 ${PERIOD_LABEL}月报`).waitFor();
      await page.getByLabel("月报说明").fill("台账已建立，应建未建单位2家，正在推进组建。");
      await page.getByRole("button", { name: "报送", exact: true }).click();
      await page.getByText("月报报送成功", { exact: true }).waitFor();
    });
    await withPage(e2e, "first-start-bulletin", async (page) => {
      await signInAs(page, ADMIN, ADMIN_PASSWORD);
      await page.goto(`/reports?period=${PERIOD}&tab=bulletin`);
      const table = page.getByRole("table", { name: "通报排名" });
      await table.locator("tbody tr").nth(8).waitFor();
      const row = await seen(table.locator("tbody tr", { hasText: "调兵山市" }));
      expect(row).toContain("月报数据");
      const missing = await seen(page.getByTestId("bulletin-missing"));
      expect(missing).toContain("未报送月报的县（市）区（8 个）");
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: /导出 xlsx/ }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`铁岭市两新组织党建工作通报-${PERIOD_LABEL}.xlsx`);
    });
    const audit = await asAdmin<{ auditLog: { totalCount: number; nodes: { operation: string }[] } }>(
      "{ auditLog(first: 100) { totalCount nodes { operation } } }",
    );
    // Every write of the way is in the audit trail.
    const operations = new Set(audit.auditLog.nodes.map((n) => n.operation));
    for (const op of [
      "setupFirstAdmin",
      "createLeader",
      "createPark",
      "createUser",
      "importOrganizations",
      "submitMonthlyReport",
    ]) {
      expect(operations.has(op), op).toBe(true);
    }
  });

  it("the city searches the audit trail; the staff change their own password", async () => {
    await withPage(e2e, "first-start-audit", async (page) => {
      await signInAs(page, ADMIN, ADMIN_PASSWORD);
      await openMenu(page, "审计日志", "/audit");
      await page.getByTestId("audit-total").waitFor();
      await openAndPick(page, page.getByRole("combobox", { name: "操作" }), "新增园区");
      await page.getByTestId("audit-total").getByText("共 1 条").waitFor();
      const row = await seen(page.locator("tbody tr").first());
      expect(row).toContain(ADMIN);
      expect(row).toContain(PARK);
      expect(await fitsWidth(page)).toBe(true);
    });
    await withPage(e2e, "first-start-password", async (page) => {
      await signInAs(page, STAFF, staffPassword);
      await page.getByRole("button", { name: "修改密码" }).click();
      const dialog = modal(page);
      await dialog.getByLabel("当前密码").fill(staffPassword);
      await dialog.getByLabel("新密码", { exact: true }).fill("Tbs-Staff-2026");
      await dialog.getByLabel("确认新密码").fill("Tbs-Staff-2026");
      await dialog.getByRole("button", { name: "修改" }).click();
      await page.waitForURL("**/login**");
      await page.getByText("密码已修改，请用新密码重新登录").waitFor();
      await signIn(page, STAFF, "Tbs-Staff-2026");
      await page.getByTestId("current-user").getByText("调兵山市委组织部（县级管理员 · 调兵山市）").waitFor();
    });
  });
});
