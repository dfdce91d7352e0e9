import { type MigrationInterface, type QueryRunner, Table } from "typeorm";
import { date, fk, id, index, str } from "./helpers.js";

/**
 * The ledger's writes (issue: the ledger): a branch's level over time, so that as-of figures by level
 * stay right after an upgrade (党支部 → 党总支 → 党委); and the index the writes and the Excel import use
 * to find a unit by name within its county.
 *
 * A branch without rows here had one level all its life (`branch.level`); the first change of level
 * writes the period before it and the one after.
 */
export class LedgerHistory1795737600200 implements MigrationInterface {
  name = "LedgerHistory1795737600200";

  async up(q: QueryRunner): Promise<void> {
    const engine = q.connection.driver.options.type === "mysql" ? { engine: "InnoDB" } : {};
    await q.createTable(
      new Table({
        name: "branch_level_period",
        ...engine,
        columns: [
          id(),
          { name: "branch_id", type: "int", isNullable: false },
          str("level", 16),
          date("valid_from"),
          date("valid_to", true),
        ],
        foreignKeys: [fk("branch_id", "branch")],
        indices: [index("ix_branch_level_period_branch", ["branch_id", "valid_from"])],
      }),
      false,
      true,
      true,
    );
    await q.createIndex("organization", index("ix_organization_county_name", ["county_code", "name"]));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex("organization", "ix_organization_county_name");
    await q.dropTable("branch_level_period", true);
  }
}
