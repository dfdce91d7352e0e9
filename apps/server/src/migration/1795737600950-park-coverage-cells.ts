import type { MigrationInterface, QueryRunner } from "typeorm";
import { rebuildAggregates } from "../service/aggregates.js";

/**
 * Coverage by industrial park (园区): the kept aggregates gain park cells, stored in the place column
 * (`county`) as `P<park id>` beside '*' (the city) and the county codes. Existing databases have
 * no park cells yet: the table is rebuilt from the ledger (the city and county cells come out the
 * same). No column changes.
 */
export class ParkCoverageCells1795737600950 implements MigrationInterface {
  name = "ParkCoverageCells1795737600950";

  async up(q: QueryRunner): Promise<void> {
    // A fresh database got them from 1795737600700 (it runs today's rebuild); nothing to do without parked units.
    const [cells] = await q.query("SELECT COUNT(*) AS n FROM coverage_delta WHERE county LIKE 'P%'");
    const [parked] = await q.query("SELECT COUNT(*) AS n FROM organization WHERE park_id IS NOT NULL");
    if (Number(cells?.n ?? 0) > 0 || Number(parked?.n ?? 0) === 0) return;
    await rebuildAggregates(q, q.connection.driver.options.type === "mysql");
  }

  async down(q: QueryRunner): Promise<void> {
    // The city and county cells do not depend on parks: dropping the park cells restores the old table.
    await q.query("DELETE FROM coverage_delta WHERE county LIKE 'P%'");
  }
}
