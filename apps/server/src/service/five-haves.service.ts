/**
 * 五有 (domain.md §4): five yes/no checks per branch and year with evidence; passed when all five
 * hold. One assessment per branch and year: re-assessing replaces it, and the audit trail keeps what
 * it replaced.
 */
import {
  FIVE_HAVES,
  type FiveHavesCheck,
  type FiveHavesChecks,
  type FiveHavesEvidence,
  fiveHavesPassed,
  fiveHavesRateOf,
  type Rate,
  validateFiveHaves,
} from "@liangxin/domain";
import { type Db, fiveHavesClaim, type Tx } from "./db.js";
import { refuseFindings } from "./findings.js";
import { mutate, type Outcome, problem, refuse } from "./outcome.js";
import type { ScopeService } from "./scope.service.js";
import { bool, num, Params, readInstant, sqlInstant } from "./sql.js";

export interface FiveHavesRecord extends FiveHavesChecks {
  readonly branchId: number;
  readonly year: number;
  readonly passed: boolean;
  /** The assessment's overall note. */
  readonly evidence: string | null;
  /** What each check rests on. */
  readonly evidenceByCheck: FiveHavesEvidence;
  readonly assessedAt: Date;
}

export interface FiveHavesRateRecord {
  /** Null for the whole city. */
  readonly countyCode: string | null;
  readonly assessed: number;
  readonly passed: number;
  readonly rate: Rate;
}

const COLUMNS: Readonly<Record<FiveHavesCheck, string>> = {
  hasOrganization: "has_organization",
  hasRules: "has_rules",
  hasActivities: "has_activities",
  hasVenue: "has_venue",
  hasImpact: "has_impact",
};

const EVIDENCE_COLUMNS: Readonly<Record<FiveHavesCheck, string>> = {
  hasOrganization: "organization_evidence",
  hasRules: "rules_evidence",
  hasActivities: "activities_evidence",
  hasVenue: "venue_evidence",
  hasImpact: "impact_evidence",
};

function fiveHavesFromRow(r: Record<string, unknown>): FiveHavesRecord {
  const checks = Object.fromEntries(FIVE_HAVES.map((k) => [k, bool(r[COLUMNS[k]])])) as Record<FiveHavesCheck, boolean>;
  return {
    ...checks,
    branchId: num(r.branch_id),
    year: num(r.year),
    passed: bool(r.passed),
    evidence: r.evidence == null ? null : String(r.evidence),
    evidenceByCheck: Object.fromEntries(
      FIVE_HAVES.map((k) => [k, r[EVIDENCE_COLUMNS[k]] == null ? null : String(r[EVIDENCE_COLUMNS[k]])]),
    ) as Record<FiveHavesCheck, string | null>,
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
      ...FIVE_HAVES.map((k) => [`${k}.evidence`, f.evidenceByCheck[k]] as const),
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
    input: FiveHavesChecks & {
      branchId: number | null;
      year: number;
      evidence: string | null;
      evidenceByCheck?: Partial<Record<FiveHavesCheck, string | null>> | null;
    },
    now: Date,
  ): Promise<Outcome<FiveHavesRecord>> {
    const field = ["input", "branchId"];
    return mutate(this.db, async (tx, warn) => {
      // The claim of the branch's year, then the branch's row as the lock: two first assessments of a
      // year cannot both insert, and a review that relies on the assessment sees this one or waits.
      if (input.branchId !== null) await tx.claim(fiveHavesClaim(input.branchId, input.year));
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
      const byCheck = Object.fromEntries(
        FIVE_HAVES.map((k) => [k, input.evidenceByCheck?.[k]?.trim() || null]),
      ) as Record<FiveHavesCheck, string | null>;
      const verdict = validateFiveHaves(checks, byCheck);
      if (!verdict.valid) throw refuseFindings(verdict.errors);
      for (const w of verdict.warnings) warn(problem("INVALID_INPUT", w.message, ["input", ...(w.field ?? [])]));
      // The same assessment submitted again changes nothing (no new time, no audit entry).
      if (
        before &&
        evidence === before.evidence &&
        FIVE_HAVES.every((k) => checks[k] === before[k] && byCheck[k] === before.evidenceByCheck[k])
      ) {
        return before;
      }
      const values = [
        ...FIVE_HAVES.map((k) => (checks[k] ? 1 : 0)),
        ...FIVE_HAVES.map((k) => byCheck[k]),
        passed ? 1 : 0,
        evidence,
        sqlInstant(now),
      ];
      const columns = [...FIVE_HAVES.map((k) => COLUMNS[k]), ...FIVE_HAVES.map((k) => EVIDENCE_COLUMNS[k])];
      if (before) {
        await tx.query(
          `UPDATE five_haves_assessment SET ${columns.map((c) => `${c} = ?`).join(", ")}, passed = ?,
             evidence = ?, assessed_at = ? WHERE branch_id = ? AND year = ?`,
          [...values, branchId, input.year],
        );
      } else {
        await tx.query(
          `INSERT INTO five_haves_assessment (${columns.join(", ")}, passed, evidence, assessed_at, branch_id, year)
           VALUES (${columns.map(() => "?").join(", ")}, ?, ?, ?, ?, ?)`,
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

  /**
   * The 五有 pass rate of a year (§4): branches whose assessment of the year passed ÷ branches
   * assessed, for the city and each county (aggregates: city-wide for every role).
   */
  async rates(year: number, countyCodes: readonly string[]): Promise<FiveHavesRateRecord[]> {
    const rows = await this.db.query(
      `SELECT b.county_code AS county_code, COUNT(*) AS assessed, SUM(CASE WHEN f.passed = 1 THEN 1 ELSE 0 END) AS passed
       FROM five_haves_assessment f JOIN branch b ON b.id = f.branch_id WHERE f.year = ? GROUP BY b.county_code`,
      [year],
    );
    const by = new Map(rows.map((r) => [String(r.county_code), { assessed: num(r.assessed), passed: num(r.passed) }]));
    const line = (countyCode: string | null, c: { assessed: number; passed: number }): FiveHavesRateRecord => {
      const rate = fiveHavesRateOf(c.passed, c.assessed);
      if (!rate.ok) throw new Error(rate.error.message);
      return { countyCode, ...c, rate: rate.value };
    };
    const counties = countyCodes.map((code) => line(code, by.get(code) ?? { assessed: 0, passed: 0 }));
    const total = [...by.values()].reduce(
      (sum, c) => ({ assessed: sum.assessed + c.assessed, passed: sum.passed + c.passed }),
      { assessed: 0, passed: 0 },
    );
    return [line(null, total), ...counties];
  }
}
