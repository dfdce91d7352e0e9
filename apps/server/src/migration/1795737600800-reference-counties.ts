import { COUNTIES } from "@liangxin/domain";
import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The nine county-level units (domain.md §2) are reference data of the domain, not demo data: every
 * database has them once migrated, so a department starting from an empty database can give its
 * county staff accounts, record leaders and parks and import its ledger at once. Counties already
 * present (a database seeded before this migration) are left as they are.
 */
export class ReferenceCounties1795737600800 implements MigrationInterface {
  name = "ReferenceCounties1795737600800";

  async up(q: QueryRunner): Promise<void> {
    const present = new Set(
      ((await q.query("SELECT code FROM county")) as { code: string }[]).map((r) => String(r.code)),
    );
    for (const c of COUNTIES) {
      if (present.has(c.code)) continue;
      await q.query(
        "INSERT INTO county (code, name, full_name, kind, official, sort_order) VALUES (?, ?, ?, ?, ?, ?)",
        [c.code, c.name, c.fullName, c.kind, c.official ? 1 : 0, c.order],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    // Fails (as it should) while anything still refers to a county.
    for (const c of COUNTIES) await q.query("DELETE FROM county WHERE code = ?", [c.code]);
  }
}
