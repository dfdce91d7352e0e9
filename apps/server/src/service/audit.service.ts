/**
 * Reading the audit trail: newest first, a page at a time; one entity's history, or the whole trail
 * searched by operation, user, kind of entity and the department's calendar days.
 */
import { addDays, type IsoDate } from "@liangxin/domain";
import { startOfDay } from "../common/clock.js";
import type { Db } from "./db.js";
import { num, Params, readInstant, sqlInstant } from "./sql.js";

export interface AuditRecord {
  readonly id: number;
  readonly occurredAt: Date;
  readonly requestId: string;
  readonly username: string;
  readonly role: string;
  readonly operation: string;
  readonly entityType: string;
  readonly entityKey: string;
  readonly changes: Record<string, [unknown, unknown]>;
}

export interface AuditFilterValues {
  readonly operation?: string | null;
  readonly username?: string | null;
  readonly entityType?: string | null;
  readonly entityKey?: string | null;
  /** Calendar days of the department (APP_TIME_ZONE), inclusive. */
  readonly from?: IsoDate | null;
  readonly to?: IsoDate | null;
}

function auditFromRow(r: Record<string, unknown>): AuditRecord {
  return {
    id: num(r.id),
    occurredAt: readInstant(r.occurred_at) as Date,
    requestId: String(r.request_id),
    username: String(r.username),
    role: String(r.role),
    operation: String(r.operation),
    entityType: String(r.entity_type),
    entityKey: String(r.entity_key),
    changes: JSON.parse(String(r.changes)),
  };
}

export class AuditService {
  constructor(
    private readonly db: Db,
    private readonly timeZone: string,
  ) {}

  private conditions(p: Params, f: AuditFilterValues): string {
    const c = ["1 = 1"];
    if (f.operation) c.push(`operation = ${p.add(f.operation)}`);
    if (f.username) c.push(`username = ${p.add(f.username)}`);
    if (f.entityType) c.push(`entity_type = ${p.add(f.entityType)}`);
    if (f.entityKey) c.push(`entity_key = ${p.add(f.entityKey)}`);
    if (f.from) c.push(`occurred_at >= ${p.add(sqlInstant(startOfDay(f.from, this.timeZone)))}`);
    if (f.to) c.push(`occurred_at < ${p.add(sqlInstant(startOfDay(addDays(f.to, 1), this.timeZone)))}`);
    return c.join(" AND ");
  }

  /** Changes matching the filter, newest first; `beforeId` continues after a page's last entry. */
  async search(
    filter: AuditFilterValues,
    first: number,
    beforeId: number | null,
  ): Promise<{ rows: AuditRecord[]; hasNextPage: boolean; totalCount: number }> {
    const count = new Params();
    const [total] = await this.db.query(
      `SELECT COUNT(*) AS n FROM audit_log WHERE ${this.conditions(count, filter)}`,
      count.values,
    );
    const p = new Params();
    const where = this.conditions(p, filter);
    const rows = await this.db.query(
      `SELECT * FROM audit_log WHERE ${where}${beforeId === null ? "" : ` AND id < ${p.add(beforeId)}`} ORDER BY id DESC LIMIT ${p.add(first + 1)}`,
      p.values,
    );
    return {
      rows: rows.slice(0, first).map(auditFromRow),
      hasNextPage: rows.length > first,
      totalCount: num(total?.n),
    };
  }

  /** The history of one entity, newest first. */
  page(entityType: string, entityKey: string, first: number, beforeId: number | null) {
    return this.search({ entityType, entityKey }, first, beforeId);
  }

  /** The operations and kinds of entity the trail holds (for the search's choices). */
  async facets(): Promise<{ operations: string[]; entityTypes: string[] }> {
    const [operations, types] = await Promise.all([
      this.db.query("SELECT DISTINCT operation FROM audit_log"),
      this.db.query("SELECT DISTINCT entity_type FROM audit_log"),
    ]);
    // Sorted here: the two back ends' collations order case differently.
    return {
      operations: operations.map((r) => String(r.operation)).sort(),
      entityTypes: types.map((r) => String(r.entity_type)).sort(),
    };
  }
}
