import { type MigrationInterface, type QueryRunner, Table } from "typeorm";
import { date, fk, id, index, int, str, text, timestamp } from "./helpers.js";

/**
 * The activities of the speech (issue 7, domain.md §4): the six steps of 创先争优 per branch and year,
 * secretaries' training courses and attendance (书记培训), star-rating scores (星级量化) and joint
 * meetings (联席会). `owner_code` is a county code, or the city's code for city-level rows.
 */
export class Activities1795737600401 implements MigrationInterface {
  name = "Activities1795737600401";

  async up(q: QueryRunner): Promise<void> {
    const engine = q.connection.driver.options.type === "mysql" ? { engine: "InnoDB" } : {};
    const table = (name: string, def: Omit<ConstructorParameters<typeof Table>[0] & object, "name">) =>
      q.createTable(new Table({ name, ...engine, ...def }), false, true, true);

    await table("excellence_step", {
      columns: [
        id(),
        int("branch_id"),
        int("year"),
        str("step", 24),
        int("position"),
        text("note"),
        date("recorded_on"),
        timestamp(q, "created_at"),
      ],
      foreignKeys: [fk("branch_id", "branch")],
      indices: [
        index("ux_excellence_step_position", ["branch_id", "year", "position"], true),
        index("ux_excellence_step_step", ["branch_id", "year", "step"], true),
        index("ix_excellence_step_year", ["year", "branch_id"]),
      ],
    });
    await table("training_course", {
      columns: [
        id(),
        str("owner_code", 6),
        str("level", 8),
        str("name", 200),
        date("held_on"),
        int("hours"),
        timestamp(q, "created_at"),
      ],
      indices: [
        index("ux_training_course_name", ["owner_code", "held_on", "name"], true),
        index("ix_training_course_held", ["held_on"]),
      ],
    });
    await table("training_attendance", {
      columns: [id(), int("course_id"), int("branch_id"), str("secretary_name", 32, true), timestamp(q, "created_at")],
      foreignKeys: [fk("course_id", "training_course"), fk("branch_id", "branch")],
      indices: [
        index("ux_training_attendance", ["course_id", "branch_id"], true),
        index("ix_training_attendance_branch", ["branch_id"]),
      ],
    });
    await table("star_rating", {
      columns: [
        id(),
        int("branch_id"),
        str("period", 7),
        int("score_tenths"),
        timestamp(q, "created_at"),
        timestamp(q, "updated_at"),
      ],
      foreignKeys: [fk("branch_id", "branch")],
      indices: [
        index("ux_star_rating_branch_period", ["branch_id", "period"], true),
        index("ix_star_rating_period", ["period"]),
      ],
    });
    await table("joint_meeting", {
      columns: [
        id(),
        str("owner_code", 6),
        date("held_on"),
        str("title", 200),
        text("departments", false),
        text("decisions", false),
        timestamp(q, "created_at"),
      ],
      indices: [
        index("ux_joint_meeting", ["owner_code", "held_on", "title"], true),
        index("ix_joint_meeting_held", ["held_on"]),
      ],
    });
  }

  async down(q: QueryRunner): Promise<void> {
    for (const name of ["joint_meeting", "star_rating", "training_attendance", "training_course", "excellence_step"]) {
      await q.dropTable(name, true);
    }
  }
}
