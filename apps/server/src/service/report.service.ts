/**
 * Monthly reports (月报告制度) and bulletins (通报), domain.md §3.6.
 *
 * A county's report for a period is prepared from live data as of the period's last day and frozen
 * at submission: the counts behind every figure of every scope (both categories together, each
 * category, above-scale only; the branches founded in the month and in the year to date) are stored
 * as JSON in the transaction that submits it, and served from there while SUBMITTED or ACCEPTED.
 * A county that has not started a period has no row: it reads as a DRAFT with live figures.
 *
 * The state machine, due days, days late, compliance and the competition ranking are the domain's
 * (`transitionReport`, `isFrozen`, `reportDueOn`, `daysLate`, `reportCompliance`, `bulletinRows`).
 */
import {
  type BulletinMetric,
  bulletinRows,
  COUNTY_CODES,
  checkReportPeriod,
  daysLate,
  findCounty,
  type IsoDate,
  isCountyCode,
  isFrozen,
  type OrganizationCategory,
  type Period,
  parsePeriod,
  periodStart,
  previousPeriod,
  type Rate,
  REPORT_STATUS_LABELS,
  type ReportAction,
  type ReportingConfig,
  type ReportStatus,
  reportAsOf,
  reportCompliance,
  reportDueOn,
  transitionReport,
  yearStart,
} from "@liangxin/domain";
import { fromGlobalId } from "../common/ids.js";
import type { AppConfig } from "../config/config.js";
import {
  type CoverageKey,
  type CoverageRates,
  type FoundedKey,
  foundedRangeKey,
  ratesOf,
  type ScopeFigures,
  type UnitCounts,
} from "./coverage.service.js";
import { CoverageAggregates, type CoverageReader } from "./coverage-aggregates.service.js";
import { countyClaim, type Db, type Tx } from "./db.js";
import { mutate, type Outcome, refuse } from "./outcome.js";
import type { ScopeService } from "./scope.service.js";
import { dateValue, num, Params, readInstant, sqlInstant } from "./sql.js";

/** The scopes a report freezes: both categories together, each category; all units or above-scale only. */
export const REPORT_SCOPES: readonly { category: OrganizationCategory | null; aboveScaleOnly: boolean }[] = [
  { category: null, aboveScaleOnly: false },
  { category: "NON_PUBLIC_ENTERPRISE", aboveScaleOnly: false },
  { category: "SOCIAL_ORGANIZATION", aboveScaleOnly: false },
  { category: null, aboveScaleOnly: true },
  { category: "NON_PUBLIC_ENTERPRISE", aboveScaleOnly: true },
  { category: "SOCIAL_ORGANIZATION", aboveScaleOnly: true },
];

export const scopeKey = (category: OrganizationCategory | null, aboveScaleOnly: boolean): string =>
  `${category ?? "ALL"}${aboveScaleOnly ? "+ABOVE_SCALE" : ""}`;

/** What a submitted report keeps. */
export interface FrozenFigures {
  readonly version: 1;
  readonly asOf: IsoDate;
  readonly scopes: Readonly<Record<string, ScopeFigures>>;
}

export interface ReportRecord {
  /** Null for a county that has not started the period (a DRAFT with live figures). */
  readonly dbId: number | null;
  readonly countyCode: string;
  readonly period: Period;
  readonly status: ReportStatus;
  readonly note: string | null;
  /** The reviewer's note: why the report was returned, or a remark on acceptance. */
  readonly reviewNote: string | null;
  /** Present exactly while the report is frozen (SUBMITTED, ACCEPTED). */
  readonly figures: FrozenFigures | null;
  readonly firstSubmittedOn: IsoDate | null;
  readonly submittedAt: Date | null;
  readonly reviewedAt: Date | null;
  readonly dueOn: IsoDate;
  /** Days after the due day of the first submission (0 when on time); null before any submission. */
  readonly daysLate: number | null;
}

export { BULLETIN_METRIC_LABELS, BULLETIN_METRICS } from "@liangxin/domain";
export type BulletinMetricCode = BulletinMetric;

export interface BulletinRowData {
  readonly countyCode: string;
  readonly rank: number;
  readonly rate: Rate;
  readonly changePoints: number | null;
  readonly status: ReportStatus;
  /** True when the figures are live (the county's report is not submitted). */
  readonly live: boolean;
  readonly daysLate: number | null;
}

export interface BulletinData {
  readonly period: Period;
  readonly metric: BulletinMetricCode;
  /** The category ranked (null: both together); ABOVE_SCALE_COVERAGE is about non-public enterprises. */
  readonly category: OrganizationCategory | null;
  readonly asOf: IsoDate;
  readonly dueOn: IsoDate;
  readonly rows: readonly BulletinRowData[];
  /** Counties without a submitted report, in the order of the units. */
  readonly missing: readonly string[];
  /** Missing after the due day. */
  readonly overdue: readonly string[];
}

const KEY_RE = /^(\d{6})-(\d{4}-\d{2})$/;

/** The public key of a report: county and period, so a report not started yet has an id too. */
export const reportKey = (countyCode: string, period: Period): string => `${countyCode}-${period}`;

export function parseReportKey(key: string): { countyCode: string; period: Period } | null {
  const m = KEY_RE.exec(key);
  if (!m || !isCountyCode(m[1] as string) || !parsePeriod(m[2] as string).ok) return null;
  return { countyCode: m[1] as string, period: m[2] as string };
}

const audited = (r: ReportRecord) => ({
  status: r.status,
  note: r.note,
  reviewNote: r.reviewNote,
  submittedAt: r.submittedAt?.toISOString() ?? null,
  firstSubmittedOn: r.firstSubmittedOn,
  figuresAsOf: r.figures?.asOf ?? null,
});

/** A note as stored: trimmed, null when empty. */
const noteValue = (note: string | null | undefined): string | null => {
  const trimmed = note?.trim();
  return trimmed ? trimmed : null;
};

function metricScope(metric: BulletinMetricCode, category: OrganizationCategory | null) {
  return metric === "ABOVE_SCALE_COVERAGE"
    ? { category: "NON_PUBLIC_ENTERPRISE" as const, aboveScaleOnly: true }
    : { category, aboveScaleOnly: false };
}

function metricRate(metric: BulletinMetricCode, rates: CoverageRates): Rate {
  if (metric === "LIAISON_COVERAGE") return rates.liaison;
  if (metric === "DUAL_COVERAGE") return rates.dual;
  return rates.organization;
}

export class ReportService {
  private readonly reporting: ReportingConfig;

  constructor(
    private readonly db: Db,
    private readonly scope: ScopeService,
    private readonly coverage: CoverageReader,
    config: Pick<AppConfig, "reportDueDay">,
  ) {
    this.reporting = { dueDay: config.reportDueDay };
  }

  dueOn(period: Period): IsoDate {
    return reportDueOn(period, this.reporting);
  }

  private fromRow(r: Record<string, unknown>): ReportRecord {
    const period = String(r.period);
    const status = String(r.status) as ReportStatus;
    const firstSubmittedOn = dateValue(r.first_submitted_on);
    const dueOn = this.dueOn(period);
    return {
      dbId: num(r.id),
      countyCode: String(r.county_code),
      period,
      status,
      note: r.note == null ? null : String(r.note),
      reviewNote: r.review_note == null ? null : String(r.review_note),
      figures: isFrozen(status) && r.figures != null ? (JSON.parse(String(r.figures)) as FrozenFigures) : null,
      firstSubmittedOn,
      submittedAt: readInstant(r.submitted_at),
      reviewedAt: readInstant(r.reviewed_at),
      dueOn,
      daysLate: firstSubmittedOn ? daysLate(dueOn, firstSubmittedOn) : null,
    };
  }

  /** The report of a county that has not started the period. */
  notStarted(countyCode: string, period: Period): ReportRecord {
    return {
      dbId: null,
      countyCode,
      period,
      status: "DRAFT",
      note: null,
      reviewNote: null,
      figures: null,
      firstSubmittedOn: null,
      submittedAt: null,
      reviewedAt: null,
      dueOn: this.dueOn(period),
      daysLate: null,
    };
  }

  /** Every county's report of each period (the not started as DRAFT), in the order of the units. */
  private async ofPeriods(periods: readonly Period[]): Promise<Map<Period, ReportRecord[]>> {
    const p = new Params();
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT * FROM monthly_report WHERE period IN ${p.list(periods)}`,
      p.values,
    );
    const stored = new Map(rows.map((r) => [`${r.county_code}|${r.period}`, this.fromRow(r)]));
    return new Map(
      periods.map((period) => [
        period,
        COUNTY_CODES.map((code) => stored.get(`${code}|${period}`) ?? this.notStarted(code, period)),
      ]),
    );
  }

  /** The nine counties' reports of a period: city-wide reading for every role (they are aggregates). */
  async list(period: Period): Promise<ReportRecord[]> {
    return (await this.ofPeriods([period])).get(period) ?? [];
  }

  /** One report by its key; null for an unknown key. */
  async byKey(key: string): Promise<ReportRecord | null> {
    const parsed = parseReportKey(key);
    if (!parsed) return null;
    const [row] = await this.db.query("SELECT * FROM monthly_report WHERE county_code = ? AND period = ?", [
      parsed.countyCode,
      parsed.period,
    ]);
    return row ? this.fromRow(row) : this.notStarted(parsed.countyCode, parsed.period);
  }

  /**
   * Creates the county's DRAFT for a period, or changes its note while it is not frozen (DRAFT,
   * RETURNED). The figures stay live until submission.
   */
  prepare(input: { countyCode: string; period: string; note?: string | null }, today: IsoDate) {
    return mutate(this.db, async (tx) => {
      const countyCode = input.countyCode.trim();
      if (!isCountyCode(countyCode)) {
        throw refuse("NOT_FOUND", `没有代码为「${countyCode.slice(0, 20)}」的县（市）区`, ["input", "countyCode"]);
      }
      this.scope.assertWritable(countyCode, ["input", "countyCode"]);
      const period = this.checkPeriod(input.period, today, ["input", "period"]);
      const before = await this.lock(tx, countyCode, period);
      if (isFrozen(before.status)) {
        throw refuse("INVALID_TRANSITION", `月报${REPORT_STATUS_LABELS[before.status]}，不能再修改`, [
          "input",
          "period",
        ]);
      }
      const note = input.note === undefined ? before.note : noteValue(input.note);
      if (before.dbId !== null && note === before.note) return before; // prepared already: nothing changes
      const after = await this.write(tx, before, { note });
      await tx.audit({
        operation: "prepareMonthlyReport",
        entityType: "MonthlyReport",
        entityKey: reportKey(countyCode, period),
        before: before.dbId === null ? null : audited(before),
        after: audited(after),
      });
      return after;
    });
  }

  /** DRAFT or RETURNED → SUBMITTED: freezes the figures as of the period's last day. */
  submit(input: { reportId: string; note?: string | null }, today: IsoDate, now: Date): Promise<Outcome<ReportRecord>> {
    return mutate(this.db, async (tx) => {
      const { countyCode, period } = this.target(input.reportId);
      this.scope.assertWritable(countyCode, ["input", "reportId"]);
      const before = await this.lock(tx, countyCode, period);
      this.transition(before.status, "SUBMIT", input.note);
      const timing = checkReportPeriod(period, "SUBMIT", today);
      if (!timing.ok) throw refuse("INVALID_INPUT", timing.error.message, ["input", "reportId"]);
      const figures = await this.freeze(tx, countyCode, period);
      const after = await this.write(tx, before, {
        status: "SUBMITTED",
        note: input.note == null ? before.note : noteValue(input.note),
        figures,
        firstSubmittedOn: before.firstSubmittedOn ?? today,
        submittedAt: now,
      });
      await tx.audit({
        operation: "submitMonthlyReport",
        entityType: "MonthlyReport",
        entityKey: reportKey(countyCode, period),
        before: before.dbId === null ? null : audited(before),
        after: audited(after),
      });
      return after;
    });
  }

  /** SUBMITTED → RETURNED (a note is required; the figures are live again) or → ACCEPTED. */
  review(
    action: Extract<ReportAction, "RETURN" | "ACCEPT">,
    input: { reportId: string; note?: string | null },
    now: Date,
  ): Promise<Outcome<ReportRecord>> {
    return mutate(this.db, async (tx) => {
      const { countyCode, period } = this.target(input.reportId);
      const before = await this.lock(tx, countyCode, period);
      const status = this.transition(before.status, action, input.note);
      const after = await this.write(tx, before, {
        status,
        reviewNote: noteValue(input.note),
        reviewedAt: now,
        figures: status === "RETURNED" ? null : before.figures,
      });
      await tx.audit({
        operation: action === "RETURN" ? "returnMonthlyReport" : "acceptMonthlyReport",
        entityType: "MonthlyReport",
        entityKey: reportKey(countyCode, period),
        before: audited(before),
        after: audited(after),
      });
      return after;
    });
  }

  /**
   * The bulletin of a period: the nine counties ranked by the metric on the frozen figures of
   * submitted reports, live figures (as of the period's last day, marked) for the others; the change
   * against the previous month's submitted figures; the counties missing and overdue as seen today.
   */
  async bulletin(
    period: Period,
    metric: BulletinMetricCode,
    category: OrganizationCategory | null,
    today: IsoDate,
  ): Promise<BulletinData> {
    const previous = previousPeriod(period);
    const reports = await this.ofPeriods([period, previous]);
    const current = reports.get(period) ?? [];
    const before = new Map((reports.get(previous) ?? []).map((r) => [r.countyCode, r]));
    const scope = metricScope(metric, category);
    const key = scopeKey(scope.category, scope.aboveScaleOnly);
    const asOf = reportAsOf(period);
    const liveCodes = current.filter((r) => !r.figures).map((r) => r.countyCode);
    const liveCounts =
      liveCodes.length === 0
        ? []
        : await this.coverage.unitCounts(liveCodes.map((countyCode) => ({ countyCode, ...scope, asOf })));
    const live = new Map(liveCodes.map((code, i) => [code, liveCounts[i] as UnitCounts]));
    const frozenRate = (r: ReportRecord | undefined): Rate | null => {
      const units = r?.figures?.scopes[key]?.units;
      return units ? metricRate(metric, ratesOf(units)) : null;
    };
    const items = current.map((r) => ({
      key: r.countyCode,
      report: r,
      rate: frozenRate(r) ?? metricRate(metric, ratesOf(live.get(r.countyCode) as UnitCounts)),
      previous: frozenRate(before.get(r.countyCode)),
    }));
    const compliance = reportCompliance(
      period,
      COUNTY_CODES,
      current.map((r) => ({ countyCode: r.countyCode, status: r.status, submittedOn: r.firstSubmittedOn })),
      today,
      this.reporting,
    );
    return {
      period,
      metric,
      category: scope.category,
      asOf,
      dueOn: compliance.dueOn,
      rows: bulletinRows(items).map((row) => ({
        countyCode: row.item.key,
        rank: row.rank,
        rate: row.item.rate,
        changePoints: row.changePoints,
        status: row.item.report.status,
        live: row.item.report.figures === null,
        daysLate: row.item.report.daysLate,
      })),
      missing: compliance.missing,
      overdue: compliance.overdue,
    };
  }

  /**
   * The nine reports of a period with the figures each serves for both categories together: the
   * frozen ones of submitted reports, live aggregates (four statements for all the others) otherwise.
   */
  async withFigures(period: Period): Promise<{ report: ReportRecord; figures: ScopeFigures }[]> {
    const reports = await this.list(period);
    const asOf = reportAsOf(period);
    const month = { from: periodStart(period), to: asOf };
    const live = reports.filter((r) => !r.figures);
    const keys: CoverageKey[] = live.map((r) => ({
      countyCode: r.countyCode,
      category: null,
      aboveScaleOnly: false,
      asOf,
    }));
    const [units, branches, liaisons, founded] =
      keys.length === 0
        ? [[], [], [], []]
        : await Promise.all([
            this.coverage.unitCounts(keys),
            this.coverage.branchCounts(keys),
            this.coverage.liaisonCounts(keys),
            this.coverage.founded(keys.map(({ asOf: _, ...k }) => ({ ...k, ...month }))),
          ]);
    const computed = new Map(
      live.map((r, i) => [
        r.countyCode,
        {
          units: units[i],
          branches: branches[i],
          liaisons: liaisons[i],
          founded: { [foundedRangeKey(month.from, month.to)]: founded[i] },
        } as ScopeFigures,
      ]),
    );
    return reports.map((report) => ({
      report,
      figures: report.figures?.scopes[scopeKey(null, false)] ?? (computed.get(report.countyCode) as ScopeFigures),
    }));
  }

  // --- inside transactions -------------------------------------------------------------------

  private target(reportId: string): { countyCode: string; period: Period } {
    const parsed = parseReportKey(decodeReportId(reportId) ?? "");
    if (!parsed) throw refuse("NOT_FOUND", "没有这份月报", ["input", "reportId"]);
    return parsed;
  }

  private checkPeriod(value: string, today: IsoDate, field: readonly string[]): Period {
    const parsed = parsePeriod(value.trim());
    if (!parsed.ok) throw refuse("INVALID_INPUT", parsed.error.message.slice(0, 80), field);
    const timing = checkReportPeriod(parsed.value, "PREPARE", today);
    if (!timing.ok) throw refuse("INVALID_INPUT", timing.error.message, field);
    return parsed.value;
  }

  private transition(status: ReportStatus, action: ReportAction, note: string | null | undefined): ReportStatus {
    const t = transitionReport(status, action, note);
    if (t.ok) return t.value;
    if (t.error.code === "NOTE_REQUIRED") throw refuse("INVALID_INPUT", t.error.message, ["input", "note"]);
    throw refuse("INVALID_TRANSITION", t.error.message, ["input", "reportId"]);
  }

  /**
   * Locks the county's row first (every report write of a county queues behind it, so two first
   * submissions cannot both insert), then the report's row; a report not started reads as a DRAFT.
   */
  private async lock(tx: Tx, countyCode: string, period: Period): Promise<ReportRecord> {
    await tx.claim(countyClaim(countyCode));
    const [county] = await tx.query(`SELECT code FROM county WHERE code = ?${tx.forUpdate}`, [countyCode]);
    if (!county) throw refuse("NOT_FOUND", "没有这个县（市）区", ["input", "countyCode"]);
    const [row] = await tx.query(`SELECT * FROM monthly_report WHERE county_code = ? AND period = ?${tx.forUpdate}`, [
      countyCode,
      period,
    ]);
    return row ? this.fromRow(row) : this.notStarted(countyCode, period);
  }

  private async write(
    tx: Tx,
    before: ReportRecord,
    change: Partial<
      Pick<
        ReportRecord,
        "status" | "note" | "reviewNote" | "figures" | "firstSubmittedOn" | "submittedAt" | "reviewedAt"
      >
    >,
  ): Promise<ReportRecord> {
    const next = { ...before, ...change };
    const values = [
      next.status,
      next.note,
      next.reviewNote,
      next.figures ? JSON.stringify(next.figures) : null,
      next.firstSubmittedOn,
      next.submittedAt ? sqlInstant(next.submittedAt) : null,
      next.reviewedAt ? sqlInstant(next.reviewedAt) : null,
    ];
    if (before.dbId === null) {
      await tx.query(
        `INSERT INTO monthly_report (county_code, period, status, note, review_note, figures, first_submitted_on,
           submitted_at, reviewed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        [before.countyCode, before.period, ...values],
      );
    } else {
      await tx.query(
        `UPDATE monthly_report SET status = ?, note = ?, review_note = ?, figures = ?, first_submitted_on = ?,
           submitted_at = ?, reviewed_at = ?, updated_at = ? WHERE id = ?`,
        [...values, sqlInstant(new Date()), before.dbId],
      );
    }
    const [row] = await tx.query("SELECT * FROM monthly_report WHERE county_code = ? AND period = ?", [
      before.countyCode,
      before.period,
    ]);
    return this.fromRow(row as Record<string, unknown>);
  }

  /** The county's figures of every report scope as of the period's last day, read in this transaction. */
  private async freeze(tx: Tx, countyCode: string, period: Period): Promise<FrozenFigures> {
    const coverage = new CoverageAggregates(tx);
    const asOf = reportAsOf(period);
    const ranges: [IsoDate, IsoDate][] = [
      [periodStart(period), asOf],
      [yearStart(Number(period.slice(0, 4))), asOf],
    ];
    const keys: CoverageKey[] = REPORT_SCOPES.map((s) => ({ countyCode, ...s, asOf }));
    const foundedKeys: FoundedKey[] = REPORT_SCOPES.flatMap((s) =>
      ranges.map(([from, to]) => ({ countyCode, ...s, from, to })),
    );
    const [units, branches, liaisons, founded] = await Promise.all([
      coverage.unitCounts(keys),
      coverage.branchCounts(keys),
      coverage.liaisonCounts(keys),
      coverage.founded(foundedKeys),
    ]);
    const scopes: Record<string, ScopeFigures> = {};
    REPORT_SCOPES.forEach((s, i) => {
      scopes[scopeKey(s.category, s.aboveScaleOnly)] = {
        units: units[i] as UnitCounts,
        branches: branches[i] as ScopeFigures["branches"],
        liaisons: liaisons[i] as number,
        founded: Object.fromEntries(
          ranges.map(([from, to], j) => [
            foundedRangeKey(from, to),
            founded[i * ranges.length + j] as ScopeFigures["founded"][string],
          ]),
        ),
      };
    });
    return { version: 1, asOf, scopes };
  }
}

/** The report key inside an opaque MonthlyReport id, or null. */
export function decodeReportId(id: string): string | null {
  const parsed = fromGlobalId(id);
  return parsed?.type === "MonthlyReport" ? parsed.key : null;
}

/** A county's name for messages and exports. */
export const countyName = (code: string): string => findCounty(code)?.name ?? code;
