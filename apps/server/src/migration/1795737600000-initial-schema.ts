import { type MigrationInterface, type QueryRunner, Table } from "typeorm";
import { bool, date, fk, id, index, int, str, timestamp } from "./helpers.js";

/** The ledger, coverage, people, quota plans and users (issue: server on MariaDB and SQLite). */
export class InitialSchema1795737600000 implements MigrationInterface {
  name = "InitialSchema1795737600000";

  async up(q: QueryRunner): Promise<void> {
    const utf8mb4 = q.connection.driver.options.type === "mysql" ? { engine: "InnoDB" } : {};
    const table = (name: string, def: Omit<ConstructorParameters<typeof Table>[0] & object, "name">) =>
      q.createTable(new Table({ name, ...utf8mb4, ...def }), false, true, true);

    await table("county", {
      columns: [
        { name: "code", type: "varchar", length: "6", isPrimary: true },
        str("name", 32),
        str("full_name", 64),
        str("kind", 24),
        bool("official"),
        int("sort_order"),
        str("organization_head_name", 32, true),
      ],
    });
    await table("park", {
      columns: [id(), str("county_code", 6), str("name", 100), str("work_committee_name", 100, true)],
      foreignKeys: [fk("county_code", "county", "code")],
    });
    await table("organization", {
      columns: [
        id(),
        str("name", 200),
        str("credit_code", 32, true),
        str("category", 32),
        str("subtype", 32, true),
        str("county_code", 6),
        int("park_id", true),
        str("industry", 64, true),
        int("employee_count", true),
        bool("above_scale"),
        bool("eligible"),
        int("formal_member_count"),
        int("probationary_member_count"),
        bool("legal_representative_is_member"),
        date("added_on"),
        date("ceased_on", true),
        timestamp(q, "created_at"),
        timestamp(q, "updated_at"),
      ],
      foreignKeys: [fk("county_code", "county", "code"), fk("park_id", "park")],
      indices: [
        index("ux_organization_credit_code", ["credit_code"], true),
        index("ix_organization_county", ["county_code", "id"]),
        index("ix_organization_population", ["county_code", "category", "eligible", "added_on"]),
      ],
    });
    await table("branch", {
      columns: [
        id(),
        str("name", 200),
        str("county_code", 6),
        str("formation", 16),
        str("level", 16),
        date("founded_on"),
        date("dissolved_on", true),
        int("formal_member_count"),
        int("committee_size", true),
        str("secretary_name", 32, true),
        str("secretary_phone", 32, true),
        timestamp(q, "created_at"),
        timestamp(q, "updated_at"),
      ],
      foreignKeys: [fk("county_code", "county", "code")],
      indices: [index("ix_branch_county", ["county_code"]), index("ix_branch_founded", ["founded_on"])],
    });
    await table("coverage_link", {
      columns: [
        id(),
        int("branch_id"),
        int("organization_id"),
        str("role", 16),
        date("valid_from"),
        date("valid_to", true),
      ],
      foreignKeys: [fk("branch_id", "branch"), fk("organization_id", "organization")],
      indices: [
        index("ix_coverage_link_organization", ["organization_id", "valid_from"]),
        index("ix_coverage_link_branch", ["branch_id", "valid_from"]),
      ],
    });
    await table("liaison", {
      columns: [
        id(),
        str("name", 32),
        str("kind", 16),
        str("county_code", 6),
        str("title", 64, true),
        str("phone", 32, true),
      ],
      foreignKeys: [fk("county_code", "county", "code")],
      indices: [index("ix_liaison_county", ["county_code"])],
    });
    await table("liaison_assignment", {
      columns: [id(), int("liaison_id"), int("organization_id"), date("valid_from"), date("valid_to", true)],
      foreignKeys: [fk("liaison_id", "liaison"), fk("organization_id", "organization")],
      indices: [
        index("ix_liaison_assignment_organization", ["organization_id", "valid_from"]),
        index("ix_liaison_assignment_liaison", ["liaison_id"]),
      ],
    });
    await table("leader", {
      columns: [
        id(),
        str("name", 32),
        str("title", 64),
        str("level", 8),
        str("county_code", 6, true),
        str("phone", 32, true),
        int("sort_order"),
      ],
      foreignKeys: [fk("county_code", "county", "code")],
      indices: [index("ix_leader_level", ["level", "county_code", "sort_order"])],
    });
    await table("contact_point", {
      columns: [
        id(),
        int("leader_id"),
        int("organization_id"),
        int("year"),
        date("started_on"),
        date("ended_on", true),
      ],
      foreignKeys: [fk("leader_id", "leader"), fk("organization_id", "organization")],
      indices: [
        index("ix_contact_point_leader", ["leader_id", "year"]),
        index("ix_contact_point_organization", ["organization_id"]),
      ],
    });
    await table("quota_plan", {
      columns: [id(), int("year"), str("level", 8), int("total")],
      indices: [index("ux_quota_plan_year_level", ["year", "level"], true)],
    });
    await table("quota_allocation", {
      columns: [id(), int("plan_id"), str("county_code", 6), int("quota")],
      foreignKeys: [fk("plan_id", "quota_plan", "id", "CASCADE"), fk("county_code", "county", "code")],
      indices: [index("ux_quota_allocation_plan_county", ["plan_id", "county_code"], true)],
    });
    await table("app_user", {
      columns: [
        id(),
        str("username", 64),
        str("password_hash", 255),
        str("role", 16),
        str("county_code", 6, true),
        str("display_name", 32, true),
        bool("disabled"),
        int("token_version"),
        timestamp(q, "created_at"),
      ],
      foreignKeys: [fk("county_code", "county", "code")],
      indices: [index("ux_app_user_username", ["username"], true)],
    });
    await table("app_meta", {
      columns: [{ name: "key", type: "varchar", length: "64", isPrimary: true }, str("value", 255)],
    });
  }

  async down(q: QueryRunner): Promise<void> {
    for (const name of [
      "app_meta",
      "app_user",
      "quota_allocation",
      "quota_plan",
      "contact_point",
      "leader",
      "liaison_assignment",
      "liaison",
      "coverage_link",
      "branch",
      "organization",
      "park",
      "county",
    ]) {
      await q.dropTable(name, true);
    }
  }
}
