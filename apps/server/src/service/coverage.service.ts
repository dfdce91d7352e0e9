/**
 * Coverage figures (domain.md §3.2) computed in SQL aggregates over validity intervals, never by
 * loading rows into JavaScript. The domain package defines the numbers (`coverageFigures`,
 * `branchesFounded`); these statements must agree with it, and a test compares them on the
 * reference dataset on both back ends.
 *
 * Every method takes many keys and answers them with one statement per distinct (category,
 * above-scale, date) and level (city or counties), so DataLoaders can batch a whole page of counties.
 */
import {
  BRANCH_LEVELS,
  type BranchLevel,
  FORMATIONS,
  type Formation,
  type IsoDate,
  type OrganizationCategory,
  type Rate,
  rateUnchecked,
} from "@liangxin/domain";
import type { Db } from "./db.js";
import {
  branchInForce,
  coveredByBranch,
  coveredByLiaison,
  inForce,
  inPopulation,
  num,
  Params,
  type ScopeFilter,
  scopeConditions,
} from "./sql.js";

export interface CoverageKey {
  /** Null for the whole city. */
  readonly countyCode: string | null;
  /** An industrial park's id (as stored): the park's units; countyCode is then ignored. */
  readonly parkId?: string | null;
  readonly category: OrganizationCategory | null;
  readonly aboveScaleOnly: boolean;
  readonly asOf: IsoDate;
}

export interface FoundedKey {
  readonly countyCode: string | null;
  readonly parkId?: string | null;
  readonly category: OrganizationCategory | null;
  readonly aboveScaleOnly: boolean;
  readonly from: IsoDate;
  readonly to: IsoDate;
}

export interface UnitCounts {
  readonly eligible: number;
  readonly organization: number;
  readonly standalone: number;
  readonly liaison: number;
  readonly both: number;
  readonly unitsByFormation: Readonly<Record<Formation, number>>;
}

export interface BranchCounts {
  readonly total: number;
  readonly byFormation: Readonly<Record<Formation, number>>;
  readonly byLevel: Readonly<Record<BranchLevel, number>>;
}

export interface FoundedCounts {
  readonly total: number;
  readonly byFormation: Readonly<Record<Formation, number>>;
  readonly byLevel: Readonly<Record<BranchLevel, number>>;
  readonly unitsByFormation: Readonly<Record<Formation, number>>;
}

export interface CoverageRates {
  readonly organization: Rate;
  readonly standalone: Rate;
  readonly liaison: Rate;
  readonly dual: Rate;
  readonly gaps: number;
}

const zero = <K extends string>(keys: readonly K[]): Record<K, number> =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

const CITY = "*";

type Place = { countyCode: string | null; parkId?: string | null };

/** The place a key is about, as the aggregates name it: '*' (the city), a county code, `P<park id>`. */
export const placeOf = (k: Place): string => (k.parkId != null ? `P${k.parkId}` : (k.countyCode ?? CITY));

interface KeyGroup<K> {
  sample: K;
  level: "city" | "county" | "park";
  places: Set<string>;
}

/** Groups keys that one statement can answer; each group is city-level, a set of counties or of parks. */
function groupKeys<K extends Place>(keys: readonly K[], shape: (k: K) => string): KeyGroup<K>[] {
  const groups = new Map<string, KeyGroup<K>>();
  for (const k of keys) {
    const level = k.parkId != null ? "park" : k.countyCode !== null ? "county" : "city";
    const s = `${shape(k)}|${level}`;
    const g = groups.get(s) ?? { sample: k, level, places: new Set<string>() };
    if (level === "park") g.places.add(String(k.parkId));
    else if (level === "county") g.places.add(k.countyCode as string);
    groups.set(s, g);
  }
  return [...groups.values()];
}

/** The statement's place column (grouped on) for a group. */
const placeColumn = (g: KeyGroup<unknown>): string =>
  g.level === "city" ? `'${CITY}'` : g.level === "county" ? "o.county_code" : "o.park_id";

/** The scope filter of a group's places. */
const placeFilter = (g: KeyGroup<unknown>): Pick<ScopeFilter, "countyCodes" | "parkIds"> =>
  g.level === "city"
    ? {}
    : g.level === "county"
      ? { countyCodes: [...g.places] }
      : { parkIds: [...g.places].map(Number) };

/** The place of a result row of a group. */
const rowPlace = (g: KeyGroup<unknown>, value: unknown): string =>
  g.level === "city" ? CITY : g.level === "county" ? String(value) : `P${String(value)}`;

const coverageShape = (k: CoverageKey) => `${k.category}|${k.aboveScaleOnly}|${k.asOf}`;
const resultKey = (place: string, shape: string) => `${shape}|${place}`;

export function ratesOf(counts: UnitCounts): CoverageRates {
  const dual = counts.organization + counts.liaison - counts.both;
  return {
    organization: rateUnchecked(counts.organization, counts.eligible),
    standalone: rateUnchecked(counts.standalone, counts.eligible),
    liaison: rateUnchecked(counts.liaison, counts.eligible),
    dual: rateUnchecked(dual, counts.eligible),
    gaps: counts.eligible - dual,
  };
}

/**
 * Every figure a coverage stats object serves for one scope, as counts (the rates derive from them
 * with `ratesOf`). A submitted monthly report keeps these, frozen; a live stats object reads them.
 */
export interface ScopeFigures {
  readonly units: UnitCounts;
  readonly branches: BranchCounts;
  readonly liaisons: number;
  /** Branches founded, by range `from|to`. */
  readonly founded: Readonly<Record<string, FoundedCounts>>;
}

export const foundedRangeKey = (from: IsoDate, to: IsoDate): string => `${from}|${to}`;

export class CoverageService {
  /** On a request's database handle, or on a transaction (figures frozen in the transaction that stores them). */
  constructor(private readonly db: Pick<Db, "query">) {}

  /** Population and covered units, per key. */
  async unitCounts(keys: readonly CoverageKey[]): Promise<UnitCounts[]> {
    const results = new Map<string, UnitCounts>();
    for (const g of groupKeys(keys, coverageShape)) {
      const { category, aboveScaleOnly, asOf } = g.sample;
      // Parameters are collected in the order the placeholders appear in the text.
      const p = new Params();
      const flags = [
        `CASE WHEN ${coveredByBranch("o", p, asOf)} THEN 1 ELSE 0 END AS org`,
        `CASE WHEN ${coveredByBranch("o", p, asOf, { formation: "STANDALONE", hostOnly: true })} THEN 1 ELSE 0 END AS standalone`,
        `CASE WHEN ${coveredByLiaison("o", p, asOf)} THEN 1 ELSE 0 END AS liaison`,
        ...FORMATIONS.map(
          (f) =>
            `CASE WHEN ${coveredByBranch("o", p, asOf, { formation: f })} THEN 1 ELSE 0 END AS f_${f.toLowerCase()}`,
        ),
      ];
      const where = `${inPopulation("o", p, asOf)} AND ${scopeConditions(
        "o",
        p,
        { ...placeFilter(g), category, aboveScaleOnly },
        asOf,
      )}`;
      const select = `SELECT ${placeColumn(g)} AS county, ${flags.join(", ")} FROM organization o WHERE ${where}`;
      const rows: Record<string, unknown>[] = await this.db.query(
        `SELECT t.county,
           COUNT(*) AS eligible,
           COUNT(CASE WHEN t.org = 1 THEN 1 END) AS org,
           COUNT(CASE WHEN t.standalone = 1 THEN 1 END) AS standalone,
           COUNT(CASE WHEN t.liaison = 1 THEN 1 END) AS liaison,
           COUNT(CASE WHEN t.org = 1 AND t.liaison = 1 THEN 1 END) AS both_covered,
           ${FORMATIONS.map((f) => `COUNT(CASE WHEN t.f_${f.toLowerCase()} = 1 THEN 1 END) AS u_${f.toLowerCase()}`).join(", ")}
         FROM (${select}) t
         GROUP BY t.county`,
        p.values,
      );
      for (const r of rows) {
        const unitsByFormation = zero(FORMATIONS);
        for (const f of FORMATIONS) unitsByFormation[f] = num(r[`u_${f.toLowerCase()}`]);
        results.set(resultKey(rowPlace(g, r.county), coverageShape(g.sample)), {
          eligible: num(r.eligible),
          organization: num(r.org),
          standalone: num(r.standalone),
          liaison: num(r.liaison),
          both: num(r.both_covered),
          unitsByFormation,
        });
      }
    }
    const empty: UnitCounts = {
      eligible: 0,
      organization: 0,
      standalone: 0,
      liaison: 0,
      both: 0,
      unitsByFormation: zero(FORMATIONS),
    };
    return keys.map((k) => results.get(resultKey(placeOf(k), coverageShape(k))) ?? empty);
  }

  /** Branches in force covering at least one unit of the population, by formation and level. */
  async branchCounts(keys: readonly CoverageKey[]): Promise<BranchCounts[]> {
    const results = new Map<string, { byFormation: Record<Formation, number>; byLevel: Record<BranchLevel, number> }>();
    for (const g of groupKeys(keys, coverageShape)) {
      const { category, aboveScaleOnly, asOf } = g.sample;
      const p = new Params();
      const county = placeColumn(g);
      const rows: Record<string, unknown>[] = await this.db.query(
        // The level in force on the day (a branch upgraded later counts at its level then).
        `SELECT ${county} AS county, b.formation AS formation, COALESCE(h.level, b.level) AS level,
                COUNT(DISTINCT b.id) AS n
         FROM branch b
         LEFT JOIN branch_level_period h ON h.branch_id = b.id AND ${inForce("h", p, asOf)}
         JOIN coverage_link l ON l.branch_id = b.id
         JOIN organization o ON o.id = l.organization_id
         WHERE ${branchInForce("b", p, asOf)} AND ${inForce("l", p, asOf)} AND ${inPopulation("o", p, asOf)}
           AND ${scopeConditions("o", p, { ...placeFilter(g), category, aboveScaleOnly }, asOf)}
         GROUP BY ${g.level === "city" ? "" : `${county}, `}b.formation, COALESCE(h.level, b.level)`,
        p.values,
      );
      for (const r of rows) {
        const key = resultKey(rowPlace(g, r.county), coverageShape(g.sample));
        const entry = results.get(key) ?? { byFormation: zero(FORMATIONS), byLevel: zero(BRANCH_LEVELS) };
        entry.byFormation[r.formation as Formation] += num(r.n);
        entry.byLevel[r.level as BranchLevel] += num(r.n);
        results.set(key, entry);
      }
    }
    return keys.map((k) => {
      const e = results.get(resultKey(placeOf(k), coverageShape(k))) ?? {
        byFormation: zero(FORMATIONS),
        byLevel: zero(BRANCH_LEVELS),
      };
      return { ...e, total: Object.values(e.byFormation).reduce((a, b) => a + b, 0) };
    });
  }

  /** Liaisons and instructors (people) with an assignment in force to a unit of the population. */
  async liaisonCounts(keys: readonly CoverageKey[]): Promise<number[]> {
    const results = new Map<string, number>();
    for (const g of groupKeys(keys, coverageShape)) {
      const { category, aboveScaleOnly, asOf } = g.sample;
      const p = new Params();
      const rows: Record<string, unknown>[] = await this.db.query(
        `SELECT ${placeColumn(g)} AS county, COUNT(DISTINCT a.liaison_id) AS n
         FROM liaison_assignment a
         JOIN organization o ON o.id = a.organization_id
         WHERE ${inForce("a", p, asOf)} AND ${inPopulation("o", p, asOf)}
           AND ${scopeConditions("o", p, { ...placeFilter(g), category, aboveScaleOnly }, asOf)}
         ${g.level === "city" ? "" : `GROUP BY ${placeColumn(g)}`}`,
        p.values,
      );
      for (const r of rows) {
        results.set(resultKey(rowPlace(g, r.county), coverageShape(g.sample)), num(r.n));
      }
    }
    return keys.map((k) => results.get(resultKey(placeOf(k), coverageShape(k))) ?? 0);
  }

  /**
   * Branches founded in [from, to] that covered, on their founding day, at least one unit of the
   * scope; with the units they covered then.
   */
  async founded(keys: readonly FoundedKey[]): Promise<FoundedCounts[]> {
    const shape = (k: FoundedKey) => `${k.category}|${k.aboveScaleOnly}|${k.from}|${k.to}`;
    const results = new Map<string, FoundedCounts>();
    for (const g of groupKeys(keys, shape)) {
      const { category, aboveScaleOnly, from, to } = g.sample;
      const p = new Params();
      const rows: Record<string, unknown>[] = await this.db.query(
        `SELECT t.county, t.formation, t.level, COUNT(DISTINCT t.branch_id) AS branches, COUNT(*) AS units
         FROM (
           SELECT DISTINCT ${placeColumn(g)} AS county, b.id AS branch_id, b.formation AS formation,
                  COALESCE(h.level, b.level) AS level, l.organization_id AS organization_id
           FROM branch b
           LEFT JOIN branch_level_period h ON h.branch_id = b.id AND h.valid_from <= b.founded_on
                AND (h.valid_to IS NULL OR h.valid_to > b.founded_on)
           JOIN coverage_link l ON l.branch_id = b.id AND l.valid_from <= b.founded_on
                AND (l.valid_to IS NULL OR l.valid_to > b.founded_on)
           JOIN organization o ON o.id = l.organization_id
           WHERE b.founded_on >= ${p.add(from)} AND b.founded_on <= ${p.add(to)}
             AND ${scopeConditions(
               "o",
               p,
               { ...placeFilter(g), category, aboveScaleOnly },
               // Above-scale on the founding day.
               { column: "b.founded_on" },
             )}
         ) t
         GROUP BY t.county, t.formation, t.level`,
        p.values,
      );
      for (const r of rows) {
        const key = resultKey(rowPlace(g, r.county), shape(g.sample));
        const e = results.get(key) ?? {
          total: 0,
          byFormation: zero(FORMATIONS),
          byLevel: zero(BRANCH_LEVELS),
          unitsByFormation: zero(FORMATIONS),
        };
        const formation = r.formation as Formation;
        (e.byFormation as Record<Formation, number>)[formation] += num(r.branches);
        (e.byLevel as Record<BranchLevel, number>)[r.level as BranchLevel] += num(r.branches);
        (e.unitsByFormation as Record<Formation, number>)[formation] += num(r.units);
        results.set(key, { ...e, total: e.total + num(r.branches) });
      }
    }
    return keys.map(
      (k) =>
        results.get(resultKey(placeOf(k), shape(k))) ?? {
          total: 0,
          byFormation: zero(FORMATIONS),
          byLevel: zero(BRANCH_LEVELS),
          unitsByFormation: zero(FORMATIONS),
        },
    );
  }
}
