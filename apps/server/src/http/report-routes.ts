/**
 * Downloads of the monthly reporting system: `GET /export/bulletin.xlsx?period=YYYY-MM&metric=…`
 * (optionally `&category=…`), a workbook laid out as the office prints it: the bulletin (title,
 * dates, the ranked table, notes) on the first sheet and the period's nine reports on the second.
 * Any signed-in role may download it: bulletins and reports are city-wide aggregates.
 */
import {
  bulletinCategories,
  findCounty,
  ORGANIZATION_CATEGORIES,
  type OrganizationCategory,
  parsePeriod,
  periodParts,
  REPORT_STATUS_LABELS,
  rateUnchecked,
} from "@liangxin/domain";
import ExcelJS from "exceljs";
import type { ApiContext } from "../api/context.js";
import type { ScopeFigures } from "../service/coverage.service.js";
import { ratesOf } from "../service/coverage.service.js";
import {
  BULLETIN_METRIC_LABELS,
  BULLETIN_METRICS,
  type BulletinData,
  type BulletinMetricCode,
  type ReportRecord,
} from "../service/report.service.js";
import { requireViewer } from "./routes.js";
import { HttpError, type HttpRoute } from "./server.js";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const CATEGORY_TITLES: Readonly<Record<OrganizationCategory, string>> = {
  NON_PUBLIC_ENTERPRISE: "非公有制经济组织",
  SOCIAL_ORGANIZATION: "新社会组织",
};

const countyName = (code: string): string => findCounty(code)?.fullName ?? code;

function param(url: URL, name: string, required: boolean): string | null {
  const values = url.searchParams.getAll(name);
  if (values.length > 1) throw new HttpError(400, `参数 ${name} 只能出现一次`);
  const value = values[0]?.trim() ?? "";
  if (value.length > 40) throw new HttpError(400, `参数 ${name} 过长`);
  if (!value) {
    if (required) throw new HttpError(400, `缺少参数 ${name}`);
    return null;
  }
  return value;
}

function bulletinParams(url: URL) {
  const period = parsePeriod(param(url, "period", true) as string);
  if (!period.ok) throw new HttpError(400, "period 须为 YYYY-MM 格式的月份");
  const metric = param(url, "metric", true) as string;
  if (!(BULLETIN_METRICS as readonly string[]).includes(metric)) {
    throw new HttpError(400, `metric 须为 ${BULLETIN_METRICS.join("、")} 之一`);
  }
  const category = param(url, "category", false);
  if (category !== null && !(ORGANIZATION_CATEGORIES as readonly string[]).includes(category)) {
    throw new HttpError(400, `category 须为 ${ORGANIZATION_CATEGORIES.join("、")} 之一`);
  }
  if (
    category !== null &&
    !bulletinCategories(metric as BulletinMetricCode).includes(category as OrganizationCategory)
  ) {
    throw new HttpError(400, "规上组建率只统计非公企业");
  }
  return {
    period: period.value,
    metric: metric as BulletinMetricCode,
    category: category as OrganizationCategory | null,
  };
}

const THIN = { style: "thin" as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function title(sheet: ExcelJS.Worksheet, row: number, columns: number, text: string, size: number) {
  sheet.mergeCells(row, 1, row, columns);
  const cell = sheet.getCell(row, 1);
  cell.value = text;
  cell.font = { name: "宋体", size, bold: size > 12 };
  cell.alignment = { horizontal: "center", vertical: "middle" };
  sheet.getRow(row).height = size > 12 ? 30 : 20;
}

function table(sheet: ExcelJS.Worksheet, headerRow: number, header: string[], rows: (string | number)[][]) {
  const head = sheet.getRow(headerRow);
  head.values = header;
  head.height = 22;
  head.eachCell((cell) => {
    cell.font = { name: "宋体", size: 11, bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.border = BORDER;
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEFEFEF" } };
  });
  rows.forEach((values, i) => {
    const row = sheet.getRow(headerRow + 1 + i);
    row.values = values;
    for (let c = 1; c <= header.length; c++) {
      const cell = row.getCell(c);
      cell.font = { name: "宋体", size: 11 };
      cell.alignment = { horizontal: c === 2 ? "left" : "center", vertical: "middle", wrapText: true };
      cell.border = BORDER;
    }
  });
}

function printSetup(sheet: ExcelJS.Worksheet, headerRow: number, orientation: "portrait" | "landscape") {
  sheet.pageSetup = {
    paperSize: 9, // A4
    orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: `${headerRow}:${headerRow}`,
    margins: { left: 0.6, right: 0.6, top: 0.8, bottom: 0.8, header: 0.3, footer: 0.3 },
  };
  sheet.headerFooter = { oddFooter: "第 &P 页，共 &N 页" };
  sheet.views = [{ state: "frozen", ySplit: headerRow }];
}

const monthTitle = (period: string): string => {
  const { year, month } = periodParts(period);
  return `${year}年${month}月`;
};

const signedPoints = (points: number | null): string =>
  points === null ? "—" : `${points > 0 ? "+" : ""}${points.toFixed(1)}`;

function bulletinSheet(workbook: ExcelJS.Workbook, b: BulletinData, today: string) {
  const sheet = workbook.addWorksheet("通报");
  const columns = 8;
  const subject = b.category ? `（${CATEGORY_TITLES[b.category]}）` : "";
  title(sheet, 1, columns, `铁岭市两新组织党建工作${BULLETIN_METRIC_LABELS[b.metric]}${subject}通报`, 16);
  title(sheet, 2, columns, `（${monthTitle(b.period)}）`, 12);
  sheet.mergeCells(3, 1, 3, columns);
  sheet.getCell(3, 1).value = `数据截至：${b.asOf}　　报送截止：${b.dueOn}　　印发日期：${today}`;
  sheet.getCell(3, 1).font = { name: "宋体", size: 10 };
  sheet.getCell(3, 1).alignment = { horizontal: "right" };
  const header = ["排名", "县（市）区", "覆盖数", "总数", "比率", "较上月（百分点）", "报送状态", "数据来源"];
  table(
    sheet,
    5,
    header,
    b.rows.map((r) => [
      r.rank,
      countyName(r.countyCode),
      r.rate.numerator,
      r.rate.denominator,
      r.rate.percent ?? "—",
      signedPoints(r.changePoints),
      REPORT_STATUS_LABELS[r.status] + (r.daysLate ? `（迟报${r.daysLate}天）` : ""),
      r.live ? "实时数据" : "月报数据",
    ]),
  );
  const names = (codes: readonly string[]) => (codes.length ? codes.map(countyName).join("、") : "无");
  const notes = [
    "说明：",
    "1. 排名采用并列排名（如1、2、2、4）；比率相同的，按总数从多到少、再按县（市）区代码排列。",
    `2. 未报送月报的单位按截至${b.asOf}的实时数据列示，“数据来源”标注为“实时数据”：${names(b.missing)}。`,
    `3. 逾期未报送：${names(b.overdue)}。`,
    "4. 较上月变化按上月已报送月报的数据计算，单位为百分点；上月未报送的，不计算变化。",
  ];
  const first = 5 + b.rows.length + 2;
  notes.forEach((text, i) => {
    sheet.mergeCells(first + i, 1, first + i, columns);
    const cell = sheet.getCell(first + i, 1);
    cell.value = text;
    cell.font = { name: "宋体", size: 10, bold: i === 0 };
    cell.alignment = { wrapText: true, vertical: "top" };
    sheet.getRow(first + i).height = i === 0 ? 16 : 30;
  });
  [8, 24, 10, 10, 10, 16, 18, 12].forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  printSetup(sheet, 5, "portrait");
}

function reportsSheet(
  workbook: ExcelJS.Workbook,
  period: string,
  reports: { report: ReportRecord; figures: ScopeFigures }[],
  timeZone: string,
) {
  const sheet = workbook.addWorksheet("月报");
  const header = [
    "序号",
    "县（市）区",
    "状态",
    "报送截止",
    "报送时间",
    "迟报天数",
    "两新组织总数",
    "党组织覆盖单位",
    "组建率",
    "联络员覆盖单位",
    "联络员覆盖率",
    "双覆盖率",
    "党组织数",
    "联络员人数",
    "本月新建党组织",
    "数据来源",
    "说明",
  ];
  title(sheet, 1, header.length, `铁岭市两新组织党建工作月报汇总（${monthTitle(period)}）`, 16);
  const time = new Intl.DateTimeFormat("zh-CN", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  });
  table(
    sheet,
    3,
    header,
    reports.map(({ report: r, figures: f }, i) => {
      const rates = ratesOf(f.units);
      const founded = Object.values(f.founded)[0];
      return [
        i + 1,
        countyName(r.countyCode),
        REPORT_STATUS_LABELS[r.status],
        r.dueOn,
        r.submittedAt ? time.format(r.submittedAt) : "—",
        r.daysLate ?? "—",
        f.units.eligible,
        f.units.organization,
        rates.organization.percent ?? "—",
        f.units.liaison,
        rates.liaison.percent ?? "—",
        rates.dual.percent ?? "—",
        f.branches.total,
        f.liaisons,
        founded?.total ?? "—",
        r.figures ? "报送时冻结" : "实时数据",
        r.note ?? "",
      ];
    }),
  );
  const total = reports.reduce(
    (a, { figures: f }) => ({
      eligible: a.eligible + f.units.eligible,
      organization: a.organization + f.units.organization,
      liaison: a.liaison + f.units.liaison,
    }),
    { eligible: 0, organization: 0, liaison: 0 },
  );
  const totalRow = sheet.getRow(4 + reports.length);
  totalRow.values = [
    "",
    "合计",
    "",
    "",
    "",
    "",
    total.eligible,
    total.organization,
    rateUnchecked(total.organization, total.eligible).percent ?? "—",
    total.liaison,
    rateUnchecked(total.liaison, total.eligible).percent ?? "—",
  ];
  totalRow.eachCell((cell) => {
    cell.font = { name: "宋体", size: 11, bold: true };
    cell.alignment = { horizontal: "center" };
  });
  [6, 22, 10, 12, 18, 10, 12, 14, 10, 14, 12, 10, 10, 10, 14, 12, 30].forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  printSetup(sheet, 3, "landscape");
}

export const bulletinXlsxRoute: HttpRoute<ApiContext> = {
  method: "GET",
  path: "/export/bulletin.xlsx",
  async handle(_req, res, ctx, url) {
    requireViewer(ctx);
    const { period, metric, category } = bulletinParams(url);
    const bulletin = await ctx.services.reports.bulletin(period, metric, category, ctx.today);
    const reports = await ctx.services.reports.withFigures(period);
    const workbook = new ExcelJS.Workbook();
    workbook.creator = "Liangxin";
    workbook.created = ctx.clock.now();
    bulletinSheet(workbook, bulletin, ctx.today);
    reportsSheet(workbook, period, reports, ctx.config.timeZone);
    const body = Buffer.from(await workbook.xlsx.writeBuffer());
    const name = `铁岭市两新组织党建工作通报-${monthTitle(period)}.xlsx`;
    res.statusCode = 200;
    res.setHeader("content-type", XLSX);
    res.setHeader(
      "content-disposition",
      `attachment; filename="bulletin-${period}-${metric}.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`,
    );
    res.setHeader("cache-control", "no-store");
    res.setHeader("content-length", body.length);
    res.end(body);
  },
};
