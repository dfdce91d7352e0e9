/**
 * Kept coverage aggregates (`coverage_delta`): per scope cell and day, the change of every counted
 * figure. The domain package says what each unit, branch and liaison contributes
 * (`coverageContributions`); this module reads their timelines from the ledger, and keeps the table
 * in step with every ledger write, in the same transaction:
 *
 * - before a write, the service `touch`es what it is about to change (units, branches, liaisons); the
 *   tracker reads the timelines of everything whose contribution can change and keeps their
 *   contributions;
 * - a created unit or branch is registered with `created` (it contributed nothing before);
 * - when the transaction's work is done, `flush` reads the same timelines again and adds the
 *   differences (after − before) with one upsert per cell and day, in key order so concurrent writers
 *   lock rows in the same order (`INSERT … ON DUPLICATE KEY UPDATE col = col + VALUES(col)`; SQLite
 *   `ON CONFLICT … DO UPDATE`).
 *
 * Figures are read as SUM(delta) over day ≤ as-of (events: over a range of days); see
 * coverage-aggregates.service.ts. `rebuildAggregates` recomputes the whole table from the ledger.
 */
import {
  accumulateContributions,
  type BranchFacts,
  type BranchLevel,
  COVERAGE_FIGURE_NAMES,
  type CoverageFigureName,
  type CoverageIndex,
  type CoverageLinkFacts,
  type CoverageRole,
  cellOfKey,
  cellPlace,
  coverageContributions,
  type FigureVector,
  type Formation,
  type IsoDate,
  indexCoverageData,
  type LiaisonAssignmentFacts,
  type OrganizationCategory,
  type OrganizationFacts,
} from "@liangxin/domain";
import { addTo, bool, dateValue, num } from "./sql.js";

/** Anything that runs positional SQL: a Db, a Tx, a TypeORM QueryRunner. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/** The column of each figure (lower case; `both` is a reserved word in MySQL). */
export const figureColumn = (name: CoverageFigureName): string =>
  name === "both" ? "both_covered" : name.toLowerCase();
export const FIGURE_COLUMNS = COVERAGE_FIGURE_NAMES.map(figureColumn);

const CHUNK = 500;

async function rows(q: Queryable, sql: string, params: unknown[] = []): Promise<Record<string, unknown>[]> {
  return (await q.query(sql, params)) as Record<string, unknown>[];
}

/** Runs `sql` with `IN (…)` filled by chunks of ids; `{ids}` marks the list. */
async function byChunks(q: Queryable, sql: string, ids: readonly number[]): Promise<Record<string, unknown>[]> {
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const part = ids.slice(i, i + CHUNK);
    out.push(...(await rows(q, sql.replace("{ids}", `(${part.map(() => "?").join(", ")})`), [...part])));
  }
  return out;
}

const ids = (values: Iterable<unknown>): number[] => [...new Set([...values].map(Number))].sort((a, b) => a - b);

/** The entities whose contributions are kept for one write. */
export interface EntitySet {
  readonly units: Set<number>;
  readonly branches: Set<number>;
  readonly liaisons: Set<number>;
}

const emptySet = (): EntitySet => ({ units: new Set(), branches: new Set(), liaisons: new Set() });

/**
 * Reads the full timelines the contributions of these entities depend on: a unit's links, their
 * branches and its assignments; a branch's links (all of them) and their units; a liaison's
 * assignments and their units.
 */
export async function loadTimelines(
  q: Queryable,
  set: EntitySet,
  options: TimelineOptions = {},
): Promise<CoverageIndex> {
  const unitIds = ids(set.units);
  const unitLinks = await byChunks(
    q,
    "SELECT branch_id, organization_id FROM coverage_link WHERE organization_id IN {ids}",
    unitIds,
  );
  const unitAssignments = await byChunks(
    q,
    "SELECT liaison_id FROM liaison_assignment WHERE organization_id IN {ids}",
    unitIds,
  );
  const branchIds = ids([...set.branches, ...unitLinks.map((r) => r.branch_id)]);
  const liaisonIds = ids([...set.liaisons, ...unitAssignments.map((r) => r.liaison_id)]);
  const linkRows = await byChunks(
    q,
    "SELECT branch_id, organization_id, role, valid_from, valid_to FROM coverage_link WHERE branch_id IN {ids}",
    branchIds,
  );
  const assignmentRows = await byChunks(
    q,
    "SELECT liaison_id, organization_id, valid_from, valid_to FROM liaison_assignment WHERE liaison_id IN {ids}",
    liaisonIds,
  );
  const orgIds = ids([
    ...unitIds,
    ...linkRows.map((r) => r.organization_id),
    ...assignmentRows.map((r) => r.organization_id),
  ]);
  const orgRows = await byChunks(q, `SELECT ${ORGANIZATION_TIMELINE} FROM organization WHERE id IN {ids}`, orgIds);
  const periods = new Map<string, Record<string, unknown>[]>();
  for (const type of options.statusPeriods === false ? [] : UNIT_PERIODS) {
    for (const r of await byChunks(q, type.sql, orgIds)) {
      const key = `${type.name}:${r.organization_id}`;
      addTo(periods, key, r);
    }
  }
  const branchRows = await byChunks(
    q,
    "SELECT id, formation, level, founded_on, dissolved_on FROM branch WHERE id IN {ids}",
    branchIds,
  );
  const levelRows = await byChunks(
    q,
    "SELECT branch_id, level, valid_from, valid_to FROM branch_level_period WHERE branch_id IN {ids}",
    branchIds,
  );
  return indexCoverageData(timelineData(orgRows, periods, branchRows, levelRows, linkRows, assignmentRows));
}

export interface TimelineOptions {
  /** False while organization_status_period does not exist yet (a migration before it). */
  readonly statusPeriods?: boolean;
}

/**
 * Dated periods of a unit that the figures read (each becomes a field of the domain's facts in
 * `timelineData`). Adding a period type = one entry here and one line there.
 */
const UNIT_PERIODS = [
  {
    name: "status",
    sql: `SELECT organization_id, valid_from, valid_to, eligible, above_scale FROM organization_status_period
          WHERE organization_id IN {ids} ORDER BY organization_id, valid_from`,
  },
] as const;

/** The organization columns a unit's timeline needs. */
const ORGANIZATION_TIMELINE = "id, county_code, park_id, category, above_scale, eligible, added_on, ceased_on";

/** Rows read from the ledger → the domain's facts (one place, shared by the tracker and the rebuild). */
function timelineData(
  orgRows: Record<string, unknown>[],
  periods: ReadonlyMap<string, Record<string, unknown>[]>,
  branchRows: Record<string, unknown>[],
  levelRows: Record<string, unknown>[],
  linkRows: Record<string, unknown>[],
  assignmentRows: Record<string, unknown>[],
) {
  const organizations: OrganizationFacts[] = orgRows.map((r) => ({
    id: String(r.id),
    countyCode: String(r.county_code),
    parkId: r.park_id == null ? null : String(r.park_id),
    category: r.category as OrganizationCategory,
    aboveScale: bool(r.above_scale),
    eligible: bool(r.eligible),
    addedOn: dateValue(r.added_on) as IsoDate,
    ceasedOn: dateValue(r.ceased_on),
    formalMemberCount: 0,
    statusHistory: (periods.get(`status:${r.id}`) ?? []).map((p) => ({
      from: dateValue(p.valid_from) as IsoDate,
      to: dateValue(p.valid_to),
      eligible: bool(p.eligible),
      aboveScale: bool(p.above_scale),
    })),
  }));
  const history = new Map<string, { level: BranchLevel; from: IsoDate; to: IsoDate | null }[]>();
  for (const r of levelRows) {
    const list = history.get(String(r.branch_id)) ?? [];
    list.push({ level: r.level as BranchLevel, from: dateValue(r.valid_from) as IsoDate, to: dateValue(r.valid_to) });
    history.set(String(r.branch_id), list);
  }
  const branches: BranchFacts[] = branchRows.map((r) => ({
    id: String(r.id),
    formation: r.formation as Formation,
    level: r.level as BranchLevel,
    foundedOn: dateValue(r.founded_on) as IsoDate,
    dissolvedOn: dateValue(r.dissolved_on),
    levelHistory: history.get(String(r.id)),
  }));
  const links: CoverageLinkFacts[] = linkRows.map((r) => ({
    branchId: String(r.branch_id),
    organizationId: String(r.organization_id),
    role: r.role as CoverageRole,
    from: dateValue(r.valid_from) as IsoDate,
    to: dateValue(r.valid_to),
  }));
  const assignments: LiaisonAssignmentFacts[] = assignmentRows.map((r) => ({
    liaisonId: String(r.liaison_id),
    organizationId: String(r.organization_id),
    from: dateValue(r.valid_from) as IsoDate,
    to: dateValue(r.valid_to),
  }));
  return { organizations, branches, links, assignments };
}

/** The contributions of a set of entities, summed into a `cell#day` table. */
function contributionsOf(index: CoverageIndex, set: EntitySet, table: Map<string, FigureVector>, sign: 1 | -1): void {
  for (const id of set.units)
    accumulateContributions(table, coverageContributions(index, { kind: "unit", id: String(id) }), sign);
  for (const id of set.branches)
    accumulateContributions(table, coverageContributions(index, { kind: "branch", id: String(id) }), sign);
  for (const id of set.liaisons)
    accumulateContributions(table, coverageContributions(index, { kind: "liaison", id: String(id) }), sign);
}

/** Adds a `cell#day` table of deltas to `coverage_delta`, in key order. */
export async function upsertDeltas(
  q: Queryable,
  isMysql: boolean,
  table: ReadonlyMap<string, FigureVector>,
): Promise<void> {
  const entries = [...table].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const columns = ["county", "category", "above_scale", "day", ...FIGURE_COLUMNS];
  const update = isMysql
    ? `ON DUPLICATE KEY UPDATE ${FIGURE_COLUMNS.map((c) => `${c} = ${c} + VALUES(${c})`).join(", ")}`
    : `ON CONFLICT (county, category, above_scale, day) DO UPDATE SET ${FIGURE_COLUMNS.map((c) => `${c} = ${c} + excluded.${c}`).join(", ")}`;
  const perStatement = 100;
  for (let i = 0; i < entries.length; i += perStatement) {
    const part = entries.slice(i, i + perStatement);
    const params: unknown[] = [];
    for (const [key, v] of part) {
      const [cellKey, day] = key.split("#") as [string, string];
      const cell = cellOfKey(cellKey);
      params.push(cellPlace(cell), cell.category ?? "*", cell.aboveScaleOnly ? 1 : 0, day);
      for (const name of COVERAGE_FIGURE_NAMES) params.push(v[name] ?? 0);
    }
    const row = `(${columns.map(() => "?").join(", ")})`;
    await q.query(
      `INSERT INTO coverage_delta (${columns.join(", ")}) VALUES ${part.map(() => row).join(", ")} ${update}`,
      params,
    );
  }
}

/**
 * Keeps `coverage_delta` in step with the writes of one transaction (see the module's comment).
 * Each transaction attempt has its own tracker.
 */
export class AggregateTracker {
  private readonly kept = emptySet();
  private readonly before = new Map<string, FigureVector>();
  private touched = false;

  constructor(
    private readonly q: Queryable,
    private readonly isMysql: boolean,
  ) {}

  /**
   * Call BEFORE changing these units, branches or liaisons (ids as stored). Touching a branch
   * touches every unit it ever covered; touching a unit keeps its branches and liaisons too.
   */
  async touch(what: {
    units?: Iterable<number>;
    branches?: Iterable<number>;
    liaisons?: Iterable<number>;
  }): Promise<void> {
    this.touched = true;
    const branches = ids(what.branches ?? []);
    const branchUnits = await byChunks(
      this.q,
      "SELECT organization_id FROM coverage_link WHERE branch_id IN {ids}",
      branches,
    );
    const units = ids([...(what.units ?? []), ...branchUnits.map((r) => r.organization_id)]);
    const linked = await byChunks(this.q, "SELECT branch_id FROM coverage_link WHERE organization_id IN {ids}", units);
    const assigned = await byChunks(
      this.q,
      "SELECT liaison_id FROM liaison_assignment WHERE organization_id IN {ids}",
      units,
    );
    const fresh = emptySet();
    for (const id of units) if (!this.kept.units.has(id)) fresh.units.add(id);
    for (const id of ids([...branches, ...linked.map((r) => r.branch_id)]))
      if (!this.kept.branches.has(id)) fresh.branches.add(id);
    for (const id of ids([...(what.liaisons ?? []), ...assigned.map((r) => r.liaison_id)]))
      if (!this.kept.liaisons.has(id)) fresh.liaisons.add(id);
    if (fresh.units.size + fresh.branches.size + fresh.liaisons.size === 0) return;
    const index = await loadTimelines(this.q, fresh);
    contributionsOf(index, fresh, this.before, 1);
    for (const id of fresh.units) this.kept.units.add(id);
    for (const id of fresh.branches) this.kept.branches.add(id);
    for (const id of fresh.liaisons) this.kept.liaisons.add(id);
  }

  /** Call right AFTER inserting a unit, a branch or a liaison: it contributed nothing before. */
  created(kind: "unit" | "branch" | "liaison", id: number): void {
    this.touched = true;
    (kind === "unit" ? this.kept.units : kind === "branch" ? this.kept.branches : this.kept.liaisons).add(id);
  }

  /** Writes after − before. Refuses (a programming error) when a write reached an entity nobody touched. */
  async flush(): Promise<void> {
    if (!this.touched) return;
    const unitIds = ids(this.kept.units);
    const linked = await byChunks(
      this.q,
      "SELECT DISTINCT branch_id FROM coverage_link WHERE organization_id IN {ids}",
      unitIds,
    );
    const assigned = await byChunks(
      this.q,
      "SELECT DISTINCT liaison_id FROM liaison_assignment WHERE organization_id IN {ids}",
      unitIds,
    );
    const missing = [
      ...linked.map((r) => num(r.branch_id)).filter((id) => !this.kept.branches.has(id)),
      ...assigned.map((r) => num(r.liaison_id)).filter((id) => !this.kept.liaisons.has(id)),
    ];
    if (missing.length > 0)
      throw new Error(`coverage aggregates: a write reached untracked branches or liaisons ${missing.join(", ")}`);
    const table = new Map<string, FigureVector>();
    contributionsOf(await loadTimelines(this.q, this.kept), this.kept, table, 1);
    const diff = new Map(table);
    for (const [key, figures] of this.before) {
      const [cell, day] = key.split("#") as [string, IsoDate];
      accumulateContributions(diff, [{ cell, day, figures }], -1);
    }
    this.touched = false;
    if (diff.size > 0) await upsertDeltas(this.q, this.isMysql, diff);
  }
}

/**
 * Recomputes `coverage_delta` from the ledger (the whole table, in the caller's transaction when it
 * has one): units, branches and liaisons by chunks of ids, so memory stays bounded at province scale.
 */
export async function rebuildAggregates(
  db: Queryable,
  isMysql: boolean,
  options: TimelineOptions & { onProgress?: (done: number) => void } = {},
): Promise<number> {
  const table = await computeAggregates(db, options);
  await db.query("DELETE FROM coverage_delta");
  await upsertDeltas(db, isMysql, table);
  return table.size;
}

/** The whole table as the ledger implies it (nothing written). */
export async function computeAggregates(
  db: Queryable,
  options: TimelineOptions & { onProgress?: (done: number) => void } = {},
): Promise<Map<string, FigureVector>> {
  const table = new Map<string, FigureVector>();
  let done = 0;
  const step = 20_000;
  const walk = async (sql: string, kind: keyof EntitySet) => {
    let after = 0;
    for (;;) {
      const chunk = (await rows(db, sql, [after, step])).map((r) => num(r.id));
      if (chunk.length === 0) return;
      after = chunk[chunk.length - 1] as number;
      const set = emptySet();
      for (const id of chunk) set[kind].add(id);
      contributionsOf(await loadTimelines(db, set, options), set, table, 1);
      done += chunk.length;
      options.onProgress?.(done);
    }
  };
  await walk("SELECT id FROM organization WHERE id > ? ORDER BY id LIMIT ?", "units");
  await walk("SELECT id FROM branch WHERE id > ? ORDER BY id LIMIT ?", "branches");
  await walk(
    "SELECT DISTINCT liaison_id AS id FROM liaison_assignment WHERE liaison_id > ? ORDER BY liaison_id LIMIT ?",
    "liaisons",
  );
  return table;
}

/** The stored table, read back as `cell#day` → figures (zero figures dropped). */
export async function storedAggregates(db: Queryable): Promise<Map<string, FigureVector>> {
  const table = new Map<string, FigureVector>();
  for (const r of await rows(
    db,
    `SELECT county, category, above_scale, day, ${FIGURE_COLUMNS.join(", ")} FROM coverage_delta`,
  )) {
    const cell = `${r.county}|${r.category}|${num(r.above_scale)}`;
    const figures: FigureVector = {};
    COVERAGE_FIGURE_NAMES.forEach((name, i) => {
      const n = num(r[FIGURE_COLUMNS[i] as string]);
      if (n !== 0) figures[name] = n;
    });
    accumulateContributions(table, [{ cell, day: dateValue(r.day) as IsoDate, figures }]);
  }
  return table;
}
