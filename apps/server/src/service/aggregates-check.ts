/**
 * `verify-aggregates` and `rebuild-aggregates` for operators (and after migrations or writes made
 * behind the services' back): the kept aggregates are compared with the reference scan
 * (`CoverageService`) for every cell — the city, each county and each industrial park, all
 * categories and each, all units and above-scale only — at a set of dates, and row by row with a recomputation from the ledger.
 */
import { COVERAGE_FIGURE_NAMES, type FigureVector, ORGANIZATION_CATEGORIES } from "@liangxin/domain";
import { computeAggregates, storedAggregates } from "./aggregates.js";
import { type CoverageKey, CoverageService, type FoundedKey } from "./coverage.service.js";
import { CoverageAggregates } from "./coverage-aggregates.service.js";
import type { Db } from "./db.js";
import { dateValue } from "./sql.js";

export interface AggregateDifference {
  /** What was compared: `scan` (a figure at a date) or `row` (a stored delta). */
  readonly kind: "scan" | "row";
  readonly where: string;
  readonly figure: string;
  readonly stored: number;
  readonly expected: number;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Year ends over the ledger's years, the last twelve month ends and today. */
async function defaultDates(db: Pick<Db, "query">, today: string): Promise<string[]> {
  const [r] = await db.query("SELECT MIN(added_on) AS first FROM organization");
  const first = dateValue(r?.first) ?? today;
  const dates = new Set<string>([today]);
  for (let y = Number(first.slice(0, 4)); y <= Number(today.slice(0, 4)); y++) dates.add(`${y}-12-31`);
  const t = new Date(`${today}T00:00:00Z`);
  for (let m = 0; m < 12; m++) dates.add(iso(new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() - m, 0))));
  return [...dates].sort();
}

export async function verifyAggregates(
  db: Db,
  options: { dates?: readonly string[]; today?: string; rows?: boolean } = {},
): Promise<AggregateDifference[]> {
  const today = options.today ?? iso(new Date());
  const dates = options.dates ?? (await defaultDates(db, today));
  const counties = (await db.query("SELECT code FROM county ORDER BY code")).map((r) => String(r.code));
  const parks = (await db.query("SELECT id FROM park ORDER BY id")).map((r) => String(r.id));
  const scan = new CoverageService(db);
  const kept = new CoverageAggregates(db);
  const out: AggregateDifference[] = [];
  const places = [
    ...[null, ...counties].map((countyCode) => ({ countyCode, parkId: null })),
    ...parks.map((parkId) => ({ countyCode: null, parkId })),
  ];
  const cells = [];
  for (const place of places)
    for (const category of [null, ...ORGANIZATION_CATEGORIES])
      for (const aboveScaleOnly of [false, true]) cells.push({ ...place, category, aboveScaleOnly });
  const label = (
    k: { countyCode: string | null; parkId?: string | null; category: string | null; aboveScaleOnly: boolean },
    at: string,
  ) =>
    `${k.parkId != null ? `park ${k.parkId}` : (k.countyCode ?? "city")}/${k.category ?? "all"}/${k.aboveScaleOnly ? "above-scale" : "all units"} @ ${at}`;
  const compare = (where: string, a: unknown, b: unknown, prefix = "") => {
    if (typeof a === "number") {
      if (a !== b) out.push({ kind: "scan", where, figure: prefix, stored: a, expected: Number(b) });
      return;
    }
    for (const [k, v] of Object.entries(a as Record<string, unknown>))
      compare(where, v, (b as Record<string, unknown>)[k], prefix ? `${prefix}.${k}` : k);
  };
  for (const asOf of dates) {
    const keys: CoverageKey[] = cells.map((c) => ({ ...c, asOf }));
    const [u1, u2, b1, b2, l1, l2] = await Promise.all([
      kept.unitCounts(keys),
      scan.unitCounts(keys),
      kept.branchCounts(keys),
      scan.branchCounts(keys),
      kept.liaisonCounts(keys),
      scan.liaisonCounts(keys),
    ]);
    keys.forEach((k, i) => {
      compare(label(k, asOf), u1[i], u2[i], "units");
      compare(label(k, asOf), b1[i], b2[i], "branches");
      compare(label(k, asOf), l1[i], l2[i], "liaisons");
    });
    const from = `${asOf.slice(0, 4)}-01-01`;
    const fkeys: FoundedKey[] = cells.map((c) => ({ ...c, from, to: asOf }));
    const [f1, f2] = await Promise.all([kept.founded(fkeys), scan.founded(fkeys)]);
    fkeys.forEach((k, i) => {
      compare(`${label(k, asOf)} founded from ${from}`, f1[i], f2[i], "founded");
    });
  }
  if (options.rows !== false) {
    const stored = await storedAggregates(db);
    const expected = await computeAggregates(db);
    for (const key of new Set([...stored.keys(), ...expected.keys()])) {
      const s: FigureVector = stored.get(key) ?? {};
      const e: FigureVector = expected.get(key) ?? {};
      for (const name of COVERAGE_FIGURE_NAMES) {
        if ((s[name] ?? 0) !== (e[name] ?? 0)) {
          out.push({ kind: "row", where: key, figure: name, stored: s[name] ?? 0, expected: e[name] ?? 0 });
        }
      }
    }
  }
  return out;
}
