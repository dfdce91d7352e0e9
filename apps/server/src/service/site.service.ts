/**
 * Demonstration sites (示范点) and their quota plans, domain.md §3.4: the plans and the quota board,
 * suggestions by largest remainder, nominations within the quota, and the reviewers' decisions.
 *
 * The quota guarantee (NOMINATED + APPROVED never above the quota, whatever arrives at once) rests on
 * one claim: a nomination's first statement writes the claim of the plan's year and level
 * (`Tx.claim`, which a Galera cluster certifies across nodes), then locks the plan's row
 * (`SELECT … FOR UPDATE`), and so does `setQuotaPlan`. The plan's row is the quota of an unsplit plan (one pool) and the parent of a split
 * plan's county rows; locking it in every case gives one lock order, so nominations and plan changes
 * never deadlock each other, and nominations of one year and level are serialized (a few hundred a
 * year: nothing to measure). It has to be the first statement: on MariaDB (REPEATABLE READ) the
 * snapshot of the plain reads that follow is taken after the lock is granted, so they see every site
 * committed by the previous holder. Reviews never add a held place, so they need not take it: a
 * rejection or revocation that commits meanwhile only frees a place the count still holds.
 * On SQLite, `Db.transaction` serializes whole transactions, which gives the same guarantee.
 */
import {
  type ApportionError,
  type ApportionedPart,
  apportion,
  checkNomination,
  checkQuotaRoom,
  type IsoDate,
  isInPopulation,
  QUOTA_HOLDING_STATUSES,
  type QuotaPlanDraft,
  type QuotaRuleCode,
  type QuotaUsage,
  quotaUsage,
  type Result,
  type ReviewDecision,
  reviewSite,
  SITE_LEVEL_LABELS,
  type SiteLevel,
  type SiteStatus,
  type SiteTransitionError,
  validateQuotaPlan,
} from "@liangxin/domain";
import type { CoverageReader } from "./coverage-aggregates.service.js";
import { type Db, fiveHavesClaim, quotaClaim, type Tx } from "./db.js";
import { mutate, type Outcome, problem, Refusal, refuse, type UserErrorCode } from "./outcome.js";
import type { ScopeService } from "./scope.service.js";
import {
  bool,
  coveredByBranch,
  dateValue,
  inForce,
  insertedId,
  num,
  Params,
  readInstant,
  sqlInstant,
  statusOn,
} from "./sql.js";

type Row = Record<string, unknown>;
/** A handle that runs SQL: the request's `Db`, or a transaction in progress. */
type Queryable = Pick<Tx, "query">;

export interface SiteRecord {
  readonly id: number;
  readonly year: number;
  readonly level: SiteLevel;
  readonly status: SiteStatus;
  readonly organizationId: number;
  readonly countyCode: string;
  readonly nominationNote: string | null;
  readonly reviewNote: string | null;
  readonly nominatedAt: Date;
  readonly reviewedAt: Date | null;
}

const SITE_SELECT =
  "s.id, s.year, s.level, s.status, s.organization_id, s.county_code, s.nomination_note, s.review_note, s.nominated_at, s.reviewed_at";

export function siteFromRow(r: Row): SiteRecord {
  return {
    id: num(r.id),
    year: num(r.year),
    level: String(r.level) as SiteLevel,
    status: String(r.status) as SiteStatus,
    organizationId: num(r.organization_id),
    countyCode: String(r.county_code),
    nominationNote: r.nomination_note == null ? null : String(r.nomination_note),
    reviewNote: r.review_note == null ? null : String(r.review_note),
    nominatedAt: readInstant(r.nominated_at) as Date,
    reviewedAt: readInstant(r.reviewed_at),
  };
}

/** Sites of one county by status, for the quota board. */
export interface SiteCounts {
  readonly nominated: number;
  readonly approved: number;
  readonly rejected: number;
  readonly revoked: number;
}

const NO_SITES: SiteCounts = { nominated: 0, approved: 0, rejected: 0, revoked: 0 };

/** One county's line of the board: its quota (split plans) and its sites by status. */
export interface AllocationRecord extends QuotaUsage {
  readonly year: number;
  readonly level: SiteLevel;
  readonly rejected: number;
  readonly revoked: number;
  /** Suggestions only: the county's weight and exact share. */
  readonly weight: number | null;
  readonly exactShare: number | null;
}

export interface QuotaPlanRecord {
  readonly id: number;
  readonly year: number;
  readonly level: SiteLevel;
  readonly total: number;
  /** False for a plan without a split over counties: the total is one pool. */
  readonly split: boolean;
  /** Per county, in the order of the counties; empty for an unsplit plan. */
  readonly allocations: readonly AllocationRecord[];
  readonly nominated: number;
  readonly approved: number;
  readonly rejected: number;
  readonly revoked: number;
  /** total − nominated − approved. */
  readonly remaining: number;
}

export const QUOTA_WEIGHTS = ["EQUAL", "ELIGIBLE_UNITS", "COVERED_UNITS"] as const;
export type QuotaWeightKind = (typeof QUOTA_WEIGHTS)[number];

export interface SuggestionRecord {
  readonly year: number;
  readonly level: SiteLevel;
  readonly total: number;
  readonly weight: QuotaWeightKind;
  readonly minimumPerCounty: number;
  readonly asOf: IsoDate;
  readonly allocations: readonly AllocationRecord[];
}

const QUOTA_RULE_CODES: Readonly<Record<QuotaRuleCode, UserErrorCode>> = {
  INVALID_TOTAL: "INVALID_INPUT",
  NEGATIVE_PART: "INVALID_INPUT",
  UNKNOWN_COUNTY: "NOT_FOUND",
  DUPLICATE_COUNTY: "INVALID_INPUT",
  SUM_MISMATCH: "QUOTA_SUM_MISMATCH",
  BELOW_USED: "QUOTA_BELOW_USED",
  TOTAL_BELOW_USED: "QUOTA_BELOW_USED",
};

const TRANSITION_CODES: Readonly<Record<SiteTransitionError["code"], UserErrorCode>> = {
  INVALID_TRANSITION: "INVALID_TRANSITION",
  PREREQUISITE_MISSING: "PREREQUISITE_MISSING",
  NOTE_REQUIRED: "INVALID_INPUT",
};

const DECISION_FIELD: Readonly<Record<SiteTransitionError["code"], string>> = {
  INVALID_TRANSITION: "decision",
  PREREQUISITE_MISSING: "decision",
  NOTE_REQUIRED: "note",
};

const trimmed = (s: string | null | undefined): string | null => {
  const t = s?.trim();
  return t ? t : null;
};

/** What the audit trail keeps of a plan: the total and each county's part, one field per county. */
function auditedPlan(total: number, allocations: readonly { countyCode: string; quota: number }[]) {
  return {
    total,
    split: allocations.length > 0,
    ...Object.fromEntries(allocations.map((a) => [`quota_${a.countyCode}`, a.quota])),
  };
}

const auditedSite = (s: SiteRecord) => ({
  year: s.year,
  level: s.level,
  organizationId: s.organizationId,
  countyCode: s.countyCode,
  status: s.status,
  nominationNote: s.nominationNote,
  reviewNote: s.reviewNote,
});

export class SiteService {
  constructor(
    private readonly db: Db,
    private readonly scope: ScopeService,
    private readonly coverage: CoverageReader,
  ) {}

  private async countyCodes(q: Queryable): Promise<string[]> {
    return (await q.query("SELECT code FROM county ORDER BY sort_order")).map((r) => String(r.code));
  }

  /** Sites of a year and level per county and status (aggregates: city-wide for every role). */
  private async counts(q: Queryable, year: number, level: SiteLevel): Promise<Map<string, SiteCounts>> {
    const rows = await q.query(
      `SELECT county_code, status, COUNT(*) AS n FROM demonstration_site
       WHERE year = ? AND level = ? GROUP BY county_code, status`,
      [year, level],
    );
    const out = new Map<string, SiteCounts>();
    for (const r of rows) {
      const county = String(r.county_code);
      const c = { ...(out.get(county) ?? NO_SITES) };
      const n = num(r.n);
      if (r.status === "NOMINATED") c.nominated += n;
      else if (r.status === "APPROVED") c.approved += n;
      else if (r.status === "REJECTED") c.rejected += n;
      else if (r.status === "REVOKED") c.revoked += n;
      out.set(county, c);
    }
    return out;
  }

  private async readPlan(q: Queryable, year: number, level: SiteLevel): Promise<QuotaPlanRecord | null> {
    const [plan] = await q.query("SELECT id, total FROM quota_plan WHERE year = ? AND level = ?", [year, level]);
    if (!plan) return null;
    const allocations = (
      await q.query("SELECT county_code, quota FROM quota_allocation WHERE plan_id = ?", [num(plan.id)])
    ).map((r) => ({ countyCode: String(r.county_code), quota: num(r.quota) }));
    const codes = await this.countyCodes(q);
    const counts = await this.counts(q, year, level);
    const draft: QuotaPlanDraft = { total: num(plan.total), allocations };
    const held = Object.fromEntries([...counts].map(([code, c]) => [code, c]));
    const sum = (k: keyof SiteCounts) => [...counts.values()].reduce((s, c) => s + c[k], 0);
    const nominated = sum("nominated");
    const approved = sum("approved");
    return {
      id: num(plan.id),
      year,
      level,
      total: draft.total,
      split: allocations.length > 0,
      allocations:
        allocations.length === 0
          ? []
          : quotaUsage(draft, held, codes).map((u) => ({
              ...u,
              year,
              level,
              rejected: counts.get(u.countyCode)?.rejected ?? 0,
              revoked: counts.get(u.countyCode)?.revoked ?? 0,
              weight: null,
              exactShare: null,
            })),
      nominated,
      approved,
      rejected: sum("rejected"),
      revoked: sum("revoked"),
      remaining: draft.total - nominated - approved,
    };
  }

  /** The plan of a year and level with the quota board's figures; null when none was set. */
  plan(year: number, level: SiteLevel): Promise<QuotaPlanRecord | null> {
    return this.readPlan(this.db, year, level);
  }

  /**
   * A largest-remainder split of `total` over the counties by a weight read from the ledger as of
   * `asOf` (SQL aggregates): 1 each, eligible units, or organization-covered units. Beside each part,
   * the sites the county already holds in that year and level.
   */
  async suggest(args: {
    year: number;
    level: SiteLevel;
    total: number;
    weight: QuotaWeightKind;
    minimumPerCounty: number;
    asOf: IsoDate;
  }): Promise<Result<SuggestionRecord, ApportionError>> {
    const codes = await this.countyCodes(this.db);
    const weights =
      args.weight === "EQUAL"
        ? codes.map(() => 1)
        : (
            await this.coverage.unitCounts(
              codes.map((countyCode) => ({ countyCode, category: null, aboveScaleOnly: false, asOf: args.asOf })),
            )
          ).map((c) => (args.weight === "ELIGIBLE_UNITS" ? c.eligible : c.organization));
    const result = apportion({
      total: args.total,
      minimumPerPart: args.minimumPerCounty,
      parts: codes.map((key, i) => ({ key, weight: weights[i] as number })),
    });
    if (!result.ok) return result;
    const counts = await this.counts(this.db, args.year, args.level);
    const allocations = result.value.map((part: ApportionedPart): AllocationRecord => {
      const c = counts.get(part.key) ?? NO_SITES;
      return {
        countyCode: part.key,
        year: args.year,
        level: args.level,
        quota: part.amount,
        nominated: c.nominated,
        approved: c.approved,
        rejected: c.rejected,
        revoked: c.revoked,
        remaining: part.amount - c.nominated - c.approved,
        weight: part.weight,
        exactShare: part.exactShare,
      };
    });
    return { ok: true, value: { ...args, allocations } };
  }

  /** Sites of a year, optionally of one level, status and county; a county role reads its own county. */
  async sites(filter: {
    year: number;
    level: SiteLevel | null;
    status: SiteStatus | null;
    countyCode: string | null;
  }): Promise<SiteRecord[]> {
    const county = this.scope.countyForRead(filter.countyCode);
    const p = new Params();
    const where = [`s.year = ${p.add(filter.year)}`];
    if (filter.level) where.push(`s.level = ${p.add(filter.level)}`);
    if (filter.status) where.push(`s.status = ${p.add(filter.status)}`);
    if (county) where.push(`s.county_code = ${p.add(county)}`);
    const rows = await this.db.query(
      `SELECT ${SITE_SELECT} FROM demonstration_site s JOIN county c ON c.code = s.county_code
       WHERE ${where.join(" AND ")} ORDER BY s.level, c.sort_order, s.id`,
      p.values,
    );
    return rows.map(siteFromRow).filter((s) => this.scope.mayRead(s.countyCode));
  }

  async sitesByIds(ids: readonly number[]): Promise<(SiteRecord | null)[]> {
    const p = new Params();
    const rows = await this.db.query(`SELECT ${SITE_SELECT} FROM demonstration_site s WHERE s.id IN ${p.list(ids)}`, [
      ...p.values,
    ]);
    const byId = new Map(rows.map((r) => [num(r.id), siteFromRow(r)]));
    return ids.map((id) => this.scope.readable(byId.get(id) ?? null));
  }

  /** Every site of each (year, level) that the viewer may read, in id order (the board's lists). */
  async sitesOfPlans(keys: readonly { year: number; level: SiteLevel }[]): Promise<SiteRecord[][]> {
    const p = new Params();
    const years = [...new Set(keys.map((k) => k.year))];
    const rows = await this.db.query(
      `SELECT ${SITE_SELECT} FROM demonstration_site s WHERE s.year IN ${p.list(years)} ORDER BY s.id`,
      p.values,
    );
    const sites = rows.map(siteFromRow).filter((s) => this.scope.mayRead(s.countyCode));
    return keys.map((k) => sites.filter((s) => s.year === k.year && s.level === k.level));
  }

  /**
   * The site each (organization, year) became: one that holds a place (approved first, then city
   * level, then the latest); null when the organization is no site of that year.
   */
  async siteOfOrganizations(keys: readonly { organizationId: number; year: number }[]): Promise<(SiteRecord | null)[]> {
    const p = new Params();
    const rows = await this.db.query(
      `SELECT ${SITE_SELECT} FROM demonstration_site s
       WHERE s.organization_id IN ${p.list([...new Set(keys.map((k) => k.organizationId))])}
         AND s.year IN ${p.list([...new Set(keys.map((k) => k.year))])}
         AND s.status IN ${p.list(QUOTA_HOLDING_STATUSES)}
       ORDER BY CASE WHEN s.status = 'APPROVED' THEN 0 ELSE 1 END, CASE WHEN s.level = 'CITY' THEN 0 ELSE 1 END, s.id DESC`,
      p.values,
    );
    const sites = rows.map(siteFromRow);
    return keys.map(
      (k) =>
        this.scope.readable(sites.find((s) => s.organizationId === k.organizationId && s.year === k.year) ?? null) ??
        null,
    );
  }

  /**
   * Sets the plan of a year and level (CITY_ADMIN): the parts must sum to the total, and no county
   * (nor the pool of an unsplit plan) may fall below the sites it holds (validateQuotaPlan).
   */
  setQuotaPlan(input: {
    year: number;
    level: SiteLevel;
    total: number;
    allocations: readonly { countyCode: string; quota: number }[];
  }): Promise<Outcome<QuotaPlanRecord>> {
    return mutate(this.db, async (tx) => {
      // The plan's claim and lock first (see the header): nominations of this year and level wait for it.
      await tx.claim(quotaClaim(input.year, input.level));
      const [plan] = await tx.query(`SELECT id, total FROM quota_plan WHERE year = ? AND level = ?${tx.forUpdate}`, [
        input.year,
        input.level,
      ]);
      const current = plan
        ? (
            await tx.query(
              `SELECT county_code, quota FROM quota_allocation WHERE plan_id = ? ORDER BY county_code${tx.forUpdate}`,
              [num(plan.id)],
            )
          ).map((r) => ({ countyCode: String(r.county_code), quota: num(r.quota) }))
        : [];
      const codes = await this.countyCodes(tx);
      const counts = await this.counts(tx, input.year, input.level);
      const used = Object.fromEntries([...counts].map(([code, c]) => [code, c.nominated + c.approved]));
      const allocations = input.allocations.map((a) => ({ countyCode: a.countyCode.trim(), quota: a.quota }));
      const verdict = validateQuotaPlan({ total: input.total, allocations }, used, codes);
      if (!verdict.valid) {
        throw new Refusal(
          verdict.errors.map((e) => problem(QUOTA_RULE_CODES[e.code], e.message, ["input", ...(e.field ?? [])])),
        );
      }
      let planId: number;
      if (plan) {
        planId = num(plan.id);
        if (num(plan.total) !== input.total) {
          await tx.query("UPDATE quota_plan SET total = ? WHERE id = ?", [input.total, planId]);
        }
      } else {
        planId = insertedId(
          await tx.query("INSERT INTO quota_plan (year, level, total) VALUES (?, ?, ?)", [
            input.year,
            input.level,
            input.total,
          ]),
        );
      }
      // Rows change only where the plan does: the same plan again leaves the tables as they were.
      const next = new Map(allocations.map((a) => [a.countyCode, a.quota]));
      for (const a of current) {
        const quota = next.get(a.countyCode);
        if (quota === undefined) {
          await tx.query("DELETE FROM quota_allocation WHERE plan_id = ? AND county_code = ?", [planId, a.countyCode]);
        } else if (quota !== a.quota) {
          await tx.query("UPDATE quota_allocation SET quota = ? WHERE plan_id = ? AND county_code = ?", [
            quota,
            planId,
            a.countyCode,
          ]);
        }
      }
      const existing = new Set(current.map((a) => a.countyCode));
      for (const a of allocations.filter((x) => !existing.has(x.countyCode))) {
        await tx.query("INSERT INTO quota_allocation (plan_id, county_code, quota) VALUES (?, ?, ?)", [
          planId,
          a.countyCode,
          a.quota,
        ]);
      }
      const sorted = [...allocations].sort((a, b) => (a.countyCode < b.countyCode ? -1 : 1));
      await tx.audit({
        operation: "setQuotaPlan",
        entityType: "QuotaPlan",
        entityKey: planId,
        before: plan ? { year: input.year, level: input.level, ...auditedPlan(num(plan.total), current) } : null,
        after: { year: input.year, level: input.level, ...auditedPlan(input.total, sorted) },
      });
      return (await this.readPlan(tx, input.year, input.level)) as QuotaPlanRecord;
    });
  }

  /**
   * Nominates an organization-covered unit of the viewer's county (any county for the city admin)
   * as a site of the year and level, within the quota.
   */
  nominate(
    input: { organizationId: number | null; year: number; level: SiteLevel; note: string | null },
    today: IsoDate,
    now: Date,
  ): Promise<Outcome<SiteRecord>> {
    const orgField = ["input", "organizationId"];
    return mutate(this.db, async (tx) => {
      // The quota's claim is the first statement, then its lock (see the header).
      await tx.claim(quotaClaim(input.year, input.level));
      const [plan] = await tx.query(`SELECT id, total FROM quota_plan WHERE year = ? AND level = ?${tx.forUpdate}`, [
        input.year,
        input.level,
      ]);
      if (input.organizationId === null) throw refuse("NOT_FOUND", "没有这个单位", orgField);
      const p = new Params();
      const [org] = await tx.query(
        `SELECT o.id, o.name, o.county_code, o.added_on, o.ceased_on,
                CASE WHEN ${coveredByBranch("o", p, today)} THEN 1 ELSE 0 END AS covered,
                CASE WHEN ${statusOn("o", p, today, "eligible")} THEN 1 ELSE 0 END AS eligible_today
         FROM organization o WHERE o.id = ${p.add(input.organizationId)}`,
        p.values,
      );
      if (!org) throw refuse("NOT_FOUND", "没有这个单位", orgField);
      const countyCode = String(org.county_code);
      this.scope.assertWritable(countyCode, orgField);
      if (!plan) {
        throw refuse(
          "PREREQUISITE_MISSING",
          `${input.year}年度${SITE_LEVEL_LABELS[input.level]}示范点名额方案尚未制定`,
          ["input", "year"],
        );
      }
      const allocations = (
        await tx.query("SELECT county_code, quota FROM quota_allocation WHERE plan_id = ?", [num(plan.id)])
      ).map((r) => ({ countyCode: String(r.county_code), quota: num(r.quota) }));
      const counts = await this.counts(tx, input.year, input.level);
      const h = new Params();
      const [already] = await tx.query(
        `SELECT COUNT(*) AS n FROM demonstration_site
         WHERE organization_id = ${h.add(input.organizationId)} AND year = ${h.add(input.year)}
           AND level = ${h.add(input.level)} AND status IN ${h.list(QUOTA_HOLDING_STATUSES)}`,
        h.values,
      );
      const nomination = checkNomination({
        countyCode: this.scope.viewer?.countyCode ?? countyCode,
        organizationCountyCode: countyCode,
        organizationInPopulation: isInPopulation(
          {
            eligible: bool(org.eligible_today),
            addedOn: dateValue(org.added_on) as IsoDate,
            ceasedOn: dateValue(org.ceased_on),
          },
          today,
        ),
        organizationCovered: num(org.covered) === 1,
        alreadyNominated: num(already?.n) > 0,
      });
      if (!nomination.ok) {
        const code = nomination.error.code === "NOT_ELIGIBLE" ? "PREREQUISITE_MISSING" : nomination.error.code;
        throw refuse(code, nomination.error.message, orgField);
      }
      const held = (c: SiteCounts | undefined) => (c ? c.nominated + c.approved : 0);
      const room = checkQuotaRoom(
        { total: num(plan.total), allocations },
        countyCode,
        held(counts.get(countyCode)),
        [...counts.values()].reduce((s, c) => s + held(c), 0),
      );
      if (!room.ok) throw refuse("QUOTA_EXCEEDED", room.error.message, orgField);
      const id = insertedId(
        await tx.query(
          `INSERT INTO demonstration_site (year, level, organization_id, county_code, status, nomination_note, nominated_at)
           VALUES (?, ?, ?, ?, 'NOMINATED', ?, ?)`,
          [input.year, input.level, input.organizationId, countyCode, trimmed(input.note), sqlInstant(now)],
        ),
      );
      const site = await this.lockSite(tx, id);
      if (!site) throw new Error(`nominated site ${id} cannot be read back`);
      await tx.audit({
        operation: "nominateDemonstrationSite",
        entityType: "DemonstrationSite",
        entityKey: id,
        before: null,
        after: auditedSite(site),
      });
      return site;
    });
  }

  private async lockSite(tx: Tx, id: number): Promise<SiteRecord | null> {
    const [row] = await tx.query(`SELECT ${SITE_SELECT} FROM demonstration_site s WHERE s.id = ?${tx.forUpdate}`, [id]);
    return row ? siteFromRow(row) : null;
  }

  /**
   * Whether a branch covering the organization today has passed 五有 for the year; the assessments
   * read are locked, so a re-assessment cannot change them before this decision commits.
   */
  private async fiveHavesPassed(tx: Tx, organizationId: number, year: number, today: IsoDate): Promise<boolean> {
    const p = new Params();
    const branches = await tx.query(
      `SELECT DISTINCT l.branch_id FROM coverage_link l JOIN branch b ON b.id = l.branch_id
       WHERE l.organization_id = ${p.add(organizationId)} AND ${inForce("l", p, today)}
         AND b.founded_on <= ${p.add(today)} AND (b.dissolved_on IS NULL OR b.dissolved_on > ${p.add(today)})`,
      p.values,
    );
    if (branches.length === 0) return false;
    const ids = branches.map((b) => num(b.branch_id)).sort((a, b) => a - b);
    for (const branchId of ids) await tx.claim(fiveHavesClaim(branchId, year));
    const q = new Params();
    const rows = await tx.query(
      `SELECT passed FROM five_haves_assessment
       WHERE year = ${q.add(year)} AND branch_id IN ${q.list(branches.map((b) => num(b.branch_id)))}${tx.forUpdate}`,
      q.values,
    );
    return rows.some((r) => num(r.passed) === 1);
  }

  /** A reviewer's decision on a site (REVIEWER, CITY_ADMIN): approve, reject or revoke. */
  review(
    input: { siteId: number | null; decision: ReviewDecision; note: string | null },
    today: IsoDate,
    now: Date,
  ): Promise<Outcome<SiteRecord>> {
    return mutate(this.db, async (tx) => {
      const site = input.siteId === null ? null : this.scope.readable(await this.lockSite(tx, input.siteId));
      if (!site) throw refuse("NOT_FOUND", "没有这个示范点", ["input", "siteId"]);
      const decided = reviewSite(site.status, input.decision, {
        fiveHavesPassed: await this.fiveHavesPassed(tx, site.organizationId, site.year, today),
        note: input.note,
      });
      if (!decided.ok) {
        const code = decided.error.code;
        throw refuse(TRANSITION_CODES[code], decided.error.message, ["input", DECISION_FIELD[code]]);
      }
      await tx.query("UPDATE demonstration_site SET status = ?, review_note = ?, reviewed_at = ? WHERE id = ?", [
        decided.value,
        trimmed(input.note),
        sqlInstant(now),
        site.id,
      ]);
      const after = (await this.lockSite(tx, site.id)) as SiteRecord;
      await tx.audit({
        operation: "reviewDemonstrationSite",
        entityType: "DemonstrationSite",
        entityKey: site.id,
        before: auditedSite(site),
        after: auditedSite(after),
      });
      return after;
    });
  }
}
