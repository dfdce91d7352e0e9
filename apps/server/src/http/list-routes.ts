/**
 * The work lists in Excel, for the counties to work through offline:
 * - `GET /export/lists/should-form.xlsx?county=` 应建未建: units with 3+ members and no branch of
 *   their own, in the domain's order (most formal members first);
 * - `GET /export/lists/new-without-branch.xlsx?from=&to=&county=` 边建厂边建党: units added in the
 *   period still without a branch;
 * - `GET /export/lists/liaison-targets.xlsx?status=&county=` liaisons' work targets by deadline.
 * Rows come from the same services as the API, in the viewer's scope (another county: 403).
 */
import type { ServerResponse } from "node:http";
import {
  CATEGORY_LABELS,
  type IsoDate,
  LIAISON_KIND_LABELS,
  type LiaisonKind,
  parseIsoDate,
  WORK_TARGET_STATUS_LABELS,
  WORK_TARGET_STATUSES,
  type WorkTargetStatus,
  workTargetStatus,
} from "@liangxin/domain";
import ExcelJS from "exceljs";
import type { GraphQLError } from "graphql";
import type { ApiContext } from "../api/context.js";
import { countyName } from "../service/ledger-text.js";
import type { OrganizationFilterValues } from "../service/organization.service.js";
import type { OrganizationRecord } from "../service/records.js";
import { requireViewer } from "./routes.js";
import { HttpError, type HttpRoute } from "./server.js";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const PAGE = 1000;

interface Column<R> {
  readonly header: string;
  readonly width: number;
  readonly value: (row: R) => string | number | null;
}

/** The county asked for (or the viewer's own); a county the viewer may not read is 403. */
function countyOf(ctx: ApiContext, url: URL): string | null {
  const asked = url.searchParams.get("county")?.trim() || null;
  if (asked !== null && !/^\d{6}$/.test(asked)) throw new HttpError(400, "county 应为6位县（市）区代码");
  try {
    return ctx.services.scope.countyForRead(asked);
  } catch (error) {
    throw new HttpError(403, (error as GraphQLError).message, "FORBIDDEN");
  }
}

function dateParam(url: URL, name: string): IsoDate {
  const raw = url.searchParams.get(name);
  const parsed = raw ? parseIsoDate(raw) : null;
  if (!parsed?.ok) throw new HttpError(400, `${name} 应为 YYYY-MM-DD 格式的日期`);
  return parsed.value;
}

/** One sheet: a title row, the header, the rows (streamed page by page). */
async function sendSheet<R>(
  res: ServerResponse,
  filename: string,
  title: string,
  columns: readonly Column<R>[],
  pages: AsyncIterable<R[]>,
): Promise<void> {
  res.statusCode = 200;
  res.setHeader("content-type", XLSX);
  res.setHeader(
    "content-disposition",
    `attachment; filename="list.xlsx"; filename*=UTF-8''${encodeURIComponent(filename)}`,
  );
  res.setHeader("cache-control", "no-store");
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: res as unknown as import("node:stream").Stream,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet("清单", { views: [{ state: "frozen", ySplit: 2 }] });
  sheet.columns = columns.map((c) => ({ width: c.width }));
  const titleRow = sheet.addRow([title]);
  titleRow.font = { bold: true, size: 14 };
  titleRow.commit();
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.commit();
  for await (const page of pages) {
    for (const row of page) sheet.addRow(columns.map((c) => c.value(row) ?? "")).commit();
  }
  sheet.commit();
  await workbook.commit();
}

const UNIT_COLUMNS = (parks: Map<number, string>): Column<OrganizationRecord>[] => [
  { header: "单位名称", width: 40, value: (o) => o.name },
  { header: "统一社会信用代码", width: 22, value: (o) => o.creditCode },
  { header: "所属县（市）区", width: 14, value: (o) => countyName(o.countyCode) },
  { header: "园区", width: 22, value: (o) => (o.parkId === null ? null : (parks.get(o.parkId) ?? null)) },
  { header: "单位类别", width: 18, value: (o) => CATEGORY_LABELS[o.category] },
  { header: "所属行业", width: 16, value: (o) => o.industry },
  { header: "正式党员数", width: 11, value: (o) => o.formalMemberCount },
  { header: "纳入台账日期", width: 14, value: (o) => o.addedOn },
];

/** The organizations matching a filter in the work lists' order, a page at a time. */
async function* organizations(
  ctx: ApiContext,
  countyCode: string | null,
  filter: OrganizationFilterValues,
): AsyncGenerator<OrganizationRecord[]> {
  let afterId: number | null = null;
  for (;;) {
    const [page] = await ctx.services.organizations.pages([
      { countyCode, filter, first: PAGE, afterId, today: ctx.today, order: "ACTIONABILITY" },
    ]);
    if (!page || page.rows.length === 0) return;
    yield page.rows;
    if (!page.hasNextPage) return;
    afterId = page.rows[page.rows.length - 1]?.id ?? null;
  }
}

const scopeLabel = (countyCode: string | null) => (countyCode === null ? "铁岭市" : countyName(countyCode));

const shouldFormRoute: HttpRoute<ApiContext> = {
  method: "GET",
  path: "/export/lists/should-form.xlsx",
  async handle(_req, res, ctx, url) {
    requireViewer(ctx);
    const countyCode = countyOf(ctx, url);
    const parks = await ctx.services.ledger.parkNames();
    const label = scopeLabel(countyCode);
    await sendSheet(
      res,
      `${label}应建未建单位-${ctx.today}.xlsx`,
      `${label}应建未建单位清单（正式党员3名以上、未单独建立党组织，截至${ctx.today}）`,
      UNIT_COLUMNS(parks),
      organizations(ctx, countyCode, { shouldFormOwnBranch: true }),
    );
  },
};

const newWithoutBranchRoute: HttpRoute<ApiContext> = {
  method: "GET",
  path: "/export/lists/new-without-branch.xlsx",
  async handle(_req, res, ctx, url) {
    requireViewer(ctx);
    const countyCode = countyOf(ctx, url);
    const from = dateParam(url, "from");
    const to = dateParam(url, "to");
    if (from > to) throw new HttpError(400, "from 须早于或等于 to");
    const parks = await ctx.services.ledger.parkNames();
    const label = scopeLabel(countyCode);
    await sendSheet(
      res,
      `${label}新建未建党组织单位-${from}至${to}.xlsx`,
      `${label}边建厂边建党：${from}至${to}纳入台账、截至${ctx.today}尚未建立党组织的单位`,
      UNIT_COLUMNS(parks),
      organizations(ctx, countyCode, {
        inPopulation: true,
        organizationCovered: false,
        addedFrom: from,
        addedTo: to,
      }),
    );
  },
};

interface TargetRow {
  readonly organization: string;
  readonly county: string;
  readonly liaison: string;
  readonly kind: string;
  readonly description: string;
  readonly setOn: string;
  readonly dueOn: string;
  readonly completedOn: string | null;
  readonly status: string;
}

const liaisonTargetsRoute: HttpRoute<ApiContext> = {
  method: "GET",
  path: "/export/lists/liaison-targets.xlsx",
  async handle(_req, res, ctx, url) {
    requireViewer(ctx);
    const countyCode = countyOf(ctx, url);
    const rawStatus = url.searchParams.get("status");
    if (rawStatus !== null && !(WORK_TARGET_STATUSES as readonly string[]).includes(rawStatus)) {
      throw new HttpError(400, `status 应为 ${WORK_TARGET_STATUSES.join("、")} 之一`);
    }
    const status = rawStatus as WorkTargetStatus | null;
    const { liaisonTargets, organizations: orgs } = ctx.services;
    async function* rows(): AsyncGenerator<TargetRow[]> {
      let afterId: number | null = null;
      for (;;) {
        const page = await liaisonTargets.page({ countyCode, status }, PAGE, afterId, ctx.today);
        if (page.rows.length === 0) return;
        const [units, liaisons] = await Promise.all([
          orgs.byIds([...new Set(page.rows.map((t) => t.organizationId))]),
          orgs.liaisonsByIds([...new Set(page.rows.map((t) => t.liaisonId))]),
        ]);
        const unitName = new Map(units.filter((u) => u !== null).map((u) => [u.id, u.name]));
        const liaison = new Map(liaisons.filter((l) => l !== null).map((l) => [l.id, l]));
        yield page.rows.map((t) => ({
          organization: unitName.get(t.organizationId) ?? "",
          county: countyName(t.countyCode),
          liaison: liaison.get(t.liaisonId)?.name ?? "",
          kind: LIAISON_KIND_LABELS[liaison.get(t.liaisonId)?.kind as LiaisonKind] ?? "",
          description: t.description,
          setOn: t.setOn,
          dueOn: t.dueOn,
          completedOn: t.completedOn,
          status: WORK_TARGET_STATUS_LABELS[workTargetStatus(t, ctx.today)],
        }));
        if (!page.hasNextPage) return;
        afterId = page.rows[page.rows.length - 1]?.id ?? null;
      }
    }
    const label = scopeLabel(countyCode);
    const which = status ? `（${WORK_TARGET_STATUS_LABELS[status]}）` : "";
    await sendSheet<TargetRow>(
      res,
      `${label}联络员工作目标${which}-${ctx.today}.xlsx`,
      `${label}党建工作联络员（指导员）工作目标及完成时限${which}，截至${ctx.today}`,
      [
        { header: "单位名称", width: 36, value: (r) => r.organization },
        { header: "所属县（市）区", width: 14, value: (r) => r.county },
        { header: "联络员（指导员）", width: 12, value: (r) => r.liaison },
        { header: "类别", width: 16, value: (r) => r.kind },
        { header: "工作目标", width: 40, value: (r) => r.description },
        { header: "确定日期", width: 12, value: (r) => r.setOn },
        { header: "完成时限", width: 12, value: (r) => r.dueOn },
        { header: "完成日期", width: 12, value: (r) => r.completedOn },
        { header: "状态", width: 10, value: (r) => r.status },
      ],
      rows(),
    );
  },
};

export const LIST_ROUTES: HttpRoute<ApiContext>[] = [shouldFormRoute, newWithoutBranchRoute, liaisonTargetsRoute];
