/**
 * The ledger as a spreadsheet (台账 Excel): the template's columns with Chinese headers, reading an
 * uploaded .xlsx into import rows (exceljs' streaming reader), and writing the template and exports.
 * The columns an export writes are the ones an import reads, so re-importing an export changes nothing.
 */
import { CATEGORY_LABELS, COUNTIES, type OrganizationCategory, SUBTYPE_LABELS } from "@liangxin/domain";
import ExcelJS from "exceljs";
import type { ImportRow, LedgerField } from "../service/ledger.service.js";
import {
  cleanText,
  type Parsed,
  parseCategory,
  parseCount,
  parseCounty,
  parseDay,
  parseFlag,
  parseSubtype,
  toHalfWidth,
} from "../service/ledger-text.js";

type CellParser = (raw: unknown) => Parsed<unknown>;

const text: CellParser = (raw) => {
  if (raw == null) return { ok: true, value: null };
  const t = cleanText(String(raw));
  return { ok: true, value: t === "" ? null : t };
};

export interface LedgerColumn {
  readonly field: LedgerField;
  readonly header: string;
  readonly required: boolean;
  readonly width: number;
  readonly parse: CellParser;
  /** For the instructions sheet. */
  readonly help: string;
}

export const LEDGER_COLUMNS: readonly LedgerColumn[] = [
  { field: "name", header: "单位名称", required: true, width: 40, parse: text, help: "必填，单位全称（最多200字）" },
  {
    field: "creditCode",
    header: "统一社会信用代码",
    required: false,
    width: 24,
    parse: text,
    help: "18位；填写时按此代码识别已登记的单位，否则按单位名称和所属县（市）区识别。旧的15位注册号或9位组织机构代码可先登记",
  },
  {
    field: "category",
    header: "单位类别",
    required: true,
    width: 18,
    parse: parseCategory,
    help: `必填：${Object.values(CATEGORY_LABELS).join("或")}`,
  },
  {
    field: "subtype",
    header: "单位类型",
    required: false,
    width: 16,
    parse: parseSubtype,
    help: `可填：${Object.values(SUBTYPE_LABELS).join("、")}`,
  },
  {
    field: "countyCode",
    header: "所属县（市）区",
    required: true,
    width: 14,
    parse: parseCounty,
    help: `必填：${COUNTIES.map((c) => c.name).join("、")}（或其6位代码）`,
  },
  {
    field: "parkId",
    header: "所在园区",
    required: false,
    width: 24,
    parse: text,
    help: "园区名称，须为本县（市）区的园区；不在园区的留空",
  },
  { field: "industry", header: "所属行业", required: false, width: 20, parse: text, help: "最多64字" },
  { field: "employeeCount", header: "从业人员数", required: false, width: 12, parse: parseCount, help: "非负整数" },
  {
    field: "aboveScale",
    header: "规模以上企业",
    required: false,
    width: 12,
    parse: parseFlag,
    help: "是/否；只有非公有制经济组织可填“是”。已登记单位的变更自导入当天起生效，此前日期的数字不变",
  },
  {
    field: "eligible",
    header: "具备党建工作条件",
    required: false,
    width: 16,
    parse: parseFlag,
    help: "是/否；留空为“是”。“否”的单位不计入组建率等比率。已登记单位的变更自导入当天起生效，此前日期的数字不变",
  },
  {
    field: "formalMemberCount",
    header: "正式党员数",
    required: true,
    width: 12,
    parse: parseCount,
    help: "必填，非负整数",
  },
  {
    field: "probationaryMemberCount",
    header: "预备党员数",
    required: false,
    width: 12,
    parse: parseCount,
    help: "非负整数",
  },
  {
    field: "legalRepresentativeIsMember",
    header: "法定代表人是党员",
    required: false,
    width: 16,
    parse: parseFlag,
    help: "是/否",
  },
  {
    field: "addedOn",
    header: "纳入台账日期",
    required: false,
    width: 14,
    parse: parseDay,
    help: "如 2023-05-31；新单位留空为导入当天，已登记单位留空不变",
  },
  {
    field: "ceasedOn",
    header: "停止经营日期",
    required: false,
    width: 14,
    parse: parseDay,
    help: "单位注销、迁出或停止经营的日期，自该日起不计入比率，历史保留；留空不变",
  },
  {
    field: "affiliatedBranch",
    header: "挂靠党组织",
    required: false,
    width: 30,
    parse: text,
    help: "挂靠（正式党员不足3名、又无法联合组建的单位，其党员挂靠到本县（市）区现有党组织）：填该党组织全称，自“挂靠日期”起计入组建率；已挂靠的单位留空即自导入当天结束挂靠；无此列则不变",
  },
  {
    field: "affiliatedFrom",
    header: "挂靠日期",
    required: false,
    width: 14,
    parse: parseDay,
    help: "挂靠的开始日期，如 2023-05-31；留空为导入当天。已挂靠同一党组织的单位不变",
  },
];

/** Columns an export adds after the template's; an import ignores them. */
export const EXPORT_ONLY_HEADERS = ["覆盖状况", "所在党组织", "党组织组建方式", "联络员/指导员"] as const;

export const DATA_SHEET = "单位台账";
export const HELP_SHEET = "填写说明";
/** Largest upload the import takes (a 20,000-row ledger is about 1.5 MB). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** Most data rows one import takes. */
export const MAX_IMPORT_ROWS = 50_000;
/**
 * What an uploaded workbook may inflate to, checked before Excel parsing (xlsx-archive.ts): a
 * 50,000-row ledger's sheet is about 35 MB of XML, its shared strings about 15 MB.
 */
export const IMPORT_ARCHIVE_LIMITS = {
  maxEntries: 1000,
  maxEntryBytes: 64 * 1024 * 1024,
  maxTotalBytes: 128 * 1024 * 1024,
  maxSheetRows: MAX_IMPORT_ROWS + 1,
} as const;

const headerKey = (raw: unknown): string =>
  toHalfWidth(cleanText(String(raw ?? "")))
    .replace(/\s/g, "")
    .replace(/[*＊]|\(必填\)$/g, "");
const COLUMN_BY_HEADER = new Map(LEDGER_COLUMNS.map((c) => [headerKey(c.header), c]));

export const columnLetter = (index: number): string => {
  let n = index;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};

export class SheetError extends Error {
  constructor(
    message: string,
    readonly problems: readonly { row: number; column: string | null; message: string }[] = [],
  ) {
    super(message);
  }
}

/** The value of a cell as typed: rich text joined, a formula's result, a hyperlink's text. */
function cellValue(v: unknown): unknown {
  if (v == null) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v instanceof Date) return v;
  const o = v as {
    richText?: { text: string }[];
    result?: unknown;
    formula?: string;
    sharedFormula?: string;
    text?: unknown;
    error?: string;
  };
  if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join("");
  if ("result" in o || o.formula !== undefined || o.sharedFormula !== undefined) return cellValue(o.result ?? null);
  if (o.error !== undefined) return { error: o.error };
  if (o.text !== undefined) return cellValue(o.text);
  return String(v);
}

export interface ParsedSheet {
  readonly rows: ImportRow[];
  /** Column number (1-based) of each field present in the file. */
  readonly columns: ReadonlyMap<LedgerField, number>;
}

/**
 * Reads the ledger sheet of an .xlsx (the first sheet whose first row carries the template's headers).
 * Throws SheetError for a file that is not a readable workbook or has no such sheet, or whose required
 * columns are missing.
 *
 * The workbook is read in memory (the upload is capped at MAX_IMPORT_BYTES): exceljs' streaming reader
 * decodes every inflated chunk on its own and garbles a Chinese character split across two chunks
 * (民办非企业单位 came back as 民办非企业单���), which an import must never store.
 */
export async function readLedgerWorkbook(file: Buffer): Promise<ParsedSheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw new SheetError("无法读取该文件：不是有效的 Excel（.xlsx）工作簿");
  }
  let missing: string[] | null = null;
  for (const worksheet of workbook.worksheets) {
    const header = (worksheet.getRow(1).values ?? []) as unknown[];
    const columns = new Map<LedgerField, number>();
    header.forEach((v, i) => {
      const column = COLUMN_BY_HEADER.get(headerKey(cellValue(v)));
      if (column && !columns.has(column.field)) columns.set(column.field, i);
    });
    if (!columns.has("name")) continue;
    const absent = LEDGER_COLUMNS.filter((c) => c.required && !columns.has(c.field)).map((c) => c.header);
    if (absent.length > 0) {
      missing ??= absent;
      continue;
    }
    if (worksheet.actualRowCount - 1 > MAX_IMPORT_ROWS) {
      throw new SheetError(`一次最多导入${MAX_IMPORT_ROWS}行，请分批导入`);
    }
    const rows: ImportRow[] = [];
    worksheet.eachRow((row, number) => {
      if (number === 1) return;
      const parsed = parseRow((row.values ?? []) as unknown[], columns);
      if (parsed) rows.push({ row: number, ...parsed });
    });
    return { rows, columns };
  }
  if (missing) {
    throw new SheetError(
      `缺少必填列：${missing.join("、")}`,
      missing.map((header) => ({ row: 1, column: header, message: `缺少必填列「${header}」` })),
    );
  }
  throw new SheetError(`没有找到台账工作表：第一行应为表头（${LEDGER_COLUMNS.map((c) => c.header).join("、")}）`);
}

/** One data row: its cells parsed by column, and what could not be read; null for a blank row. */
function parseRow(values: unknown[], columns: ReadonlyMap<LedgerField, number>): Omit<ImportRow, "row"> | null {
  const cells = new Map<LedgerField, unknown>();
  let blank = true;
  for (const [fieldName, index] of columns) {
    const v = cellValue(values[index]);
    if (v !== null && !(typeof v === "string" && cleanText(v) === "")) blank = false;
    cells.set(fieldName, v);
  }
  if (blank) return null;
  const parsed: Partial<Record<LedgerField, unknown>> = {};
  const cellProblems: { field: LedgerField; message: string }[] = [];
  for (const column of LEDGER_COLUMNS) {
    if (!cells.has(column.field)) continue;
    const raw = cells.get(column.field);
    if (raw !== null && typeof raw === "object" && !(raw instanceof Date) && "error" in raw) {
      cellProblems.push({ field: column.field, message: `单元格有错误值 ${String((raw as { error: string }).error)}` });
      continue;
    }
    const r = column.parse(raw);
    if (r.ok) parsed[column.field] = r.value;
    else cellProblems.push({ field: column.field, message: r.message });
    if (r.ok && column.required && r.value == null) {
      cellProblems.push({ field: column.field, message: `请填写${column.header}` });
    }
  }
  return { values: parsed, cellProblems };
}

export interface ExportRow {
  readonly name: string;
  readonly creditCode: string | null;
  readonly category: OrganizationCategory;
  readonly subtype: string | null;
  readonly county: string;
  readonly park: string | null;
  readonly industry: string | null;
  readonly employeeCount: number | null;
  readonly aboveScale: string;
  readonly eligible: string;
  readonly formalMemberCount: number;
  readonly probationaryMemberCount: number;
  readonly legalRepresentativeIsMember: string;
  readonly addedOn: string;
  readonly ceasedOn: string | null;
  readonly affiliatedBranch: string | null;
  readonly affiliatedFrom: string | null;
  readonly coverage: string;
  readonly branches: string;
  readonly formations: string;
  readonly liaisons: string;
}

export function exportCells(r: ExportRow): (string | number | null)[] {
  return [
    r.name,
    r.creditCode,
    CATEGORY_LABELS[r.category],
    r.subtype === null ? null : (SUBTYPE_LABELS[r.subtype as keyof typeof SUBTYPE_LABELS] ?? r.subtype),
    r.county,
    r.park,
    r.industry,
    r.employeeCount,
    r.aboveScale,
    r.eligible,
    r.formalMemberCount,
    r.probationaryMemberCount,
    r.legalRepresentativeIsMember,
    r.addedOn,
    r.ceasedOn,
    r.affiliatedBranch,
    r.affiliatedFrom,
    r.coverage,
    r.branches,
    r.formations,
    r.liaisons,
  ];
}

const HEADER_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } } as const;

function styleHeader(sheet: ExcelJS.Worksheet, headers: readonly string[], widths: readonly number[]): void {
  sheet.columns = headers.map((header, i) => ({ header, width: widths[i] ?? 16 }));
  const row = sheet.getRow(1);
  row.font = { bold: true };
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
}

/** The header row stays in view while scrolling. */
const FROZEN_HEADER = { views: [{ state: "frozen" as const, ySplit: 1 }] };

function addHelpSheet(workbook: ExcelJS.Workbook): void {
  const help = workbook.addWorksheet(HELP_SHEET);
  help.columns = [{ width: 20 }, { width: 8 }, { width: 100 }];
  help.addRow(["填写说明"]).font = { bold: true, size: 14 };
  help.addRow([]);
  help.addRow(["列名", "必填", "说明"]).font = { bold: true };
  for (const c of LEDGER_COLUMNS) help.addRow([c.header, c.required ? "是" : "", c.help]);
  help.addRow([]);
  for (const line of [
    "导入规则：按统一社会信用代码识别已登记的单位（没有代码时按单位名称和所属县（市）区），找到则更新，找不到则新增。",
    "全部或全不：任何一行有错误，整个文件都不导入，并列出每一行、每一列的错误；改正后重新上传即可。",
    "可先“试导入”（dryRun=true）只检查不写入。",
    "表中没有的列不会改动已登记单位的该项；某列留空表示该项为空（纳入台账日期、停止经营日期留空不变）。",
    `导出文件的${EXPORT_ONLY_HEADERS.join("、")}等列仅供查看，导入时忽略。`,
    "空格、全角数字和字母可以照常输入；“是/否”也可写作 Y/N、√/×；日期可写作 2023-05-31、2023/5/31 或 2023年5月31日。",
  ]) {
    help.addRow(["", "", line]);
  }
}

/** The empty template: the header row and the instructions sheet. */
export async function templateWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "两新组织党建工作管理系统";
  const sheet = workbook.addWorksheet(DATA_SHEET, FROZEN_HEADER);
  styleHeader(
    sheet,
    LEDGER_COLUMNS.map((c) => c.header),
    LEDGER_COLUMNS.map((c) => c.width),
  );
  sheet.getColumn(2).numFmt = "@";
  addHelpSheet(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Streams an export to `out`: the template's columns, then what the ledger says of each unit's coverage. */
export async function writeExport(out: NodeJS.WritableStream, rows: AsyncIterable<ExportRow[]>): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out as unknown as import("node:stream").Stream,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(DATA_SHEET, FROZEN_HEADER);
  styleHeader(
    sheet,
    [...LEDGER_COLUMNS.map((c) => c.header), ...EXPORT_ONLY_HEADERS],
    [...LEDGER_COLUMNS.map((c) => c.width), 22, 40, 14, 20],
  );
  sheet.getRow(1).commit();
  for await (const page of rows) {
    for (const r of page) sheet.addRow(exportCells(r)).commit();
  }
  sheet.commit();
  addHelpSheet(workbook);
  await workbook.commit();
}
