/**
 * 五有 (domain.md §4): five yes/no checks per branch and year with evidence; passed when all five
 * hold. One assessment per branch and year: re-assessing replaces it, and the audit trail keeps what
 * it replaced.
 */
import { FIVE_HAVES, type FiveHavesCheck, type FiveHavesChecks, fiveHavesPassed } from "@liangxin/domain";
import type { Db, Tx } from "./db.js";
import { mutate, type Outcome, refuse } from "./outcome.js";
import type { ScopeService } from "./scope.service.js";
import { bool, num, Params, readInstant, sqlInstant } from "./sql.js";

export interface FiveHavesRecord extends FiveHavesChecks {
  readonly branchId: number;
  readonly year: number;
  readonly passed: boolean;
  readonly evidence: string | null;
  readonly assessedAt: Date;
}

const COLUMNS: Readonly<Record<FiveHavesCheck, string>> = {
  hasOrganization: "has_organization",
  hasRules: "has_rules",
  hasActivities: "has_activities",
  hasVenue: "has_venue",
  hasImpact: "has_impact",
};

function fiveHavesFromRow(r: Record<string, unknown>): FiveHavesRecord {
  const checks = Object.fromEntries(FIVE_HAVES.map((k) => [k, bool(r[COLUMNS[k]])])) as Record<FiveHavesCheck, boolean>;
  return {
    ...checks,
    branchId: num(r.branch_id),
    year: num(r.year),
    passed: bool(r.passed),
    evidence: r.evidence == null ? null : String(r.evidence),
    assessedAt: readInstant(r.assessed_at) as Date,
  };
}

/** Recorded on the branch, under the year: `fiveHaves.2023.hasVenue`, so a re-assessment's diff names it. */
const audited = (f: FiveHavesRecord): Record<string, unknown> =>
  Object.fromEntries(
    [
      ...FIVE_HAVES.map((k) => [k, f[k]] as const),
      ["passed", f.passed] as const,
      ["evidence", f.evidence] as const,
    ].map(([k, v]) => [`fiveHaves.${f.year}.${k}`, v]),
  );

export class FiveHavesService {
  constructor(
    private readonly db: Db,
    private readonly scope: ScopeService,
  ) {}

  /** The assessment of each (branch, year), or null; branches out of the viewer's scope read null. */
  async byBranches(keys: readonly { branchId: number; year: number }[]): Promise<(FiveHavesRecord | null)[]> {
    const p = new Params();
    const rows = await this.db.query(
      `SELECT f.*, b.county_code AS branch_county FROM five_haves_assessment f JOIN branch b ON b.id = f.branch_id
       WHERE f.branch_id IN ${p.list([...new Set(keys.map((k) => k.branchId))])}
         AND f.year IN ${p.list([...new Set(keys.map((k) => k.year))])}`,
      p.values,
    );
    const found = new Map<string, FiveHavesRecord>();
    for (const r of rows) {
      if (this.scope.mayRead(String(r.branch_county)))
        found.set(`${num(r.branch_id)}:${num(r.year)}`, fiveHavesFromRow(r));
    }
    return keys.map((k) => found.get(`${k.branchId}:${k.year}`) ?? null);
  }

  private async lock(tx: Tx, branchId: number, year: number): Promise<FiveHavesRecord | null> {
    const [row] = await tx.query(
      `SELECT * FROM five_haves_assessment WHERE branch_id = ? AND year = ?${tx.forUpdate}`,
      [branchId, year],
    );
    return row ? fiveHavesFromRow(row) : null;
  }

  /**
   * Records a branch's 五有 for a year (replacing an earlier assessment). County admins assess their
   * county's branches; the city admin and reviewers (who hold ASSESS_FIVE_HAVES city-wide, as they
   * review the sites that need it) any branch.
   */
  assess(
    input: FiveHavesChecks & { branchId: number | null; year: number; evidence: string | null },
    now: Date,
  ): Promise<Outcome<FiveHavesRecord>> {
    const field = ["input", "branchId"];
    return mutate(this.db, async (tx) => {
      // The branch's row is the lock: two first assessments of a year cannot both insert.
      const [branch] =
        input.branchId === null
          ? []
          : await tx.query(`SELECT id, county_code FROM branch WHERE id = ?${tx.forUpdate}`, [input.branchId]);
      if (!branch) throw refuse("NOT_FOUND", "没有这个党组织", field);
      const branchId = num(branch.id);
      if (this.scope.viewer?.role !== "REVIEWER") this.scope.assertWritable(String(branch.county_code), field);
      const before = await this.lock(tx, branchId, input.year);
      const checks = Object.fromEntries(FIVE_HAVES.map((k) => [k, input[k] === true])) as Record<
        FiveHavesCheck,
        boolean
      >;
      const passed = fiveHavesPassed(checks);
      const evidence = input.evidence?.trim() || null;
      // The same assessment submitted again changes nothing (no new time, no audit entry).
      if (before && evidence === before.evidence && FIVE_HAVES.every((k) => checks[k] === before[k])) return before;
      const values = [...FIVE_HAVES.map((k) => (checks[k] ? 1 : 0)), passed ? 1 : 0, evidence, sqlInstant(now)];
      if (before) {
        await tx.query(
          `UPDATE five_haves_assessment SET ${FIVE_HAVES.map((k) => `${COLUMNS[k]} = ?`).join(", ")}, passed = ?,
             evidence = ?, assessed_at = ? WHERE branch_id = ? AND year = ?`,
          [...values, branchId, input.year],
        );
      } else {
        await tx.query(
          `INSERT INTO five_haves_assessment (${FIVE_HAVES.map((k) => COLUMNS[k]).join(", ")}, passed, evidence,
             assessed_at, branch_id, year) VALUES (${FIVE_HAVES.map(() => "?").join(", ")}, ?, ?, ?, ?, ?)`,
          [...values, branchId, input.year],
        );
      }
      const after = (await this.lock(tx, branchId, input.year)) as FiveHavesRecord;
      await tx.audit({
        operation: "assessFiveHaves",
        entityType: "Branch",
        entityKey: branchId,
        before: before ? audited(before) : {},
        after: audited(after),
      });
      return after;
    });
  }
}
