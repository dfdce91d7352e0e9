import { type MigrationInterface, type QueryRunner, Table } from "typeorm";
import { addColumnsInPlace, date, fk, id, index, int, str, timestamp } from "./helpers.js";

/**
 * The city's people and places managed in the system (issue 15):
 * - leaders' terms (任职 / 离任: a term that ends keeps the leader and his contact points as history)
 *   and which county leader is the county's 常委组织部长. The county's `organization_head_name`,
 *   copied here onto the matching leader, is no longer read: the 组织部长 is the leader flagged so
 *   whose term is running.
 * - parks' 工委 secretaries and their phones; a park's name is unique within its county.
 * - 五有 evidence per check (the old `evidence` stays as the assessment's overall note).
 * - liaisons' work targets and deadlines (明确工作目标及完成时限).
 * - indexes for searching the audit trail by operation, user and day.
 */
export class PeopleAndPlaces1795737600801 implements MigrationInterface {
  name = "PeopleAndPlaces1795737600801";

  async up(q: QueryRunner): Promise<void> {
    const engine = q.connection.driver.options.type === "mysql" ? { engine: "InnoDB" } : {};

    await addColumnsInPlace(q, "leader", [
      { name: "term_start", type: "date" },
      { name: "term_end", type: "date" },
      { name: "organization_head", type: "boolean", notNullDefault: 0 },
    ]);
    await q.query(
      `UPDATE leader SET organization_head = 1
       WHERE level = 'COUNTY' AND title LIKE '%组织部长%'
         AND name = (SELECT c.organization_head_name FROM county c WHERE c.code = leader.county_code)`,
    );
    await q.createIndex("leader", index("ix_leader_head", ["county_code", "organization_head"]));

    await addColumnsInPlace(q, "park", [
      { name: "work_committee_secretary", type: "varchar(32)" },
      { name: "work_committee_phone", type: "varchar(32)" },
    ]);
    await q.createIndex("park", index("ux_park_county_name", ["county_code", "name"], true));

    await addColumnsInPlace(q, "five_haves_assessment", [
      { name: "organization_evidence", type: "text" },
      { name: "rules_evidence", type: "text" },
      { name: "activities_evidence", type: "text" },
      { name: "venue_evidence", type: "text" },
      { name: "impact_evidence", type: "text" },
    ]);

    await q.createTable(
      new Table({
        name: "liaison_work_target",
        ...engine,
        columns: [
          id(),
          int("liaison_id"),
          int("organization_id"),
          // The unit's county when the target was set: whose list it is on.
          str("county_code", 6),
          str("description", 500),
          date("set_on"),
          date("due_on"),
          date("completed_on", true),
          timestamp(q, "created_at"),
        ],
        foreignKeys: [
          fk("liaison_id", "liaison"),
          fk("organization_id", "organization"),
          fk("county_code", "county", "code"),
        ],
        indices: [
          index("ix_liaison_work_target_county", ["county_code", "completed_on", "due_on"]),
          index("ix_liaison_work_target_organization", ["organization_id", "liaison_id"]),
        ],
      }),
      false,
      true,
      true,
    );

    await q.createIndex("audit_log", index("ix_audit_log_operation", ["operation", "id"]));
    await q.createIndex("audit_log", index("ix_audit_log_username", ["username", "id"]));
    await q.createIndex("audit_log", index("ix_audit_log_occurred", ["occurred_at"]));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex("audit_log", "ix_audit_log_occurred");
    await q.dropIndex("audit_log", "ix_audit_log_username");
    await q.dropIndex("audit_log", "ix_audit_log_operation");
    await q.dropTable("liaison_work_target", true);
    await q.dropIndex("park", "ux_park_county_name");
    await q.dropIndex("leader", "ix_leader_head");
    // The added columns stay: dropping them would rebuild SQLite tables others refer to.
  }
}
