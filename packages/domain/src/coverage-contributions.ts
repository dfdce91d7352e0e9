/**
 * Coverage figures as sums of per-day contributions (kept aggregates). Every counted figure of
 * `coverageFigures` and `branchesFounded` is split into what each unit, each branch and each liaison
 * contributes to each scope cell, as deltas on the days its timeline changes. Summing the deltas of a
 * cell up to a date gives the figure at that date; summing the `founded*` event figures over a range
 * gives `branchesFounded`. The states are evaluated with the same functions that define the figures
 * (`classifyUnit`, `isInPopulation`, `matchesScope`, `levelOn`), so this module adds no rule of its own.
 *
 * A cell is one scope the API can ask for: a place (the city, a county or an industrial park), all
 * categories or one, all units or above-scale only. A unit belongs to 4 cells on a day (8 when
 * above-scale that day), and 2 or 4 more when it is in a park. A park's cells count the park's units;
 * a branch or a liaison counts once in a park's cell when it covers (is assigned to) at least one of
 * them, as for a county.
 *
 * Cell key: `place|category|aboveScale`, place `*` (the city), a county code, or `P<park id>` (county
 * codes are digits, so the two never meet); category `*` or the category; aboveScale `0`/`1`.
 */
import {
  type BranchFacts,
  branchInForce,
  type CoverageIndex,
  type CoverageScope,
  classifyUnit,
  isInPopulation,
  type LiaisonAssignmentFacts,
  levelOn,
  matchesScope,
  type OrganizationFacts,
} from "./coverage.js";
import { type IsoDate, isInForce } from "./dates.js";
import { BRANCH_LEVELS, FORMATIONS, type OrganizationCategory } from "./hierarchy.js";

/** State figures (read as a sum of deltas up to a date). */
export const STATE_FIGURES = [
  "eligible",
  "organization",
  "standalone",
  "liaison",
  "both",
  ...FORMATIONS.map((f) => `units_${f}` as const),
  ...FORMATIONS.map((f) => `branches_${f}` as const),
  ...BRANCH_LEVELS.map((l) => `level_${l}` as const),
  "liaisons",
] as const;

/** Event figures (branches founded on the day; read as a sum over a range of days). */
export const EVENT_FIGURES = [
  ...FORMATIONS.map((f) => `founded_${f}` as const),
  ...BRANCH_LEVELS.map((l) => `founded_level_${l}` as const),
  ...FORMATIONS.map((f) => `founded_units_${f}` as const),
] as const;

export const COVERAGE_FIGURE_NAMES = [...STATE_FIGURES, ...EVENT_FIGURES] as const;
export type CoverageFigureName = (typeof COVERAGE_FIGURE_NAMES)[number];
export type FigureVector = Partial<Record<CoverageFigureName, number>>;

/**
 * One scope cell: county and park null = the city; a park cell has no county (the park lies in one);
 * category null = all; aboveScaleOnly.
 */
export interface ScopeCell {
  readonly countyCode: string | null;
  readonly parkId?: string | null;
  readonly category: OrganizationCategory | null;
  readonly aboveScaleOnly: boolean;
}

/** The place part of a cell key: `*`, a county code, or `P<park id>`. */
export const cellPlace = (c: Pick<ScopeCell, "countyCode" | "parkId">): string =>
  c.parkId != null ? `P${c.parkId}` : (c.countyCode ?? "*");

export const cellKey = (c: ScopeCell): string => `${cellPlace(c)}|${c.category ?? "*"}|${c.aboveScaleOnly ? 1 : 0}`;

export function cellOfKey(key: string): ScopeCell {
  const [place, category, above] = key.split("|") as [string, string, string];
  const park = place.startsWith("P") ? place.slice(1) : null;
  return {
    countyCode: place === "*" || park !== null ? null : place,
    parkId: park,
    category: category === "*" ? null : (category as OrganizationCategory),
    aboveScaleOnly: above === "1",
  };
}

/** The places a unit counts in: the city, its county, its park if any. */
function placesOf(org: OrganizationFacts): Pick<ScopeCell, "countyCode" | "parkId">[] {
  const places: Pick<ScopeCell, "countyCode" | "parkId">[] = [
    { countyCode: null, parkId: null },
    { countyCode: org.countyCode, parkId: null },
  ];
  if (org.parkId != null) places.push({ countyCode: null, parkId: org.parkId });
  return places;
}

/** The cells a unit counts in on a day (the scopes whose filter it matches then). */
export function cellsOf(org: OrganizationFacts, day: IsoDate): ScopeCell[] {
  const cells: ScopeCell[] = [];
  for (const place of placesOf(org))
    for (const category of [null, org.category])
      for (const aboveScaleOnly of [false, true]) {
        const cell = { ...place, category, aboveScaleOnly };
        if (matchesScope(org, cell as CoverageScope, day)) cells.push(cell);
      }
  return cells;
}

export interface Contribution {
  readonly cell: string;
  readonly day: IsoDate;
  readonly figures: FigureVector;
}

export type ContributionEntity =
  | { readonly kind: "unit"; readonly id: string }
  | { readonly kind: "branch"; readonly id: string }
  | { readonly kind: "liaison"; readonly id: string };

/** Per cell, the figures of one entity on one day. */
type State = Map<string, FigureVector>;

function add(state: State, cell: string, figure: CoverageFigureName, n = 1): void {
  const v = state.get(cell) ?? {};
  v[figure] = (v[figure] ?? 0) + n;
  state.set(cell, v);
}

/** Days an interval list can change something on (each `from` and `to`). */
function pushDays(days: Set<IsoDate>, ...values: (IsoDate | null | undefined)[]): void {
  for (const v of values) if (v != null) days.add(v);
}

/** A unit's change days: on and off the ledger, and each period of its status timeline. */
function orgDays(days: Set<IsoDate>, org: OrganizationFacts | undefined): void {
  if (!org) return;
  pushDays(days, org.addedOn, org.ceasedOn);
  for (const p of org.statusHistory ?? []) pushDays(days, p.from, p.to);
}

function branchDays(days: Set<IsoDate>, branch: BranchFacts | undefined): void {
  if (!branch) return;
  pushDays(days, branch.foundedOn, branch.dissolvedOn);
  for (const p of branch.levelHistory ?? []) pushDays(days, p.from, p.to);
}

function unitState(index: CoverageIndex, org: OrganizationFacts, day: IsoDate): State {
  const state: State = new Map();
  const c = classifyUnit(index, org.id, day);
  if (!c?.inPopulation) return state;
  const formations = new Set(c.branches.map((b) => b.formation));
  for (const cell of cellsOf(org, day).map(cellKey)) {
    add(state, cell, "eligible");
    if (c.organizationCovered) add(state, cell, "organization");
    if (c.standaloneCovered) add(state, cell, "standalone");
    if (c.liaisonCovered) add(state, cell, "liaison");
    if (c.organizationCovered && c.liaisonCovered) add(state, cell, "both");
    for (const f of formations) add(state, cell, `units_${f}`);
  }
  return state;
}

/** A branch counts once in each cell where it covers, in force, a unit of the population. */
function branchState(index: CoverageIndex, branch: BranchFacts, day: IsoDate): State {
  const state: State = new Map();
  if (!branchInForce(branch, day)) return state;
  const cells = new Set<string>();
  for (const link of index.linksByBranch.get(branch.id) ?? []) {
    const org = index.organizationById.get(link.organizationId);
    if (!org || !isInForce(link, day) || !isInPopulation(org, day)) continue;
    for (const cell of cellsOf(org, day)) cells.add(cellKey(cell));
  }
  const level = levelOn(branch, day);
  for (const cell of cells) {
    add(state, cell, `branches_${branch.formation}`);
    add(state, cell, `level_${level}`);
  }
  return state;
}

/** A liaison (person) counts once in each cell where one of its assignments in force reaches the population. */
function liaisonState(index: CoverageIndex, assignments: readonly LiaisonAssignmentFacts[], day: IsoDate): State {
  const state: State = new Map();
  const cells = new Set<string>();
  for (const a of assignments) {
    const org = index.organizationById.get(a.organizationId);
    if (!org || !isInForce(a, day) || !isInPopulation(org, day)) continue;
    for (const cell of cellsOf(org, day)) cells.add(cellKey(cell));
  }
  for (const cell of cells) add(state, cell, "liaisons");
  return state;
}

/** The differences between two states, per cell. */
function diff(before: State, after: State, day: IsoDate, out: Contribution[]): void {
  for (const cell of new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(cell) ?? {};
    const a = after.get(cell) ?? {};
    const figures: FigureVector = {};
    let any = false;
    for (const name of new Set([...Object.keys(a), ...Object.keys(b)]) as Set<CoverageFigureName>) {
      const d = (a[name] ?? 0) - (b[name] ?? 0);
      if (d !== 0) {
        figures[name] = d;
        any = true;
      }
    }
    if (any) out.push({ cell, day, figures });
  }
}

/** Walks the entity's state over its change days and emits the deltas. */
function walk(days: Set<IsoDate>, stateAt: (day: IsoDate) => State, out: Contribution[]): void {
  let previous: State = new Map();
  for (const day of [...days].sort()) {
    const state = stateAt(day);
    diff(previous, state, day, out);
    previous = state;
  }
}

/**
 * What one unit, branch or liaison contributes to every cell, by day. The index must hold the
 * entity's whole timeline: for a unit its links, their branches and its assignments; for a branch all
 * its links and their units; for a liaison all its assignments and their units.
 */
export function coverageContributions(index: CoverageIndex, entity: ContributionEntity): Contribution[] {
  const out: Contribution[] = [];
  if (entity.kind === "unit") {
    const org = index.organizationById.get(entity.id);
    if (!org) return out;
    const days = new Set<IsoDate>();
    orgDays(days, org);
    for (const link of index.linksByOrganization.get(org.id) ?? []) {
      pushDays(days, link.from, link.to);
      branchDays(days, index.branchById.get(link.branchId));
    }
    for (const a of index.assignmentsByOrganization.get(org.id) ?? []) pushDays(days, a.from, a.to);
    walk(days, (day) => unitState(index, org, day), out);
    return out;
  }
  if (entity.kind === "branch") {
    const branch = index.branchById.get(entity.id);
    if (!branch) return out;
    const days = new Set<IsoDate>();
    branchDays(days, branch);
    const links = index.linksByBranch.get(branch.id) ?? [];
    for (const link of links) {
      pushDays(days, link.from, link.to);
      orgDays(days, index.organizationById.get(link.organizationId));
    }
    walk(days, (day) => branchState(index, branch, day), out);
    // Founding is an event: counted on the founding day in each cell it covered a unit of then.
    const founded: State = new Map();
    const unitsByCell = new Map<string, Set<string>>();
    for (const link of links) {
      const org = index.organizationById.get(link.organizationId);
      if (!org || !isInForce(link, branch.foundedOn)) continue;
      for (const cell of cellsOf(org, branch.foundedOn).map(cellKey)) {
        const set = unitsByCell.get(cell) ?? new Set<string>();
        set.add(org.id);
        unitsByCell.set(cell, set);
      }
    }
    for (const [cell, units] of unitsByCell) {
      add(founded, cell, `founded_${branch.formation}`);
      add(founded, cell, `founded_level_${levelOn(branch, branch.foundedOn)}`);
      add(founded, cell, `founded_units_${branch.formation}`, units.size);
    }
    diff(new Map(), founded, branch.foundedOn, out);
    return out;
  }
  const assignments = assignmentsByLiaison(index).get(entity.id) ?? [];
  const days = new Set<IsoDate>();
  for (const a of assignments) {
    pushDays(days, a.from, a.to);
    orgDays(days, index.organizationById.get(a.organizationId));
  }
  walk(days, (day) => liaisonState(index, assignments, day), out);
  return out;
}

/** The index's assignments by liaison, built once per index (a pure cache: the index is immutable). */
const byLiaison = new WeakMap<CoverageIndex, Map<string, LiaisonAssignmentFacts[]>>();
function assignmentsByLiaison(index: CoverageIndex): Map<string, LiaisonAssignmentFacts[]> {
  let map = byLiaison.get(index);
  if (!map) {
    map = new Map();
    for (const list of index.assignmentsByOrganization.values())
      for (const a of list) {
        const own = map.get(a.liaisonId);
        if (own) own.push(a);
        else map.set(a.liaisonId, [a]);
      }
    byLiaison.set(index, map);
  }
  return map;
}

/** Every entity of an index whose contributions it can compute in full (for tests and rebuilds). */
export function contributionEntities(index: CoverageIndex): ContributionEntity[] {
  const liaisons = new Set<string>();
  for (const list of index.assignmentsByOrganization.values()) for (const a of list) liaisons.add(a.liaisonId);
  return [
    ...index.organizations.map((o) => ({ kind: "unit" as const, id: o.id })),
    ...[...index.branchById.keys()].map((id) => ({ kind: "branch" as const, id })),
    ...[...liaisons].map((id) => ({ kind: "liaison" as const, id })),
  ];
}

/** Adds contributions into a table keyed `cell|day` (negative to subtract). */
export function accumulateContributions(
  table: Map<string, FigureVector>,
  contributions: readonly Contribution[],
  sign: 1 | -1 = 1,
): void {
  for (const c of contributions) {
    const key = `${c.cell}#${c.day}`;
    const v = table.get(key) ?? {};
    for (const [name, n] of Object.entries(c.figures) as [CoverageFigureName, number][]) {
      v[name] = (v[name] ?? 0) + sign * n;
      if (v[name] === 0) delete v[name];
    }
    if (Object.keys(v).length === 0) table.delete(key);
    else table.set(key, v);
  }
}

/** Sums the state figures of a cell up to a date, and the event figures over [from, to]. */
export function sumContributions(
  table: ReadonlyMap<string, FigureVector>,
  cell: ScopeCell,
  asOf: IsoDate,
  range?: { from: IsoDate; to: IsoDate },
): Record<CoverageFigureName, number> {
  const total = Object.fromEntries(COVERAGE_FIGURE_NAMES.map((n) => [n, 0])) as Record<CoverageFigureName, number>;
  const wanted = cellKey(cell);
  for (const [key, v] of table) {
    const [c, day] = key.split("#") as [string, IsoDate];
    if (c !== wanted) continue;
    for (const [name, n] of Object.entries(v) as [CoverageFigureName, number][]) {
      const isEvent = name.startsWith("founded_");
      if (isEvent ? range && day >= range.from && day <= range.to : day <= asOf) total[name] += n;
    }
  }
  return total;
}
