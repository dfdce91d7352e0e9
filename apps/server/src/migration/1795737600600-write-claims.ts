import { type MigrationInterface, type QueryRunner, Table } from "typeorm";
import { int, str } from "./helpers.js";

/**
 * Write claims (issue 13): one row per guarded scope (a quota plan, a county, a leader, …) that every
 * transaction checking an invariant of that scope writes first (`Tx.claim`). On one server the row
 * write is a lock; on a Galera cluster it is what certification sees, so two transactions that checked
 * the same invariant on different nodes cannot both commit (the loser gets 1213 and is retried).
 */
export class WriteClaims1795737600600 implements MigrationInterface {
  name = "WriteClaims1795737600600";

  async up(q: QueryRunner): Promise<void> {
    const engine = q.connection.driver.options.type === "mysql" ? { engine: "InnoDB" } : {};
    await q.createTable(
      new Table({
        name: "write_claim",
        columns: [{ ...str("claim_key", 128), isPrimary: true }, int("claims")],
        ...engine,
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable("write_claim");
  }
}
