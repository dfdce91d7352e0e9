/**
 * The ledger in Excel (台账): the export of a county (or the city), the empty template, and the
 * import, which is all or nothing and runs through the ledger service's rules in one transaction.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { coverageStatus, isInPopulation } from "@liangxin/domain";
import busboy from "busboy";
import type { GraphQLError } from "graphql";
import type { ApiContext } from "../api/context.js";
import type { ImportReport, LedgerField } from "../service/ledger.service.js";
import { countyName, flagText } from "../service/ledger-text.js";
import {
  columnLetter,
  type ExportRow,
  IMPORT_ARCHIVE_LIMITS,
  LEDGER_COLUMNS,
  MAX_IMPORT_BYTES,
  readLedgerWorkbook,
  SheetError,
  templateWorkbook,
  writeExport,
} from "./ledger-sheet.js";
import { requireViewer } from "./routes.js";
import { HttpError, type HttpRoute, sendJson } from "./server.js";
import { checkXlsxArchive } from "./xlsx-archive.js";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function attachment(res: ServerResponse, filename: string): void {
  res.setHeader("content-type", XLSX_TYPE);
  res.setHeader(
    "content-disposition",
    `attachment; filename="ledger.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`,
  );
  res.setHeader("cache-control", "no-store");
}

const COVERAGE_LABELS = {
  ORGANIZATION_AND_LIAISON: "组织覆盖、联络员覆盖",
  ORGANIZATION_ONLY: "组织覆盖",
  LIAISON_ONLY: "联络员覆盖",
  GAP: "空白点",
  NOT_IN_POPULATION: "不计入（不具备条件或已停止经营）",
} as const;
const FORMATION_LABELS: Record<string, string> = {
  STANDALONE: "单独组建",
  JOINT: "联合组建",
  REGIONAL: "区域组建",
  INDUSTRY: "行业组建",
};

/** GET /export/organizations.xlsx?county=<code>: the county asked for, the viewer's own, or the city. */
const exportRoute: HttpRoute<ApiContext> = {
  method: "GET",
  path: "/export/organizations.xlsx",
  async handle(_req, res, ctx, url) {
    requireViewer(ctx);
    const asked = url.searchParams.get("county")?.trim() || null;
    if (asked !== null && !/^\d{6}$/.test(asked)) throw new HttpError(400, "county 应为6位县（市）区代码");
    let countyCode: string | null;
    try {
      countyCode = ctx.services.scope.countyForRead(asked);
    } catch (error) {
      throw new HttpError(403, (error as GraphQLError).message, "FORBIDDEN");
    }
    if (countyCode !== null && !(await ctx.loaders.counties()).some((c) => c.code === countyCode)) {
      throw new HttpError(404, `没有代码为 ${countyCode} 的县（市）区`, "NOT_FOUND");
    }
    const { organizations, ledger } = ctx.services;
    const parks = await ledger.parkNames();
    const today = ctx.today;
    async function* pages(): AsyncGenerator<ExportRow[]> {
      let afterId: number | null = null;
      for (;;) {
        const [page] = await organizations.pages([{ countyCode, filter: {}, first: 1000, afterId, today }]);
        if (!page || page.rows.length === 0) return;
        const ids = page.rows.map((o) => o.id);
        const [links, liaisons] = await Promise.all([
          organizations.branchLinks(ids, today),
          organizations.liaisonsOf(ids, today),
        ]);
        yield page.rows.map((o, i) => {
          const l = links[i] ?? [];
          const li = liaisons[i] ?? [];
          const status = coverageStatus({
            inPopulation: isInPopulation(o, today),
            organizationCovered: l.length > 0,
            liaisonCovered: li.length > 0,
          });
          return {
            name: o.name,
            creditCode: o.creditCode,
            category: o.category,
            subtype: o.subtype,
            county: countyName(o.countyCode),
            park: o.parkId === null ? null : (parks.get(o.parkId) ?? null),
            industry: o.industry,
            employeeCount: o.employeeCount,
            aboveScale: flagText(o.aboveScale),
            eligible: flagText(o.eligible),
            formalMemberCount: o.formalMemberCount,
            probationaryMemberCount: o.probationaryMemberCount,
            legalRepresentativeIsMember: flagText(o.legalRepresentativeIsMember),
            addedOn: o.addedOn,
            ceasedOn: o.ceasedOn,
            affiliatedBranch: l.find((x) => x.role === "AFFILIATED")?.branch.name ?? null,
            affiliatedFrom: l.find((x) => x.role === "AFFILIATED")?.from ?? null,
            coverage: COVERAGE_LABELS[status],
            branches: l.map((x) => (x.role === "AFFILIATED" ? `${x.branch.name}（挂靠）` : x.branch.name)).join("、"),
            formations: [...new Set(l.map((x) => FORMATION_LABELS[x.branch.formation] ?? x.branch.formation))].join(
              "、",
            ),
            liaisons: li.map((x) => x.name).join("、"),
          };
        });
        if (!page.hasNextPage) return;
        afterId = page.rows[page.rows.length - 1]?.id ?? null;
      }
    }
    const label = countyCode === null ? "铁岭市" : countyName(countyCode);
    attachment(res, `${label}两新组织台账-${today}.xlsx`);
    res.statusCode = 200;
    await writeExport(res, pages());
  },
};

/** GET /import/organizations/template.xlsx: the header row and an instructions sheet. */
const templateRoute: HttpRoute<ApiContext> = {
  method: "GET",
  path: "/import/organizations/template.xlsx",
  async handle(_req, res, ctx) {
    requireViewer(ctx);
    const body = await templateWorkbook();
    attachment(res, "两新组织台账导入模板.xlsx");
    res.statusCode = 200;
    res.end(body);
  },
};

/** Reads the multipart field `file` into memory, refusing more than `limit` bytes. */
function readUpload(req: IncomingMessage, limit: number): Promise<Buffer> {
  const type = req.headers["content-type"] ?? "";
  if (!/^multipart\/form-data/i.test(type)) {
    return Promise.reject(new HttpError(415, "请以 multipart/form-data 上传，文件字段名为 file"));
  }
  const declared = Number(req.headers["content-length"] ?? 0);
  if (declared > limit + 64 * 1024) {
    return Promise.reject(new HttpError(413, `文件过大（上限 ${limit / 1024 / 1024} MB）`));
  }
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: limit, fields: 20, parts: 30 } });
    } catch {
      reject(new HttpError(400, "无法解析上传内容（multipart 格式不正确）"));
      return;
    }
    let file: Buffer | null = null;
    let failure: HttpError | null = null;
    const fail = (e: HttpError) => {
      failure ??= e;
      req.unpipe(parser);
      req.resume();
      reject(failure);
    };
    parser.on("file", (name, stream) => {
      if (name !== "file") {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("limit", () => fail(new HttpError(413, `文件过大（上限 ${limit / 1024 / 1024} MB）`)));
      stream.on("end", () => {
        if (!failure) file = Buffer.concat(chunks);
      });
    });
    parser.on("filesLimit", () => fail(new HttpError(400, "一次只能上传一个文件")));
    parser.on("error", () => fail(new HttpError(400, "无法解析上传内容（multipart 格式不正确）")));
    parser.on("close", () => {
      if (failure) return;
      if (!file) reject(new HttpError(400, "缺少文件：请在字段 file 中上传 .xlsx 文件"));
      else resolve(file);
    });
    req.on("error", () => fail(new HttpError(400, "上传中断")));
    req.pipe(parser);
  });
}

const headerOf = new Map(LEDGER_COLUMNS.map((c) => [c.field, c.header]));

/** POST /import/organizations[?dryRun=true] (multipart field `file`). */
const importRoute: HttpRoute<ApiContext> = {
  method: "POST",
  path: "/import/organizations",
  async handle(req, res, ctx, url) {
    requireViewer(ctx, "WRITE_LEDGER");
    const dryRunParam = url.searchParams.get("dryRun");
    if (dryRunParam !== null && !["true", "false", "1", "0"].includes(dryRunParam)) {
      throw new HttpError(400, "dryRun 应为 true 或 false");
    }
    const dryRun = dryRunParam === "true" || dryRunParam === "1";
    const file = await readUpload(req, MAX_IMPORT_BYTES);
    if (file.length < 4 || file.readUInt32LE(0) !== 0x04034b50) {
      throw new HttpError(415, "文件不是 Excel（.xlsx）格式；.xls 或 CSV 请先在 Excel 中另存为 .xlsx");
    }
    // Before any Excel parsing: what the archive inflates to, and its worksheets' rows (413 when over).
    await checkXlsxArchive(file, IMPORT_ARCHIVE_LIMITS);
    let sheet: Awaited<ReturnType<typeof readLedgerWorkbook>>;
    try {
      sheet = await readLedgerWorkbook(file);
    } catch (error) {
      if (!(error instanceof SheetError)) throw error;
      if (error.problems.length > 0) {
        return sendJson(res, 422, {
          created: 0,
          updated: 0,
          unchanged: 0,
          dryRun,
          errors: error.problems.map((p) => ({ ...p, cell: null })),
          warnings: [],
        });
      }
      throw new HttpError(/不是有效/.test(error.message) ? 415 : 422, error.message);
    }
    const report = await ctx.services.ledger.importOrganizations(sheet.rows, { dryRun, today: ctx.today });
    const located = (list: ImportReport["errors"]) =>
      list.map((p) => {
        const index = p.field ? sheet.columns.get(p.field as LedgerField) : undefined;
        return {
          row: p.row,
          column: p.field ? (headerOf.get(p.field) ?? null) : null,
          cell: index === undefined ? null : `${columnLetter(index)}${p.row}`,
          message: p.message,
        };
      });
    sendJson(res, report.errors.length > 0 ? 422 : 200, {
      created: report.created,
      updated: report.updated,
      unchanged: report.unchanged,
      dryRun,
      errors: located(report.errors),
      warnings: located(report.warnings),
    });
  },
};

export const LEDGER_ROUTES: HttpRoute<ApiContext>[] = [exportRoute, templateRoute, importRoute];
