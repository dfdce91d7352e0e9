/** Reading the audit trail: newest first, a page at a time. */
import type { Db } from "./db.js";
import { num, Params, readInstant } from "./sql.js";

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
  constructor(private readonly db: Db) {}

  /** The history of one entity, newest first; `beforeId` continues after a page's last entry. */
  async page(
    entityType: string,
    entityKey: string,
    first: number,
    beforeId: number | null,
  ): Promise<{ rows: AuditRecord[]; hasNextPage: boolean; totalCount: number }> {
    const p = new Params();
    const where = `entity_type = ${p.add(entityType)} AND entity_key = ${p.add(entityKey)}`;
    const count = new Params();
    const [total] = await this.db.query(
      `SELECT COUNT(*) AS n FROM audit_log WHERE entity_type = ${count.add(entityType)} AND entity_key = ${count.add(entityKey)}`,
      count.values,
    );
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
}
