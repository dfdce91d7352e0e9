import { type MigrationInterface, type QueryRunner, Table } from "typeorm";
import { bool, date, fk, id, index, str, timestamp } from "./helpers.js";

/**
 * Eligibility (具备开展党建工作条件) and the above-scale flag (规上) over time (issue 15): a change of
 * either no longer rewrites past as-of figures, the year's doubling baseline or unsubmitted reports.
 *
 * `organization_status_period` holds each unit's half-open periods [valid_from, valid_to) with both
 * flags, contiguous from the day the unit entered the ledger; the last one is open (valid_to NULL)
 * and equals the organization row's `eligible` / `above_scale` (today's values). `recorded_by` /
 * `recorded_at` say who wrote the period and when (null / the migration's time for the backfill).
 * The model is documented in packages/domain/src/status.ts and docs/architecture.md.
 *
 * Backfill: one open period per unit from its `added_on` with its current flags, which is what every
 * figure read before this migration.
 */
export class OrganizationStatusPeriod1795737600900 implements MigrationInterface {
  name = "OrganizationStatusPeriod1795737600900";

  async up(q: QueryRunner): Promise<void> {
    const engine = q.connection.driver.options.type === "mysql" ? { engine: "InnoDB" } : {};
    await q.createTable(
      new Table({
        name: "organization_status_period",
        ...engine,
        columns: [
          id(),
          { name: "organization_id", type: "int", isNullable: false },
          date("valid_from"),
          date("valid_to", true),
          bool("eligible"),
          bool("above_scale"),
          str("recorded_by", 64, true),
          timestamp(q, "recorded_at"),
        ],
        foreignKeys: [fk("organization_id", "organization")],
        indices: [index("ix_organization_status_period_org", ["organization_id", "valid_from"])],
      }),
      false,
      true,
      true,
    );
    await q.query(
      `INSERT INTO organization_status_period (organization_id, valid_from, valid_to, eligible, above_scale, recorded_by)
       SELECT id, added_on, NULL, eligible, above_scale, NULL FROM organization ORDER BY id`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable("organization_status_period", true);
  }
}
