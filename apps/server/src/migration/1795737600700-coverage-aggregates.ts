import { type MigrationInterface, type QueryRunner, Table } from "typeorm";
import { FIGURE_COLUMNS, rebuildAggregates } from "../service/aggregates.js";
import { date, int, str } from "./helpers.js";

/**
 * Kept coverage aggregates (issue 14): per scope cell (county or '*' for the city, category or '*',
 * above-scale only 0/1) and day, the change of every counted figure. The primary key is the upsert
 * key; reads are range scans of one cell up to a day. Filled from the ledger at once.
 */
export class CoverageAggregates1795737600700 implements MigrationInterface {
  name = "CoverageAggregates1795737600700";

  async up(q: QueryRunner): Promise<void> {
    const mysql = q.connection.driver.options.type === "mysql";
    await q.createTable(
      new Table({
        name: "coverage_delta",
        ...(mysql ? { engine: "InnoDB" } : {}),
        columns: [
          { ...str("county", 12), isPrimary: true },
          { ...str("category", 32), isPrimary: true },
          { ...int("above_scale"), isPrimary: true },
          { ...date("day"), isPrimary: true },
          ...FIGURE_COLUMNS.map((c) => ({ ...int(c), default: 0 })),
        ],
      }),
      false,
    );
    // On a fresh database this runs before the status periods exist (1795737600900): units then have
    // their flags all their life, as that migration's backfill records them.
    await rebuildAggregates(q, mysql, { statusPeriods: await q.hasTable("organization_status_period") });
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable("coverage_delta");
  }
}
