/**
 * Reading the ledger: pages of organizations (batched over counties), and the
 * relations a nested query walks (branches of units, units of branches, liaisons of units), each
 * answered for many parents in one statement.
 */
import { type IsoDate, MIN_FORMAL_MEMBERS, type OrganizationCategory } from "@liangxin/domain";
import type { Db } from "./db.js";
import {
  BRANCH_COLUMNS,
  type BranchLinkRecord,
  type BranchRecord,
  branchFromRow,
  LIAISON_COLUMNS,
  type LiaisonRecord,
  liaisonFromRow,
  ORGANIZATION_COLUMNS,
  ORGANIZATION_SELECT,
  type OrganizationRecord,
  organizationFromRow,
  selectColumns,
} from "./records.js";
import type { ScopeService } from "./scope.service.js";
import {
  addTo,
  coveredByBranch,
  coveredByLiaison,
  dateValue,
  inForce,
  inPopulation,
  likeContains,
  num,
  Params,
  statusOn,
} from "./sql.js";

export interface OrganizationFilterValues {
  readonly category?: OrganizationCategory | null;
  readonly aboveScale?: boolean | null;
  readonly organizationCovered?: boolean | null;
  readonly liaisonCovered?: boolean | null;
  readonly nameContains?: string | null;
  readonly parkId?: number | null;
  readonly inPopulation?: boolean | null;
  /** 应建未建 (the domain's shouldFormOwnBranch): true only those, false only the others. */
  readonly shouldFormOwnBranch?: boolean | null;
  /** Added to the ledger on or after / on or before these days (边建厂边建党 with organizationCovered: false). */
  readonly addedFrom?: IsoDate | null;
  readonly addedTo?: IsoDate | null;
}

/**
 * LEDGER: by id (the ledger's order). ACTIONABILITY: the work lists' order (the domain's
 * compareByActionability): more formal members first, then by id.
 */
export type OrganizationOrder = "LEDGER" | "ACTIONABILITY";

export interface PageKey {
  /** Null: every county the caller may see (`countyCodes` of the scope), or the whole city. */
  readonly countyCode: string | null;
  readonly filter: OrganizationFilterValues;
  readonly first: number;
  readonly afterId: number | null;
  /** The day coverage filters are evaluated on. */
  readonly today: IsoDate;
  /** LEDGER when omitted. */
  readonly order?: OrganizationOrder;
}

export interface Page {
  readonly rows: OrganizationRecord[];
  readonly hasNextPage: boolean;
}

function filterSql(p: Params, f: OrganizationFilterValues, today: IsoDate): string {
  const c: string[] = [];
  if (f.category != null) c.push(`o.category = ${p.add(f.category)}`);
  // Above-scale on the filter's day (the targets' gap of a past year reads its last day).
  if (f.aboveScale != null) c.push(`${f.aboveScale ? "" : "NOT "}${statusOn("o", p, today, "above_scale")}`);
  if (f.organizationCovered != null) c.push(`${f.organizationCovered ? "" : "NOT "}${coveredByBranch("o", p, today)}`);
  if (f.liaisonCovered != null) c.push(`${f.liaisonCovered ? "" : "NOT "}${coveredByLiaison("o", p, today)}`);
  if (f.nameContains) c.push(`o.name LIKE ${p.add(likeContains(f.nameContains))} ESCAPE '!'`);
  if (f.parkId != null) c.push(`o.park_id = ${p.add(f.parkId)}`);
  if (f.inPopulation != null) c.push(`${f.inPopulation ? "" : "NOT "}(${inPopulation("o", p, today)})`);
  if (f.shouldFormOwnBranch != null) {
    // In the population, 3+ formal members, and not hosting a standalone branch of its own.
    // (Placeholders are added in the order they appear in the text.)
    const population = inPopulation("o", p, today);
    const members = `o.formal_member_count >= ${p.add(MIN_FORMAL_MEMBERS)}`;
    const own = coveredByBranch("o", p, today, { formation: "STANDALONE", hostOnly: true });
    const should = `(${population} AND ${members} AND NOT ${own})`;
    c.push(f.shouldFormOwnBranch ? should : `NOT ${should}`);
  }
  if (f.addedFrom != null) c.push(`o.added_on >= ${p.add(f.addedFrom)}`);
  if (f.addedTo != null) c.push(`o.added_on <= ${p.add(f.addedTo)}`);
  return c.length > 0 ? c.join(" AND ") : "1 = 1";
}

const filterShape = (k: PageKey) => JSON.stringify([k.filter, k.today]);

/** ORDER BY of a page, and the condition that starts it after the row `afterId`. */
function ordering(
  p: Params,
  order: OrganizationOrder | undefined,
  afterId: number | null,
): { after: string | null; by: string } {
  if (order !== "ACTIONABILITY") {
    return { after: afterId === null ? null : `o.id > ${p.add(afterId)}`, by: "o.id" };
  }
  const members = (id: number) => `(SELECT x.formal_member_count FROM organization x WHERE x.id = ${p.add(id)})`;
  return {
    after:
      afterId === null
        ? null
        : `(o.formal_member_count < ${members(afterId)} OR (o.formal_member_count = ${members(afterId)} AND o.id > ${p.add(afterId)}))`,
    by: "o.formal_member_count DESC, o.id",
  };
}

export class OrganizationService {
  constructor(
    private readonly db: Db,
    private readonly scope: ScopeService,
  ) {}

  /** First `first` organizations after `afterId`, ordered by id, for each key. */
  async pages(keys: readonly PageKey[]): Promise<Page[]> {
    const out = new Map<PageKey, Page>();
    const groups = new Map<string, PageKey[]>();
    for (const k of keys) {
      const s = `${filterShape(k)}|${k.first}|${k.afterId}|${k.countyCode === null}|${k.order ?? "LEDGER"}`;
      addTo(groups, s, k);
    }
    for (const group of groups.values()) {
      const sample = group[0] as PageKey;
      let rows: Record<string, unknown>[];
      if (sample.countyCode === null) {
        const p = new Params();
        const conditions = [filterSql(p, sample.filter, sample.today)];
        const order = ordering(p, sample.order, sample.afterId);
        if (order.after) conditions.push(order.after);
        rows = await this.db.query(
          `SELECT ${ORGANIZATION_SELECT} FROM organization o WHERE ${conditions.join(" AND ")} ORDER BY ${order.by} LIMIT ${p.add(sample.first + 1)}`,
          p.values,
        );
        out.set(sample, {
          rows: rows.slice(0, sample.first).map((r) => organizationFromRow(r)),
          hasNextPage: rows.length > sample.first,
        });
        continue;
      }
      // One index range scan per county ((county_code, id) index), glued with UNION ALL: cheap
      // whatever the size of the table, unlike a window function over all of it.
      const counties = [...new Set(group.map((k) => k.countyCode as string))];
      const q = new Params();
      const parts = counties.map((county, i) => {
        const where = [filterSql(q, sample.filter, sample.today), `o.county_code = ${q.add(county)}`];
        const order = ordering(q, sample.order, sample.afterId);
        if (order.after) where.push(order.after);
        return `SELECT * FROM (SELECT ${ORGANIZATION_SELECT} FROM organization o WHERE ${where.join(" AND ")} ORDER BY ${order.by} LIMIT ${q.add(sample.first + 1)}) p${i}`;
      });
      rows = await this.db.query(parts.join(" UNION ALL "), q.values);
      const byCounty = new Map<string, OrganizationRecord[]>();
      for (const r of rows) {
        const rec = organizationFromRow(r);
        addTo(byCounty, rec.countyCode, rec);
      }
      for (const k of group) {
        const all = byCounty.get(k.countyCode as string) ?? [];
        // A UNION ALL does not promise its parts' order: the work lists' order is set again here.
        if (sample.order === "ACTIONABILITY") {
          all.sort((a, b) => b.formalMemberCount - a.formalMemberCount || a.id - b.id);
        }
        out.set(k, { rows: all.slice(0, k.first), hasNextPage: all.length > k.first });
      }
    }
    return keys.map((k) => out.get(k) ?? { rows: [], hasNextPage: false });
  }

  /** Number of organizations matching each key's county and filter (ignoring `first`/`afterId`). */
  async counts(keys: readonly Pick<PageKey, "countyCode" | "filter" | "today">[]): Promise<number[]> {
    const out = new Map<string, number>();
    const keyOf = (k: Pick<PageKey, "countyCode" | "filter" | "today">) =>
      `${filterShape(k as PageKey)}|${k.countyCode}`;
    const groups = new Map<string, Pick<PageKey, "countyCode" | "filter" | "today">[]>();
    for (const k of keys) {
      const s = `${filterShape(k as PageKey)}|${k.countyCode === null}`;
      addTo(groups, s, k);
    }
    for (const group of groups.values()) {
      const sample = group[0] as PageKey;
      const p = new Params();
      const where = filterSql(p, sample.filter, sample.today);
      if (sample.countyCode === null) {
        const [r] = await this.db.query(`SELECT COUNT(*) AS n FROM organization o WHERE ${where}`, p.values);
        out.set(keyOf(sample), num(r?.n));
        continue;
      }
      const counties = [...new Set(group.map((k) => k.countyCode as string))];
      const rows: Record<string, unknown>[] = await this.db.query(
        `SELECT o.county_code AS county, COUNT(*) AS n FROM organization o
         WHERE ${where} AND o.county_code IN ${p.list(counties)} GROUP BY o.county_code`,
        p.values,
      );
      for (const r of rows) out.set(keyOf({ ...sample, countyCode: String(r.county) }), num(r.n));
    }
    return keys.map((k) => out.get(keyOf(k)) ?? 0);
  }

  async byIds(ids: readonly number[]): Promise<(OrganizationRecord | null)[]> {
    if (ids.length === 0) return [];
    const p = new Params();
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT ${ORGANIZATION_SELECT} FROM organization o WHERE o.id IN ${p.list(ids)}`,
      p.values,
    );
    const byId = new Map(rows.map((r) => [num(r.id), organizationFromRow(r)]));
    return ids.map((id) => this.scope.readable(byId.get(id) ?? null));
  }

  /** Branches in force on `today` covering each organization, with the organization's role. */
  async branchLinks(organizationIds: readonly number[], today: IsoDate): Promise<BranchLinkRecord[][]> {
    const p = new Params();
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT l.organization_id AS organization_id, l.role AS role, l.valid_from AS valid_from, l.valid_to AS valid_to,
              ${selectColumns("b", BRANCH_COLUMNS, "b_")}
       FROM coverage_link l JOIN branch b ON b.id = l.branch_id
       WHERE l.organization_id IN ${p.list(organizationIds)} AND ${inForce("l", p, today)}
         AND b.founded_on <= ${p.add(today)} AND (b.dissolved_on IS NULL OR b.dissolved_on > ${p.add(today)})
       ORDER BY l.organization_id, b.id`,
      p.values,
    );
    const byOrg = new Map<number, BranchLinkRecord[]>();
    for (const r of rows) {
      const id = num(r.organization_id);
      addTo(byOrg, id, {
        branch: branchFromRow(r, "b_"),
        role: String(r.role) as BranchLinkRecord["role"],
        from: dateValue(r.valid_from) as IsoDate,
        to: dateValue(r.valid_to),
      });
    }
    return organizationIds.map((id) => byOrg.get(id) ?? []);
  }

  /**
   * Units each branch covers on `today`; for a dissolved branch, the units it covered until its
   * dissolution (their links ended that day).
   */
  async organizationsOfBranches(branchIds: readonly number[], today: IsoDate): Promise<OrganizationRecord[][]> {
    const p = new Params();
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT l.branch_id AS branch_id, ${selectColumns("o", ORGANIZATION_COLUMNS, "o_")}
       FROM coverage_link l
       JOIN branch b ON b.id = l.branch_id
       JOIN organization o ON o.id = l.organization_id
       WHERE l.branch_id IN ${p.list(branchIds)}
         AND ((${inForce("l", p, today)}) OR (b.dissolved_on IS NOT NULL AND l.valid_to = b.dissolved_on))
       ORDER BY l.branch_id, o.id`,
      p.values,
    );
    const byBranch = new Map<number, OrganizationRecord[]>();
    for (const r of rows) {
      const id = num(r.branch_id);
      const org = this.scope.readable(organizationFromRow(r, "o_"));
      if (org) addTo(byBranch, id, org);
    }
    return branchIds.map((id) => byBranch.get(id) ?? []);
  }

  /** Liaisons with an assignment in force on `today` for each organization. */
  async liaisonsOf(organizationIds: readonly number[], today: IsoDate): Promise<LiaisonRecord[][]> {
    const p = new Params();
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT a.organization_id AS organization_id, ${selectColumns("li", LIAISON_COLUMNS, "li_")}
       FROM liaison_assignment a JOIN liaison li ON li.id = a.liaison_id
       WHERE a.organization_id IN ${p.list(organizationIds)} AND ${inForce("a", p, today)}
       ORDER BY a.organization_id, li.id`,
      p.values,
    );
    const byOrg = new Map<number, LiaisonRecord[]>();
    for (const r of rows) {
      const id = num(r.organization_id);
      const list = byOrg.get(id) ?? [];
      if (!list.some((l) => l.id === num(r.li_id))) list.push(liaisonFromRow(r, "li_"));
      byOrg.set(id, list);
    }
    return organizationIds.map((id) => byOrg.get(id) ?? []);
  }

  async branchesByIds(ids: readonly number[]): Promise<(BranchRecord | null)[]> {
    const p = new Params();
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT ${selectColumns("b", BRANCH_COLUMNS)} FROM branch b WHERE b.id IN ${p.list(ids)}`,
      p.values,
    );
    const byId = new Map(rows.map((r) => [num(r.id), branchFromRow(r)]));
    return ids.map((id) => this.scope.readable(byId.get(id) ?? null));
  }

  async liaisonsByIds(ids: readonly number[]): Promise<(LiaisonRecord | null)[]> {
    const p = new Params();
    const rows: Record<string, unknown>[] = await this.db.query(
      `SELECT ${selectColumns("l", LIAISON_COLUMNS)} FROM liaison l WHERE l.id IN ${p.list(ids)}`,
      p.values,
    );
    const byId = new Map(rows.map((r) => [num(r.id), liaisonFromRow(r)]));
    return ids.map((id) => this.scope.readable(byId.get(id) ?? null));
  }
}
