import { type MigrationInterface, type QueryRunner, Table } from "typeorm";
import { index, int, str, text, timestamp } from "./helpers.js";

/** The audit trail of every change, and login throttling that holds across replicas. */
export class AuditAndThrottle1795737600100 implements MigrationInterface {
  name = "AuditAndThrottle1795737600100";

  async up(q: QueryRunner): Promise<void> {
    const engine = q.connection.driver.options.type === "mysql" ? { engine: "InnoDB" } : {};
    await q.createTable(
      new Table({
        name: "audit_log",
        ...engine,
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          timestamp(q, "occurred_at"),
          str("request_id", 64),
          int("user_id", true),
          str("username", 64),
          str("role", 16),
          str("operation", 64),
          str("entity_type", 32),
          str("entity_key", 32),
          text("changes", false),
        ],
        indices: [
          index("ix_audit_log_entity", ["entity_type", "entity_key", "id"]),
          index("ix_audit_log_user", ["user_id", "id"]),
        ],
      }),
      false,
      true,
      true,
    );
    await q.createTable(
      new Table({
        name: "login_throttle",
        ...engine,
        columns: [
          { name: "throttle_key", type: "varchar", length: "200", isPrimary: true },
          int("failures"),
          timestamp(q, "window_started_at"),
          { ...timestamp(q, "locked_until", true) },
        ],
      }),
      false,
      true,
      true,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable("login_throttle", true);
    await q.dropTable("audit_log", true);
  }
}
