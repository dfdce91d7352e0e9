/**
 * The ledger's writes (台账): organizations, branches and liaisons, with history. Every write runs in
 * one transaction, locks the rows its rules depend on before checking them, asks the domain package
 * for every formation rule, and records itself in the audit trail in the same transaction.
 *
 * History: nothing that was in force is overwritten. Coverage links and liaison assignments end on a
 * date (half-open intervals); a branch's level over time is kept in `branch_level_period`; a unit
 * that ceases operating keeps its row and leaves the population from that date. A unit's eligibility
 * and above-scale flag over time are kept in `organization_status_period` (the domain's status.ts):
 * every write that changes them writes the timeline, the row keeps today's values.
 */
import {
  type BranchLevel,
  type BranchProposal,
  changeStatus,
  defaultRoleFor,
  type Finding,
  type Formation,
  type IsoDate,
  isCountyCode,
  LIAISON_KIND_LABELS,
  LIAISON_KINDS,
  type LiaisonKind,
  type OrganizationCategory,
  parseValidity,
  recommendFormation,
  restartStatus,
  type StatusPeriod,
  statusTimeline,
  type UnitInBranch,
  validateAffiliation,
  validateBranch,
  validateCreditCode,
  validateOrganization,
} from "@liangxin/domain";
import DataLoader from "dataloader";
import { decodeIntId } from "../common/ids.js";
import { maskPhone } from "../common/policy.js";
import { branchClaim, type Db, ledgerNamesClaim, organizationClaim, type Tx } from "./db.js";
import { cleanText, optionalText, toHalfWidth } from "./ledger-text.js";
import { mutate, type Outcome, type Problem, problem, Refusal, refuse } from "./outcome.js";
import {
  BRANCH_COLUMNS,
  type BranchRecord,
  branchFromRow,
  LIAISON_COLUMNS,
  type LiaisonRecord,
  liaisonFromRow,
  ORGANIZATION_SELECT,
  type OrganizationRecord,
  organizationFromRow,
  selectColumns,
} from "./records.js";
import type { ScopeService } from "./scope.service.js";
import { bool, dateValue, num, Params, readInstant, sqlInstant } from "./sql.js";

/** The values of a ledger row, normalized (what is stored). */
export interface OrganizationValues {
  readonly name: string;
  readonly creditCode: string | null;
  readonly category: OrganizationCategory;
  readonly subtype: string | null;
  readonly countyCode: string;
  readonly parkId: number | null;
  readonly industry: string | null;
  readonly employeeCount: number | null;
  readonly aboveScale: boolean;
  readonly eligible: boolean;
  readonly formalMemberCount: number;
  readonly probationaryMemberCount: number;
  readonly legalRepresentativeIsMember: boolean;
  readonly addedOn: IsoDate;
  readonly ceasedOn: IsoDate | null;
}

export type OrganizationField = keyof OrganizationValues;

/**
 * A column of the ledger sheet: a unit's value, or its affiliation (挂靠): the name of a branch of its
 * county and the first day (today when blank). A blank branch cell ends an open affiliation on the
 * import's day; an absent column leaves affiliations alone.
 */
export type LedgerField = OrganizationField | "affiliatedBranch" | "affiliatedFrom";

export interface CreateOrganizationArgs {
  readonly name: string;
  readonly creditCode?: string | null;
  readonly category: OrganizationCategory;
  readonly countyCode: string;
  readonly aboveScale: boolean;
  readonly employeeCount?: number | null;
  readonly formalMemberCount: number;
  readonly probationaryMemberCount?: number | null;
  readonly industry?: string | null;
  readonly parkId?: string | null;
  readonly subtype?: string | null;
  readonly eligible?: boolean | null;
  readonly legalRepresentativeIsMember?: boolean | null;
  readonly addedOn?: string | null;
}

export interface UpdateOrganizationArgs {
  readonly id: string;
  readonly name?: string | null;
  readonly aboveScale?: boolean | null;
  readonly employeeCount?: number | null;
  readonly formalMemberCount?: number | null;
  readonly probationaryMemberCount?: number | null;
  readonly industry?: string | null;
  readonly creditCode?: string | null;
  readonly subtype?: string | null;
  readonly eligible?: boolean | null;
  readonly legalRepresentativeIsMember?: boolean | null;
  readonly parkId?: string | null;
  readonly ceasedOn?: string | null;
  /** The day a change of `eligible` / `aboveScale` takes effect; today when omitted. */
  readonly effectiveOn?: string | null;
}

export interface FoundBranchArgs {
  readonly name: string;
  readonly formation: Formation;
  readonly level?: BranchLevel | null;
  readonly organizationIds: readonly string[];
  readonly foundedOn: string;
  readonly formalMemberCount: number;
  readonly secretaryName?: string | null;
  readonly committeeSize?: number | null;
}

export interface UpdateBranchArgs {
  readonly branchId: string;
  readonly effectiveOn: string;
  readonly name?: string | null;
  readonly level?: BranchLevel | null;
  readonly formalMemberCount?: number | null;
  readonly committeeSize?: number | null;
  readonly secretaryName?: string | null;
  readonly organizationIds?: readonly string[] | null;
}

export interface DissolveBranchArgs {
  readonly branchId: string;
  readonly dissolvedOn: string;
  readonly reason: string;
}

export interface AffiliateOrganizationArgs {
  readonly organizationId: string;
  readonly branchId: string;
  readonly from: string;
}

export interface EndAffiliationArgs {
  readonly organizationId: string;
  readonly branchId: string;
  readonly to: string;
}

export interface DispatchLiaisonArgs {
  readonly name: string;
  readonly kind: string;
  readonly countyCode: string;
  readonly organizationIds: readonly string[];
  readonly from: string;
  readonly title?: string | null;
  readonly phone?: string | null;
}

export interface EndLiaisonAssignmentArgs {
  readonly liaisonId: string;
  readonly organizationId: string;
  readonly to: string;
}

export interface LevelPeriodRecord {
  readonly level: BranchLevel;
  readonly from: IsoDate;
  readonly to: IsoDate | null;
}

export interface StatusPeriodRecord extends StatusPeriod {
  readonly to: IsoDate | null;
  readonly recordedBy: string | null;
  readonly recordedAt: Date | null;
}

export interface CoverageLinkHistoryRecord {
  readonly branch: BranchRecord;
  readonly role: string;
  readonly from: IsoDate;
  readonly to: IsoDate | null;
}

/** One row of an import, parsed: the cells present in the file (absent columns are not managed by it). */
export interface ImportRow {
  /** The spreadsheet's row number (the header is row 1). */
  readonly row: number;
  readonly values: Partial<Record<LedgerField, unknown>>;
  /** Problems found while reading the cells (not numbers, not dates, …). */
  readonly cellProblems: readonly { readonly field: LedgerField; readonly message: string }[];
}

export interface ImportProblem {
  readonly row: number;
  readonly field: LedgerField | null;
  readonly message: string;
}

export interface ImportReport {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly errors: readonly ImportProblem[];
  readonly warnings: readonly ImportProblem[];
  readonly dryRun: boolean;
}

const MAX_PERSON_NAME = 32;
const MAX_TITLE = 64;
const MAX_REASON = 500;

const field = (...path: (string | number)[]): string[] => ["input", ...path.map(String)];

/** A formation finding as the contract shows it: code FORMATION_RULE, the rule's own code in the message. */
const formationProblem = (f: Finding, prefix = ""): Problem =>
  problem("FORMATION_RULE", `[${f.code}] ${prefix}${f.message}`, f.field ? field(...f.field) : null);

const chunks = <T>(items: readonly T[], size = 500): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

/** The id of a row just inserted: MariaDB answers a result header, better-sqlite3 the rowid. */
function insertedId(result: unknown): number {
  if (typeof result === "number" || typeof result === "bigint") return Number(result);
  const id = (result as { insertId?: number | bigint } | null)?.insertId;
  if (id === undefined) throw new Error("INSERT returned no id");
  return Number(id);
}

function notFuture(value: string, today: IsoDate, path: string[], what: string): void {
  if (value > today) throw refuse("INVALID_INPUT", `${what}不能晚于今天（${today}）`, path);
}

/** Values of a record, for comparison and the audit trail. */
function valuesOf(o: OrganizationRecord): OrganizationValues {
  return {
    name: o.name,
    creditCode: o.creditCode,
    category: o.category,
    subtype: o.subtype,
    countyCode: o.countyCode,
    parkId: o.parkId,
    industry: o.industry,
    employeeCount: o.employeeCount,
    aboveScale: o.aboveScale,
    eligible: o.eligible,
    formalMemberCount: o.formalMemberCount,
    probationaryMemberCount: o.probationaryMemberCount,
    legalRepresentativeIsMember: o.legalRepresentativeIsMember,
    addedOn: o.addedOn,
    ceasedOn: o.ceasedOn,
  };
}

const sameValues = (a: OrganizationValues, b: OrganizationValues): boolean =>
  (Object.keys(a) as OrganizationField[]).every((k) => a[k] === b[k]);

const branchAudit = (b: BranchRecord, organizationIds: readonly number[]) => ({
  name: b.name,
  countyCode: b.countyCode,
  formation: b.formation,
  level: b.level,
  foundedOn: b.foundedOn,
  dissolvedOn: b.dissolvedOn,
  formalMemberCount: b.formalMemberCount,
  committeeSize: b.committeeSize,
  secretaryName: b.secretaryName,
  organizationIds: [...organizationIds].sort((x, y) => x - y),
});

interface Lookup {
  readonly byCode: Map<string, OrganizationRecord>;
  readonly byName: Map<string, OrganizationRecord[]>;
}
const nameKey = (countyCode: string, name: string) => `${countyCode}\u0000${name}`;

export class LedgerService {
  constructor(
    private readonly db: Db,
    private readonly scope: ScopeService,
    private readonly jointUnitCap: number,
  ) {}

  // --- organizations -----------------------------------------------------------------------

  createOrganization(input: CreateOrganizationArgs, today: IsoDate): Promise<Outcome<OrganizationRecord>> {
    return mutate(this.db, async (tx, warn) => {
      const countyCode = toHalfWidth(cleanText(input.countyCode));
      this.scope.assertWritable(countyCode, field("countyCode"));
      const parkId = this.parkIdOf(input.parkId, field("parkId"));
      const values: OrganizationValues = {
        name: cleanText(input.name),
        creditCode: this.creditCodeOf(input.creditCode),
        category: input.category,
        subtype: optionalText(input.subtype)?.toUpperCase() ?? null,
        countyCode,
        parkId,
        industry: optionalText(input.industry),
        employeeCount: input.employeeCount ?? null,
        aboveScale: input.aboveScale,
        eligible: input.eligible ?? true,
        formalMemberCount: input.formalMemberCount,
        probationaryMemberCount: input.probationaryMemberCount ?? 0,
        legalRepresentativeIsMember: input.legalRepresentativeIsMember ?? false,
        addedOn: input.addedOn ?? today,
        ceasedOn: null,
      };
      const { problems, warnings } = this.checkValues(values, today, input.creditCode != null);
      problems.push(...(await this.checkAgainstLedger(tx, values, null)));
      if (problems.length > 0) throw new Refusal(problems);
      for (const w of warnings) warn(w);
      const id = await this.insertOrganization(tx, values);
      await tx.audit({
        operation: "createOrganization",
        entityType: "Organization",
        entityKey: id,
        before: null,
        after: { ...values },
      });
      return { id, ...values };
    });
  }

  updateOrganization(input: UpdateOrganizationArgs, today: IsoDate): Promise<Outcome<OrganizationRecord>> {
    return mutate(this.db, async (tx, warn) => {
      const id = decodeIntId(input.id, "Organization");
      if (id === null) throw refuse("NOT_FOUND", "找不到该单位", field("id"));
      const [before] = await this.lockOrganizations(tx, [id]);
      if (!before) throw refuse("NOT_FOUND", "找不到该单位", field("id"));
      this.scope.assertWritable(before.countyCode, field("id"));
      const text = (v: string | null | undefined, current: string | null) => (v == null ? current : optionalText(v));
      const values: OrganizationValues = {
        ...valuesOf(before),
        name: input.name == null ? before.name : cleanText(input.name),
        creditCode: input.creditCode == null ? before.creditCode : this.creditCodeOf(input.creditCode),
        subtype: input.subtype == null ? before.subtype : (optionalText(input.subtype)?.toUpperCase() ?? null),
        parkId: input.parkId == null ? before.parkId : this.parkIdOf(input.parkId, field("parkId")),
        industry: text(input.industry, before.industry),
        employeeCount: input.employeeCount ?? before.employeeCount,
        aboveScale: input.aboveScale ?? before.aboveScale,
        eligible: input.eligible ?? before.eligible,
        formalMemberCount: input.formalMemberCount ?? before.formalMemberCount,
        probationaryMemberCount: input.probationaryMemberCount ?? before.probationaryMemberCount,
        legalRepresentativeIsMember: input.legalRepresentativeIsMember ?? before.legalRepresentativeIsMember,
        ceasedOn: input.ceasedOn ?? before.ceasedOn,
      };
      const after = await this.applyUpdate(tx, before, values, today, "updateOrganization", warn, {
        creditCodeGiven: input.creditCode != null && input.creditCode !== "",
        effectiveOn: input.effectiveOn ?? null,
      });
      return after;
    });
  }

  /** Checks and writes an update of one unit (locked by the caller); no write when nothing changed. */
  private async applyUpdate(
    tx: Tx,
    before: OrganizationRecord,
    values: OrganizationValues,
    today: IsoDate,
    operation: string,
    warn: (p: Problem) => void,
    options: { creditCodeGiven: boolean; lookup?: Lookup; dryRun?: boolean; effectiveOn?: IsoDate | null },
  ): Promise<OrganizationRecord> {
    const { problems, warnings } = this.checkValues(values, today, options.creditCodeGiven);
    problems.push(...(await this.checkAgainstLedger(tx, values, before.id, options.lookup)));
    if (problems.length > 0) throw new Refusal(problems);
    for (const w of warnings) warn(w);
    if (sameValues(valuesOf(before), values)) return before;
    const statusChanged = values.eligible !== before.eligible || values.aboveScale !== before.aboveScale;
    const effectiveOn = statusChanged ? (options.effectiveOn ?? today) : null;
    const timeline =
      statusChanged || values.addedOn !== before.addedOn
        ? await this.nextStatusTimeline(tx, before, values, effectiveOn ?? today, today)
        : null;
    if (values.ceasedOn !== null && values.ceasedOn !== before.ceasedOn) {
      for (const w of await this.ceaseAdvice(tx, before, values.ceasedOn)) warn(w);
    }
    if (values.formalMemberCount !== before.formalMemberCount) {
      for (const w of await this.memberAdvice(tx, before.id, values.formalMemberCount, today)) warn(w);
    }
    if (options.dryRun) return { ...values, id: before.id };
    await tx.aggregates.touch({ units: [before.id] });
    await tx.query(
      `UPDATE organization SET name = ?, credit_code = ?, subtype = ?, park_id = ?, industry = ?, employee_count = ?,
         above_scale = ?, eligible = ?, formal_member_count = ?, probationary_member_count = ?,
         legal_representative_is_member = ?, ceased_on = ?, updated_at = ? WHERE id = ?`,
      [
        values.name,
        values.creditCode,
        values.subtype,
        values.parkId,
        values.industry,
        values.employeeCount,
        values.aboveScale ? 1 : 0,
        values.eligible ? 1 : 0,
        values.formalMemberCount,
        values.probationaryMemberCount,
        values.legalRepresentativeIsMember ? 1 : 0,
        values.ceasedOn,
        sqlInstant(new Date()),
        before.id,
      ],
    );
    if (timeline) await this.writeStatusTimeline(tx, before.id, timeline);
    await tx.audit({
      operation,
      entityType: "Organization",
      entityKey: before.id,
      before: { ...valuesOf(before), ...(effectiveOn ? { statusEffectiveOn: null } : {}) },
      after: { ...values, ...(effectiveOn ? { statusEffectiveOn: effectiveOn } : {}) },
    });
    return { ...values, id: before.id };
  }

  /** The unit's status periods, locked, oldest first. */
  private async lockStatusPeriods(tx: Tx, organizationId: number): Promise<(StatusPeriod & { id: number })[]> {
    // The unit's claim: two timeline changes of one unit on two Galera nodes cannot both commit.
    await tx.claim(organizationClaim(organizationId));
    const rows = await tx.query(
      `SELECT id, valid_from, valid_to, eligible, above_scale FROM organization_status_period
       WHERE organization_id = ? ORDER BY valid_from${tx.forUpdate}`,
      [organizationId],
    );
    return rows.map((r) => ({
      id: num(r.id),
      from: dateValue(r.valid_from) as IsoDate,
      to: dateValue(r.valid_to),
      eligible: bool(r.eligible),
      aboveScale: bool(r.above_scale),
    }));
  }

  /**
   * The timeline after an update of a unit (locked by the caller): the ledger date moved and/or the
   * flags changed on `on`. The domain decides (changeStatus, restartStatus); a refusal names the field.
   */
  private async nextStatusTimeline(
    tx: Tx,
    before: OrganizationRecord,
    values: OrganizationValues,
    on: IsoDate,
    today: IsoDate,
  ): Promise<StatusPeriod[]> {
    const stored = await this.lockStatusPeriods(tx, before.id);
    let timeline: StatusPeriod[] = stored.length > 0 ? stored.map(({ id: _, ...p }) => p) : [...statusTimeline(before)];
    if (values.addedOn !== before.addedOn) {
      const moved = restartStatus(timeline, values.addedOn);
      if (!moved.ok) throw refuse("INVALID_INPUT", moved.error.message, field("addedOn"));
      timeline = moved.value;
    }
    if (values.eligible !== before.eligible || values.aboveScale !== before.aboveScale) {
      const changed = changeStatus(
        timeline,
        { on, eligible: values.eligible, aboveScale: values.aboveScale },
        { addedOn: values.addedOn, today },
      );
      if (!changed.ok) throw refuse("INVALID_INPUT", changed.error.message, field("effectiveOn"));
      timeline = changed.value;
    }
    return timeline;
  }

  /** Writes a unit's timeline over the stored one: periods are matched by their first day. */
  private async writeStatusTimeline(tx: Tx, organizationId: number, timeline: readonly StatusPeriod[]): Promise<void> {
    const stored = await this.lockStatusPeriods(tx, organizationId);
    const byFrom = new Map(stored.map((p) => [p.from, p]));
    const now = sqlInstant(new Date());
    const keep = new Set(timeline.map((p) => p.from));
    for (const old of stored) {
      if (!keep.has(old.from)) await tx.query("DELETE FROM organization_status_period WHERE id = ?", [old.id]);
    }
    for (const p of timeline) {
      const old = byFrom.get(p.from);
      const to = p.to ?? null;
      if (old && old.to === to && old.eligible === p.eligible && old.aboveScale === p.aboveScale) continue;
      if (old) {
        // Only the end changed: the period stays as recorded; its flags changed: it is recorded anew.
        const recorded = old.eligible === p.eligible && old.aboveScale === p.aboveScale;
        await tx.query(
          recorded
            ? "UPDATE organization_status_period SET valid_to = ? WHERE id = ?"
            : "UPDATE organization_status_period SET valid_to = ?, eligible = ?, above_scale = ?, recorded_by = ?, recorded_at = ? WHERE id = ?",
          recorded ? [to, old.id] : [to, p.eligible ? 1 : 0, p.aboveScale ? 1 : 0, tx.username, now, old.id],
        );
      } else {
        await tx.query(
          `INSERT INTO organization_status_period (organization_id, valid_from, valid_to, eligible, above_scale, recorded_by, recorded_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
          [organizationId, p.from, to, p.eligible ? 1 : 0, p.aboveScale ? 1 : 0, tx.username, now],
        );
      }
    }
  }

  private creditCodeOf(raw: string | null | undefined): string | null {
    const text = optionalText(raw);
    return text === null ? null : validateCreditCode(text).normalized;
  }

  private parkIdOf(raw: string | null | undefined, path: string[]): number | null {
    if (raw == null || raw.trim() === "") return null;
    const id = decodeIntId(raw.trim(), "Park");
    if (id === null) throw refuse("NOT_FOUND", "找不到该园区", path);
    return id;
  }

  /**
   * The rules on a unit's own values (the domain's `validateOrganization`): problems block, warnings
   * advise. Credit-code advice is given only when the code was given (or changed) in this request.
   */
  private checkValues(
    v: OrganizationValues,
    today: IsoDate,
    creditCodeGiven: boolean,
  ): { problems: Problem[]; warnings: Problem[] } {
    const verdict = validateOrganization(v, today);
    return {
      problems: verdict.errors.map((e) =>
        problem("INVALID_INPUT", e.message, e.field ? field(e.field[0] as string) : null),
      ),
      warnings: creditCodeGiven
        ? verdict.warnings.map((w) => problem("INVALID_INPUT", w.message, w.field ? field(w.field[0] as string) : null))
        : [],
    };
  }

  /** Rules against the rest of the ledger: the park is in the unit's county; code and name are unique. */
  private async checkAgainstLedger(
    tx: Tx,
    v: OrganizationValues,
    selfId: number | null,
    lookup?: Lookup,
  ): Promise<Problem[]> {
    const problems: Problem[] = [];
    // The import resolves parks by name within the unit's county; a write by id is checked here.
    if (v.parkId !== null && !lookup) {
      const [park] = await tx.query("SELECT county_code FROM park WHERE id = ?", [v.parkId]);
      if (!park) problems.push(problem("NOT_FOUND", "找不到该园区", field("parkId")));
      else if (String(park.county_code) !== v.countyCode) {
        problems.push(problem("INVALID_INPUT", "园区不在该单位所属县（市）区", field("parkId")));
      }
    }
    if (v.creditCode !== null) {
      const holder = lookup
        ? (lookup.byCode.get(v.creditCode) ?? null)
        : ((
            await tx.query(`SELECT ${ORGANIZATION_SELECT} FROM organization o WHERE o.credit_code = ?${tx.forUpdate}`, [
              v.creditCode,
            ])
          ).map((r) => organizationFromRow(r))[0] ?? null);
      if (holder && holder.id !== selfId) {
        problems.push(
          problem(
            "CONFLICT",
            `统一社会信用代码 ${v.creditCode} 已登记为${this.scope.nameFor(holder.countyCode, holder.name, "其他县（市）区的单位")}`,
            field("creditCode"),
          ),
        );
      }
    }
    if (!lookup) await tx.claim(ledgerNamesClaim(v.countyCode));
    const namesakes = lookup
      ? (lookup.byName.get(nameKey(v.countyCode, v.name)) ?? [])
      : (
          await tx.query(
            `SELECT ${ORGANIZATION_SELECT} FROM organization o WHERE o.county_code = ? AND o.name = ?${tx.forUpdate}`,
            [v.countyCode, v.name],
          )
        ).map((r) => organizationFromRow(r));
    // MariaDB's collation compares case- and width-insensitively: the ledger compares exactly.
    if (namesakes.some((o) => o.id !== selfId && o.name === v.name)) {
      problems.push(problem("CONFLICT", `本县（市）区已有名为「${v.name}」的单位`, field("name")));
    }
    return problems;
  }

  private async insertOrganization(tx: Tx, v: OrganizationValues): Promise<number> {
    const result = await tx.query(
      `INSERT INTO organization (name, credit_code, category, subtype, county_code, park_id, industry, employee_count,
         above_scale, eligible, formal_member_count, probationary_member_count, legal_representative_is_member,
         added_on, ceased_on)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        v.name,
        v.creditCode,
        v.category,
        v.subtype,
        v.countyCode,
        v.parkId,
        v.industry,
        v.employeeCount,
        v.aboveScale ? 1 : 0,
        v.eligible ? 1 : 0,
        v.formalMemberCount,
        v.probationaryMemberCount,
        v.legalRepresentativeIsMember ? 1 : 0,
        v.addedOn,
        v.ceasedOn,
      ],
    );
    const id = insertedId(result);
    tx.aggregates.created("unit", id);
    // The unit's status timeline starts the day it enters the ledger.
    await tx.query(
      `INSERT INTO organization_status_period (organization_id, valid_from, valid_to, eligible, above_scale, recorded_by, recorded_at)
       VALUES (?, ?, NULL, ?, ?, ?, ?)`,
      [id, v.addedOn, v.eligible ? 1 : 0, v.aboveScale ? 1 : 0, tx.username, sqlInstant(new Date())],
    );
    return id;
  }

  /** A unit that ceases while branches or liaisons still cover it: say what is left to do. */
  private async ceaseAdvice(tx: Tx, org: OrganizationRecord, ceasedOn: IsoDate): Promise<Problem[]> {
    const out: Problem[] = [];
    const branches = await tx.query(
      `SELECT b.name AS name, b.county_code AS county_code FROM coverage_link l JOIN branch b ON b.id = l.branch_id
       WHERE l.organization_id = ? AND (l.valid_to IS NULL OR l.valid_to > ?) ORDER BY b.id`,
      [org.id, ceasedOn],
    );
    for (const b of branches) {
      out.push(
        problem(
          "CONFLICT",
          `「${org.name}」停止经营后仍由${this.scope.nameFor(String(b.county_code), String(b.name), "其他县（市）区的党组织")}覆盖，请撤销该党组织或调整其覆盖单位`,
          field("ceasedOn"),
        ),
      );
    }
    const liaisons = await tx.query(
      `SELECT li.name AS name FROM liaison_assignment a JOIN liaison li ON li.id = a.liaison_id
       WHERE a.organization_id = ? AND (a.valid_to IS NULL OR a.valid_to > ?) ORDER BY li.id`,
      [org.id, ceasedOn],
    );
    for (const l of liaisons) {
      out.push(
        problem("CONFLICT", `「${org.name}」停止经营后仍有联络员${String(l.name)}，请结束其派驻`, field("ceasedOn")),
      );
    }
    return out;
  }

  /** A unit's member count changed: what the formation rules now say about the branches covering it. */
  private async memberAdvice(tx: Tx, organizationId: number, members: number, today: IsoDate): Promise<Problem[]> {
    const rows = await tx.query(
      `SELECT l.branch_id AS branch_id, l.role AS role, b.name AS name, b.county_code AS county_code
       FROM coverage_link l JOIN branch b ON b.id = l.branch_id
       WHERE l.organization_id = ? AND l.valid_to IS NULL AND b.dissolved_on IS NULL`,
      [organizationId],
    );
    const out: Problem[] = [];
    for (const r of rows) {
      if (r.role === "AFFILIATED") {
        // 挂靠 is for units that cannot form their own: one that now can, should.
        const advice = recommendFormation({ formalMemberCount: members });
        if (advice.kind === "STANDALONE") {
          out.push(
            problem(
              "FORMATION_RULE",
              `[SHOULD_FORM_OWN] ${advice.reason}（现挂靠${this.scope.nameFor(String(r.county_code), String(r.name), "其他县（市）区的党组织")}）`,
              field("formalMemberCount"),
            ),
          );
        }
        continue;
      }
      const branch = await this.branchById(tx, num(r.branch_id), false);
      if (!branch) continue;
      const units = await this.unitsOfBranch(tx, branch.id);
      const proposal: BranchProposal = {
        formation: branch.formation,
        level: branch.level as BranchLevel,
        formalMemberCount: branch.formalMemberCount,
        committeeSize: branch.committeeSize,
        units: units.map((u) => unitFacts(u.id === organizationId ? { ...u, formalMemberCount: members } : u)),
      };
      const verdict = validateBranch(proposal, { jointUnitCap: this.jointUnitCap });
      for (const f of [...verdict.errors, ...verdict.warnings]) {
        if (f.code === "SHOULD_FORM_OWN" || f.code === "JOINT_MIN_MEMBERS" || f.code === "STANDALONE_MIN_MEMBERS") {
          out.push({ ...formationProblem(f, `「${branch.name}」：`), field: field("formalMemberCount") });
        }
      }
    }
    if (
      out.length === 0 &&
      rows.length === 0 &&
      recommendFormation({ formalMemberCount: members }).kind === "STANDALONE"
    ) {
      const advice = recommendFormation({ formalMemberCount: members });
      out.push(
        problem(
          "FORMATION_RULE",
          `[SHOULD_FORM_OWN] ${advice.reason}（截至${today}尚无党组织）`,
          field("formalMemberCount"),
        ),
      );
    }
    return out;
  }

  private async lockOrganizations(tx: Tx, ids: readonly number[]): Promise<OrganizationRecord[]> {
    const unique = [...new Set(ids)].sort((a, b) => a - b);
    if (unique.length === 0) return [];
    await tx.claim(...unique.map(organizationClaim));
    const out: OrganizationRecord[] = [];
    for (const part of chunks(unique)) {
      const p = new Params();
      const rows = await tx.query(
        `SELECT ${ORGANIZATION_SELECT} FROM organization o WHERE o.id IN ${p.list(part)} ORDER BY o.id${tx.forUpdate}`,
        p.values,
      );
      out.push(...rows.map((r) => organizationFromRow(r)));
    }
    return out;
  }

  // --- branches ----------------------------------------------------------------------------

  foundBranch(input: FoundBranchArgs, today: IsoDate): Promise<Outcome<BranchRecord>> {
    return mutate(this.db, async (tx, warn) => {
      const name = cleanText(input.name);
      if (name === "") throw refuse("INVALID_INPUT", "党组织名称不能为空", field("name"));
      notFuture(input.foundedOn, today, field("foundedOn"), "成立日期");
      const ids = this.decodeUnits(input.organizationIds);
      const units = await this.lockUnits(tx, ids, input.foundedOn, "成立");
      const verdict = validateBranch(
        {
          formation: input.formation,
          level: input.level ?? null,
          formalMemberCount: input.formalMemberCount,
          committeeSize: input.committeeSize ?? null,
          units: ids.map((id) => unitFacts(units.get(id) as OrganizationRecord)),
        },
        { jointUnitCap: this.jointUnitCap },
      );
      if (!verdict.valid || verdict.level === null) throw new Refusal(verdict.errors.map((f) => formationProblem(f)));
      await this.assertUnitsFree(tx, [...units.values()], input.foundedOn, null);
      for (const w of verdict.warnings) warn(formationProblem(w));
      const countyCode = (units.get(ids[0] as number) as OrganizationRecord).countyCode;
      await tx.aggregates.touch({ units: units.keys() });
      const result = await tx.query(
        `INSERT INTO branch (name, county_code, formation, level, founded_on, dissolved_on, formal_member_count,
           committee_size, secretary_name, secretary_phone)
         VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, NULL)`,
        [
          name,
          countyCode,
          input.formation,
          verdict.level,
          input.foundedOn,
          input.formalMemberCount,
          input.committeeSize || null,
          optionalText(input.secretaryName),
        ],
      );
      const branchId = insertedId(result);
      tx.aggregates.created("branch", branchId);
      const role = defaultRoleFor(input.formation);
      for (const id of units.keys()) {
        await tx.query(
          "INSERT INTO coverage_link (branch_id, organization_id, role, valid_from, valid_to) VALUES (?, ?, ?, ?, NULL)",
          [branchId, id, role, input.foundedOn],
        );
      }
      const branch = (await this.branchById(tx, branchId, false)) as BranchRecord;
      await tx.audit({
        operation: "foundBranch",
        entityType: "Branch",
        entityKey: branchId,
        before: null,
        after: branchAudit(branch, [...units.keys()]),
      });
      return branch;
    });
  }

  updateBranch(input: UpdateBranchArgs, today: IsoDate): Promise<Outcome<BranchRecord>> {
    return mutate(this.db, async (tx, warn) => {
      const before = await this.lockWritableBranch(tx, input.branchId);
      const on = input.effectiveOn;
      notFuture(on, today, field("effectiveOn"), "调整日期");
      if (on < before.foundedOn) {
        throw refuse("INVALID_INPUT", `调整日期不能早于成立日期（${before.foundedOn}）`, field("effectiveOn"));
      }
      const latest = await this.latestChange(tx, before.id);
      if (latest !== null && on < latest) {
        throw refuse("INVALID_INPUT", `调整日期不能早于上一次调整（${latest}），历史不可改写`, field("effectiveOn"));
      }
      const currentIds = (await this.openLinks(tx, before.id)).map((l) => l.organizationId);
      const ids = input.organizationIds == null ? currentIds : this.decodeUnits(input.organizationIds);
      const units = await this.lockUnits(tx, ids, on, "调整", new Set(currentIds));
      const name = input.name == null ? before.name : cleanText(input.name);
      if (name === "") throw refuse("INVALID_INPUT", "党组织名称不能为空", field("name"));
      const level = input.level ?? (before.level as BranchLevel);
      const members = input.formalMemberCount ?? before.formalMemberCount;
      const committeeSize =
        input.committeeSize === undefined || input.committeeSize === null
          ? before.committeeSize
          : input.committeeSize || null;
      const verdict = validateBranch(
        {
          formation: before.formation,
          level,
          formalMemberCount: members,
          committeeSize,
          units: ids.map((id) => unitFacts(units.get(id) as OrganizationRecord)),
        },
        { jointUnitCap: this.jointUnitCap },
      );
      if (!verdict.valid) throw new Refusal(verdict.errors.map((f) => formationProblem(f)));
      const outside = ids
        .map((id) => units.get(id) as OrganizationRecord)
        .filter((u) => u.countyCode !== before.countyCode);
      if (outside.length > 0) {
        throw new Refusal([
          problem(
            "FORMATION_RULE",
            `[UNITS_IN_DIFFERENT_COUNTIES] 党组织覆盖的单位须在本党组织所在县（市）区：${outside.map((u) => u.name).join("、")}`,
            field("organizationIds"),
          ),
        ]);
      }
      const added = ids.filter((id) => !currentIds.includes(id));
      const removed = currentIds.filter((id) => !ids.includes(id));
      await this.assertUnitsFree(
        tx,
        added.map((id) => units.get(id) as OrganizationRecord),
        on,
        before.id,
      );
      for (const w of verdict.warnings) warn(formationProblem(w));
      const after: BranchRecord = {
        ...before,
        name,
        level,
        formalMemberCount: members,
        committeeSize,
        secretaryName: input.secretaryName == null ? before.secretaryName : optionalText(input.secretaryName),
      };
      const auditBefore = branchAudit(before, currentIds);
      const auditAfter = branchAudit(after, ids);
      if (JSON.stringify(auditBefore) === JSON.stringify(auditAfter)) return before;
      await tx.aggregates.touch({ units: added, branches: [before.id] });

      for (const id of removed) {
        await tx.query(
          "DELETE FROM coverage_link WHERE branch_id = ? AND organization_id = ? AND valid_to IS NULL AND valid_from = ?",
          [before.id, id, on],
        );
        await tx.query(
          "UPDATE coverage_link SET valid_to = ? WHERE branch_id = ? AND organization_id = ? AND valid_to IS NULL",
          [on, before.id, id],
        );
      }
      const role = defaultRoleFor(before.formation);
      for (const id of added) {
        await tx.query(
          "INSERT INTO coverage_link (branch_id, organization_id, role, valid_from, valid_to) VALUES (?, ?, ?, ?, NULL)",
          [before.id, id, role, on],
        );
      }
      if (level !== before.level) await this.changeLevel(tx, before, level, on);
      await tx.query(
        `UPDATE branch SET name = ?, level = ?, formal_member_count = ?, committee_size = ?, secretary_name = ?,
           updated_at = ? WHERE id = ?`,
        [name, level, members, committeeSize, after.secretaryName, sqlInstant(new Date()), before.id],
      );
      await tx.audit({
        operation: "updateBranch",
        entityType: "Branch",
        entityKey: before.id,
        before: auditBefore,
        after: { ...auditAfter, effectiveOn: on },
      });
      return after;
    });
  }

  dissolveBranch(input: DissolveBranchArgs, today: IsoDate): Promise<Outcome<BranchRecord>> {
    return mutate(this.db, async (tx) => {
      const before = await this.lockWritableBranch(tx, input.branchId);
      const on = input.dissolvedOn;
      notFuture(on, today, field("dissolvedOn"), "撤销日期");
      if (!parseValidity(before.foundedOn, on).ok) {
        throw refuse("INVALID_INPUT", `撤销日期须晚于成立日期（${before.foundedOn}）`, field("dissolvedOn"));
      }
      const latest = await this.latestChange(tx, before.id, true);
      if (latest !== null && on <= latest) {
        throw refuse("INVALID_INPUT", `撤销日期须晚于最近一次调整（${latest}）`, field("dissolvedOn"));
      }
      const reason = cleanText(input.reason);
      if (reason === "") throw refuse("INVALID_INPUT", "请填写撤销原因", field("reason"));
      if (reason.length > MAX_REASON) throw refuse("INVALID_INPUT", `撤销原因最多${MAX_REASON}个字符`, field("reason"));
      const units = (await this.openLinks(tx, before.id)).map((l) => l.organizationId);
      await tx.aggregates.touch({ branches: [before.id] });
      await tx.query("UPDATE coverage_link SET valid_to = ? WHERE branch_id = ? AND valid_to IS NULL", [on, before.id]);
      await tx.query("UPDATE branch_level_period SET valid_to = ? WHERE branch_id = ? AND valid_to IS NULL", [
        on,
        before.id,
      ]);
      await tx.query("UPDATE branch SET dissolved_on = ?, updated_at = ? WHERE id = ?", [
        on,
        sqlInstant(new Date()),
        before.id,
      ]);
      const after: BranchRecord = { ...before, dissolvedOn: on };
      await tx.audit({
        operation: "dissolveBranch",
        entityType: "Branch",
        entityKey: before.id,
        before: { ...branchAudit(before, units), reason: null },
        after: { ...branchAudit(after, units), reason },
      });
      return after;
    });
  }

  /** Loads and locks a branch the viewer may change, still in existence. */
  private async lockWritableBranch(tx: Tx, globalId: string): Promise<BranchRecord> {
    const id = decodeIntId(globalId, "Branch");
    if (id !== null) await tx.claim(branchClaim(id));
    const branch = id === null ? null : await this.branchById(tx, id, true);
    if (!branch) throw refuse("NOT_FOUND", "找不到该党组织", field("branchId"));
    this.scope.assertWritable(branch.countyCode, field("branchId"));
    if (branch.dissolvedOn !== null) {
      throw refuse("INVALID_TRANSITION", `该党组织已于${branch.dissolvedOn}撤销`, field("branchId"));
    }
    return branch;
  }

  private async branchById(tx: Tx, id: number, lock: boolean): Promise<BranchRecord | null> {
    const [row] = await tx.query(
      `SELECT ${selectColumns("b", BRANCH_COLUMNS)} FROM branch b WHERE b.id = ?${lock ? tx.forUpdate : ""}`,
      [id],
    );
    return row ? branchFromRow(row) : null;
  }

  /** The branch's own units now (HOST, MEMBER): its formation; affiliated units are not part of it. */
  private async openLinks(tx: Tx, branchId: number): Promise<{ organizationId: number; from: IsoDate }[]> {
    const rows = await tx.query(
      `SELECT organization_id, valid_from FROM coverage_link
       WHERE branch_id = ? AND valid_to IS NULL AND role IN ('HOST', 'MEMBER') ORDER BY organization_id${tx.forUpdate}`,
      [branchId],
    );
    return rows.map((r) => ({ organizationId: num(r.organization_id), from: dateValue(r.valid_from) as IsoDate }));
  }

  private async unitsOfBranch(tx: Tx, branchId: number): Promise<OrganizationRecord[]> {
    const rows = await tx.query(
      `SELECT ${ORGANIZATION_SELECT} FROM coverage_link l JOIN organization o ON o.id = l.organization_id
       WHERE l.branch_id = ? AND l.valid_to IS NULL AND l.role IN ('HOST', 'MEMBER') ORDER BY o.id`,
      [branchId],
    );
    return rows.map((r) => organizationFromRow(r));
  }

  /**
   * The last day the branch's composition or level changed (history before it is not rewritten);
   * with `affiliations`, also the last day a unit was affiliated to it or left (its dissolution may
   * not come before them).
   */
  private async latestChange(tx: Tx, branchId: number, affiliations = false): Promise<IsoDate | null> {
    const roles = affiliations ? "" : " AND role IN ('HOST', 'MEMBER')";
    const [row] = await tx.query(
      `SELECT MAX(d) AS latest FROM (
         SELECT MAX(valid_from) AS d FROM coverage_link WHERE branch_id = ?${roles}
         UNION ALL SELECT MAX(valid_to) AS d FROM coverage_link WHERE branch_id = ?${roles}
         UNION ALL SELECT MAX(valid_from) AS d FROM branch_level_period WHERE branch_id = ?) t`,
      [branchId, branchId, branchId],
    );
    return dateValue(row?.latest);
  }

  /** Keeps the level history: the period before the change ends on `on`, a new one starts. */
  private async changeLevel(tx: Tx, branch: BranchRecord, level: BranchLevel, on: IsoDate): Promise<void> {
    const [open] = await tx.query(
      `SELECT id, valid_from FROM branch_level_period WHERE branch_id = ? AND valid_to IS NULL${tx.forUpdate}`,
      [branch.id],
    );
    if (!open) {
      if (on > branch.foundedOn) {
        await tx.query("INSERT INTO branch_level_period (branch_id, level, valid_from, valid_to) VALUES (?, ?, ?, ?)", [
          branch.id,
          branch.level,
          branch.foundedOn,
          on,
        ]);
      }
    } else if (dateValue(open.valid_from) === on) {
      await tx.query("DELETE FROM branch_level_period WHERE id = ?", [num(open.id)]);
    } else {
      await tx.query("UPDATE branch_level_period SET valid_to = ? WHERE id = ?", [on, num(open.id)]);
    }
    await tx.query("INSERT INTO branch_level_period (branch_id, level, valid_from, valid_to) VALUES (?, ?, ?, NULL)", [
      branch.id,
      level,
      on,
    ]);
  }

  private decodeUnits(globalIds: readonly string[]): number[] {
    return globalIds.map((gid, i) => {
      const id = decodeIntId(gid, "Organization");
      if (id === null) throw refuse("NOT_FOUND", "找不到该单位", field("organizationIds", i));
      return id;
    });
  }

  /**
   * Locks the units (in id order, so concurrent writes cannot deadlock on them) and checks what the
   * viewer may do with them: each exists, is in a county the viewer manages, and operates on `on`
   * (units already covered by the branch being changed, `kept`, are not re-checked for operating).
   */
  private async lockUnits(
    tx: Tx,
    ids: readonly number[],
    on: IsoDate,
    verb: string,
    kept: ReadonlySet<number> = new Set(),
  ): Promise<Map<number, OrganizationRecord>> {
    const rows = await this.lockOrganizations(tx, [...ids, ...kept]);
    const byId = new Map(rows.map((o) => [o.id, o]));
    ids.forEach((id, i) => {
      const unit = byId.get(id);
      if (!unit) throw refuse("NOT_FOUND", "找不到该单位", field("organizationIds", i));
      this.scope.assertWritable(unit.countyCode, field("organizationIds", i));
      if (!kept.has(id) && unit.ceasedOn !== null && unit.ceasedOn <= on) {
        throw refuse(
          "INVALID_INPUT",
          `「${unit.name}」已于${unit.ceasedOn}停止经营，不能${verb}党组织覆盖它`,
          field("organizationIds", i),
        );
      }
    });
    return new Map(ids.map((id) => [id, byId.get(id) as OrganizationRecord]));
  }

  /**
   * The live ledger: a unit is covered by at most one branch at a time (as HOST, MEMBER or
   * AFFILIATED), so a unit that already hosts a standalone branch, belongs to a joint one or is
   * affiliated to one from `from` on cannot be given another (an affiliation is ended first).
   */
  private async assertUnitsFree(
    tx: Tx,
    units: readonly OrganizationRecord[],
    from: IsoDate,
    exceptBranchId: number | null,
  ): Promise<void> {
    if (units.length === 0) return;
    const p = new Params();
    const rows = await tx.query(
      `SELECT l.organization_id AS organization_id, l.valid_from AS valid_from, b.name AS branch_name,
              b.formation AS formation, l.role AS role, b.county_code AS branch_county
       FROM coverage_link l JOIN branch b ON b.id = l.branch_id
       WHERE l.organization_id IN ${p.list(units.map((u) => u.id))}
         AND (l.valid_to IS NULL OR l.valid_to > ${p.add(from)})
         ${exceptBranchId === null ? "" : `AND (l.branch_id <> ${p.add(exceptBranchId)} OR l.role = 'AFFILIATED')`}
       ORDER BY l.organization_id${tx.forUpdate}`,
      p.values,
    );
    if (rows.length === 0) return;
    const names = new Map(units.map((u) => [u.id, u.name]));
    throw new Refusal(
      rows.map((r) =>
        problem(
          "CONFLICT",
          r.role === "AFFILIATED"
            ? `「${names.get(num(r.organization_id))}」挂靠于${this.scope.nameFor(String(r.branch_county), String(r.branch_name), "其他县（市）区的党组织")}（${dateValue(r.valid_from)}起），请先结束挂靠`
            : r.formation === "STANDALONE"
              ? `「${names.get(num(r.organization_id))}」已单独组建${this.scope.nameFor(String(r.branch_county), String(r.branch_name), "党组织")}（${dateValue(r.valid_from)}起），不能再组建党组织`
              : `「${names.get(num(r.organization_id))}」已由${this.scope.nameFor(String(r.branch_county), String(r.branch_name), "其他县（市）区的党组织")}覆盖（${dateValue(r.valid_from)}起），请先调整该党组织的覆盖单位`,
          field("organizationIds"),
        ),
      ),
    );
  }

  // --- affiliation (挂靠) --------------------------------------------------------------------

  /**
   * Affiliates a unit to an existing branch from a day (挂靠, AFFILIATED coverage): the domain's
   * validateAffiliation decides; the unit then counts as organization-covered from that day.
   */
  affiliateOrganization(input: AffiliateOrganizationArgs, today: IsoDate): Promise<Outcome<OrganizationRecord>> {
    return mutate(this.db, async (tx, warn) => {
      const branchId = decodeIntId(input.branchId, "Branch");
      // The branch's claim first (its dissolution ends affiliations), then the unit's (its coverage).
      if (branchId !== null) await tx.claim(branchClaim(branchId));
      const branch = branchId === null ? null : await this.branchById(tx, branchId, true);
      if (!branch) throw refuse("NOT_FOUND", "找不到该党组织", field("branchId"));
      this.scope.assertWritable(branch.countyCode, field("branchId"));
      const organizationId = decodeIntId(input.organizationId, "Organization");
      if (organizationId === null) throw refuse("NOT_FOUND", "找不到该单位", field("organizationId"));
      const [unit] = await this.lockOrganizations(tx, [organizationId]);
      if (!unit) throw refuse("NOT_FOUND", "找不到该单位", field("organizationId"));
      this.scope.assertWritable(unit.countyCode, field("organizationId"));
      await this.affiliate(tx, unit, branch, input.from, today, warn, "affiliateOrganization");
      return unit;
    });
  }

  /**
   * Affiliates a unit (locked by the caller) to a branch (locked) from a day, after the domain's
   * validateAffiliation; audited under `operation`. Refusals name the fields organizationId, branchId, from.
   */
  private async affiliate(
    tx: Tx,
    unit: OrganizationRecord,
    branch: BranchRecord,
    from: IsoDate,
    today: IsoDate,
    warn: (p: Problem) => void,
    operation: string,
    dryRun = false,
  ): Promise<void> {
    notFuture(from, today, field("from"), "挂靠日期");
    // One branch at a time per unit: the unit's coverage is checked under its claim (and the branch's).
    await tx.claim(branchClaim(branch.id), organizationClaim(unit.id));
    if (unit.ceasedOn !== null && unit.ceasedOn <= from) {
      throw refuse("INVALID_INPUT", `「${unit.name}」已于${unit.ceasedOn}停止经营，不能挂靠`, field("organizationId"));
    }
    const coverage = await tx.query(
      `SELECT l.branch_id AS branch_id, b.name AS branch_name, l.role AS role, l.valid_from AS valid_from,
              l.valid_to AS valid_to
       FROM coverage_link l JOIN branch b ON b.id = l.branch_id
       WHERE l.organization_id = ? AND (l.valid_to IS NULL OR l.valid_to > ?) ORDER BY l.id${tx.forUpdate}`,
      [unit.id, from],
    );
    const verdict = validateAffiliation({
      unit: { ...unitFacts(unit), addedOn: unit.addedOn },
      branch: {
        id: String(branch.id),
        name: branch.name,
        countyCode: branch.countyCode,
        foundedOn: branch.foundedOn,
        dissolvedOn: branch.dissolvedOn,
      },
      on: from,
      coverage: coverage.map((r) => ({
        branchId: String(r.branch_id),
        branchName: String(r.branch_name),
        role: String(r.role) as "HOST" | "MEMBER" | "AFFILIATED",
        from: dateValue(r.valid_from) as IsoDate,
        to: dateValue(r.valid_to),
      })),
    });
    if (!verdict.valid) {
      throw new Refusal(
        verdict.errors.map((f) =>
          f.code === "AFFILIATE_ALREADY_COVERED"
            ? problem("CONFLICT", `[${f.code}] ${f.message}`, f.field ? field(...f.field) : null)
            : formationProblem(f),
        ),
      );
    }
    for (const w of verdict.warnings) warn(formationProblem(w));
    if (dryRun) return;
    await tx.aggregates.touch({ units: [unit.id], branches: [branch.id] });
    await tx.query(
      "INSERT INTO coverage_link (branch_id, organization_id, role, valid_from, valid_to) VALUES (?, ?, 'AFFILIATED', ?, NULL)",
      [branch.id, unit.id, from],
    );
    const key = `affiliation:${branch.id}`;
    await tx.audit({
      operation,
      entityType: "Organization",
      entityKey: unit.id,
      before: { [key]: null },
      after: { [key]: { branch: branch.name, from, to: null } },
    });
  }

  /** Ends a unit's affiliation to a branch on a day (the first day it no longer holds); history stays. */
  endAffiliation(input: EndAffiliationArgs, today: IsoDate): Promise<Outcome<OrganizationRecord>> {
    return mutate(this.db, async (tx) => {
      const organizationId = decodeIntId(input.organizationId, "Organization");
      const [unit] = organizationId === null ? [] : await this.lockOrganizations(tx, [organizationId]);
      if (!unit) throw refuse("NOT_FOUND", "找不到该单位", field("organizationId"));
      this.scope.assertWritable(unit.countyCode, field("organizationId"));
      const branchId = decodeIntId(input.branchId, "Branch");
      if (branchId === null) throw refuse("NOT_FOUND", "找不到该党组织", field("branchId"));
      notFuture(input.to, today, field("to"), "结束日期");
      const links = await tx.query(
        `SELECT l.id AS id, l.valid_from AS valid_from, l.valid_to AS valid_to, b.name AS branch_name
         FROM coverage_link l JOIN branch b ON b.id = l.branch_id
         WHERE l.organization_id = ? AND l.branch_id = ? AND l.role = 'AFFILIATED'
         ORDER BY l.valid_from DESC${tx.forUpdate}`,
        [unit.id, branchId],
      );
      if (links.length === 0) throw refuse("NOT_FOUND", `「${unit.name}」未挂靠该党组织`, field("branchId"));
      const open = links.find((l) => l.valid_to == null || (dateValue(l.valid_to) as string) > input.to);
      if (!open) {
        throw refuse("INVALID_TRANSITION", `该挂靠已于${dateValue(links[0]?.valid_to)}结束`, field("branchId"));
      }
      const from = dateValue(open.valid_from) as IsoDate;
      if (!parseValidity(from, input.to).ok) {
        throw refuse("INVALID_INPUT", `结束日期须晚于挂靠日期（${from}）`, field("to"));
      }
      await tx.aggregates.touch({ units: [unit.id], branches: [branchId] });
      await tx.query("UPDATE coverage_link SET valid_to = ? WHERE id = ?", [input.to, num(open.id)]);
      const key = `affiliation:${branchId}`;
      const branchName = String(open.branch_name);
      await tx.audit({
        operation: "endAffiliation",
        entityType: "Organization",
        entityKey: unit.id,
        before: { [key]: { branch: branchName, from, to: dateValue(open.valid_to) } },
        after: { [key]: { branch: branchName, from, to: input.to } },
      });
      return unit;
    });
  }

  // --- liaisons ----------------------------------------------------------------------------

  dispatchLiaison(input: DispatchLiaisonArgs, today: IsoDate): Promise<Outcome<LiaisonRecord>> {
    return mutate(this.db, async (tx, warn) => {
      const countyCode = toHalfWidth(cleanText(input.countyCode));
      this.scope.assertWritable(countyCode, field("countyCode"));
      if (!isCountyCode(countyCode)) {
        throw refuse("INVALID_INPUT", `未知的县（市）区代码：${countyCode}`, field("countyCode"));
      }
      const kind = liaisonKindOf(input.kind);
      if (!kind) throw refuse("INVALID_INPUT", "类别应为 LIAISON（联络员）或 INSTRUCTOR（指导员）", field("kind"));
      const name = cleanText(input.name);
      if (name === "") throw refuse("INVALID_INPUT", "姓名不能为空", field("name"));
      if (name.length > MAX_PERSON_NAME)
        throw refuse("INVALID_INPUT", `姓名最多${MAX_PERSON_NAME}个字符`, field("name"));
      const title = optionalText(input.title);
      if (title !== null && title.length > MAX_TITLE) {
        throw refuse("INVALID_INPUT", `职务最多${MAX_TITLE}个字符`, field("title"));
      }
      const phone = optionalText(input.phone) === null ? null : toHalfWidth(cleanText(input.phone as string));
      if (phone !== null && !/^[0-9+][0-9 -]{5,30}$/.test(phone)) {
        throw refuse("INVALID_INPUT", "电话号码格式不正确", field("phone"));
      }
      notFuture(input.from, today, field("from"), "派驻日期");
      if (input.organizationIds.length === 0) {
        throw refuse("INVALID_INPUT", "至少派驻到一个单位", field("organizationIds"));
      }
      const ids = this.decodeUnits(input.organizationIds);
      ids.forEach((id, i) => {
        if (ids.indexOf(id) !== i) throw refuse("INVALID_INPUT", "同一单位重复列出", field("organizationIds", i));
      });
      const units = await this.lockUnits(tx, ids, input.from, "派驻联络员到");
      ids.forEach((id, i) => {
        const unit = units.get(id) as OrganizationRecord;
        if (unit.countyCode !== countyCode) {
          throw refuse("INVALID_INPUT", `「${unit.name}」不在该联络员所属县（市）区`, field("organizationIds", i));
        }
      });
      const p = new Params();
      const present = await tx.query(
        `SELECT a.organization_id AS organization_id, li.name AS name FROM liaison_assignment a
         JOIN liaison li ON li.id = a.liaison_id
         WHERE a.organization_id IN ${p.list(ids)} AND (a.valid_to IS NULL OR a.valid_to > ${p.add(input.from)})
         ORDER BY a.organization_id${tx.forUpdate}`,
        p.values,
      );
      const duplicates = present.filter((r) => String(r.name) === name);
      if (duplicates.length > 0) {
        throw new Refusal(
          duplicates.map((r) =>
            problem(
              "CONFLICT",
              `${name}已派驻到「${units.get(num(r.organization_id))?.name}」，请勿重复派驻`,
              field("organizationIds"),
            ),
          ),
        );
      }
      for (const r of present) {
        warn(
          problem(
            "ALREADY_ASSIGNED",
            `「${units.get(num(r.organization_id))?.name}」已有联络员${String(r.name)}`,
            field("organizationIds"),
          ),
        );
      }
      await tx.aggregates.touch({ units: ids });
      const result = await tx.query(
        "INSERT INTO liaison (name, kind, county_code, title, phone) VALUES (?, ?, ?, ?, ?)",
        [name, kind, countyCode, title, phone],
      );
      const liaisonId = insertedId(result);
      tx.aggregates.created("liaison", liaisonId);
      for (const id of ids) {
        await tx.query(
          "INSERT INTO liaison_assignment (liaison_id, organization_id, valid_from, valid_to) VALUES (?, ?, ?, NULL)",
          [liaisonId, id, input.from],
        );
      }
      await tx.audit({
        operation: "dispatchLiaison",
        entityType: "Liaison",
        entityKey: liaisonId,
        before: null,
        after: {
          name,
          kind,
          countyCode,
          title,
          phone: phone === null ? null : maskPhone(phone),
          organizationIds: [...ids].sort((a, b) => a - b),
          from: input.from,
        },
      });
      return { id: liaisonId, name, kind, countyCode, title, phone };
    });
  }

  endLiaisonAssignment(input: EndLiaisonAssignmentArgs, today: IsoDate): Promise<Outcome<LiaisonRecord>> {
    return mutate(this.db, async (tx) => {
      const liaisonId = decodeIntId(input.liaisonId, "Liaison");
      const [row] =
        liaisonId === null
          ? []
          : await tx.query(
              `SELECT ${selectColumns("l", LIAISON_COLUMNS)} FROM liaison l WHERE l.id = ?${tx.forUpdate}`,
              [liaisonId],
            );
      if (!row) throw refuse("NOT_FOUND", "找不到该联络员", field("liaisonId"));
      const liaison = liaisonFromRow(row);
      this.scope.assertWritable(liaison.countyCode, field("liaisonId"));
      const organizationId = decodeIntId(input.organizationId, "Organization");
      if (organizationId === null) throw refuse("NOT_FOUND", "找不到该单位", field("organizationId"));
      await tx.claim(organizationClaim(organizationId));
      notFuture(input.to, today, field("to"), "结束日期");
      const assignments = await tx.query(
        `SELECT id, valid_from, valid_to FROM liaison_assignment WHERE liaison_id = ? AND organization_id = ?
         ORDER BY valid_from DESC${tx.forUpdate}`,
        [liaison.id, organizationId],
      );
      if (assignments.length === 0) {
        throw refuse("NOT_FOUND", `${liaison.name}未派驻到该单位`, field("organizationId"));
      }
      const open = assignments.find((a) => a.valid_to == null || (dateValue(a.valid_to) as string) > input.to);
      if (!open) {
        const ended = dateValue(assignments[0]?.valid_to);
        throw refuse("INVALID_TRANSITION", `该派驻已于${ended}结束`, field("organizationId"));
      }
      const from = dateValue(open.valid_from) as IsoDate;
      if (!parseValidity(from, input.to).ok) {
        throw refuse("INVALID_INPUT", `结束日期须晚于派驻日期（${from}）`, field("to"));
      }
      await tx.aggregates.touch({ units: [organizationId], liaisons: [liaison.id] });
      await tx.query("UPDATE liaison_assignment SET valid_to = ? WHERE id = ?", [input.to, num(open.id)]);
      const key = `assignment:${organizationId}`;
      await tx.audit({
        operation: "endLiaisonAssignment",
        entityType: "Liaison",
        entityKey: liaison.id,
        before: { [key]: { from, to: dateValue(open.valid_to) } },
        after: { [key]: { from, to: input.to } },
      });
      return liaison;
    });
  }

  // --- history reads -----------------------------------------------------------------------

  private readonly levelLoader = new DataLoader<number, LevelPeriodRecord[]>(async (ids) => {
    const p = new Params();
    const rows = await this.db.query(
      `SELECT branch_id, level, valid_from, valid_to FROM branch_level_period WHERE branch_id IN ${p.list(ids)}
       ORDER BY branch_id, valid_from`,
      p.values,
    );
    const by = new Map<number, LevelPeriodRecord[]>();
    for (const r of rows) {
      const list = by.get(num(r.branch_id)) ?? [];
      list.push({
        level: String(r.level) as BranchLevel,
        from: dateValue(r.valid_from) as IsoDate,
        to: dateValue(r.valid_to),
      });
      by.set(num(r.branch_id), list);
    }
    return ids.map((id) => by.get(id) ?? []);
  });

  /** A branch's levels over time; one period from its founding when it never changed. */
  async levelHistory(
    branch: Pick<BranchRecord, "id" | "level" | "foundedOn" | "dissolvedOn">,
  ): Promise<LevelPeriodRecord[]> {
    const periods = await this.levelLoader.load(branch.id);
    if (periods.length > 0) return periods;
    return [{ level: branch.level as BranchLevel, from: branch.foundedOn, to: branch.dissolvedOn }];
  }

  private readonly linkHistoryLoader = new DataLoader<number, CoverageLinkHistoryRecord[]>(async (ids) => {
    const p = new Params();
    const rows = await this.db.query(
      `SELECT l.organization_id AS organization_id, l.role AS role, l.valid_from AS valid_from, l.valid_to AS valid_to,
              ${selectColumns("b", BRANCH_COLUMNS, "b_")}
       FROM coverage_link l JOIN branch b ON b.id = l.branch_id
       WHERE l.organization_id IN ${p.list(ids)} ORDER BY l.organization_id, l.valid_from, l.id`,
      p.values,
    );
    const by = new Map<number, CoverageLinkHistoryRecord[]>();
    for (const r of rows) {
      const list = by.get(num(r.organization_id)) ?? [];
      list.push({
        branch: branchFromRow(r, "b_"),
        role: String(r.role),
        from: dateValue(r.valid_from) as IsoDate,
        to: dateValue(r.valid_to),
      });
      by.set(num(r.organization_id), list);
    }
    return ids.map((id) => by.get(id) ?? []);
  });

  private readonly statusLoader = new DataLoader<number, StatusPeriodRecord[]>(async (ids) => {
    const p = new Params();
    const rows = await this.db.query(
      `SELECT organization_id, valid_from, valid_to, eligible, above_scale, recorded_by, recorded_at
       FROM organization_status_period WHERE organization_id IN ${p.list(ids)} ORDER BY organization_id, valid_from`,
      p.values,
    );
    const by = new Map<number, StatusPeriodRecord[]>();
    for (const r of rows) {
      const list = by.get(num(r.organization_id)) ?? [];
      list.push({
        from: dateValue(r.valid_from) as IsoDate,
        to: dateValue(r.valid_to),
        eligible: bool(r.eligible),
        aboveScale: bool(r.above_scale),
        recordedBy: r.recorded_by == null ? null : String(r.recorded_by),
        recordedAt: readInstant(r.recorded_at),
      });
      by.set(num(r.organization_id), list);
    }
    return ids.map((id) => by.get(id) ?? []);
  });

  /** The unit's eligibility and above-scale periods, oldest first (the last one is in force today). */
  statusHistory(organizationId: number): Promise<StatusPeriodRecord[]> {
    return this.statusLoader.load(organizationId);
  }

  /** Every branch that ever covered the unit, ended links included, oldest first. */
  coverageHistory(organizationId: number): Promise<CoverageLinkHistoryRecord[]> {
    return this.linkHistoryLoader.load(organizationId);
  }

  // --- import ------------------------------------------------------------------------------

  /**
   * Imports ledger rows in one transaction: each row is matched by credit code (else name + county),
   * then created or updated through the same rules as createOrganization/updateOrganization, audited.
   * All or nothing: with any problem, every problem of every row is reported and nothing is written;
   * a dry run checks everything the same way and writes nothing either.
   */
  async importOrganizations(
    rows: readonly ImportRow[],
    options: { dryRun: boolean; today: IsoDate },
  ): Promise<ImportReport> {
    const { today, dryRun } = options;
    class Rollback extends Error {}
    let report: ImportReport = { created: 0, updated: 0, unchanged: 0, errors: [], warnings: [], dryRun };
    try {
      await this.db.transaction(async (tx) => {
        const errors: ImportProblem[] = [];
        const warnings: ImportProblem[] = [];
        let created = 0;
        let updated = 0;
        let unchanged = 0;
        const lookup = await this.importLookup(tx, rows);
        const parks = await this.parksByName(tx);
        const affiliations = rows.some((r) => "affiliatedBranch" in r.values)
          ? await this.openAffiliations(
              tx,
              [...lookup.byName.values()].flat().map((o) => o.id),
            )
          : null;
        const seenCodes = new Map<string, number>();
        const seenNames = new Map<string, number>();
        for (const row of rows) {
          const problems: ImportProblem[] = row.cellProblems.map((c) => ({
            row: row.row,
            field: c.field,
            message: c.message,
          }));
          const report = (p: Problem) =>
            problems.push({
              row: row.row,
              field: (p.field?.[1] as LedgerField | undefined) ?? null,
              message: p.message,
            });
          const v = row.values;
          const name = typeof v.name === "string" ? cleanText(v.name) : "";
          const countyCode = typeof v.countyCode === "string" ? v.countyCode : null;
          const creditCode = typeof v.creditCode === "string" ? this.creditCodeOf(v.creditCode) : null;
          const flagged = new Set(problems.map((p) => p.field));
          if (name === "" && !flagged.has("name")) report(problem("INVALID_INPUT", "单位名称不能为空", field("name")));
          if (countyCode === null && !flagged.has("countyCode")) {
            report(problem("INVALID_INPUT", "请填写所属县（市）区", field("countyCode")));
          }
          if (problems.length > 0 || countyCode === null) {
            errors.push(...problems);
            continue;
          }
          // Which unit the row is about.
          let existing = creditCode !== null ? (lookup.byCode.get(creditCode) ?? null) : null;
          if (existing === null) {
            existing = (lookup.byName.get(nameKey(countyCode, name)) ?? []).find((o) => o.name === name) ?? null;
            if (
              existing !== null &&
              creditCode !== null &&
              existing.creditCode !== null &&
              existing.creditCode !== creditCode
            ) {
              existing = null; // a namesake with another code: a different unit (the name conflict is reported below)
            }
          }
          if (existing !== null && existing.countyCode !== countyCode) {
            report(
              problem(
                "INVALID_INPUT",
                `该统一社会信用代码的单位${this.scope.nameFor(existing.countyCode, existing.name, "")}属于其他县（市）区，导入不能变更所属县（市）区`,
                field("countyCode"),
              ),
            );
          }
          if (!this.scope.mayWrite(countyCode)) {
            report(problem("OUT_OF_SCOPE", "只能导入本县（市）区的单位", field("countyCode")));
          }
          const key = creditCode ?? "";
          if (creditCode !== null && seenCodes.has(key)) {
            report(problem("CONFLICT", `与第${seenCodes.get(key)}行的统一社会信用代码重复`, field("creditCode")));
          }
          const nk = nameKey(countyCode, name);
          if (seenNames.has(nk)) {
            report(problem("CONFLICT", `与第${seenNames.get(nk)}行的单位名称重复`, field("name")));
          }
          if (creditCode !== null) seenCodes.set(key, row.row);
          seenNames.set(nk, row.row);
          let parkId: number | null | undefined;
          if ("parkId" in v) {
            const parkName = typeof v.parkId === "string" ? cleanText(v.parkId) : "";
            if (parkName === "") parkId = null;
            else {
              parkId = parks.get(nameKey(countyCode, parkName)) ?? undefined;
              if (parkId === undefined) {
                report(problem("NOT_FOUND", `本县（市）区没有名为「${parkName}」的园区`, field("parkId")));
              }
            }
          }
          if (problems.length > 0) {
            errors.push(...problems);
            continue;
          }
          const base = existing ? valuesOf(existing) : null;
          /** A column absent from the file keeps the ledger's value; a blank cell empties an optional field. */
          const cell = <K extends OrganizationField>(k: K, fallback: OrganizationValues[K]): OrganizationValues[K] =>
            k in v ? ((v[k] as OrganizationValues[K] | null | undefined) ?? fallback) : (base?.[k] ?? fallback);
          const category = cell("category", (base?.category ?? null) as unknown as OrganizationCategory);
          if (!category) {
            report(problem("INVALID_INPUT", "请填写单位类别", field("category")));
            errors.push(...problems);
            continue;
          }
          const values: OrganizationValues = {
            name,
            creditCode: "creditCode" in v ? creditCode : (base?.creditCode ?? null),
            category,
            subtype: cell("subtype", null),
            countyCode,
            parkId: parkId === undefined ? (base?.parkId ?? null) : parkId,
            industry: "industry" in v ? optionalText(v.industry as string | null) : (base?.industry ?? null),
            employeeCount: cell("employeeCount", null),
            aboveScale: cell("aboveScale", false),
            eligible: cell("eligible", base?.eligible ?? true),
            formalMemberCount: cell("formalMemberCount", 0),
            probationaryMemberCount: cell("probationaryMemberCount", 0),
            legalRepresentativeIsMember: cell(
              "legalRepresentativeIsMember",
              base?.legalRepresentativeIsMember ?? false,
            ),
            // Dates left blank keep what the ledger has (a new unit enters the ledger today).
            addedOn: cell("addedOn", base?.addedOn ?? today),
            ceasedOn: cell("ceasedOn", base?.ceasedOn ?? null),
          };
          const rowWarnings: Problem[] = [];
          try {
            if (existing) {
              const after = await this.applyUpdate(
                tx,
                existing,
                values,
                today,
                "importOrganizations",
                (w) => rowWarnings.push(w),
                {
                  creditCodeGiven: creditCode !== null && creditCode !== existing.creditCode,
                  lookup,
                  dryRun,
                },
              );
              const affiliationChanged =
                affiliations !== null &&
                (await this.importAffiliation(tx, after, v, affiliations, today, (w) => rowWarnings.push(w), dryRun));
              if (after === existing && !affiliationChanged) unchanged++;
              else {
                updated++;
                this.remember(lookup, existing, after);
              }
            } else {
              const { problems: invalid, warnings: advice } = this.checkValues(values, today, creditCode !== null);
              invalid.push(...(await this.checkAgainstLedger(tx, values, null, lookup)));
              if (invalid.length > 0) throw new Refusal(invalid);
              rowWarnings.push(...advice);
              // A dry run checks every rule but writes nothing (a unit it would create gets a stand-in id).
              const id = dryRun ? -row.row : await this.insertOrganization(tx, values);
              if (!dryRun) {
                await tx.audit({
                  operation: "importOrganizations",
                  entityType: "Organization",
                  entityKey: id,
                  before: null,
                  after: { ...values },
                });
              }
              this.remember(lookup, null, { id, ...values });
              if (affiliations !== null) {
                await this.importAffiliation(
                  tx,
                  { id, ...values },
                  v,
                  affiliations,
                  today,
                  (w) => rowWarnings.push(w),
                  dryRun,
                );
              }
              created++;
            }
          } catch (error) {
            if (!(error instanceof Refusal)) throw error;
            for (const p of error.problems) report(p);
            errors.push(...problems);
            continue;
          }
          for (const w of rowWarnings) {
            warnings.push({
              row: row.row,
              field: (w.field?.[1] as LedgerField | undefined) ?? null,
              message: w.message,
            });
          }
        }
        report = { created, updated, unchanged, errors, warnings, dryRun };
        if (errors.length > 0 || dryRun) throw new Rollback();
      });
    } catch (error) {
      if (!(error instanceof Rollback)) throw error;
    }
    return report;
  }

  /** The open affiliations (挂靠) of units, locked: unit id → branch and first day. */
  private async openAffiliations(
    tx: Tx,
    organizationIds: readonly number[],
  ): Promise<Map<number, { linkId: number; branchId: number; branchName: string; from: IsoDate }>> {
    const out = new Map<number, { linkId: number; branchId: number; branchName: string; from: IsoDate }>();
    for (const part of chunks([...new Set(organizationIds)].sort((a, b) => a - b))) {
      const p = new Params();
      const rows = await tx.query(
        `SELECT l.id AS id, l.organization_id AS organization_id, l.branch_id AS branch_id, b.name AS branch_name,
                l.valid_from AS valid_from
         FROM coverage_link l JOIN branch b ON b.id = l.branch_id
         WHERE l.role = 'AFFILIATED' AND l.valid_to IS NULL AND l.organization_id IN ${p.list(part)}
         ORDER BY l.id${tx.forUpdate}`,
        p.values,
      );
      for (const r of rows) {
        out.set(num(r.organization_id), {
          linkId: num(r.id),
          branchId: num(r.branch_id),
          branchName: String(r.branch_name),
          from: dateValue(r.valid_from) as IsoDate,
        });
      }
    }
    return out;
  }

  /**
   * A row's affiliation cells (LedgerField affiliatedBranch / affiliatedFrom), when the file has the
   * column: a branch name affiliates the unit to that branch of its county from the day given (today
   * when blank) through the same rules as affiliateOrganization; the name of the branch it is already
   * affiliated to changes nothing; a blank name ends an open affiliation on the import's day. Returns
   * whether anything changed; refusals name the row's affiliation cells.
   */
  private async importAffiliation(
    tx: Tx,
    unit: OrganizationRecord,
    v: ImportRow["values"],
    open: Map<number, { linkId: number; branchId: number; branchName: string; from: IsoDate }>,
    today: IsoDate,
    warn: (p: Problem) => void,
    dryRun: boolean,
  ): Promise<boolean> {
    if (!("affiliatedBranch" in v)) return false;
    const name = typeof v.affiliatedBranch === "string" ? cleanText(v.affiliatedBranch) : "";
    const current = open.get(unit.id) ?? null;
    const cellOf = (p: Problem): Problem => ({
      ...p,
      field: field(p.field?.[1] === "from" || p.field?.[1] === "to" ? "affiliatedFrom" : "affiliatedBranch"),
    });
    try {
      if (name === "") {
        if (current === null) return false;
        if (current.from >= today) {
          throw refuse("INVALID_INPUT", `挂靠自${current.from}起，须晚于该日才能结束`, field("affiliatedBranch"));
        }
        await tx.claim(organizationClaim(unit.id));
        if (!dryRun) {
          await tx.aggregates.touch({ units: [unit.id], branches: [current.branchId] });
          await tx.query("UPDATE coverage_link SET valid_to = ? WHERE id = ?", [today, current.linkId]);
          const key = `affiliation:${current.branchId}`;
          await tx.audit({
            operation: "importOrganizations",
            entityType: "Organization",
            entityKey: unit.id,
            before: { [key]: { branch: current.branchName, from: current.from, to: null } },
            after: { [key]: { branch: current.branchName, from: current.from, to: today } },
          });
        }
        open.delete(unit.id);
        return true;
      }
      if (current !== null && current.branchName === name) return false;
      const from = typeof v.affiliatedFrom === "string" && v.affiliatedFrom !== "" ? v.affiliatedFrom : today;
      const candidates = (
        await tx.query(
          `SELECT ${selectColumns("b", BRANCH_COLUMNS)} FROM branch b
           WHERE b.county_code = ? AND b.name = ? AND (b.dissolved_on IS NULL OR b.dissolved_on > ?) ORDER BY b.id${tx.forUpdate}`,
          [unit.countyCode, name, from],
        )
      )
        .map((r) => branchFromRow(r))
        .filter((b) => b.name === name);
      if (candidates.length === 0) {
        throw refuse("NOT_FOUND", `本县（市）区${from}时没有名为「${name}」的党组织`, field("affiliatedBranch"));
      }
      if (candidates.length > 1) {
        throw refuse(
          "CONFLICT",
          `本县（市）区有多个名为「${name}」的党组织，请在系统中办理挂靠`,
          field("affiliatedBranch"),
        );
      }
      const advise = (w: Problem) => warn(cellOf(w));
      await this.affiliate(tx, unit, candidates[0] as BranchRecord, from, today, advise, "importOrganizations", dryRun);
      return true;
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      throw new Refusal(error.problems.map(cellOf));
    }
  }

  /** The units the rows may be about, locked: by credit code and by name within a county. */
  private async importLookup(tx: Tx, rows: readonly ImportRow[]): Promise<Lookup> {
    const codes = new Set<string>();
    const names = new Map<string, Set<string>>();
    for (const r of rows) {
      if (typeof r.values.creditCode === "string") {
        const code = this.creditCodeOf(r.values.creditCode);
        if (code) codes.add(code);
      }
      if (typeof r.values.name === "string" && typeof r.values.countyCode === "string") {
        const set = names.get(r.values.countyCode) ?? new Set<string>();
        set.add(cleanText(r.values.name));
        names.set(r.values.countyCode, set);
      }
    }
    // The names of each county are claimed (sorted, one order for every import) before they are read.
    for (const county of [...names.keys()].sort()) await tx.claim(ledgerNamesClaim(county));
    const found = new Map<number, OrganizationRecord>();
    for (const part of chunks([...codes])) {
      const p = new Params();
      const list = await tx.query(
        `SELECT ${ORGANIZATION_SELECT} FROM organization o WHERE o.credit_code IN ${p.list(part)} ORDER BY o.id${tx.forUpdate}`,
        p.values,
      );
      for (const r of list) found.set(num(r.id), organizationFromRow(r));
    }
    for (const [county, set] of names) {
      for (const part of chunks([...set])) {
        const p = new Params();
        const list = await tx.query(
          `SELECT ${ORGANIZATION_SELECT} FROM organization o WHERE o.county_code = ${p.add(county)} AND o.name IN ${p.list(part)}
           ORDER BY o.id${tx.forUpdate}`,
          p.values,
        );
        for (const r of list) found.set(num(r.id), organizationFromRow(r));
      }
    }
    const lookup: Lookup = { byCode: new Map(), byName: new Map() };
    for (const o of found.values()) this.remember(lookup, null, o);
    return lookup;
  }

  private remember(lookup: Lookup, before: OrganizationRecord | null, after: OrganizationRecord): void {
    if (before) {
      if (before.creditCode !== null) lookup.byCode.delete(before.creditCode);
      const k = nameKey(before.countyCode, before.name);
      lookup.byName.set(
        k,
        (lookup.byName.get(k) ?? []).filter((o) => o.id !== before.id),
      );
    }
    if (after.creditCode !== null) lookup.byCode.set(after.creditCode, after);
    const k = nameKey(after.countyCode, after.name);
    lookup.byName.set(k, [...(lookup.byName.get(k) ?? []), after]);
  }

  private async parksByName(tx: Tx): Promise<Map<string, number>> {
    const rows = await tx.query("SELECT id, county_code, name FROM park ORDER BY id");
    return new Map(rows.map((r) => [nameKey(String(r.county_code), cleanText(String(r.name))), num(r.id)]));
  }

  /** Parks by id (for the export). */
  async parkNames(): Promise<Map<number, string>> {
    const rows = await this.db.query("SELECT id, name FROM park ORDER BY id");
    return new Map(rows.map((r) => [num(r.id), String(r.name)]));
  }
}

function unitFacts(o: OrganizationRecord): UnitInBranch {
  return {
    id: String(o.id),
    name: o.name,
    countyCode: o.countyCode,
    category: o.category,
    formalMemberCount: o.formalMemberCount,
    parkId: o.parkId === null ? null : String(o.parkId),
    industry: o.industry,
  };
}

function liaisonKindOf(raw: string): LiaisonKind | null {
  const text = toHalfWidth(cleanText(raw));
  const upper = text.toUpperCase();
  for (const kind of LIAISON_KINDS) {
    const label = LIAISON_KIND_LABELS[kind];
    if (upper === kind || text === label || text === label.replace("党建工作", "")) return kind;
  }
  return null;
}
