/**
 * Building blocks for hand-written SQL that runs unchanged on MariaDB/MySQL and SQLite: positional
 * parameters only, CASE/EXISTS/COUNT(DISTINCT), no dialect functions. Dates are 'YYYY-MM-DD' values
 * compared as such; booleans are 0/1.
 */
import type { IsoDate, OrganizationCategory } from "@liangxin/domain";

/** Collects positional parameters while a statement is written. */
export class Params {
  readonly values: unknown[] = [];
  /** Adds a value and returns its placeholder. */
  add(value: unknown): string {
    this.values.push(value);
    return "?";
  }
  /** Placeholders for a list: (?, ?, ?). */
  list(values: readonly unknown[]): string {
    if (values.length === 0) throw new Error("empty IN list");
    return `(${values.map((v) => this.add(v)).join(", ")})`;
  }
}

/** `alias` in force at date `d`: valid_from ≤ d < valid_to (or no end). */
export const inForce = (alias: string, p: Params, d: IsoDate): string =>
  `${alias}.valid_from <= ${p.add(d)} AND (${alias}.valid_to IS NULL OR ${alias}.valid_to > ${p.add(d)})`;

/** A branch in force at date `d`: founded on or before it, not dissolved by it. */
export const branchInForce = (alias: string, p: Params, d: IsoDate): string =>
  `${alias}.founded_on <= ${p.add(d)} AND (${alias}.dissolved_on IS NULL OR ${alias}.dissolved_on > ${p.add(d)})`;

/** A day for a condition: a value (a placeholder) or a column of the statement (e.g. `b.founded_on`). */
export type SqlDay = IsoDate | { readonly column: string };

const day = (p: Params, d: SqlDay): string => (typeof d === "string" ? p.add(d) : d.column);

/**
 * The unit's eligibility / above-scale period in force on `d` has the flag set (the timeline of
 * packages/domain/src/status.ts: no period before the unit entered the ledger, so no flag then).
 */
export const statusOn = (alias: string, p: Params, d: SqlDay, flag: "eligible" | "above_scale"): string =>
  `EXISTS (SELECT 1 FROM organization_status_period osp WHERE osp.organization_id = ${alias}.id AND osp.valid_from <= ${day(p, d)} AND (osp.valid_to IS NULL OR osp.valid_to > ${day(p, d)}) AND osp.${flag} = 1)`;

/** The population at date `d` (domain.md §3.2): on the ledger, still operating, eligible on that day. */
export const inPopulation = (alias: string, p: Params, d: IsoDate): string =>
  `${alias}.added_on <= ${p.add(d)} AND (${alias}.ceased_on IS NULL OR ${alias}.ceased_on > ${p.add(d)}) AND ${statusOn(alias, p, d, "eligible")}`;

export interface ScopeFilter {
  readonly countyCodes?: readonly string[] | null;
  /** Units of these industrial parks (ids as stored). */
  readonly parkIds?: readonly number[] | null;
  readonly category?: OrganizationCategory | null;
  readonly aboveScaleOnly?: boolean | null;
}

/** Scope conditions on an organization alias, above-scale as of `on`; "1 = 1" when there are none. */
export function scopeConditions(alias: string, p: Params, scope: ScopeFilter, on: SqlDay): string {
  const conditions = ["1 = 1"];
  if (scope.countyCodes) conditions.push(`${alias}.county_code IN ${p.list(scope.countyCodes)}`);
  if (scope.parkIds) conditions.push(`${alias}.park_id IN ${p.list(scope.parkIds)}`);
  if (scope.category) conditions.push(`${alias}.category = ${p.add(scope.category)}`);
  if (scope.aboveScaleOnly) conditions.push(statusOn(alias, p, on, "above_scale"));
  return conditions.join(" AND ");
}

/** The unit is covered by a branch in force at `d` (optionally of one formation, or hosting it). */
export function coveredByBranch(
  orgAlias: string,
  p: Params,
  d: IsoDate,
  options: { formation?: string; hostOnly?: boolean } = {},
): string {
  // Placeholders are added in the order they appear in the text.
  let sql = `EXISTS (SELECT 1 FROM coverage_link l JOIN branch b ON b.id = l.branch_id WHERE l.organization_id = ${orgAlias}.id`;
  sql += ` AND ${inForce("l", p, d)} AND ${branchInForce("b", p, d)}`;
  if (options.formation) sql += ` AND b.formation = ${p.add(options.formation)}`;
  if (options.hostOnly) sql += " AND l.role = 'HOST'";
  return `${sql})`;
}

/** The unit has a liaison or instructor assignment in force at `d`. */
export const coveredByLiaison = (orgAlias: string, p: Params, d: IsoDate): string =>
  `EXISTS (SELECT 1 FROM liaison_assignment a WHERE a.organization_id = ${orgAlias}.id AND ${inForce("a", p, d)})`;

/** Escapes a user's substring for `LIKE ? ESCAPE '!'`. */
export function likeContains(text: string): string {
  return `%${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

export const num = (value: unknown): number => Number(value ?? 0);
export const bool = (value: unknown): boolean => value === true || Number(value) === 1;
/** A date column as 'YYYY-MM-DD' (or null), whatever the driver returned. */
export const dateValue = (value: unknown): string | null => {
  if (value == null) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).slice(0, 10);
};

/** An instant as both back ends store it in DATETIME(3) columns: UTC 'YYYY-MM-DD HH:MM:SS.mmm'. */
export const sqlInstant = (d: Date): string => d.toISOString().replace("T", " ").replace("Z", "");

/** A DATETIME column read back (a Date from MariaDB, a UTC string from SQLite). */
export function readInstant(value: unknown): Date | null {
  if (value == null) return null;
  if (value instanceof Date) return value;
  const s = String(value);
  return new Date(s.includes("T") ? s : `${s.replace(" ", "T")}Z`);
}

/** The id of a row just inserted by `query`: MariaDB answers a result header, better-sqlite3 the row id. */
export function insertedId(result: unknown): number {
  if (result && typeof result === "object" && "insertId" in result) return Number(result.insertId);
  return Number(result);
}

/** Adds `value` to the list kept under `key` (created when missing), in place: grouping rows stays linear. */
export function addTo<K, V>(groups: Map<K, V[]>, key: K, value: V): void {
  const list = groups.get(key);
  if (list) list.push(value);
  else groups.set(key, [value]);
}
