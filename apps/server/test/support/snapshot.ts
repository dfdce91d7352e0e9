/**
 * The whole content of some tables, to show that a refused or failed request changed nothing:
 * take one before, one after, and compare.
 */
import type { TestServer } from "./harness.js";

export async function snapshot(server: TestServer, tables: readonly string[]): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of tables) {
    const rows: Record<string, unknown>[] = await server.app.dataSource.query(`SELECT * FROM ${table} ORDER BY 1`);
    // Timestamps come back as Date on MariaDB and as text on SQLite; compare them as text.
    out[table] = rows.map((r) => JSON.parse(JSON.stringify(r)));
  }
  return out;
}

/** Tables every write may touch: the ledger, people, sites, reports, users, and the audit trail. */
export const ALL_TABLES = [
  "organization",
  "organization_status_period",
  "branch",
  "coverage_link",
  "liaison",
  "liaison_assignment",
  "leader",
  "contact_point",
  "quota_plan",
  "quota_allocation",
  "app_user",
  "audit_log",
  "demonstration_site",
  "five_haves_assessment",
  "contact_list_report",
  "park",
  "liaison_work_target",
] as const;
