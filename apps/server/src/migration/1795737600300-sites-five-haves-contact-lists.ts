import { type MigrationInterface, type QueryRunner, Table } from "typeorm";
import { bool, date, fk, id, index, int, str, text, timestamp } from "./helpers.js";

/**
 * Demonstration sites within their quota, 五有 assessments, and the counties' reports of their
 * leaders' contact-point lists (issue: demonstration sites, 五有, contact points).
 */
export class SitesFiveHavesContactLists1795737600300 implements MigrationInterface {
  name = "SitesFiveHavesContactLists1795737600300";

  async up(q: QueryRunner): Promise<void> {
    const engine = q.connection.driver.options.type === "mysql" ? { engine: "InnoDB" } : {};
    const table = (name: string, def: Omit<ConstructorParameters<typeof Table>[0] & object, "name">) =>
      q.createTable(new Table({ name, ...engine, ...def }), false, true, true);

    await table("demonstration_site", {
      columns: [
        id(),
        int("year"),
        str("level", 8),
        int("organization_id"),
        // The organization's county when nominated: the quota the site holds a place in.
        str("county_code", 6),
        str("status", 16),
        str("nomination_note", 500, true),
        str("review_note", 500, true),
        timestamp(q, "nominated_at"),
        timestamp(q, "reviewed_at", true),
      ],
      foreignKeys: [fk("organization_id", "organization"), fk("county_code", "county", "code")],
      indices: [
        // The quota board and the count a nomination checks under the plan's lock.
        index("ix_demonstration_site_plan", ["year", "level", "county_code", "status"]),
        index("ix_demonstration_site_organization", ["organization_id", "year", "level"]),
      ],
    });
    await table("five_haves_assessment", {
      columns: [
        id(),
        int("branch_id"),
        int("year"),
        bool("has_organization"),
        bool("has_rules"),
        bool("has_activities"),
        bool("has_venue"),
        bool("has_impact"),
        bool("passed"),
        text("evidence"),
        timestamp(q, "assessed_at"),
      ],
      foreignKeys: [fk("branch_id", "branch")],
      // One assessment per branch and year: re-assessing replaces it (the audit trail keeps the old one).
      indices: [index("ux_five_haves_assessment_branch_year", ["branch_id", "year"], true)],
    });
    await table("contact_list_report", {
      columns: [id(), str("county_code", 6), int("year"), date("reported_on"), timestamp(q, "reported_at")],
      foreignKeys: [fk("county_code", "county", "code")],
      indices: [index("ux_contact_list_report_county_year", ["county_code", "year"], true)],
    });
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable("contact_list_report", true);
    await q.dropTable("five_haves_assessment", true);
    await q.dropTable("demonstration_site", true);
  }
}
