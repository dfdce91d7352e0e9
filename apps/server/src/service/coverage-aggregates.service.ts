/**
 * Coverage figures read from the kept aggregates (`coverage_delta`, see aggregates.ts): one indexed
 * range per cell, summed up to the date (founded branches: over the range), so a figure costs the
 * same for a county of 100 units or a province of a million. Same interface and same numbers as the
 * scan (`CoverageService`), which stays the reference the tests and `verify-aggregates` compare with.
 */
import { BRANCH_LEVELS, type BranchLevel, FORMATIONS, type Formation } from "@liangxin/domain";
import {
  type BranchCounts,
  type CoverageKey,
  type CoverageService,
  type FoundedCounts,
  type FoundedKey,
  placeOf,
  type UnitCounts,
} from "./coverage.service.js";
import type { Db } from "./db.js";
import { num, Params } from "./sql.js";

/** What readers of coverage figures need; the scan and the aggregates both provide it. */
export type CoverageReader = Pick<CoverageService, "unitCounts" | "branchCounts" | "liaisonCounts" | "founded">;

const lower = (s: string) => s.toLowerCase();
const zero = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

interface CellKey {
  readonly countyCode: string | null;
  readonly parkId?: string | null;
  readonly category: string | null;
  readonly aboveScaleOnly: boolean;
}

export class CoverageAggregates implements CoverageReader {
  constructor(private readonly db: Pick<Db, "query">) {}

  /**
   * Sums `columns` per key: keys sharing category, above-scale and dates go in one statement, with
   * their places (the `county` column: '*', county codes, `P<park id>`) in one IN list.
   */
  private async sums<K extends CellKey>(
    keys: readonly K[],
    columns: readonly string[],
    days: (k: K) => { from: string | null; to: string },
  ): Promise<Record<string, number>[]> {
    const groups = new Map<string, { sample: K; counties: Set<string> }>();
    for (const k of keys) {
      const d = days(k);
      const shape = `${k.category ?? "*"}|${k.aboveScaleOnly ? 1 : 0}|${d.from}|${d.to}`;
      const g = groups.get(shape) ?? { sample: k, counties: new Set<string>() };
      g.counties.add(placeOf(k));
      groups.set(shape, g);
    }
    const results = new Map<string, Record<string, number>>();
    for (const [shape, g] of groups) {
      const p = new Params();
      const d = days(g.sample);
      // Placeholders are added in the order they appear in the text.
      const where = `category = ${p.add(g.sample.category ?? "*")} AND above_scale = ${p.add(g.sample.aboveScaleOnly ? 1 : 0)}
           AND county IN ${p.list([...g.counties])}`;
      const range = d.from === null ? `day <= ${p.add(d.to)}` : `day >= ${p.add(d.from)} AND day <= ${p.add(d.to)}`;
      const sql = `SELECT county, ${columns.map((c) => `SUM(${c}) AS ${c}`).join(", ")} FROM coverage_delta
         WHERE ${where} AND ${range} GROUP BY county`;
      for (const r of await this.db.query(sql, p.values)) {
        const v: Record<string, number> = {};
        for (const c of columns) v[c] = num(r[c]);
        results.set(`${shape}|${String(r.county)}`, v);
      }
    }
    return keys.map((k) => {
      const d = days(k);
      const shape = `${k.category ?? "*"}|${k.aboveScaleOnly ? 1 : 0}|${d.from}|${d.to}`;
      return results.get(`${shape}|${placeOf(k)}`) ?? zero(columns);
    });
  }

  async unitCounts(keys: readonly CoverageKey[]): Promise<UnitCounts[]> {
    const columns = [
      "eligible",
      "organization",
      "standalone",
      "liaison",
      "both_covered",
      ...FORMATIONS.map((f) => `units_${lower(f)}`),
    ];
    const sums = await this.sums(keys, columns, (k) => ({ from: null, to: k.asOf }));
    return sums.map((s) => {
      const unitsByFormation = zero(FORMATIONS);
      for (const f of FORMATIONS) unitsByFormation[f] = s[`units_${lower(f)}`] ?? 0;
      return {
        eligible: s.eligible ?? 0,
        organization: s.organization ?? 0,
        standalone: s.standalone ?? 0,
        liaison: s.liaison ?? 0,
        both: s.both_covered ?? 0,
        unitsByFormation,
      };
    });
  }

  async branchCounts(keys: readonly CoverageKey[]): Promise<BranchCounts[]> {
    const columns = [
      ...FORMATIONS.map((f) => `branches_${lower(f)}`),
      ...BRANCH_LEVELS.map((l) => `level_${lower(l)}`),
    ];
    const sums = await this.sums(keys, columns, (k) => ({ from: null, to: k.asOf }));
    return sums.map((s) => {
      const byFormation = zero(FORMATIONS) as Record<Formation, number>;
      const byLevel = zero(BRANCH_LEVELS) as Record<BranchLevel, number>;
      for (const f of FORMATIONS) byFormation[f] = s[`branches_${lower(f)}`] ?? 0;
      for (const l of BRANCH_LEVELS) byLevel[l] = s[`level_${lower(l)}`] ?? 0;
      return { total: Object.values(byFormation).reduce((a, b) => a + b, 0), byFormation, byLevel };
    });
  }

  async liaisonCounts(keys: readonly CoverageKey[]): Promise<number[]> {
    const sums = await this.sums(keys, ["liaisons"], (k) => ({ from: null, to: k.asOf }));
    return sums.map((s) => s.liaisons ?? 0);
  }

  async founded(keys: readonly FoundedKey[]): Promise<FoundedCounts[]> {
    const columns = [
      ...FORMATIONS.map((f) => `founded_${lower(f)}`),
      ...BRANCH_LEVELS.map((l) => `founded_level_${lower(l)}`),
      ...FORMATIONS.map((f) => `founded_units_${lower(f)}`),
    ];
    const sums = await this.sums(keys, columns, (k) => ({ from: k.from, to: k.to }));
    return sums.map((s) => {
      const byFormation = zero(FORMATIONS) as Record<Formation, number>;
      const byLevel = zero(BRANCH_LEVELS) as Record<BranchLevel, number>;
      const unitsByFormation = zero(FORMATIONS) as Record<Formation, number>;
      for (const f of FORMATIONS) {
        byFormation[f] = s[`founded_${lower(f)}`] ?? 0;
        unitsByFormation[f] = s[`founded_units_${lower(f)}`] ?? 0;
      }
      for (const l of BRANCH_LEVELS) byLevel[l] = s[`founded_level_${lower(l)}`] ?? 0;
      return { total: Object.values(byFormation).reduce((a, b) => a + b, 0), byFormation, byLevel, unitsByFormation };
    });
  }
}
