/**
 * Liaisons' work targets and deadlines (明确工作目标及完成时限, domain.md §3.1): a target set for a
 * liaison's assignment to a unit, completed once; the status (OPEN, OVERDUE, DONE, DONE_LATE) is the
 * domain's `workTargetStatus`, and the list's status filter is the same rule in SQL. Targets are
 * written like the ledger (WRITE_LEDGER, in the unit's county) and audited.
 */
import {
  checkWorkTargetCompletion,
  type IsoDate,
  parseIsoDate,
  validateWorkTarget,
  type WorkTargetStatus,
  workTargetStatus,
} from "@liangxin/domain";
import { type Db, organizationClaim, type Tx } from "./db.js";
import { refuseFindings } from "./findings.js";
import { mutate, type Outcome, problem, refuse } from "./outcome.js";
import type { ScopeService } from "./scope.service.js";
import { dateValue, inForce, insertedId, num, Params } from "./sql.js";

export interface WorkTargetRecord {
  readonly id: number;
  readonly liaisonId: number;
  readonly organizationId: number;
  readonly countyCode: string;
  readonly description: string;
  readonly setOn: IsoDate;
  readonly dueOn: IsoDate;
  readonly completedOn: IsoDate | null;
}

export interface WorkTargetFilter {
  /** Null: every county the viewer may read. */
  readonly countyCode: string | null;
  readonly status: WorkTargetStatus | null;
  readonly organizationId?: number | null;
}

const fromRow = (r: Record<string, unknown>): WorkTargetRecord => ({
  id: num(r.id),
  liaisonId: num(r.liaison_id),
  organizationId: num(r.organization_id),
  countyCode: String(r.county_code),
  description: String(r.description),
  setOn: dateValue(r.set_on) as IsoDate,
  dueOn: dateValue(r.due_on) as IsoDate,
  completedOn: dateValue(r.completed_on),
});

const audited = (t: WorkTargetRecord) => ({
  liaisonId: t.liaisonId,
  organizationId: t.organizationId,
  description: t.description,
  setOn: t.setOn,
  dueOn: t.dueOn,
  completedOn: t.completedOn,
});

/** The domain's status rule as a condition on alias `t` (kept in step by test/work-lists.test.ts). */
export function statusCondition(p: Params, status: WorkTargetStatus, today: IsoDate): string {
  switch (status) {
    case "OPEN":
      return `(t.completed_on IS NULL AND t.due_on >= ${p.add(today)})`;
    case "OVERDUE":
      return `(t.completed_on IS NULL AND t.due_on < ${p.add(today)})`;
    case "DONE":
      return "(t.completed_on IS NOT NULL AND t.completed_on <= t.due_on)";
    case "DONE_LATE":
      return "(t.completed_on IS NOT NULL AND t.completed_on > t.due_on)";
  }
}

/** Opaque ids of work targets (not nodes): base64url of "LiaisonWorkTarget:<id>". */
export const workTargetId = (id: number): string =>
  Buffer.from(`LiaisonWorkTarget:${id}`, "latin1").toString("base64url");
export function decodeWorkTargetId(id: string): number | null {
  if (id.length > 100 || !/^[A-Za-z0-9_-]+$/.test(id)) return null;
  const m = /^LiaisonWorkTarget:([1-9]\d{0,14})$/.exec(Buffer.from(id, "base64url").toString("latin1"));
  return m ? Number(m[1]) : null;
}

export class LiaisonTargetService {
  constructor(
    private readonly db: Db,
    private readonly scope: ScopeService,
  ) {}

  private async lock(tx: Tx, id: number | null): Promise<WorkTargetRecord> {
    const [row] =
      id === null ? [] : await tx.query(`SELECT * FROM liaison_work_target WHERE id = ?${tx.forUpdate}`, [id]);
    if (!row) throw refuse("NOT_FOUND", "没有这个工作目标", ["input", "workTargetId"]);
    return fromRow(row);
  }

  /**
   * Sets a work target and its deadline for a liaison dispatched to a unit (an assignment in force
   * today). A deadline already past is recorded with a warning.
   */
  record(
    input: { organizationId: number | null; liaisonId: number | null; description: string; dueOn: string },
    today: IsoDate,
  ): Promise<Outcome<WorkTargetRecord>> {
    return mutate(this.db, async (tx, warn) => {
      // The unit's claim: an assignment ended meanwhile on another node cannot slip past the check.
      if (input.organizationId !== null) await tx.claim(organizationClaim(input.organizationId));
      const [org] =
        input.organizationId === null
          ? []
          : await tx.query(`SELECT id, county_code FROM organization WHERE id = ?${tx.forUpdate}`, [
              input.organizationId,
            ]);
      if (!org) throw refuse("NOT_FOUND", "没有这个单位", ["input", "organizationId"]);
      const countyCode = String(org.county_code);
      this.scope.assertWritable(countyCode, ["input", "organizationId"]);
      const p = new Params();
      const [assignment] =
        input.liaisonId === null
          ? []
          : await tx.query(
              `SELECT a.valid_from FROM liaison_assignment a
               WHERE a.organization_id = ${p.add(num(org.id))} AND a.liaison_id = ${p.add(input.liaisonId)} AND ${inForce("a", p, today)}
               ORDER BY a.valid_from`,
              p.values,
            );
      if (!assignment) {
        throw refuse("PREREQUISITE_MISSING", "这位联络员（指导员）目前未派驻该单位", ["input", "liaisonId"]);
      }
      const dueOn = parseIsoDate(input.dueOn);
      if (!dueOn.ok) throw refuse("INVALID_INPUT", "完成时限无效", ["input", "dueOn"]);
      const verdict = validateWorkTarget(
        { description: input.description, dueOn: dueOn.value },
        { from: dateValue(assignment.valid_from) as IsoDate },
        today,
      );
      if (!verdict.valid) throw refuseFindings(verdict.errors);
      for (const w of verdict.warnings) warn(problem("DEADLINE_PASSED", w.message, ["input", ...(w.field ?? [])]));
      const id = insertedId(
        await tx.query(
          `INSERT INTO liaison_work_target (liaison_id, organization_id, county_code, description, set_on, due_on)
           VALUES (?, ?, ?, ?, ?, ?)`,
          [input.liaisonId, num(org.id), countyCode, input.description.trim(), today, dueOn.value],
        ),
      );
      const created = await this.lock(tx, id);
      await tx.audit({
        operation: "recordLiaisonWorkTarget",
        entityType: "LiaisonWorkTarget",
        entityKey: id,
        before: null,
        after: audited(created),
      });
      return created;
    });
  }

  /** Marks a target reached on a day (today when omitted): once, not before it was set. */
  complete(
    input: { workTargetId: number | null; completedOn: string | null },
    today: IsoDate,
  ): Promise<Outcome<WorkTargetRecord>> {
    return mutate(this.db, async (tx) => {
      const before = await this.lock(tx, input.workTargetId);
      this.scope.assertWritable(before.countyCode, ["input", "workTargetId"]);
      const completedOn = input.completedOn ?? today;
      const verdict = checkWorkTargetCompletion(before, completedOn, today);
      if (!verdict.valid) {
        const again = verdict.errors.some((e) => e.code === "ALREADY_COMPLETED");
        throw refuseFindings(verdict.errors, again ? "INVALID_TRANSITION" : "INVALID_INPUT");
      }
      await tx.query("UPDATE liaison_work_target SET completed_on = ? WHERE id = ?", [completedOn, before.id]);
      const after = await this.lock(tx, before.id);
      await tx.audit({
        operation: "completeLiaisonWorkTarget",
        entityType: "LiaisonWorkTarget",
        entityKey: before.id,
        before: audited(before),
        after: audited(after),
      });
      return after;
    });
  }

  /** A page of targets, by deadline (then as set), after the target `afterId`. */
  async page(
    filter: WorkTargetFilter,
    first: number,
    afterId: number | null,
    today: IsoDate,
  ): Promise<{ rows: WorkTargetRecord[]; hasNextPage: boolean; totalCount: number }> {
    const conditions = (p: Params): string[] => {
      const c = ["1 = 1"];
      const county = this.scope.countyForRead(filter.countyCode);
      if (county !== null) c.push(`t.county_code = ${p.add(county)}`);
      if (filter.status) c.push(statusCondition(p, filter.status, today));
      if (filter.organizationId != null) c.push(`t.organization_id = ${p.add(filter.organizationId)}`);
      return c;
    };
    const count = new Params();
    const [total] = await this.db.query(
      `SELECT COUNT(*) AS n FROM liaison_work_target t WHERE ${conditions(count).join(" AND ")}`,
      count.values,
    );
    const p = new Params();
    const where = conditions(p);
    if (afterId !== null) {
      const due = `(SELECT x.due_on FROM liaison_work_target x WHERE x.id = ${p.add(afterId)})`;
      const dueAgain = `(SELECT x.due_on FROM liaison_work_target x WHERE x.id = ${p.add(afterId)})`;
      where.push(`(t.due_on > ${due} OR (t.due_on = ${dueAgain} AND t.id > ${p.add(afterId)}))`);
    }
    const rows = await this.db.query(
      `SELECT t.* FROM liaison_work_target t WHERE ${where.join(" AND ")} ORDER BY t.due_on, t.id LIMIT ${p.add(first + 1)}`,
      p.values,
    );
    return { rows: rows.slice(0, first).map(fromRow), hasNextPage: rows.length > first, totalCount: num(total?.n) };
  }

  /** The targets of each organization (newest first), for Organization.liaisonWorkTargets. */
  async byOrganizations(ids: readonly number[]): Promise<WorkTargetRecord[][]> {
    const p = new Params();
    const rows = (
      await this.db.query(
        `SELECT t.* FROM liaison_work_target t WHERE t.organization_id IN ${p.list(ids)} ORDER BY t.id DESC`,
        p.values,
      )
    )
      .map(fromRow)
      .filter((t) => this.scope.mayRead(t.countyCode));
    return ids.map((id) => rows.filter((t) => t.organizationId === id));
  }

  status(t: WorkTargetRecord, today: IsoDate): WorkTargetStatus {
    return workTargetStatus(t, today);
  }
}
