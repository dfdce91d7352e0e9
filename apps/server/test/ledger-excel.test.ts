/**
 * The ledger in Excel over real HTTP: the template, the export (token and scope), the import (all or
 * nothing, row errors with row and column, dry run, re-importing an export changes nothing, text as
 * people type it), broken and oversized files, and a 20,000-row file.
 */
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXPORT_ONLY_HEADERS, LEDGER_COLUMNS, MAX_IMPORT_BYTES } from "../src/http/ledger-sheet.js";
import { backends, startTestServer, type TestServer } from "./support/harness.js";
import { auditOf, figures, LEDGER_TABLES, newUnit, ok, unique } from "./support/ledger.js";
import { ALL_TABLES, snapshot } from "./support/snapshot.js";

const OWN = "211281";
const HEADERS = LEDGER_COLUMNS.map((c) => c.header);
const TABLES = [...new Set([...ALL_TABLES, ...LEDGER_TABLES])];

interface ImportAnswer {
  created: number;
  updated: number;
  unchanged: number;
  dryRun: boolean;
  errors: { row: number; column: string | null; cell: string | null; message: string }[];
  warnings: { row: number; column: string | null; message: string }[];
}

/** A workbook with the template's header and these rows (cells by header). */
async function workbook(rows: Record<string, unknown>[], headers: readonly string[] = HEADERS): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet("单位台账");
  sheet.addRow([...headers]);
  for (const r of rows) sheet.addRow(headers.map((h) => r[h] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function readSheet(buffer: Buffer): Promise<{ names: string[]; rows: unknown[][] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0] as ExcelJS.Worksheet;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { names: wb.worksheets.map((w) => w.name), rows };
}

describe.each(backends())("the ledger in Excel on %s", (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(backend, { label: "excel" });
  });
  afterAll(async () => server?.stop());

  const get = async (path: string, username: string | null = "city-admin") => {
    const headers: Record<string, string> = username ? { authorization: `Bearer ${await server.login(username)}` } : {};
    const res = await fetch(`${server.url}${path}`, { headers });
    return { status: res.status, type: res.headers.get("content-type"), body: Buffer.from(await res.arrayBuffer()) };
  };
  const upload = async (
    file: Buffer | null,
    options: { username?: string | null; query?: string; filename?: string; field?: string } = {},
  ): Promise<{ status: number; body: ImportAnswer & { errors: ImportAnswer["errors"] } }> => {
    const form = new FormData();
    if (file) form.append(options.field ?? "file", new Blob([file]), options.filename ?? "台账.xlsx");
    const username = options.username === undefined ? "city-admin" : options.username;
    const res = await fetch(`${server.url}/import/organizations${options.query ?? ""}`, {
      method: "POST",
      body: form,
      headers: username ? { authorization: `Bearer ${await server.login(username)}` } : {},
    });
    return { status: res.status, body: (await res.json()) as never };
  };
  const exportOf = async (county: string, username = "city-admin") =>
    get(`/export/organizations.xlsx?county=${county}`, username);
  const countOf = async (county: string) =>
    (
      await server.query<{ county: { organizations: { totalCount: number } } }>(
        `{ county(code: "${county}") { organizations { totalCount } } }`,
      )
    ).county.organizations.totalCount;
  const row = (name: string, extra: Record<string, unknown> = {}) => ({
    单位名称: name,
    单位类别: "非公有制经济组织",
    "所属县（市）区": "调兵山市",
    正式党员数: 1,
    ...extra,
  });

  it("serves the template: the header row and an instructions sheet", async () => {
    const r = await get("/import/organizations/template.xlsx");
    expect(r.status).toBe(200);
    expect(r.type).toContain("spreadsheetml");
    const sheet = await readSheet(r.body);
    expect(sheet.names).toEqual(["单位台账", "填写说明"]);
    expect(sheet.rows).toEqual([HEADERS]);
    expect((await get("/import/organizations/template.xlsx", null)).status).toBe(401);
  });

  it("exports a county with its coverage; needs a token; a county admin gets its own county only", async () => {
    const r = await exportOf(OWN, `county-${OWN}`);
    expect(r.status).toBe(200);
    const sheet = await readSheet(r.body);
    expect(sheet.rows[0]).toEqual([...HEADERS, ...EXPORT_ONLY_HEADERS]);
    expect(sheet.rows).toHaveLength((await countOf(OWN)) + 1);
    const liude = sheet.rows.find((x) => x[0] === "辽宁留德润滑油有限公司") as unknown[];
    expect(liude[4]).toBe("调兵山市");
    expect(liude[5]).toBe("调兵山市工业园区");
    expect(String(liude[HEADERS.length])).toContain("组织覆盖");
    expect(String(liude[HEADERS.length + 1])).toMatch(/^中共/);
    expect((await exportOf("211282", `county-${OWN}`)).status).toBe(403);
    expect((await get(`/export/organizations.xlsx?county=${OWN}`, null)).status).toBe(401);
    expect((await get("/export/organizations.xlsx?county=21128'--")).status).toBe(400);
    expect((await get("/export/organizations.xlsx?county=999999")).status).toBe(404);
    const own = await get("/export/organizations.xlsx", `county-${OWN}`);
    expect((await readSheet(own.body)).rows).toHaveLength(sheet.rows.length);
  });

  it("re-importing an export changes nothing: a county's, and the whole city's", async () => {
    const before = await snapshot(server, TABLES);
    const county = await upload((await exportOf("211272")).body);
    expect(county.status).toBe(200);
    expect(county.body).toMatchObject({ created: 0, updated: 0, unchanged: await countOf("211272"), errors: [] });
    const city = await upload((await get("/export/organizations.xlsx")).body);
    const total = (await server.query<{ organizations: { totalCount: number } }>("{ organizations { totalCount } }"))
      .organizations.totalCount;
    expect(city.status).toBe(200);
    expect(city.body).toMatchObject({ created: 0, updated: 0, unchanged: total, errors: [] });
    expect(total).toBe(2294);
    expect(await snapshot(server, TABLES)).toEqual(before);
  });

  it("a dry run checks everything and writes nothing; the import then creates and updates, audited", async () => {
    const name = unique("导入测试公司");
    const existing = (await readSheet((await exportOf("211272")).body)).rows[1] as unknown[];
    const file = await workbook([
      row(`　${name}  有限公司 `, {
        统一社会信用代码: " ９１２１１２８１ＭＡ０Ｘ５ＷＨＬ８Ｊ ",
        单位类型: "私营企业",
        从业人员数: "１,２００人",
        规模以上企业: "√",
        正式党员数: "３",
        预备党员数: " 1 ",
        法定代表人是党员: "是",
        纳入台账日期: "2023年5月3日",
        所属行业: "  制造业 ",
      }),
      row(unique("导入社会组织"), {
        单位类别: "新社会组织",
        单位类型: "律师事务所",
        "所属县（市）区": "211281",
        正式党员数: 0,
      }),
      Object.fromEntries(HEADERS.map((h, i) => [h, i === 10 ? Number(existing[10]) + 1 : existing[i]])),
    ]);
    const before = await snapshot(server, TABLES);
    const dry = await upload(file, { query: "?dryRun=true" });
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ created: 2, updated: 1, unchanged: 0, dryRun: true, errors: [] });
    expect(await snapshot(server, TABLES)).toEqual(before);

    const real = await upload(file);
    expect(real.status).toBe(200);
    expect(real.body).toMatchObject({ created: 2, updated: 1, unchanged: 0, dryRun: false, errors: [] });
    const d = await server.query<{ organizations: { nodes: Record<string, unknown>[] } }>(
      `query($n: String!) { organizations(filter: {nameContains: $n}) { nodes { id name creditCode subtype employeeCount aboveScale
        formalMemberCount probationaryMemberCount legalRepresentativeIsMember addedOn industry county { code } } } }`,
      { n: name },
    );
    const [created] = d.organizations.nodes;
    expect(created).toMatchObject({
      name: `${name} 有限公司`,
      creditCode: "91211281MA0X5WHL8J",
      subtype: "PRIVATE",
      employeeCount: 1200,
      aboveScale: true,
      formalMemberCount: 3,
      probationaryMemberCount: 1,
      legalRepresentativeIsMember: true,
      addedOn: "2023-05-03",
      industry: "制造业",
      county: { code: OWN },
    });
    const [entry] = await auditOf(server, created?.id as string);
    expect(entry).toMatchObject({ operation: "importOrganizations", username: "city-admin" });
    // The same file again: everything is there already.
    const again = await upload(file);
    expect(again.body).toMatchObject({ created: 0, updated: 0, unchanged: 3, errors: [] });
  });

  it("a file with good and bad rows: 422, every error with its row and column, nothing written", async () => {
    const good = unique("好单位");
    const file = await workbook([
      row(good),
      row(unique("坏单位"), { 正式党员数: -2 }),
      row(unique("坏单位"), { "所属县（市）区": "北京市", 单位类别: "国有企业" }),
      row(unique("坏单位"), { 纳入台账日期: "2023-02-30", 规模以上企业: "也许" }),
      row(good),
      row("", { 正式党员数: 1 }),
      row(unique("坏单位"), { 统一社会信用代码: "91211221MAXF1KGF5H" }),
      row(unique("坏单位"), { 单位类别: "新社会组织", 规模以上企业: "是" }),
      row(unique("坏单位"), { 所在园区: "不存在的园区" }),
    ]);
    const before = await snapshot(server, TABLES);
    const r = await upload(file);
    expect(r.status).toBe(422);
    expect(r.body.created + r.body.updated + r.body.unchanged).toBeLessThanOrEqual(9);
    const found = r.body.errors.map((e) => [e.row, e.column]);
    expect(found).toEqual(
      expect.arrayContaining([
        [3, "正式党员数"],
        [4, "所属县（市）区"],
        [4, "单位类别"],
        [5, "纳入台账日期"],
        [5, "规模以上企业"],
        [6, "单位名称"],
        [7, "单位名称"],
        [8, "所属县（市）区"],
        [9, "规模以上企业"],
        [10, "所在园区"],
      ]),
    );
    expect(r.body.errors.find((e) => e.row === 3)?.cell).toBe("K3");
    expect(r.body.errors.filter((e) => e.row === 7)).toEqual([
      { row: 7, column: "单位名称", cell: "A7", message: "请填写单位名称" },
    ]);
    expect(r.body.errors.find((e) => e.row === 6)?.message).toBe("与第2行的单位名称重复");
    expect(r.body.errors.every((e) => /[\u4e00-\u9fff]/.test(e.message))).toBe(true);
    expect(r.body.errors.some((e) => e.row === 2)).toBe(false);
    expect(await snapshot(server, TABLES)).toEqual(before);
  });

  it("挂靠 through the sheet: affiliates from the day given, exports it back, refuses what the rules refuse, ends on a blank", async () => {
    const host = await newUnit(server, OWN, 3);
    const branch = await ok<{ id: string; name: string }>(server, "foundBranch", {
      name: unique("中共导入挂靠支部"),
      formation: "STANDALONE",
      organizationIds: [host.id],
      foundedOn: "2025-01-01",
      formalMemberCount: 3,
    });
    const small = await newUnit(server, OWN, 1);
    const big = await newUnit(server, OWN, 4);
    const before = await figures(server, OWN, "2026-05-01");
    const dayBefore = await figures(server, OWN, "2026-04-30");
    const affiliate = (name: string, extra: Record<string, unknown> = {}) =>
      row(name, { 挂靠党组织: branch.name, 挂靠日期: "2026-05-01", ...extra });

    // Refused: a unit that must form its own, an unknown branch; nothing written.
    const snap = await snapshot(server, TABLES);
    const bad = await upload(
      await workbook([
        affiliate(big.name, { 正式党员数: 4 }),
        affiliate(small.name, { 挂靠党组织: "中共不存在的支部" }),
      ]),
    );
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e) => [e.row, e.column])).toEqual([
      [2, "挂靠党组织"],
      [3, "挂靠党组织"],
    ]);
    expect(bad.body.errors[0]?.message).toMatch(/AFFILIATE_SHOULD_FORM_OWN/);
    expect(await snapshot(server, TABLES)).toEqual(snap);

    const r = await upload(await workbook([affiliate(small.name)]));
    expect(r.body).toMatchObject({ created: 0, updated: 1, unchanged: 0, errors: [] });
    const after = await figures(server, OWN, "2026-05-01");
    expect(after).toEqual({ ...before, organizationCovered: before.organizationCovered + 1 });
    expect(await figures(server, OWN, "2026-04-30")).toEqual(dayBefore);

    // The export writes the affiliation back; importing it again changes nothing.
    const exported = await exportOf(OWN);
    const line = (await readSheet(exported.body)).rows.find((x) => x[0] === small.name) as unknown[];
    expect(line.slice(HEADERS.length - 2, HEADERS.length)).toEqual([branch.name, "2026-05-01"]);
    expect(String(line[HEADERS.length + 1])).toBe(`${branch.name}（挂靠）`);
    expect((await upload(exported.body)).body).toMatchObject({ created: 0, updated: 0, errors: [] });

    // A blank branch cell ends the affiliation on the import's day.
    const ended = await upload(await workbook([row(small.name, { 挂靠党组织: "" })]));
    expect(ended.body).toMatchObject({ updated: 1, errors: [] });
    const d = await server.query<{ node: { coverageHistory: { role: string; from: string; to: string | null }[] } }>(
      `query($id: ID!) { node(id: $id) { ... on Organization { coverageHistory { role from to } } } }`,
      { id: small.id },
    );
    expect(d.node.coverageHistory).toEqual([{ role: "AFFILIATED", from: "2026-05-01", to: "2026-11-27" }]);
  });

  it("scope: a county admin cannot import another county's rows; reviewers and viewers cannot import", async () => {
    const file = await workbook([row(unique("本县单位")), row(unique("外县单位"), { "所属县（市）区": "开原市" })]);
    const before = await snapshot(server, TABLES);
    const r = await upload(file, { username: `county-${OWN}` });
    expect(r.status).toBe(422);
    expect(r.body.errors).toEqual([
      expect.objectContaining({ row: 3, column: "所属县（市）区", message: expect.stringContaining("本县") }),
    ]);
    for (const username of ["reviewer", "viewer"]) expect((await upload(file, { username })).status).toBe(403);
    expect((await upload(file, { username: null })).status).toBe(401);
    expect(await snapshot(server, TABLES)).toEqual(before);
  });

  it("refuses broken, foreign and oversized files with a clear 4xx, writing nothing", async () => {
    const before = await snapshot(server, TABLES);
    const cases: [Buffer | null, Record<string, string>, number][] = [
      [Buffer.from("单位名称,正式党员数\n测试,3\n"), {}, 415],
      [Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(2000, 7)]), {}, 415],
      [Buffer.from("%PDF-1.7 not a workbook"), { filename: "a.xlsx" }, 415],
      [null, {}, 400],
      [await workbook([row("x")]), { field: "upload" }, 400],
      [Buffer.alloc(MAX_IMPORT_BYTES + 1, 1), {}, 413],
      [await workbook([row("x")]), { query: "?dryRun=maybe" }, 400],
    ];
    for (const [file, options, status] of cases) {
      const r = await upload(file, options);
      expect(r.status, JSON.stringify(options)).toBe(status);
      expect((r.body as unknown as { errors: { message: string }[] }).errors[0]?.message).toMatch(/[\u4e00-\u9fff]/);
    }
    const json = await fetch(`${server.url}/import/organizations`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${await server.login()}` },
      body: "{}",
    });
    expect(json.status).toBe(415);
    const noHeader = await upload(await workbook([{ 名称: "x" }], ["名称", "备注"]));
    expect(noHeader.status).toBe(422);
    const missing = await upload(
      await workbook(
        [row("x")],
        HEADERS.filter((h) => h !== "正式党员数"),
      ),
    );
    expect(missing.status).toBe(422);
    expect(missing.body.errors).toEqual([expect.objectContaining({ row: 1, column: "正式党员数" })]);
    expect(await snapshot(server, TABLES)).toEqual(before);
  });

  it("hostile cells: huge text, overflowing numbers, error values are row errors; metacharacters are text", async () => {
    const before = await snapshot(server, TABLES);
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet("单位台账");
    sheet.addRow(HEADERS);
    const line = (cells: Record<string, unknown>) => HEADERS.map((h) => cells[h] ?? null);
    sheet.addRow(line(row("党".repeat(300))));
    sheet.addRow(line(row(unique("溢出"), { 正式党员数: 1e12, 从业人员数: 2.5 })));
    sheet.addRow(line(row(unique("错误值"), { 正式党员数: { formula: "1/0", result: { error: "#DIV/0!" } } })));
    sheet.addRow(line(row(unique("行业"), { 所属行业: "行".repeat(100) })));
    sheet.addRow(line(row(unique("日期"), { 纳入台账日期: "2099-01-01" })));
    const r = await upload(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(r.status).toBe(422);
    expect(r.body.errors.map((e) => [e.row, e.column])).toEqual(
      expect.arrayContaining([
        [2, "单位名称"],
        [3, "正式党员数"],
        [3, "从业人员数"],
        [4, "正式党员数"],
        [5, "所属行业"],
        [6, "纳入台账日期"],
      ]),
    );
    expect(await snapshot(server, TABLES)).toEqual(before);

    const name = `<img src=x onerror=alert(1)>'; DROP TABLE organization; --${unique("")}`;
    const ok = await upload(await workbook([row(name)]));
    expect(ok.body).toMatchObject({ created: 1, errors: [] });
    const d = await server.query<{ organizations: { nodes: { name: string }[] } }>(
      "query($n: String!) { organizations(filter: {nameContains: $n}) { nodes { name } } }",
      { n: name },
    );
    expect(d.organizations.nodes).toEqual([{ name }]);

    const res = await fetch(`${server.url}/import/organizations`, {
      method: "POST",
      headers: { "content-type": "multipart/form-data", authorization: `Bearer ${await server.login()}` },
      body: "--x\r\ngarbage",
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { message: string }[] }).errors[0]?.message).toContain("multipart");
  });

  it("imports 20,000 rows in one go", async () => {
    const today = "2026-11-27";
    const before = await figures(server, "211204", today);
    const prefix = unique("批量");
    const rows = Array.from({ length: 20_000 }, (_, i) => ({
      单位名称: `${prefix}企业${i}`,
      单位类别: i % 5 === 0 ? "新社会组织" : "非公有制经济组织",
      "所属县（市）区": "清河区",
      正式党员数: i % 7,
      从业人员数: 10 + (i % 300),
      纳入台账日期: "2024-01-01",
    }));
    const r = await upload(await workbook(rows));
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ created: 20_000, updated: 0, unchanged: 0, errors: [] });
    expect((await figures(server, "211204", today)).eligibleCount).toBe(before.eligibleCount + 20_000);
  }, 300_000);
});
