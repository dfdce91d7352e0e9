/**
 * 机构与人员: the city's and the counties' leaders (with their terms and each county's 常委组织部长)
 * and the industrial parks with their 党工委, written under the role × county rules: city leaders by
 * the city admin, a county's leaders and parks by the city admin or that county's admin. The rules
 * are the domain's (`validateLeader`, `checkTermEnd`, `validatePark`); every write is audited.
 *
 * A term that ends keeps the leader (history): `endLeaderTerm` records the day he left, and the
 * contact points he held end the same day and stay with him. His successor is a new leader.
 */
import {
  CITY,
  checkTermEnd,
  dateParts,
  type IsoDate,
  LEADER_LEVELS,
  type LeaderLevel,
  type LeaderValues,
  nextSortOrder,
  parseIsoDate,
  validateLeader,
  validatePark,
} from "@liangxin/domain";
import { countyClaim, type Db, leaderClaim, type Tx } from "./db.js";
import { refuseFindings } from "./findings.js";
import { mutate, type Outcome, refuse } from "./outcome.js";
import { type LeaderRecord, leaderFromRow, type ParkRecord, parkFromRow } from "./records.js";
import type { ScopeService } from "./scope.service.js";
import { insertedId, num } from "./sql.js";

export interface LeaderInput {
  readonly level: string;
  readonly countyCode?: string | null;
  readonly name: string;
  readonly title: string;
  readonly phone?: string | null;
  readonly sortOrder?: number | null;
  readonly termStart: string;
  readonly organizationHead?: boolean | null;
}

export interface LeaderUpdate {
  readonly leaderId: number | null;
  readonly name?: string | null;
  readonly title?: string | null;
  /** Empty string clears it; undefined keeps it. */
  readonly phone?: string | null;
  readonly sortOrder?: number | null;
  readonly termStart?: string | null;
  readonly organizationHead?: boolean | null;
}

export interface ParkInput {
  readonly countyCode: string;
  readonly name: string;
  readonly workCommitteeName?: string | null;
  readonly workCommitteeSecretary?: string | null;
  readonly workCommitteePhone?: string | null;
}

export interface ParkUpdate {
  readonly parkId: number | null;
  readonly name?: string | null;
  readonly workCommitteeName?: string | null;
  readonly workCommitteeSecretary?: string | null;
  readonly workCommitteePhone?: string | null;
}

const audited = (l: LeaderRecord): Record<string, unknown> => ({
  name: l.name,
  title: l.title,
  level: l.level,
  countyCode: l.countyCode,
  phone: l.phone,
  sortOrder: l.sortOrder,
  termStart: l.termStart,
  termEnd: l.termEnd,
  organizationHead: l.organizationHead,
});

const auditedPark = (p: ParkRecord): Record<string, unknown> => ({
  countyCode: p.countyCode,
  name: p.name,
  workCommitteeName: p.workCommitteeName,
  workCommitteeSecretary: p.workCommitteeSecretary,
  workCommitteePhone: p.workCommitteePhone,
});

/** Text of an optional input: trimmed, empty as null. */
const text = (v: string | null | undefined): string | null => {
  const t = v?.trim() ?? "";
  return t === "" ? null : t;
};

export class DirectoryService {
  constructor(
    private readonly db: Db,
    private readonly scope: ScopeService,
  ) {}

  private async lockLeader(tx: Tx, id: number | null): Promise<LeaderRecord> {
    if (id !== null) await tx.claim(leaderClaim(id));
    const [row] = id === null ? [] : await tx.query(`SELECT * FROM leader WHERE id = ?${tx.forUpdate}`, [id]);
    if (!row) throw refuse("NOT_FOUND", "没有这位领导干部", ["input", "leaderId"]);
    return leaderFromRow(row);
  }

  /** The county's row is the lock of its organization heads and its parks: one change at a time. */
  private async lockCounty(tx: Tx, countyCode: string, field: readonly string[]): Promise<void> {
    await tx.claim(countyClaim(countyCode));
    const [county] = await tx.query(`SELECT code FROM county WHERE code = ?${tx.forUpdate}`, [countyCode]);
    if (!county) throw refuse("NOT_FOUND", `没有代码为「${countyCode.slice(0, 20)}」的县（市）区`, field);
  }

  /** The county's other organization heads (for the one-at-a-time rule), read under the county's lock. */
  private async otherHeads(tx: Tx, countyCode: string, exceptId: number | null) {
    const rows = await tx.query(
      `SELECT * FROM leader WHERE county_code = ? AND organization_head = 1 AND id <> ?${tx.forUpdate}`,
      [countyCode, exceptId ?? 0],
    );
    return rows.map(leaderFromRow);
  }

  private checkLeader(values: LeaderValues, today: IsoDate, requireStart: boolean, others: LeaderRecord[]): void {
    const verdict = validateLeader(values, { today, requireStart, otherHeads: others });
    if (!verdict.valid) {
      const conflict = verdict.errors.every((e) => e.code === "HEAD_TERMS_OVERLAP");
      throw refuseFindings(verdict.errors, conflict ? "CONFLICT" : "INVALID_INPUT");
    }
  }

  createLeader(input: LeaderInput, today: IsoDate): Promise<Outcome<LeaderRecord>> {
    return mutate(this.db, async (tx) => {
      if (!(LEADER_LEVELS as readonly string[]).includes(input.level)) {
        throw refuse("INVALID_INPUT", "级别无效", ["input", "level"]);
      }
      const level = input.level as LeaderLevel;
      const countyCode = text(input.countyCode);
      // A city leader belongs to the city, which no county admin manages.
      this.scope.assertWritable(level === "CITY" ? CITY.code : (countyCode ?? ""), ["input", "countyCode"]);
      if (countyCode !== null) await this.lockCounty(tx, countyCode, ["input", "countyCode"]);
      const termStart = parseIsoDate(input.termStart);
      if (!termStart.ok) throw refuse("INVALID_INPUT", "任职日期无效", ["input", "termStart"]);
      const others = countyCode !== null && input.organizationHead ? await this.otherHeads(tx, countyCode, null) : [];
      const orders = await tx.query(
        level === "CITY"
          ? "SELECT sort_order FROM leader WHERE level = 'CITY'"
          : "SELECT sort_order FROM leader WHERE level = 'COUNTY' AND county_code = ?",
        level === "CITY" ? [] : [countyCode],
      );
      const values: LeaderValues = {
        level,
        countyCode,
        name: input.name.trim(),
        title: input.title.trim(),
        phone: text(input.phone),
        sortOrder: input.sortOrder ?? nextSortOrder(orders.map((r) => num(r.sort_order))),
        termStart: termStart.value,
        termEnd: null,
        organizationHead: input.organizationHead === true,
      };
      this.checkLeader(values, today, true, others);
      const id = insertedId(
        await tx.query(
          `INSERT INTO leader (name, title, level, county_code, phone, sort_order, term_start, term_end, organization_head)
           VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?)`,
          [
            values.name,
            values.title,
            level,
            countyCode,
            values.phone,
            values.sortOrder,
            values.termStart,
            values.organizationHead ? 1 : 0,
          ],
        ),
      );
      const created = await this.lockLeader(tx, id);
      await tx.audit({
        operation: "createLeader",
        entityType: "Leader",
        entityKey: id,
        before: null,
        after: audited(created),
      });
      return created;
    });
  }

  /** Corrects a leader's details (a typo, a new title, the order, who is 组织部长); not a succession. */
  updateLeader(input: LeaderUpdate, today: IsoDate): Promise<Outcome<LeaderRecord>> {
    return mutate(this.db, async (tx) => {
      const before = await this.lockLeader(tx, input.leaderId);
      this.scope.assertWritable(before.countyCode ?? CITY.code, ["input", "leaderId"]);
      let termStart = before.termStart;
      if (input.termStart != null) {
        const parsed = parseIsoDate(input.termStart);
        if (!parsed.ok) throw refuse("INVALID_INPUT", "任职日期无效", ["input", "termStart"]);
        termStart = parsed.value;
      }
      const values: LeaderValues = {
        level: before.level as LeaderLevel,
        countyCode: before.countyCode,
        name: input.name != null ? input.name.trim() : before.name,
        title: input.title != null ? input.title.trim() : before.title,
        phone: input.phone === undefined ? before.phone : text(input.phone),
        sortOrder: input.sortOrder ?? before.sortOrder,
        termStart,
        termEnd: before.termEnd,
        organizationHead: input.organizationHead ?? before.organizationHead,
      };
      let others: LeaderRecord[] = [];
      if (before.countyCode !== null && values.organizationHead) {
        await this.lockCounty(tx, before.countyCode, ["input", "leaderId"]);
        others = await this.otherHeads(tx, before.countyCode, before.id);
      }
      this.checkLeader(values, today, false, others);
      await tx.query(
        `UPDATE leader SET name = ?, title = ?, phone = ?, sort_order = ?, term_start = ?, organization_head = ?
         WHERE id = ?`,
        [
          values.name,
          values.title,
          values.phone,
          values.sortOrder,
          values.termStart,
          values.organizationHead ? 1 : 0,
          before.id,
        ],
      );
      const after = await this.lockLeader(tx, before.id);
      await tx.audit({
        operation: "updateLeader",
        entityType: "Leader",
        entityKey: before.id,
        before: audited(before),
        after: audited(after),
      });
      return after;
    });
  }

  /**
   * Records the end of a leader's term (离任) on `termEnd`, the first day out of office. He stays, with
   * his history; the contact points of that year and later still in force end the same day.
   */
  endLeaderTerm(input: { leaderId: number | null; termEnd: string }, today: IsoDate): Promise<Outcome<LeaderRecord>> {
    return mutate(this.db, async (tx) => {
      const before = await this.lockLeader(tx, input.leaderId);
      this.scope.assertWritable(before.countyCode ?? CITY.code, ["input", "leaderId"]);
      const termEnd = parseIsoDate(input.termEnd);
      if (!termEnd.ok) throw refuse("INVALID_INPUT", "离任日期无效", ["input", "termEnd"]);
      const points = await tx.query(
        `SELECT cp.id, cp.leader_id, cp.organization_id, cp.year, cp.started_on, cp.ended_on, o.name AS organization_name
         FROM contact_point cp JOIN organization o ON o.id = cp.organization_id
         WHERE cp.leader_id = ? AND cp.ended_on IS NULL AND cp.year >= ?${tx.forUpdate}`,
        [before.id, dateParts(termEnd.value).year],
      );
      const verdict = checkTermEnd(
        before,
        termEnd.value,
        today,
        points.map((p) => ({
          startedOn: String(p.started_on).slice(0, 10),
          organizationName: String(p.organization_name),
        })),
      );
      if (!verdict.valid) {
        const transition = verdict.errors.some((e) => e.code === "ALREADY_ENDED");
        throw refuseFindings(verdict.errors, transition ? "INVALID_TRANSITION" : "INVALID_INPUT");
      }
      await tx.query("UPDATE leader SET term_end = ? WHERE id = ?", [termEnd.value, before.id]);
      for (const p of points) {
        await tx.query("UPDATE contact_point SET ended_on = ? WHERE id = ?", [termEnd.value, num(p.id)]);
        await tx.audit({
          operation: "endLeaderTerm",
          entityType: "ContactPoint",
          entityKey: num(p.id),
          before: { endedOn: null },
          after: { endedOn: termEnd.value },
        });
      }
      const after = await this.lockLeader(tx, before.id);
      await tx.audit({
        operation: "endLeaderTerm",
        entityType: "Leader",
        entityKey: before.id,
        before: audited(before),
        after: audited(after),
      });
      return after;
    });
  }

  private async lockPark(tx: Tx, id: number | null): Promise<ParkRecord> {
    const [row] = id === null ? [] : await tx.query(`SELECT * FROM park WHERE id = ?${tx.forUpdate}`, [id]);
    if (!row) throw refuse("NOT_FOUND", "没有这个园区", ["input", "parkId"]);
    return parkFromRow(row);
  }

  private async checkPark(tx: Tx, values: ParkRecord): Promise<void> {
    const names = await tx.query("SELECT name FROM park WHERE county_code = ? AND id <> ?", [
      values.countyCode,
      values.id,
    ]);
    const verdict = validatePark(
      values,
      names.map((r) => String(r.name)),
    );
    if (!verdict.valid) {
      const conflict = verdict.errors.every((e) => e.code === "NAME_TAKEN");
      throw refuseFindings(verdict.errors, conflict ? "CONFLICT" : "INVALID_INPUT");
    }
  }

  createPark(input: ParkInput): Promise<Outcome<ParkRecord>> {
    return mutate(this.db, async (tx) => {
      const countyCode = input.countyCode.trim();
      this.scope.assertWritable(countyCode, ["input", "countyCode"]);
      await this.lockCounty(tx, countyCode, ["input", "countyCode"]);
      const values: ParkRecord = {
        id: 0,
        countyCode,
        name: input.name.trim(),
        workCommitteeName: text(input.workCommitteeName),
        workCommitteeSecretary: text(input.workCommitteeSecretary),
        workCommitteePhone: text(input.workCommitteePhone),
      };
      await this.checkPark(tx, values);
      const id = insertedId(
        await tx.query(
          `INSERT INTO park (county_code, name, work_committee_name, work_committee_secretary, work_committee_phone)
           VALUES (?, ?, ?, ?, ?)`,
          [countyCode, values.name, values.workCommitteeName, values.workCommitteeSecretary, values.workCommitteePhone],
        ),
      );
      const created = await this.lockPark(tx, id);
      await tx.audit({
        operation: "createPark",
        entityType: "Park",
        entityKey: id,
        before: null,
        after: auditedPark(created),
      });
      return created;
    });
  }

  updatePark(input: ParkUpdate): Promise<Outcome<ParkRecord>> {
    return mutate(this.db, async (tx) => {
      const before = await this.lockPark(tx, input.parkId);
      this.scope.assertWritable(before.countyCode, ["input", "parkId"]);
      await this.lockCounty(tx, before.countyCode, ["input", "parkId"]);
      const keep = (v: string | null | undefined, old: string | null) => (v === undefined ? old : text(v));
      const values: ParkRecord = {
        ...before,
        name: input.name != null ? input.name.trim() : before.name,
        workCommitteeName: keep(input.workCommitteeName, before.workCommitteeName),
        workCommitteeSecretary: keep(input.workCommitteeSecretary, before.workCommitteeSecretary),
        workCommitteePhone: keep(input.workCommitteePhone, before.workCommitteePhone),
      };
      await this.checkPark(tx, values);
      await tx.query(
        `UPDATE park SET name = ?, work_committee_name = ?, work_committee_secretary = ?, work_committee_phone = ?
         WHERE id = ?`,
        [values.name, values.workCommitteeName, values.workCommitteeSecretary, values.workCommitteePhone, before.id],
      );
      const after = await this.lockPark(tx, before.id);
      await tx.audit({
        operation: "updatePark",
        entityType: "Park",
        entityKey: before.id,
        before: auditedPark(before),
        after: auditedPark(after),
      });
      return after;
    });
  }
}
