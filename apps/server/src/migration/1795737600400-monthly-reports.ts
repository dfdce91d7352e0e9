import { type MigrationInterface, type QueryRunner, Table } from "typeorm";
import { date, fk, id, index, str, text, timestamp } from "./helpers.js";

/**
 * Monthly reports (月报告制度, issue 7): one row per county and period once a county prepares or
 * submits it; the figures are frozen (JSON of the coverage counts) at submission.
 */
export class MonthlyReports1795737600400 implements MigrationInterface {
  name = "MonthlyReports1795737600400";

  async up(q: QueryRunner): Promise<void> {
    const engine = q.connection.driver.options.type === "mysql" ? { engine: "InnoDB" } : {};
    await q.createTable(
      new Table({
        name: "monthly_report",
        ...engine,
        columns: [
          id(),
          str("county_code", 6),
          str("period", 7),
          str("status", 16),
          text("note"),
          text("review_note"),
          text("figures"),
          date("first_submitted_on", true),
          timestamp(q, "submitted_at", true),
          timestamp(q, "reviewed_at", true),
          timestamp(q, "created_at"),
          timestamp(q, "updated_at"),
        ],
        foreignKeys: [fk("county_code", "county", "code")],
        indices: [
          index("ux_monthly_report_county_period", ["county_code", "period"], true),
          index("ix_monthly_report_period", ["period", "county_code"]),
        ],
      }),
      false,
      true,
      true,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable("monthly_report", true);
  }
}
